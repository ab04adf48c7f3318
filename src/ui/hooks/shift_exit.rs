//! Quick exit from the keyboard: Shift pressed three times anywhere on the page leaves,
//! following the rules of [`crate::host::ShiftCounter`]. The count is returned as a message for
//! the exit bar's status region, so screen reader users hear how many presses remain.

use crate::host::{classify, ShiftCounter, ShiftOutcome, WINDOW_MS};
use crate::ui::hooks::use_words;
use crate::words::Word;
use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// `Some(true)` for a lone Shift, `Some(false)` for any other key, `None` to ignore.
fn is_shift(event: &Event) -> Option<bool> {
    let e = event.dyn_ref::<KeyboardEvent>()?;
    let other_modifier = e.ctrl_key() || e.alt_key() || e.meta_key() || e.get_modifier_state("AltGraph");
    // 229 is what browsers report for keys that belong to an input method's composition.
    classify(&e.key(), other_modifier, e.is_composing() || e.key_code() == 229)
}

/// Listens on the whole window while the widget is mounted (in the capture phase, so a
/// host script that stops key events on their way cannot hide them) and calls `leave` on
/// the third press. Returns what to announce, if anything.
#[hook]
pub fn use_shift_exit(leave: Callback<()>) -> Option<AttrValue> {
    let words = use_words();
    let message = use_state(|| None::<AttrValue>);
    let set_message = message.setter();
    use_effect_with((leave, words), move |(leave, words)| {
        let words = *words;
        let counter = Rc::new(RefCell::new(ShiftCounter::default()));
        let expiry = Rc::new(RefCell::new(None::<Timeout>));
        let say_expired = set_message.clone();
        let announce = Rc::new(move |outcome: ShiftOutcome| match outcome {
            ShiftOutcome::Counted { remaining } => {
                set_message.set(Some(words.count(usize::from(remaining), Word::ShiftCountOne, Word::ShiftCountMany).into()))
            }
            ShiftOutcome::Reset => set_message.set(None),
            ShiftOutcome::Unchanged | ShiftOutcome::Exit => {}
        });
        let window = web_sys::window().expect("a page has a window");
        let options = EventListenerOptions::run_in_capture_phase();
        let down = {
            let (counter, announce) = (counter.clone(), announce.clone());
            EventListener::new_with_options(&window, "keydown", options, move |event| {
                if let Some(shift) = is_shift(event) {
                    announce(counter.borrow_mut().key_down(shift));
                }
            })
        };
        let up = {
            let (expiry, leave) = (expiry.clone(), leave.clone());
            EventListener::new_with_options(&window, "keyup", options, move |event| {
                let Some(shift) = is_shift(event) else { return };
                let outcome = counter.borrow_mut().key_up(shift, now_ms());
                match outcome {
                    ShiftOutcome::Exit => leave.emit(()),
                    ShiftOutcome::Counted { .. } => {
                        // Replacing the timer cancels the last one.
                        let (counter, say_expired) = (counter.clone(), say_expired.clone());
                        // A little after the window, so the clock agrees it has passed.
                        let timer = Timeout::new(WINDOW_MS as u32 + 50, move || {
                            if counter.borrow_mut().expire(now_ms()) == ShiftOutcome::Reset {
                                say_expired.set(Some(words.get(Word::ShiftExpired).into()));
                            }
                        });
                        expiry.borrow_mut().replace(timer);
                    }
                    _ => {}
                }
                announce(outcome);
            })
        };
        move || drop((down, up, expiry))
    });
    (*message).clone()
}
