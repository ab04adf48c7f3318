//! Quick exit by pressing Shift three times, after GOV.UK's "Exit this page" pattern.
//!
//! The rules are pure so they are tested natively: the UI classifies the page's key
//! events with [`classify`], feeds the counter and a clock, and acts on what it returns.
//! A Shift counts only when it was pressed and released on its own; a Shift used with
//! another key (typing a capital) or with another modifier (Alt+Shift and Ctrl+Shift
//! switch keyboard languages on Windows), or any other key, starts the count again; keys
//! that are part of composing text with an input method are ignored; and a count left
//! for [`WINDOW_MS`] after its last press runs out, as GOV.UK's does.

/// Presses of Shift that leave the page.
pub const PRESSES: u8 = 3;

/// How long, in milliseconds after a counted press, the next one has to come.
pub const WINDOW_MS: f64 = 5000.0;

/// What a key event is to the counter: `Some(true)` a lone Shift, `Some(false)` any other
/// key (or Shift with another modifier held), `None` nothing (input-method composition).
/// `key` is `KeyboardEvent.key`; `other_modifier` is Ctrl, Alt, Meta or AltGraph held.
pub fn classify(key: &str, other_modifier: bool, composing: bool) -> Option<bool> {
    if composing {
        return None;
    }
    Some(key == "Shift" && !other_modifier)
}

/// What a key event did to the count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShiftOutcome {
    /// Nothing changed (or nothing worth announcing).
    Unchanged,
    /// A press was counted; `remaining` more leave the page.
    Counted { remaining: u8 },
    /// A count in progress was lost (another key, or too slow).
    Reset,
    /// The last press: leave now.
    Exit,
}

/// Counts lone Shift presses.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct ShiftCounter {
    count: u8,
    last_press_ms: f64,
    /// Shift is down and no other key has been pressed since.
    shift_alone: bool,
}

impl ShiftCounter {
    /// A key went down. `is_shift` is true for either Shift key.
    pub fn key_down(&mut self, is_shift: bool) -> ShiftOutcome {
        if is_shift {
            self.shift_alone = true;
            return ShiftOutcome::Unchanged;
        }
        self.shift_alone = false;
        self.reset()
    }

    /// A key came up at `now_ms` (any monotonic clock in milliseconds).
    pub fn key_up(&mut self, is_shift: bool, now_ms: f64) -> ShiftOutcome {
        if !is_shift || !std::mem::take(&mut self.shift_alone) {
            return ShiftOutcome::Unchanged;
        }
        // A count that ran out starts again at this press.
        self.expire(now_ms);
        self.count += 1;
        self.last_press_ms = now_ms;
        if self.count >= PRESSES {
            self.count = 0;
            return ShiftOutcome::Exit;
        }
        ShiftOutcome::Counted { remaining: PRESSES - self.count }
    }

    /// Drops a count whose window has passed at `now_ms`; the UI calls it from a timer so
    /// that the person hears that the count ran out.
    pub fn expire(&mut self, now_ms: f64) -> ShiftOutcome {
        if self.count > 0 && now_ms - self.last_press_ms >= WINDOW_MS {
            return self.reset();
        }
        ShiftOutcome::Unchanged
    }

    fn reset(&mut self) -> ShiftOutcome {
        if self.count == 0 {
            return ShiftOutcome::Unchanged;
        }
        self.count = 0;
        ShiftOutcome::Reset
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Presses and releases Shift alone at `at`.
    fn shift(counter: &mut ShiftCounter, at: f64) -> ShiftOutcome {
        counter.key_down(true);
        counter.key_up(true, at)
    }

    #[test]
    fn three_lone_presses_leave_and_each_press_says_how_many_remain() {
        let mut counter = ShiftCounter::default();
        assert_eq!(shift(&mut counter, 0.0), ShiftOutcome::Counted { remaining: 2 });
        assert_eq!(shift(&mut counter, 400.0), ShiftOutcome::Counted { remaining: 1 });
        assert_eq!(shift(&mut counter, 800.0), ShiftOutcome::Exit);
        assert_eq!(shift(&mut counter, 900.0), ShiftOutcome::Counted { remaining: 2 }, "starts over");
    }

    #[test]
    fn typing_a_capital_does_not_count_and_resets() {
        let mut counter = ShiftCounter::default();
        shift(&mut counter, 0.0);
        counter.key_down(true);
        assert_eq!(counter.key_down(false), ShiftOutcome::Reset, "H pressed while Shift is held");
        assert_eq!(counter.key_up(false, 100.0), ShiftOutcome::Unchanged);
        assert_eq!(counter.key_up(true, 120.0), ShiftOutcome::Unchanged, "the Shift of Shift+H");
        assert_eq!(shift(&mut counter, 200.0), ShiftOutcome::Counted { remaining: 2 });
    }

    #[test]
    fn any_other_key_resets_a_count_in_progress() {
        let mut counter = ShiftCounter::default();
        assert_eq!(counter.key_down(false), ShiftOutcome::Unchanged, "nothing to reset");
        shift(&mut counter, 0.0);
        shift(&mut counter, 100.0);
        assert_eq!(counter.key_down(false), ShiftOutcome::Reset);
        assert_eq!(shift(&mut counter, 200.0), ShiftOutcome::Counted { remaining: 2 });
    }

    #[test]
    fn a_slow_count_runs_out() {
        let mut counter = ShiftCounter::default();
        shift(&mut counter, 0.0);
        assert_eq!(counter.expire(WINDOW_MS - 1.0), ShiftOutcome::Unchanged);
        assert_eq!(counter.expire(WINDOW_MS), ShiftOutcome::Reset);
        assert_eq!(counter.expire(WINDOW_MS + 1.0), ShiftOutcome::Unchanged, "only once");
        shift(&mut counter, 10_000.0);
        shift(&mut counter, 14_000.0);
        assert_eq!(shift(&mut counter, 19_500.0), ShiftOutcome::Counted { remaining: 2 }, "too slow: counts from 1");
    }

    #[test]
    fn shift_with_another_modifier_is_another_key_and_composition_is_ignored() {
        assert_eq!(classify("Shift", false, false), Some(true));
        assert_eq!(classify("Shift", true, false), Some(false), "Alt+Shift switches keyboard language");
        assert_eq!(classify("a", false, false), Some(false));
        assert_eq!(classify("Shift", false, true), None, "part of an input method's composition");
        // Alt down, then Shift down and up with Alt still held: never counted.
        let mut counter = ShiftCounter::default();
        shift(&mut counter, 0.0);
        counter.key_down(classify("Alt", false, false).unwrap());
        counter.key_down(classify("Shift", true, false).unwrap());
        assert_eq!(counter.key_up(classify("Shift", true, false).unwrap(), 10.0), ShiftOutcome::Unchanged);
        assert_eq!(shift(&mut counter, 20.0), ShiftOutcome::Counted { remaining: 2 }, "the count started again");
    }

    #[test]
    fn a_held_shift_counts_once_when_released() {
        let mut counter = ShiftCounter::default();
        counter.key_down(true);
        counter.key_down(true); // auto-repeat
        assert_eq!(counter.key_up(true, 0.0), ShiftOutcome::Counted { remaining: 2 });
        assert_eq!(counter.key_up(true, 10.0), ShiftOutcome::Unchanged, "a key-up without key-down");
    }
}
