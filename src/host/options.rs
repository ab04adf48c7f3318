//! The host's options, each defined once: its name in the JS options, its attribute, the
//! values it takes, its default and what it does. The loader's table, the console message
//! for a bad value and the options table in `docs/EMBEDDING.md` are checked against
//! [`OPTIONS`] by `tests/host_options.rs`. [`read_options`] reads them all, with a message
//! naming the attribute as the host wrote it and the fix for every bad value.

use super::language::{check_language, offered_languages, pack_for, Language};
use super::theme::parse_theme;
use crate::pathway::{is_safe_link, Area, Cluster, Health, Residence};
use crate::staff::{HostMode, Mode, MIN_MINUTES};

/// One option a host can set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HostOption {
    /// Its name in the JS options of `mount()` and `update()`.
    pub name: &'static str,
    /// Its attribute: `data-` goes before it on a plain element, nothing on
    /// `<pathway-navigator>` (`lang` is the element's own, with no prefix).
    pub attribute: &'static str,
    /// The values it takes, as the docs list them.
    pub values: &'static str,
    /// What the widget does without it.
    pub default: &'static str,
    /// What it is for, in one line.
    pub doc: &'static str,
}

pub const EXIT_URL: HostOption = HostOption {
    name: "exitUrl",
    attribute: "exit-url",
    values: "a full `https://` address of a neutral page",
    default: "https://www.bbc.co.uk/weather",
    doc: "Where \"Exit this page\" and Shift pressed three times go.",
};
pub const MODE: HostOption = HostOption {
    name: "mode",
    attribute: "mode",
    values: "`self-help`, `staff`, `third-party`, `training`",
    default: "self-help",
    doc: "Who the widget is for on this page.",
};
pub const SETTING: HostOption = HostOption {
    name: "setting",
    attribute: "setting",
    values: "`acute`, `primary`, `community`, `specialised` (staff)",
    default: "primary",
    doc: "The staff member's point of entry in the care pathway.",
};
pub const HEALTH: HostOption = HostOption {
    name: "health",
    attribute: "health",
    values: "`physical`, `mental` (staff)",
    default: "physical",
    doc: "The kind of care the staff member gives.",
};
pub const AREA: HostOption = HostOption {
    name: "area",
    attribute: "area",
    values: "an id from the data's `meta.areas` (built in: `leicester`, `leicestershire`, `rutland`)",
    default: "every area",
    doc: "Where the people you help live: the staff guide's referral lists, and the plan until the person answers \"Where do you live?\".",
};
pub const IDLE_MINUTES: HostOption = HostOption {
    name: "idleMinutes",
    attribute: "idle-minutes",
    values: "0.5 to 240 (shared screens only; never in self-help)",
    default: "10",
    doc: "How long a shared screen may sit unused before it is wiped.",
};
pub const THEME: HostOption = HostOption {
    name: "theme",
    attribute: "theme",
    values: "`brand: COLOUR; font: FONTS; radius: LENGTH` (any of them)",
    default: "none",
    doc: "The host's brand colour, font and corner radius.",
};
pub const LANG: HostOption = HostOption {
    name: "lang",
    attribute: "lang",
    values: "`en`, `gu`, `ur`, `pa`, `pl`, `so`, `ar`, `en-x-easyread` (Easy Read)",
    default: "en",
    doc: "The language the widget opens in (a person can choose another on the start screen).",
};
pub const USE_PAGE_LANG: HostOption = HostOption {
    name: "usePageLang",
    attribute: "use-page-lang",
    values: "present, or `true`",
    default: "not set",
    doc: "With no `lang` of its own, the widget opens in the page's language (the nearest `lang` around it, such as `<html lang>`).",
};
pub const LANGUAGES_OFFERED: HostOption = HostOption {
    name: "languages",
    attribute: "languages",
    values: "codes of the `lang` list, separated by spaces",
    default: "all of them",
    doc: "The languages the start screen offers besides English.",
};
pub const DATA_SRC: HostOption = HostOption {
    name: "data",
    attribute: "data-src",
    values: "files on your origin (see 5)",
    default: "the built-in LLR pathway",
    doc: "The host's own pathway files, fetched by the loader and validated as pathway-check does.",
};

/// Every option, in the order the docs list them.
pub const OPTIONS: [HostOption; 11] = [EXIT_URL, MODE, SETTING, HEALTH, AREA, IDLE_MINUTES, THEME, LANG, USE_PAGE_LANG, LANGUAGES_OFFERED, DATA_SRC];

/// The longest idle time a host may set, in minutes.
pub const MAX_IDLE_MINUTES: f64 = 240.0;

