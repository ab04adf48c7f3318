//! Warnings for data authors about the words, not the structure: what makes a screen hard
//! to take in for a frightened person on a phone. `pathway-check` prints them and still
//! passes (they are judgement calls); the widget never runs them. Each names the file, the
//! JSON path and a plainer way to say it.
//!
//! The rules: a sentence over 25 words; a question screen (its intro, answers and hints,
//! not its disclosures) over 120 words; a promise of what an agency will do; jargon a person
//! may not know, in what the person reads (the staff guide may use the trade's words); and
//! a contact last checked more than six months ago (Open Referral UK's `assured_date`).

use super::load::{load, DataFile, Loaded};
use super::validate::{problem_at, Item};
use crate::pathway::{Problem, StepKind};

/// The longest sentence, in words, before a warning.
pub const SENTENCE_WORDS: usize = 25;
/// The most words a question screen shows before its disclosures.
pub const SCREEN_WORDS: usize = 120;
/// Words that promise what someone else will do; the fix is to say what usually happens.
const PROMISES: [&str; 6] = ["will definitely", "definitely will", "guarantee", "the police will", "we promise", "will always"];
/// Jargon, each with a plainer way to say it.
const JARGON: [(&str, &str); 6] = [
    ("perpetrator", "the person who did it"),
    ("safeguarding referral", "asking the council's team that protects adults at risk to help"),
    ("signpost", "tell you about"),
    ("statutory", "that the law says must be there"),
    ("multi-agency", "services working together"),
    ("victimisation", "being treated badly for speaking up"),
];

/// Every content warning for these files, `today` being `YYYY-MM-DD`. Files that do not
/// load give none: the validator reports those.
pub fn content_warnings(files: &[DataFile<'_>], today: &str) -> Vec<Problem> {
    let Ok(loaded) = load(files) else { return Vec::new() };
    let mut check = Words { loaded: &loaded, warnings: Vec::new() };
    check.texts();
    check.screens();
    check.dates(today);
    check.warnings
}

struct Words<'a> {
    loaded: &'a Loaded,
    warnings: Vec<Problem>,
}

