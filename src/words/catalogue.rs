//! The shape of the catalogue: `catalogue!` turns a list of `Word = "key" => "English"`
//! entries into the [`Word`] enum, with every word ([`Word::ALL`]), its key in a language
//! pack ([`Word::key`], [`Word::from_key`]) and its built-in English ([`Word::english`]).

macro_rules! catalogue {
    ($($(#[$doc:meta])* $word:ident = $key:literal => $english:literal,)+) => {
        /// One thing the widget says, by its key in the catalogue.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Word {
            $($(#[$doc])* $word,)+
        }

        impl Word {
            /// Every word, in catalogue order.
            pub const ALL: &'static [Word] = &[$(Word::$word,)+];

            /// The word's key in a language pack.
            pub fn key(self) -> &'static str {
                match self {
                    $(Word::$word => $key,)+
                }
            }

            /// The word with this key, if there is one.
            pub fn from_key(key: &str) -> Option<Word> {
                match key {
                    $($key => Some(Word::$word),)+
                    _ => None,
                }
            }

            /// The built-in English text. `{name}` marks a value filled in when it is said;
            /// a line break separates paragraphs.
            pub fn english(self) -> &'static str {
                match self {
                    $(Word::$word => $english,)+
                }
            }
        }
    };
}
pub(super) use catalogue;
