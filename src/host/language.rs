//! The widget's language. All its words are in plain English for now (other languages
//! come as packs over the catalogue in `crate::words`). The widget marks itself
//! `lang="en"`, so a screen reader on a Welsh or Urdu page reads it as English, and a host
//! that asks for another language is told that it is not there yet.

/// The language of the widget's text.
pub const LANGUAGE: &str = "en";

/// Checks the host's `lang` option: English, in any region, is what the widget has.
/// `Err` says what happens instead and the fix, for the host's console.
pub fn check_language(value: &str) -> Result<(), String> {
    let value = value.trim();
    let primary = value.split('-').next().unwrap_or_default();
    if value.is_empty() || primary.eq_ignore_ascii_case(LANGUAGE) {
        return Ok(());
    }
    Err(format!(
        "lang=\"{value}\" is not available yet, so the widget shows its English text (marked lang=\"en\" for screen readers). Fix: leave lang out or set it to en."
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_in_any_region_is_accepted_and_others_are_explained() {
        for ok in ["", "en", "en-GB", "EN-gb"] {
            assert_eq!(check_language(ok), Ok(()), "{ok}");
        }
        let welsh = check_language("cy").expect_err("not there yet");
        assert!(welsh.starts_with("lang=\"cy\"") && welsh.contains("Fix:"), "{welsh}");
        assert!(check_language("eng").is_err(), "a three-letter code that is not en");
    }
}
