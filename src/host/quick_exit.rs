//! Quick exit by pressing Shift three times, after GOV.UK's "Exit this page" pattern.
//!
//! The rules are pure so they are tested natively: the UI classifies the page's key
//! events with [`classify`], feeds the counter and a clock, and acts on what it returns.
//! A Shift counts only when it was pressed and released on its own; a Shift used with
//! another key (typing a capital) or with another modifier (Alt+Shift and Ctrl+Shift
//! switch keyboard languages on Windows), or any other key, starts the count again; keys
//! that are part of composing text with an input method are ignored; and a count left
//! for [`WINDOW_MS`] after its last press runs out, as GOV.UK's does.
//!
//! The loader keeps the same rules in plain JS (`assets/loader/leave.js`), so that quick
//! exit works before the widget runs and if it fails; both run every case of
//! `tests/quick-exit-cases.json`.

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
    use serde_json::Value;

    /// What an event did, as `tests/quick-exit-cases.json` writes it.
    fn said(outcome: ShiftOutcome) -> Value {
        match outcome {
            ShiftOutcome::Unchanged => "unchanged".into(),
            ShiftOutcome::Counted { remaining } => remaining.into(),
            ShiftOutcome::Reset => "reset".into(),
            ShiftOutcome::Exit => "exit".into(),
        }
    }

    /// Every shared case, which the loader's counter runs too: one set of rules.
    #[test]
    fn every_shared_case() {
        let cases: Value = serde_json::from_str(include_str!("../../tests/quick-exit-cases.json")).expect("valid JSON");
        let cases = cases["cases"].as_array().expect("a list of cases");
        assert!(cases.len() >= 8);
        for case in cases {
            let mut counter = ShiftCounter::default();
            for (n, event) in case["events"].as_array().expect("events").iter().enumerate() {
                let flag = |name: &str| event[name].as_bool().unwrap_or(false);
                let outcome = if let Some(at) = event["expire"].as_f64() {
                    said(counter.expire(at))
                } else {
                    let (key, up) = match (event["down"].as_str(), event["up"].as_str()) {
                        (Some(key), None) => (key, false),
                        (None, Some(key)) => (key, true),
                        _ => panic!("{}: event {n} is neither down nor up", case["name"]),
                    };
                    match classify(key, flag("modifier"), flag("composing")) {
                        None => "ignored".into(),
                        Some(shift) if up => said(counter.key_up(shift, event["at"].as_f64().expect("a time"))),
                        Some(shift) => said(counter.key_down(shift)),
                    }
                };
                assert_eq!(outcome, event["then"], "{}: event {n}", case["name"]);
            }
        }
    }
}
