//! When a shared screen (staff, third-party or training mode) has sat unused long enough to
//! be wiped, and when to warn first. Pure, so the times are tested without waiting.

/// What an idle screen should show, given how long since anyone used it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Idle {
    Active,
    /// Warn: the screen will be cleared soon unless someone uses it.
    Warning,
    /// Wipe everything now.
    Expired,
}

/// The wipe time and the warning before it, in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IdleClock {
    pub limit_ms: u32,
    pub warn_ms: u32,
}

impl IdleClock {
    /// A clock for this many minutes. The warning comes one minute before the wipe, or at
    /// half the time when the whole limit is under two minutes.
    pub fn for_minutes(minutes: f64) -> Self {
        let limit_ms = (minutes * 60_000.0).round().clamp(1.0, u32::MAX as f64) as u32;
        let warn_ms = if limit_ms >= 120_000 { limit_ms - 60_000 } else { limit_ms / 2 };
        IdleClock { limit_ms, warn_ms }
    }

    pub fn state(&self, idle_ms: u32) -> Idle {
        if idle_ms >= self.limit_ms {
            Idle::Expired
        } else if idle_ms >= self.warn_ms {
            Idle::Warning
        } else {
            Idle::Active
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_minutes_warns_a_minute_before() {
        let clock = IdleClock::for_minutes(10.0);
        assert_eq!(clock, IdleClock { limit_ms: 600_000, warn_ms: 540_000 });
        assert_eq!(clock.state(539_999), Idle::Active);
        assert_eq!(clock.state(540_000), Idle::Warning);
        assert_eq!(clock.state(600_000), Idle::Expired);
    }

    #[test]
    fn short_limits_warn_halfway() {
        let clock = IdleClock::for_minutes(0.05);
        assert_eq!(clock, IdleClock { limit_ms: 3_000, warn_ms: 1_500 });
    }
}
