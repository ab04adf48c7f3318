//! One catalogue of every word a person reads that is not pathway data: the widget's own
//! words ([`Word`], English built in, in `english.rs`) and the report form's ([`FieldWords`],
//! in `form_words.rs`). Components and the report ask a [`Words`] for text by key, so
//! another language replaces them all without touching either.

mod catalogue;
mod english;
mod form_words;

pub use english::Word;
pub use form_words::FieldWords;

use crate::pathway::{AnonymousAnswer, Cluster, Confirmation, Health, Urgency, WayKind};
use std::collections::HashMap;

/// The words of one language: each key's replacement, if the language has one, else the
/// built-in English. Copy, so a context or a prop can carry it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Words {
    replaced: Option<&'static Replacements>,
}

/// A language's texts, by the position of what they replace: each [`Word`], each form
/// section and each form question. Made by [`Words::replaced_by`] from texts by key.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Replacements {
    words: Vec<Option<&'static str>>,
    sections: Vec<Option<&'static str>>,
    fields: Vec<FieldWords>,
    /// The language's code and how the browser says its dates and counts.
    intl: Option<(&'static str, Intl)>,
    /// The language's forms of the counted words ([`COUNTED`]) by plural category.
    plurals: Vec<(usize, &'static str, &'static str)>,
}

/// Says a date (`YYYY-MM` or `YYYY-MM-DD`) in a language (its code), as the browser's
/// `Intl` does: the browser layer gives one (`crate::browser::intl_date`), so that no
/// language's month names or date order are compiled into the widget.
pub type DateFormat = fn(&str, &str) -> Option<String>;

/// The plural category (`zero`, `one`, `two`, `few`, `many` or `other`) of a count in a
/// language (its code), as the browser's `Intl.PluralRules` says (`crate::browser::intl_plural`).
pub type PluralRule = fn(&str, usize) -> &'static str;

/// How the browser says a language's dates and counts.
#[derive(Debug, Clone, Copy)]
pub struct Intl {
    pub date: DateFormat,
    pub plural: PluralRule,
}

/// The same functions (words compare equal when they would say everything alike).
impl PartialEq for Intl {
    fn eq(&self, other: &Intl) -> bool {
        (self.date as usize, self.plural as usize) == (other.date as usize, other.plural as usize)
    }
}

impl Eq for Intl {}

/// The words that say a count of more than one (`{n}`), which a language may give in a
/// form for each of its plural categories, as `KEY#CATEGORY` (`answers_many#few`).
pub const COUNTED: [Word; 3] = [Word::ShiftCountMany, Word::AnswersMany, Word::OpenedMany];

/// The plural categories of `Intl.PluralRules` (Arabic has all six).
pub const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

impl Words {
    /// The built-in English.
    pub fn english() -> Words {
        Words::default()
    }

    /// Every text a language gives in place of the built-in English, by its key, with that
    /// English: each [`Word::key`] and, for the form, `section.ID`, `ID.label`, `ID.hint`
    /// and `ID.options` (the labels one per line, as many as the form has).
    pub fn texts() -> Vec<(String, String)> {
        let words = Word::ALL.iter().map(|w| (w.key().to_string(), w.english().to_string()));
        let sections = form_words::SECTIONS.iter().map(|(id, english)| (format!("section.{id}"), english.to_string()));
        let fields = form_words::FIELDS.iter().flat_map(|f| {
            let label = Some((format!("{}.label", f.id), f.label.to_string()));
            let hint = f.hint.map(|h| (format!("{}.hint", f.id), h.to_string()));
            let options = (!f.options.is_empty()).then(|| (format!("{}.options", f.id), f.options.join("\n")));
            [label, hint, options].into_iter().flatten()
        });
        words.chain(sections).chain(fields).collect()
    }

    /// The keys a language may add for its plural forms, `KEY#CATEGORY` for each of the
    /// [`COUNTED`] words and [`PLURAL_CATEGORIES`], with the English they stand for.
    pub fn plural_texts() -> Vec<(String, String)> {
        COUNTED.iter().flat_map(|w| PLURAL_CATEGORIES.map(|c| (format!("{}#{c}", w.key()), w.english().to_string()))).collect()
    }

