//! Who the widget is for on this page, as the host chooses it: the person themselves
//! (self-help, the default), staff guiding someone, a third-party reporting centre, or
//! staff practising; and, for staff, their setting and kind of health. The host's options
//! are read in [`crate::host`].

use crate::pathway::reader::read_names;
use crate::pathway::{Cluster, Health, Residence};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    SelfHelp,
    Staff,
    ThirdParty,
    Training,
}

read_names!(Mode { SelfHelp = "self-help", Staff = "staff", ThirdParty = "third-party", Training = "training" });

impl Mode {
    /// Screens used by staff at a desk may be left: only these get "Clear" and the idle
    /// wipe. The person harmed is never rushed.
    pub fn is_shared_screen(self) -> bool {
        self != Mode::SelfHelp
    }
}

/// The host's choices of mode, setting, kind of health and idle time.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HostMode {
    pub mode: Mode,
    pub setting: Cluster,
    pub health: Health,
    /// How long a shared screen may sit unused before it is wiped.
    pub idle_minutes: f64,
    /// Where the people the staff member helps live, for the guide's referral lists (and
    /// the plan, until the person answers "Where do you live?").
    pub area: Residence,
}

pub const DEFAULT_IDLE_MINUTES: f64 = 10.0;

impl Default for HostMode {
    fn default() -> Self {
        HostMode {
            mode: Mode::SelfHelp,
            setting: Cluster::Primary,
            health: Health::Physical,
            idle_minutes: DEFAULT_IDLE_MINUTES,
            area: Residence::Unknown,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_desk_modes_are_shared_screens() {
        assert!(!Mode::SelfHelp.is_shared_screen());
        assert!(Mode::Staff.is_shared_screen() && Mode::ThirdParty.is_shared_screen() && Mode::Training.is_shared_screen());
    }
}
