//! The rule for a locked file's passphrase, checked before the file is locked.
//!
//! A locked file can be copied off a shared or watched device and guessed at elsewhere, at
//! leisure. The 600,000 rounds of PBKDF2 slow each guess, but a graphics card still makes
//! thousands a second: a word and a number (8 characters) falls in well under a day, while
//! 12 characters (three or four ordinary words) takes years. Counted after Unicode
//! normalisation, as the key is made (`crate::browser`).

use crate::words::Word;

/// Why a passphrase cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PassphraseProblem {
    /// Fewer than [`MIN_CHARACTERS`] characters.
    TooShort,
    /// The two boxes differ.
    Different,
}

/// The shortest passphrase accepted.
pub const MIN_CHARACTERS: usize = 12;

impl PassphraseProblem {
    /// What the person is told.
    pub fn message(self) -> Word {
        match self {
            PassphraseProblem::TooShort => Word::PassphraseTooShort,
            PassphraseProblem::Different => Word::PassphraseDifferent,
        }
    }
}

/// Checks a new passphrase and its repeat.
pub fn passphrase_problem(passphrase: &str, again: &str) -> Option<PassphraseProblem> {
    if passphrase.chars().count() < MIN_CHARACTERS {
        Some(PassphraseProblem::TooShort)
    } else if passphrase != again {
        Some(PassphraseProblem::Different)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passphrase_needs_twelve_characters_typed_the_same_twice() {
        assert_eq!(passphrase_problem("short", "short"), Some(PassphraseProblem::TooShort));
        assert_eq!(passphrase_problem("sunshine2026", "sunshine2026"), None, "12 characters");
        assert_eq!(passphrase_problem("password123", "password123"), Some(PassphraseProblem::TooShort), "a word and a number");
        assert_eq!(passphrase_problem("ééééééééééé", "ééééééééééé"), Some(PassphraseProblem::TooShort), "characters, not bytes");
        assert_eq!(passphrase_problem("long enough pass", "long enough Pass"), Some(PassphraseProblem::Different));
        assert_eq!(passphrase_problem("long enough pass", "long enough pass"), None);
    }
}