    /// Words that take each text from `texts` where it has one, English elsewhere, under
    /// the keys of [`Words::texts`]. A language is
    /// loaded once a page, so its texts live as long as the page does.
    pub fn replaced_by(texts: HashMap<String, String>) -> Words {
        let text = |key: &str| texts.get(key).map(|t| &*Box::leak(t.clone().into_boxed_str()));
        let fields = form_words::FIELDS
            .iter()
            .map(|english| {
                let options = text(&format!("{}.options", english.id)).map(|lines| lines.split('\n').collect::<Vec<_>>());
                FieldWords {
                    id: english.id,
                    label: text(&format!("{}.label", english.id)).unwrap_or(english.label),
                    hint: text(&format!("{}.hint", english.id)).or(english.hint),
                    options: options.filter(|o| o.len() == english.options.len()).map_or(english.options, |o| Box::leak(o.into_boxed_slice())),
                }
            })
            .collect();
        let replacements = Replacements {
            words: Word::ALL.iter().map(|word| text(word.key())).collect(),
            sections: form_words::SECTIONS.iter().map(|(id, _)| text(&format!("section.{id}"))).collect(),
            fields,
            intl: None,
            plurals: COUNTED
                .iter()
                .flat_map(|w| PLURAL_CATEGORIES.map(|c| (*w as usize, c, text(&format!("{}#{c}", w.key())))))
                .filter_map(|(w, c, text)| Some((w, c, text?)))
                .collect(),
        };
        Words { replaced: Some(Box::leak(Box::new(replacements))) }
    }

    /// These words, saying dates and choosing plural forms in the language `code` as the
    /// browser's `Intl` does (instead of with the `months` word, and one or many).
    pub fn with_intl(self, code: &str, intl: Intl) -> Words {
        let mut replacements = self.replaced.cloned().unwrap_or_else(|| Words::replaced_by(HashMap::new()).replaced.cloned().expect("made"));
        replacements.intl = Some((Box::leak(code.to_string().into_boxed_str()), intl));
        Words { replaced: Some(Box::leak(Box::new(replacements))) }
    }