/// The options that change how the widget looks and behaves (the host's data is read by
/// the embed layer, which loads it).
#[derive(Debug, Clone, PartialEq)]
pub struct HostOptions {
    pub exit_url: String,
    pub host: HostMode,
    /// Custom properties from the `theme` option, for the widget's own element.
    pub theme: Vec<(&'static str, String)>,
    /// The `area` option as given: which areas there are depends on the pathway, which
    /// is loaded later, so [`read_area`] reads it then.
    pub area: Option<String>,
    /// The language pack the host's `lang` asks for, if it asks for one.
    pub lang: Option<&'static Language>,
    /// The languages the start screen offers.
    pub offered: Vec<&'static Language>,
}

/// Reads every option from `value` (an option's text by its JS name, `None` when not set;
/// given the name only, so the docs' words for each option stay out of the widget).
/// A bad value keeps the default and adds a message for the host's console, naming the
/// attribute as the host wrote it (`prefix` is `data-` on a plain element, empty on
/// `<pathway-navigator>`) and the fix.
pub fn read_options(prefix: &str, given: impl Fn(&str) -> Option<String>) -> (HostOptions, Vec<String>) {
    let value = |option: &HostOption| given(option.name);
    let mut problems = Vec::new();
    let mut unknown = |option: &HostOption, value: &str, allowed: &str| {
        problems.push(format!("{prefix}{}=\"{value}\" is not known, so the widget uses {}. Fix: use {allowed}.", option.attribute, option.default));
    };
    let mut host = HostMode::default();
    if let Some(value) = value(&MODE).filter(|v| !v.trim().is_empty()) {
        match Mode::from_key(value.trim()) {
            Some(mode) => host.mode = mode,
            None => unknown(&MODE, &value, &Mode::names()),
        }
    }
    if let Some(value) = value(&SETTING) {
        match Cluster::from_key(value.trim()) {
            Some(setting) => host.setting = setting,
            None => unknown(&SETTING, &value, &Cluster::names()),
        }
    }
    if let Some(value) = value(&HEALTH) {
        match Health::from_key(value.trim()) {
            Some(health) => host.health = health,
            None => unknown(&HEALTH, &value, &Health::names()),
        }
    }
    if let Some(value) = value(&IDLE_MINUTES) {
        match value.trim().parse::<f64>() {
            Ok(minutes) if (MIN_MINUTES..=MAX_IDLE_MINUTES).contains(&minutes) => host.idle_minutes = minutes,
            _ => unknown(&IDLE_MINUTES, &value, "a number of minutes from 0.5 to 240"),
        }
    }
    let exit_url = match value(&EXIT_URL) {
        Some(url) if url.starts_with("https://") && is_safe_link(&url) => url,
        Some(url) => {
            problems.push(format!(
                "{prefix}{}=\"{url}\" is not a full https:// address, so \"Exit this page\" uses {}. Fix: set it to the https:// address of a neutral page.",
                EXIT_URL.attribute, EXIT_URL.default
            ));
            EXIT_URL.default.to_string()
        }
        None => EXIT_URL.default.to_string(),
    };
    let lang = value(&LANG).unwrap_or_default();
    problems.extend(check_language(&lang).err());
    let (offered, offer_problem) = offered_languages(value(&LANGUAGES_OFFERED).as_deref());
    problems.extend(offer_problem.map(|p| format!("{prefix}{p}")));
    let (theme, theme_problems) = parse_theme(&format!("{prefix}{}", THEME.attribute), &value(&THEME).unwrap_or_default());
    problems.extend(theme_problems);
    (HostOptions { exit_url, host, theme, area: value(&AREA), lang: pack_for(&lang), offered }, problems)
}

/// The `area` option for a pathway with these areas: where the people the staff member
/// helps live. An id the data does not declare keeps every area, with a message naming
/// the attribute as the host wrote it and the ids there are.
pub fn read_area(prefix: &str, given: Option<&str>, areas: &[Area]) -> (Residence, Option<String>) {
    let Some(given) = given.map(str::trim).filter(|v| !v.is_empty()) else { return (Residence::Unknown, None) };
    match Residence::for_area(areas, given) {
        Some(residence) => (residence, None),
        None => {
            let ids: Vec<&str> = areas.iter().map(|a| a.id.as_str()).collect();
            let fix = if ids.is_empty() { "remove it: this pathway's data has no areas".to_string() } else { format!("use {}", ids.join(", ")) };
            (
                Residence::Unknown,
                Some(format!(
                    "{prefix}{}=\"{given}\" is not an area of this pathway, so the widget shows {}. Fix: {fix}.",
                    AREA.attribute, AREA.default
                )),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(prefix: &str, given: &[(&str, &str)]) -> (HostOptions, Vec<String>) {
        read_options(prefix, |option| given.iter().find(|(name, _)| *name == option).map(|(_, v)| v.to_string()))
    }

    #[test]
    fn options_are_read_and_bad_ones_named_with_their_fix() {
        let (options, problems) = read("data-", &[("mode", "staff"), ("setting", "acute"), ("health", "mental"), ("idleMinutes", "0.5")]);
        assert_eq!(
            options.host,
            HostMode { mode: Mode::Staff, setting: Cluster::Acute, health: Health::Mental, idle_minutes: 0.5, ..HostMode::default() }
        );
        assert!(problems.is_empty(), "{problems:?}");
        let (options, problems) = read("data-", &[("mode", "admin"), ("setting", "hospital"), ("idleMinutes", "never")]);
        assert_eq!(options.host, HostMode::default());
        assert_eq!(problems.len(), 3);
        assert!(
            problems[0].contains("data-mode=\"admin\"") && problems[0].contains("Fix: use self-help, staff, third-party or training."),
            "{}",
            problems[0]
        );
        assert!(problems[1].contains("acute, primary, community or specialised"), "{}", problems[1]);
        assert!(problems[2].contains("data-idle-minutes"));
        assert_eq!(read("", &[("idleMinutes", "0.1")]).1.len(), 1, "too short to warn 20 s ahead");
        let (_, problems) = read("", &[("mode", "admin")]);
        assert!(problems[0].starts_with("mode=\"admin\""), "<pathway-navigator> attributes have no data- prefix");
        assert!(read("", &[("mode", " ")]).1.is_empty(), "an empty mode is the default");
    }

    #[test]
    fn the_area_is_one_of_the_pathways_or_every_area_with_the_fix() {
        let areas = [Area { id: "north".into(), name: "North".into() }, Area { id: "south".into(), name: "South".into() }];
        let (options, _) = read("data-", &[("area", " south ")]);
        assert_eq!(read_area("data-", options.area.as_deref(), &areas), (Residence::In(1), None));
        assert_eq!(read_area("data-", None, &areas), (Residence::Unknown, None));
        let (residence, problem) = read_area("", Some("east"), &areas);
        assert_eq!(residence, Residence::Unknown);
        assert_eq!(problem.as_deref(), Some("area=\"east\" is not an area of this pathway, so the widget shows every area. Fix: use north, south."));
        assert!(read_area("data-", Some("north"), &[]).1.is_some_and(|p| p.contains("has no areas")));
    }

    #[test]
    fn the_exit_address_must_be_a_full_https_address() {
        assert_eq!(read("", &[]).0.exit_url, EXIT_URL.default);
        assert_eq!(read("", &[("exitUrl", "https://example.org/")]).0.exit_url, "https://example.org/");
        for bad in ["http://example.org", "javascript:alert(1)", "/weather", "https://exa mple.org"] {
            let (options, problems) = read("data-", &[("exitUrl", bad)]);
            assert_eq!(options.exit_url, EXIT_URL.default, "{bad}");
            assert!(problems[0].starts_with("data-exit-url=") && problems[0].contains("Fix:"), "{problems:?}");
        }
    }

    #[test]
    fn theme_and_language_problems_are_named_as_the_host_wrote_them() {
        let (options, problems) = read("data-", &[("theme", "brand: #4a2a7a; colour: red"), ("lang", "cy")]);
        assert_eq!(options.theme, [("--pathway-brand", "#4a2a7a".to_string())]);
        assert_eq!(problems.len(), 2);
        assert!(problems.iter().any(|p| p.starts_with("lang=\"cy\"")) && problems.iter().any(|p| p.starts_with("data-theme part")));
    }

    #[test]
    fn the_enum_options_list_exactly_their_enums_names() {
        let listed = |option: &HostOption, keys: Vec<&str>| {
            let values: Vec<&str> = option.values.split('`').skip(1).step_by(2).collect();
            assert_eq!(values, keys, "{}", option.name);
        };
        listed(&MODE, Mode::ALL.iter().map(|m| m.key()).collect());
        listed(&SETTING, Cluster::ALL.iter().map(|c| c.key()).collect());
        listed(&HEALTH, Health::ALL.iter().map(|h| h.key()).collect());
        assert_eq!(MODE.default, Mode::default().key());
        assert_eq!(SETTING.default, HostMode::default().setting.key());
        assert_eq!(HEALTH.default, HostMode::default().health.key());
        assert_eq!(IDLE_MINUTES.default, crate::staff::DEFAULT_IDLE_MINUTES.to_string());
    }
}
