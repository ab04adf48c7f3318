//! The widget's languages: English, built in, and the packs beside the widget
//! (`dist/languages/<code>.json`, docs/TRANSLATING.md), fetched only when a host's `lang`
//! asks for one or a person chooses one. Each is offered in its own words and script. Easy
//! Read is offered with them: English in short sentences with pictures, `en-x-easyread`
//! (a private-use tag, so screen readers still read it as English).

/// The language of the widget's built-in text.
pub const LANGUAGE: &str = "en";

/// A language with a pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// As in `lang`, and the pack's file name.
    pub code: &'static str,
    /// Its name in its own words and script, as the start screen offers it.
    pub name: &'static str,
    pub right_to_left: bool,
}

/// The code of Easy Read's pack.
pub const EASY_READ: &str = "en-x-easyread";

/// The packs there are, in the order the start screen offers them: the languages most
/// asked for in Leicester, Leicestershire and Rutland, then Easy Read.
pub const LANGUAGES: [Language; 7] = [
    Language { code: "gu", name: "ગુજરાતી", right_to_left: false },
    Language { code: "ur", name: "اردو", right_to_left: true },
    Language { code: "pa", name: "ਪੰਜਾਬੀ", right_to_left: false },
    Language { code: "pl", name: "Polski", right_to_left: false },
    Language { code: "so", name: "Soomaali", right_to_left: false },
    Language { code: "ar", name: "العربية", right_to_left: true },
    Language { code: EASY_READ, name: "Easy Read", right_to_left: false },
];

/// The pack a `lang` value (`ur`, `ur-PK`, `PL`, `en-x-easyread`) asks for, if there is one.
pub fn pack_for(value: &str) -> Option<&'static Language> {
    let value = value.trim().to_ascii_lowercase();
    let primary = value.split('-').next().unwrap_or_default();
    LANGUAGES.iter().find(|l| l.code == value).or_else(|| LANGUAGES.iter().find(|l| l.code == primary))
}

/// Checks the host's `lang` option: English in any region, or a language with a pack.
/// `Err` says what happens instead and the fix, for the host's console.
pub fn check_language(value: &str) -> Result<(), String> {
    let value = value.trim();
    let primary = value.split('-').next().unwrap_or_default();
    if value.is_empty() || primary.eq_ignore_ascii_case(LANGUAGE) || pack_for(value).is_some() {
        return Ok(());
    }
    let codes: Vec<&str> = std::iter::once(LANGUAGE).chain(LANGUAGES.iter().map(|l| l.code)).collect();
    Err(format!(
        "lang=\"{value}\" has no language pack, so the widget shows its English text (marked lang=\"en\" for screen readers). Fix: use one of {}, or leave lang out.",
        codes.join(", ")
    ))
}

/// The host's `languages` option: the packs to offer, by code, separated by spaces (all
/// of them when it is not given). `Err` names the codes that have no pack.
pub fn offered_languages(value: Option<&str>) -> (Vec<&'static Language>, Option<String>) {
    let Some(value) = value.map(str::trim) else { return (LANGUAGES.iter().collect(), None) };
    let (known, unknown): (Vec<&str>, Vec<&str>) = value.split_whitespace().partition(|code| pack_for(code).is_some());
    let offered = LANGUAGES.iter().filter(|l| known.iter().any(|k| pack_for(k) == Some(*l))).collect();
    let problem = (!unknown.is_empty()).then(|| {
        format!("languages=\"{value}\": {} has no pack, so it is not offered. Fix: use codes from the `lang` option's list.", unknown.join(", "))
    });
    (offered, problem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_and_the_packs_are_accepted_and_others_are_explained() {
        for ok in ["", "en", "en-GB", "EN-gb", "gu", "ur-PK", "PL", "ar"] {
            assert_eq!(check_language(ok), Ok(()), "{ok}");
        }
        let welsh = check_language("cy").expect_err("no pack");
        assert!(welsh.starts_with("lang=\"cy\"") && welsh.contains("Fix: use one of en, gu, ur, pa, pl, so, ar"), "{welsh}");
        assert_eq!(pack_for("ur-PK").map(|l| l.right_to_left), Some(true));
        assert_eq!(pack_for("eng"), None);
        assert_eq!(pack_for("en-x-easyread").map(|l| l.code), Some(EASY_READ), "Easy Read is asked for by its whole tag");
        assert_eq!(pack_for("en-GB"), None, "English is built in");
    }

    #[test]
    fn a_host_can_offer_some_languages() {
        assert_eq!(offered_languages(None).0.len(), LANGUAGES.len());
        let (offered, problem) = offered_languages(Some("pl  gu xx"));
        assert_eq!(offered.iter().map(|l| l.code).collect::<Vec<_>>(), ["gu", "pl"], "in the start screen's order");
        assert!(problem.is_some_and(|p| p.contains("xx has no pack")));
        assert!(offered_languages(Some("")).0.is_empty(), "an empty list offers none");
    }
}