    /// The text of `word`.
    pub fn get(&self, word: Word) -> &'static str {
        self.replaced.and_then(|r| r.words[word as usize]).unwrap_or(word.english())
    }

    /// The paragraphs of `word`, one per line of its text.
    pub fn paragraphs(&self, word: Word) -> impl Iterator<Item = &'static str> {
        self.get(word).split('\n')
    }

    /// The text of `word` with each `{name}` replaced by its value.
    pub fn fill(&self, word: Word, values: &[(&str, &str)]) -> String {
        fill_text(self.get(word), values)
    }

    /// `one` for a count of 1, else `many` with `{n}` filled in; in a language that gives
    /// `many` a form for the count's plural category (from the browser), that form.
    pub fn count(&self, n: usize, one: Word, many: Word) -> String {
        let form = self.replaced.and_then(|r| {
            let (code, intl) = r.intl?;
            let category = (intl.plural)(code, n);
            r.plurals.iter().find(|(word, c, _)| *word == many as usize && *c == category).map(|(_, _, text)| *text)
        });
        match form {
            Some(text) => fill_text(text, &[("n", &n.to_string())]),
            None if n == 1 => self.get(one).to_string(),
            None => self.fill(many, &[("n", &n.to_string())]),
        }
    }

    /// "Incident 2": an incident's name in the record, from its place in date order (from 0).
    pub fn incident_title(&self, position: usize) -> String {
        self.fill(Word::IncidentTitle, &[("n", &(position + 1).to_string())])
    }

    /// A form section's heading.
    pub fn section(&self, id: &str) -> &'static str {
        let Some(index) = form_words::SECTIONS.iter().position(|(key, _)| *key == id) else { return MISSING };
        self.replaced.and_then(|r| r.sections[index]).unwrap_or(form_words::SECTIONS[index].1)
    }

    /// A form question's words.
    pub fn field(&self, id: &str) -> FieldWords {
        let Some(index) = form_words::FIELDS.iter().position(|f| f.id == id) else {
            return FieldWords { id: MISSING, label: MISSING, hint: None, options: &[] };
        };
        self.replaced.map_or(form_words::FIELDS[index], |r| r.fields[index])
    }

    /// "23 November 2026" from `2026-11-23`, "November 2026" from `2026-11`; the text as it
    /// is if it is neither (a year alone, or not a date).
    pub fn long_date(&self, iso: &str) -> String {
        if let Some(said) = self.replaced.and_then(|r| r.intl).filter(|_| iso.len() >= 7).and_then(|(code, intl)| (intl.date)(code, iso)) {
            return said;
        }
        let parts: Vec<&str> = iso.split('-').collect();
        let month = parts.get(1).and_then(|m| m.parse::<usize>().ok()).and_then(|m| self.paragraphs(Word::Months).nth(m.wrapping_sub(1)));
        match (parts.as_slice(), month) {
            ([year, _, day], Some(month)) => format!("{} {} {}", day.trim_start_matches('0'), month, year),
            ([year, _], Some(month)) => format!("{month} {year}"),
            _ => iso.to_string(),
        }
    }

    /// Where a list of contacts came from, said once for the list and honestly: when they
    /// were last confirmed (`verified`, the month only) and how (`confirmed`); for those
    /// read from public pages, how old the oldest dated page is (`source_date`: `YYYY`,
    /// `YYYY-MM`, `YYYY-MM-DD` or `undated`) and whether some had no date.
    pub fn sources(&self, verified: &str, contacts: &[(&str, Confirmation)]) -> String {
        let month = self.long_date(verified.get(..7).unwrap_or(verified));
        let pages: Vec<&str> = contacts.iter().filter(|(_, how)| *how == Confirmation::PublicPage).map(|(date, _)| *date).collect();
        if pages.is_empty() {
            return self.fill(Word::SourcesConfirmed, &[("month", &month)]);
        }
        let mut line = self.fill(Word::SourcesRead, &[("month", &month)]);
        if let Some(oldest) = pages.iter().filter(|d| **d != "undated").min() {
            line.push(' ');
            line.push_str(&self.fill(Word::SourcesOldest, &[("date", &self.long_date(oldest))]));
        }
        if pages.contains(&"undated") {
            line.push(' ');
            line.push_str(self.get(Word::SourcesUndated));
        }
        if pages.len() < contacts.len() {
            line.push(' ');
            line.push_str(self.get(Word::SourcesSomeConfirmed));
        }
        line
    }

    /// A point of entry, as the care pathway's table names it.
    pub fn setting(&self, setting: Cluster) -> &'static str {
        self.get(match setting {
            Cluster::Acute => Word::SettingAcute,
            Cluster::Primary => Word::SettingPrimary,
            Cluster::Community => Word::SettingCommunity,
            Cluster::Specialised => Word::SettingSpecialised,
        })
    }

    pub fn health(&self, health: Health) -> &'static str {
        self.get(match health {
            Health::Physical => Word::HealthPhysical,
            Health::Mental => Word::HealthMental,
        })
    }

    /// The heading of the handover record's referral list: the setting's short name and
    /// the kind of health.
    pub fn referral_heading(&self, setting: Cluster, health: Health) -> String {
        let setting = self.setting(setting).split(':').next().unwrap_or_default();
        let heading = match health {
            Health::Physical => Word::ReferralHeadingPhysical,
            Health::Mental => Word::ReferralHeadingMental,
        };
        self.fill(heading, &[("setting", setting)])
    }

    pub fn urgency(&self, urgency: Urgency) -> &'static str {
        self.get(match urgency {
            Urgency::Now => Word::UrgencyNow,
            Urgency::Today => Word::UrgencyToday,
            Urgency::Soon => Word::UrgencySoon,
            Urgency::AnyTime => Word::UrgencyAnyTime,
        })
    }

    pub fn way(&self, kind: WayKind) -> &'static str {
        self.get(match kind {
            WayKind::Phone => Word::WayPhone,
            WayKind::Text => Word::WayText,
            WayKind::Online => Word::WayOnline,
            WayKind::InPerson => Word::WayInPerson,
            WayKind::Bsl => Word::WayBsl,
            WayKind::Interpreter => Word::WayInterpreter,
        })
    }

    pub fn anonymous(&self, answer: AnonymousAnswer) -> &'static str {
        self.get(match answer {
            AnonymousAnswer::Yes => Word::AnonymousYes,
            AnonymousAnswer::No => Word::AnonymousNo,
            AnonymousAnswer::Partly => Word::AnonymousPartly,
            AnonymousAnswer::NotApplicable => Word::AnonymousNotApplicable,
        })
    }
}

/// What is shown for a form id with no words, which a test rules out.
const MISSING: &str = "?";

