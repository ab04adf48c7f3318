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

/// The shortest idle time a host may set: half a minute, so the warning can last 20 s.
pub const MIN_MINUTES: f64 = 0.5;
const WARNING_MIN_MS: u32 = 20_000;

/// The wipe time and the warning before it, in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IdleClock {
    pub limit_ms: u32,
    pub warn_ms: u32,
}

impl IdleClock {
    /// A clock for this many minutes (at least [`MIN_MINUTES`]). The warning comes a
    /// minute before the wipe, or half-way on short limits, and never less than 20 seconds
    /// before it, the time WCAG 2.2.1 gives a person to ask for more.
    pub fn for_minutes(minutes: f64) -> Self {
        let limit_ms = (minutes.max(MIN_MINUTES) * 60_000.0).round().min(u32::MAX as f64) as u32;
        let warning = (limit_ms / 2).clamp(WARNING_MIN_MS, 60_000);
        IdleClock { limit_ms, warn_ms: limit_ms - warning }
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
    fn short_limits_still_warn_twenty_seconds_ahead() {
        assert_eq!(IdleClock::for_minutes(1.0), IdleClock { limit_ms: 60_000, warn_ms: 30_000 });
        assert_eq!(IdleClock::for_minutes(0.5), IdleClock { limit_ms: 30_000, warn_ms: 10_000 });
        assert_eq!(IdleClock::for_minutes(0.01), IdleClock::for_minutes(0.5), "never shorter than half a minute");
    }
}
