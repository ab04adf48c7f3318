//! Who the widget is for on this page, as the host chooses it: the person themselves
//! (self-help, the default), staff guiding someone, a third-party reporting centre, or
//! staff practising. Parsed from the host's options, with a message that names the option
//! and the fix when a value is not known (the widget then uses the default).

use crate::idle::MIN_MINUTES;
use crate::model::{Cluster, Health};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    SelfHelp,
    Staff,
    ThirdParty,
    Training,
}

impl Mode {
    /// Screens used by staff at a desk may be left: only these get "Clear" and the idle
    /// wipe. The person harmed is never rushed.
    pub fn is_shared_screen(self) -> bool {
        self != Mode::SelfHelp
    }
}

/// The host's choices, read from `data-mode`, `data-setting`, `data-health` and
/// `data-idle-minutes` (or the JS options of the same names).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HostMode {
    pub mode: Mode,
    pub setting: Cluster,
    pub health: Health,
    /// How long a shared screen may sit unused before it is wiped.
    pub idle_minutes: f64,
}

pub const DEFAULT_IDLE_MINUTES: f64 = 10.0;

impl Default for HostMode {
    fn default() -> Self {
        HostMode { mode: Mode::SelfHelp, setting: Cluster::Primary, health: Health::Physical, idle_minutes: DEFAULT_IDLE_MINUTES }
    }
}

impl HostMode {
    /// Reads each option that is present; an unknown value keeps the default and adds a
    /// message for the host's console, naming the attribute as the host wrote it
    /// (`prefix` is `data-` on a plain element, empty on `<pathway-navigator>`).
    pub fn parse(prefix: &str, mode: Option<&str>, setting: Option<&str>, health: Option<&str>, idle_minutes: Option<&str>) -> (HostMode, Vec<String>) {
        let unknown = |option: &str, value: &str, allowed: &str, default: &str| {
            format!("{prefix}{option}=\"{value}\" is not known, so the widget uses {default}. Fix: use {allowed}.")
        };
        let mut host = HostMode::default();
        let mut problems = Vec::new();
        if let Some(value) = mode {
            match value.trim() {
                "self-help" | "" => {}
                "staff" => host.mode = Mode::Staff,
                "third-party" => host.mode = Mode::ThirdParty,
                "training" => host.mode = Mode::Training,
                other => problems.push(unknown("mode", other, "self-help, staff, third-party or training", "self-help")),
            }
        }
        if let Some(value) = setting {
            match Cluster::ALL.into_iter().find(|c| c.key() == value.trim()) {
                Some(setting) => host.setting = setting,
                None => problems.push(unknown("setting", value, "acute, primary, community or specialised", "primary")),
            }
        }
        if let Some(value) = health {
            match Health::ALL.into_iter().find(|h| h.key() == value.trim()) {
                Some(health) => host.health = health,
                None => problems.push(unknown("health", value, "physical or mental", "physical")),
            }
        }
        if let Some(value) = idle_minutes {
            match value.trim().parse::<f64>() {
                Ok(minutes) if (MIN_MINUTES..=240.0).contains(&minutes) => host.idle_minutes = minutes,
                _ => problems.push(unknown("idle-minutes", value, "a number of minutes from 0.5 to 240", "10")),
            }
        }
        (host, problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_are_read_and_bad_ones_named_with_their_fix() {
        let (host, problems) = HostMode::parse("data-", Some("staff"), Some("acute"), Some("mental"), Some("0.5"));
        assert_eq!(host, HostMode { mode: Mode::Staff, setting: Cluster::Acute, health: Health::Mental, idle_minutes: 0.5 });
        assert!(problems.is_empty());
        let (host, problems) = HostMode::parse("data-", Some("admin"), Some("hospital"), None, Some("never"));
        assert_eq!(host, HostMode::default());
        assert_eq!(problems.len(), 3);
        assert_eq!(HostMode::parse("", None, None, None, Some("0.1")).1.len(), 1, "too short to warn 20 s ahead");
        assert!(problems[0].contains("data-mode=\"admin\"") && problems[0].contains("self-help, staff, third-party or training"));
        assert!(problems[2].contains("data-idle-minutes"));
        let (_, problems) = HostMode::parse("", Some("admin"), None, None, None);
        assert!(problems[0].starts_with("mode=\"admin\""), "<pathway-navigator> attributes have no data- prefix");
    }

    #[test]
    fn only_desk_modes_are_shared_screens() {
        assert!(!Mode::SelfHelp.is_shared_screen());
        assert!(Mode::Staff.is_shared_screen() && Mode::ThirdParty.is_shared_screen() && Mode::Training.is_shared_screen());
    }
}
