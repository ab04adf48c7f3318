//! What a translated text must keep from its English: every `{placeholder}`, every number
//! (so that no phone number, time or count can change in translation), the same number of
//! lines where the lines are a list (a form question's options), and no link, email or
//! web address that the English does not have. And it must not be empty. Easy Read
//! (plain English in short sentences, [`check_easy_read`]) may split a text into more lines,
//! one idea each, but keeps each sentence short.

/// Why a translation is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextProblem {
    Empty,
    Placeholders {
        english: Vec<String>,
        given: Vec<String>,
    },
    Numbers {
        english: Vec<String>,
        given: Vec<String>,
    },
    Lines {
        english: usize,
        given: usize,
    },
    Link(String),
    /// Easy Read: a sentence longer than [`EASY_READ_WORDS`].
    LongSentence {
        words: usize,
        sentence: String,
    },
}

/// The most words in an Easy Read sentence (about 15 is the usual guidance).
pub const EASY_READ_WORDS: usize = 15;

impl TextProblem {
    pub fn message(&self) -> String {
        match self {
            TextProblem::Empty => "the text is empty".into(),
            TextProblem::Placeholders { english, given } => {
                format!("its placeholders are {} but the English has {}", listed(given), listed(english))
            }
            TextProblem::Numbers { english, given } => format!("its numbers are {} but the English has {}", listed(given), listed(english)),
            TextProblem::Lines { english, given } => format!("it has {given} lines but the English has {english}, one per option"),
            TextProblem::Link(found) => format!("it has a link or address (`{found}`) that the English does not"),
            TextProblem::LongSentence { words, sentence } => {
                format!("a sentence has {words} words, more than Easy Read's {EASY_READ_WORDS}: \"{sentence}\"")
            }
        }
    }

    pub fn fix(&self, english: &str) -> String {
        match self {
            TextProblem::Empty => format!("Translate the English: \"{english}\"."),
            TextProblem::Placeholders { .. } => "Keep each `{name}` exactly as in the English; the widget fills it in.".into(),
            TextProblem::Numbers { .. } => {
                "Keep every number as in the English, in the same digits (0 to 9): phone numbers and times come from the data.".into()
            }
            TextProblem::Lines { .. } => "Give one line per option, in the English's order.".into(),
            TextProblem::Link(_) => "Remove it: links and addresses stay in contacts.json, never in a pack.".into(),
            TextProblem::LongSentence { .. } => "Split it into shorter sentences, one idea each.".into(),
        }
    }
}

/// Checks `given`, the translation of `english`.
pub fn check_text(english: &str, given: &str) -> Result<(), TextProblem> {
    check_kept(english, given)?;
    check_lines(english, given)
}

/// Checks `given`, the Easy Read of `english`: it keeps what a translation keeps, and each
/// sentence is short. Its lines (one idea each) may be more than the English's, except
/// where they are a `list` (a form question's options, the months).
pub fn check_easy_read(english: &str, given: &str, list: bool) -> Result<(), TextProblem> {
    check_kept(english, given)?;
    if list {
        check_lines(english, given)?;
    }
    match given.split('\n').flat_map(sentences).map(|s| (s.split_whitespace().count(), s)).find(|(words, _)| *words > EASY_READ_WORDS) {
        Some((words, sentence)) => Err(TextProblem::LongSentence { words, sentence: sentence.to_string() }),
        None => Ok(()),
    }
}

/// Not empty, the same placeholders and numbers, no new link.
fn check_kept(english: &str, given: &str) -> Result<(), TextProblem> {
    if given.trim().is_empty() {
        return Err(TextProblem::Empty);
    }
    let (mut want, mut got) = (placeholders(english), placeholders(given));
    want.sort();
    got.sort();
    if want != got {
        return Err(TextProblem::Placeholders { english: want, given: got });
    }
    let (mut want, mut got) = (numbers(english), numbers(given));
    want.sort();
    got.sort();
    if want != got {
        return Err(TextProblem::Numbers { english: want, given: got });
    }
    match links(given).into_iter().find(|link| !links(english).contains(link)) {
        Some(link) => Err(TextProblem::Link(link)),
        None => Ok(()),
    }
}

/// A text of several lines keeps their number.
fn check_lines(english: &str, given: &str) -> Result<(), TextProblem> {
    let lines = |t: &str| t.split('\n').count();
    if english.contains('\n') && lines(english) != lines(given) {
        return Err(TextProblem::Lines { english: lines(english), given: lines(given) });
    }
    Ok(())
}

/// The sentences of a line: each ends with `.`, `!` or `?` and a space (or the line's end).
fn sentences(line: &str) -> impl Iterator<Item = &str> {
    let mut rest = line.trim();
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = rest
            .char_indices()
            .find(|&(at, c)| matches!(c, '.' | '!' | '?') && rest[at + 1..].starts_with(char::is_whitespace))
            .map_or(rest.len(), |(at, _)| at + 1);
        let (sentence, after) = rest.split_at(end);
        rest = after.trim_start();
        Some(sentence)
    })
}