/// `text` with each `{name}` replaced by its value.
fn fill_text(text: &str, values: &[(&str, &str)]) -> String {
    // By hand rather than with `str::replace`, whose substring search costs the widget
    // about 2 KB.
    let mut out = String::new();
    let mut rest = text;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        match after.split_once('}').and_then(|(name, after)| Some((values.iter().find(|(n, _)| *n == name)?.1, after))) {
            Some((value, after)) => {
                out.push_str(value);
                rest = after;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_find_their_word() {
        let mut keys = std::collections::HashSet::new();
        for &word in Word::ALL {
            assert!(keys.insert(word.key()), "{} twice", word.key());
            assert_eq!(Word::from_key(word.key()), Some(word));
            assert!(!word.english().trim().is_empty(), "{word:?} has no English");
        }
        assert_eq!(Word::from_key("no_such_word"), None);
    }

    #[test]
    fn contacts_say_honestly_where_they_came_from_and_how_old_it_is() {
        let words = Words::english();
        let page = Confirmation::PublicPage;
        assert_eq!(
            words.sources("2026-11-03", &[("2024-10", page)]),
            "Taken from public web pages in November 2026. The oldest is dated October 2024."
        );
        assert_eq!(
            words.sources("2026-11-03", &[("2019", page), ("undated", page), ("2024-10-05", page)]),
            "Taken from public web pages in November 2026. The oldest is dated 2019. Some have no date."
        );
        assert_eq!(words.sources("2026-11-03", &[("undated", page)]), "Taken from public web pages in November 2026. Some have no date.");
        assert_eq!(words.sources("2026-11-03", &[("2019", Confirmation::Service)]), "Confirmed with the services in November 2026.");
        assert_eq!(
            words.sources("2026-11-03", &[("2019", Confirmation::Service), ("2024", page)]),
            "Taken from public web pages in November 2026. The oldest is dated 2024. Some were confirmed with the service."
        );
        assert_eq!(words.long_date("2026-11"), "November 2026");
        assert_eq!(words.long_date("2026-13-01"), "2026-13-01");
        assert_eq!(words.long_date("2026-00-01"), "2026-00-01");
    }

    #[test]
    fn counts_and_values_are_filled_in() {
        let words = Words::english();
        assert_eq!(words.count(1, Word::ShiftCountOne, Word::ShiftCountMany), "Shift, press 1 more time to exit.");
        assert_eq!(words.count(2, Word::ShiftCountOne, Word::ShiftCountMany), "Shift, press 2 more times to exit.");
        // A language's plural forms, chosen by the plural category its `Intl` gives.
        let polish = HashMap::from([
            ("answers_one".to_string(), "1 pytanie.".to_string()),
            ("answers_many".to_string(), "{n} pytań.".to_string()),
            ("answers_many#few".to_string(), "{n} pytania.".to_string()),
        ]);
        let category: PluralRule = |_, n| {
            if n == 1 {
                "one"
            } else if (2..=4).contains(&(n % 10)) && !(12..=14).contains(&(n % 100)) {
                "few"
            } else {
                "many"
            }
        };
        let polish = Words::replaced_by(polish).with_intl("pl", Intl { date: |_, _| None, plural: category });
        let said: Vec<String> = [1, 2, 5, 22, 25].map(|n| polish.count(n, Word::AnswersOne, Word::AnswersMany)).into();
        assert_eq!(said, ["1 pytanie.", "2 pytania.", "5 pytań.", "22 pytania.", "25 pytań."]);
        assert_eq!(words.referral_heading(Cluster::Primary, Health::Mental), "Services to refer to (Primary, mental health)");
        assert_eq!(words.fill(Word::StepOf, &[("n", "3"), ("total", "8")]), "Step 3 of 8");
        assert_eq!(words.fill(Word::StepOf, &[("n", "{total}"), ("total", "8")]), "Step {total} of 8", "a value is not filled in again");
        assert_eq!(words.fill(Word::StepOf, &[("n", "3")]), "Step 3 of {total}", "a value not given stays as it is");
    }

    #[test]
    fn every_form_question_and_section_has_its_words_with_one_label_per_option() {
        let words = Words::english();
        for section in crate::report::FORM {
            assert_ne!(words.section(section.id), "?", "section {}", section.id);
            for field in section.fields {
                let field_words = words.field(field.id);
                assert_ne!(field_words.label, "?", "field {}", field.id);
                let options = match field.kind {
                    crate::report::Kind::One(options) | crate::report::Kind::Many(options) => options.len(),
                    _ => 0,
                };
                assert_eq!(field_words.options.len(), options, "options of {}", field.id);
            }
        }
        assert_eq!(form_words::FIELDS.len(), crate::report::fields().count(), "no words for a question that is not there");
    }

    #[test]
    fn another_language_replaces_words_by_key_and_keeps_english_where_it_has_none() {
        let texts =
            [("exit", "Opuść tę stronę"), ("section.when", "Kiedy"), ("date.label", "Data"), ("known.options", "Tak\nWidziałem\nNie\nNie wiem")];
        let words = Words::replaced_by(texts.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect());
        assert_eq!(words.get(Word::Exit), "Opuść tę stronę");
        assert_eq!(words.get(Word::Back), "Back", "English where the language has no text");
        assert_eq!(words.section("when"), "Kiedy");
        assert_eq!(words.field("date").label, "Data");
        assert_eq!(words.field("known").options[3], "Nie wiem");
        assert_eq!(words.field("because_of").label, Words::english().field("because_of").label);
    }
}
