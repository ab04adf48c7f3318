//! What a translated text must keep from its English: every `{placeholder}`, every number
//! (so that no phone number, time or count can change in translation), the same number of
//! lines where the lines are a list (a form question's options), and no link, email or
//! web address that the English does not have. And it must not be empty.

/// Why a translation is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextProblem {
    Empty,
    Placeholders { english: Vec<String>, given: Vec<String> },
    Numbers { english: Vec<String>, given: Vec<String> },
    Lines { english: usize, given: usize },
    Link(String),
}

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
        }
    }
}

/// Checks `given`, the translation of `english`.
pub fn check_text(english: &str, given: &str) -> Result<(), TextProblem> {
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
    let lines = |t: &str| t.split('\n').count();
    if english.contains('\n') && lines(english) != lines(given) {
        return Err(TextProblem::Lines { english: lines(english), given: lines(given) });
    }
    match links(given).into_iter().find(|link| !links(english).contains(link)) {
        Some(link) => Err(TextProblem::Link(link)),
        None => Ok(()),
    }
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
}