/// The `{name}`s in a text.
fn placeholders(text: &str) -> Vec<String> {
    text.split('{').skip(1).filter_map(|after| after.split_once('}')).map(|(name, _)| name.to_string()).collect()
}

/// The runs of digits 0 to 9, and of the digits of the scripts packs are written in, in a
/// text: a number written in other digits counts as a change (phone numbers must stay
/// dialable).
fn numbers(text: &str) -> Vec<String> {
    text.split(|c: char| !is_digit(c)).filter(|run| !run.is_empty()).map(str::to_string).collect()
}

/// A digit: 0 to 9, or the digits of Arabic, Urdu and Farsi, Devanagari, Bengali, Gurmukhi,
/// Gujarati and the other Indian scripts, and full-width ones. (Not `char::is_numeric`,
/// whose Unicode tables would cost the widget kilobytes.)
fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' | '\u{FF10}'..='\u{FF19}')
        || ('\u{0966}'..='\u{0D6F}').contains(&c) && (c as u32 & 0x7F) >= 0x66 && (c as u32 & 0x7F) <= 0x6F
}

/// Words that are, or look like, links and addresses.
fn links(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|word| word.trim_matches(|c: char| c.is_ascii_punctuation() && c != '@'))
        .filter(|word| {
            let lower = word.to_ascii_lowercase();
            ["http", "www.", "tel:", "sms:", "mailto:"].iter().any(|s| lower.contains(s))
                || word.contains('@')
                || [".uk", ".org", ".com"].iter().any(|s| lower.contains(s))
        })
        .map(str::to_string)
        .collect()
}

fn listed(items: &[String]) -> String {
    if items.is_empty() {
        "none".into()
    } else {
        items.iter().map(|i| format!("`{i}`")).collect::<Vec<_>>().join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_translation_keeps_placeholders_numbers_lines_and_adds_no_link() {
        assert_eq!(check_text("Call {n} times", "Zadzwoń {n} razy"), Ok(()));
        assert_eq!(check_text("Call 0800 138 1625", "Zadzwoń pod 0800 138 1625"), Ok(()));
        assert_eq!(check_text("Open 24 hours", ""), Err(TextProblem::Empty));
        assert!(matches!(check_text("Incident {n}", "Zdarzenie {m}"), Err(TextProblem::Placeholders { .. })));
        assert!(matches!(check_text("Call 101", "Zadzwoń pod 112"), Err(TextProblem::Numbers { .. })));
        assert!(matches!(check_text("Call 999", "९९९ पर कॉल करें"), Err(TextProblem::Numbers { .. })), "other digits are not dialable");
        for other in ["٩٩٩", "۹۹۹", "੯੯੯", "૯૯૯"] {
            assert!(matches!(check_text("Call 999", &format!("Zadzwoń {other}")), Err(TextProblem::Numbers { .. })), "{other}");
        }
        assert!(matches!(check_text("Yes\nNo", "Tak"), Err(TextProblem::Lines { english: 2, given: 1 })));
        assert!(matches!(check_text("See their website.", "Zobacz https://evil.example"), Err(TextProblem::Link(_))));
        assert!(matches!(check_text("Email them.", "Napisz na a@b.pl"), Err(TextProblem::Link(_))));
        assert_eq!(check_text("Use stamp-it-out.co.uk", "Użyj stamp-it-out.co.uk"), Ok(()), "the English's own address may stay");
        let problem = check_text("Call 101", "Zadzwoń").unwrap_err();
        assert_eq!(problem.message(), "its numbers are none but the English has `101`");
    }

    #[test]
    fn easy_read_keeps_what_a_translation_keeps_in_short_sentences_of_any_number_of_lines() {
        let english = "If you are in danger now, call 999. Say which service you need and where you are.";
        assert_eq!(check_easy_read(english, "Are you in danger now?\nCall 999.", false), Ok(()));
        assert!(matches!(check_easy_read(english, "Call 112.", false), Err(TextProblem::Numbers { .. })));
        assert!(matches!(check_easy_read("Yes\nNo", "Yes", true), Err(TextProblem::Lines { .. })), "a list keeps its lines");
        let long = "If you are in danger now you should call 999 and say which service you need and where you are.";
        let problem = check_easy_read(english, long, false).unwrap_err();
        assert!(matches!(problem, TextProblem::LongSentence { words: 20, .. }), "{problem:?}");
        assert_eq!(sentences("One. Two, e.g. three! Four?").collect::<Vec<_>>(), ["One.", "Two, e.g.", "three!", "Four?"]);
        assert_eq!(sentences("Version 2.1 is here").count(), 1, "a point inside a number ends no sentence");
    }
}