impl Words<'_> {
    fn warn(&mut self, item: Item, path: &str, message: String, fix: String) {
        self.warnings.push(problem_at(&self.loaded.origins, item, path, message, fix));
    }

    /// Every text a person or a staff member reads, with where it is and who reads it.
    fn texts(&mut self) {
        let p = &self.loaded.pathway;
        let mut texts: Vec<(Item, String, &str, bool)> = Vec::new();
        for (s, step) in p.steps.iter().enumerate() {
            let item = Item::Step(s);
            texts.push((item, "title".into(), &step.title, true));
            texts.extend(step.intro.iter().enumerate().map(|(i, t)| (item, format!("intro[{i}]"), t.as_str(), true)));
            for (n, section) in step.sections.iter().enumerate() {
                texts.extend(section.paragraphs.iter().enumerate().map(|(i, t)| (item, format!("sections[{n}].paragraphs[{i}]"), t.as_str(), true)));
            }
            for (c, choice) in step.choices.iter().enumerate() {
                texts.push((item, format!("choices[{c}].label"), &choice.label, true));
                if let Some(hint) = &choice.hint {
                    texts.push((item, format!("choices[{c}].hint"), hint, true));
                }
            }
        }
        for (r, route) in p.routes.iter().enumerate() {
            let item = Item::Route(r);
            for (path, text) in [
                ("summary", &route.summary),
                ("who_will_know", &route.who_will_know),
                ("change_mind", &route.change_mind),
                ("anonymous.detail", &route.anonymous.detail),
            ] {
                texts.push((item, path.into(), text, true));
            }
            texts.extend(route.what_happens_next.iter().enumerate().map(|(i, t)| (item, format!("what_happens_next[{i}]"), t.as_str(), true)));
            texts.extend(route.ways.iter().enumerate().map(|(i, w)| (item, format!("ways[{i}].text"), w.text.as_str(), true)));
        }
        for (s, service) in p.services.iter().enumerate() {
            texts.push((Item::Service(s), "summary".into(), &service.summary, true));
        }
        for (c, contact) in p.contacts.iter().enumerate() {
            if let Some(note) = &contact.note {
                texts.push((Item::Contact(c), "note".into(), note, true));
            }
        }
        for (g, section) in p.guide.iter().enumerate() {
            texts.push((Item::Guide(g), "prompt".into(), &section.prompt, false));
            texts.extend(section.paragraphs.iter().enumerate().map(|(i, t)| (Item::Guide(g), format!("paragraphs[{i}]"), t.as_str(), false)));
        }
        for (item, path, text, for_the_person) in texts {
            self.text(item, &path, text, for_the_person);
        }
    }

    fn text(&mut self, item: Item, path: &str, text: &str, for_the_person: bool) {
        for sentence in sentences(text) {
            let words = sentence.split_whitespace().count();
            if words > SENTENCE_WORDS {
                let start: Vec<&str> = sentence.split_whitespace().take(6).collect();
                self.warn(
                    item,
                    path,
                    format!("a sentence of {words} words (\"{} ...\"); more than {SENTENCE_WORDS} is hard to take in", start.join(" ")),
                    "Split it into two sentences, or move the detail into a section.".into(),
                );
            }
        }
        let lower = text.to_lowercase();
        for promise in PROMISES.iter().filter(|p| lower.contains(*p)) {
            self.warn(
                item,
                path,
                format!("\"{promise}\" promises what someone else will do"),
                "Say what usually happens (\"The police usually ...\"), never what will.".into(),
            );
        }
        if for_the_person {
            for (word, plain) in JARGON.iter().filter(|(w, _)| lower.contains(*w)) {
                self.warn(item, path, format!("\"{word}\" is jargon many people will not know"), format!("Say \"{plain}\" instead, or explain it."));
            }
        }
    }

    /// Question screens that need scrolling: intro, answers and hints over the budget.
    fn screens(&mut self) {
        let p = &self.loaded.pathway;
        for (s, step) in p.steps.iter().enumerate().filter(|(_, s)| matches!(s.kind, StepKind::One | StepKind::Many)) {
            let shown = step
                .intro
                .iter()
                .map(String::as_str)
                .chain(step.choices.iter().flat_map(|c| std::iter::once(c.label.as_str()).chain(c.hint.as_deref())));
            let words: usize = shown.map(|t| t.split_whitespace().count()).sum();
            if words > SCREEN_WORDS {
                self.warn(
                    Item::Step(s),
                    "",
                    format!("the question screen shows {words} words before its sections; more than {SCREEN_WORDS} will not fit on a phone"),
                    "Shorten the intro and the hints, or move detail into a section (which opens on demand).".into(),
                );
            }
        }
    }

    /// Contacts whose check is more than six months old.
    fn dates(&mut self, today: &str) {
        let Some(today) = months(today) else { return };
        let p = &self.loaded.pathway;
        for (c, contact) in p.contacts.iter().enumerate() {
            if months(&contact.verified).is_some_and(|checked| today - checked > 6) {
                self.warn(
                    Item::Contact(c),
                    "verified",
                    format!("last checked on {}, more than six months ago", contact.verified),
                    "Check it against its source again (or with the service) and update `verified`.".into(),
                );
            }
        }
    }
}

/// A text's sentences: split after `.`, `?` or `!` followed by a space.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split_inclusive(['.', '?', '!']).map(str::trim).filter(|s| !s.is_empty())
}

/// Months since year 0 of a `YYYY-MM-DD` date.
fn months(date: &str) -> Option<i64> {
    let mut parts = date.split('-');
    let year: i64 = parts.next()?.parse().ok()?;
    let month: i64 = parts.next()?.parse().ok()?;
    Some(year * 12 + month)
}

/// Today's date, `YYYY-MM-DD` (UTC), for the command-line tools: the age of a check, the
/// date of an import. (Not for the widget: the browser has no system clock to read here.)
pub fn today() -> String {
    let days = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() / 86_400) as i64;
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_at_their_ends() {
        assert_eq!(sentences("One two. Three? Four!").collect::<Vec<_>>(), ["One two.", "Three?", "Four!"]);
    }

    #[test]
    fn six_months_is_counted_in_months() {
        assert_eq!(months("2026-12-01").zip(months("2026-05-31")).map(|(a, b)| a - b), Some(7));
        assert_eq!(months("undated"), None);
    }
}
