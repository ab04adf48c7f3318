//! Quick exit from the keyboard: Shift pressed three times anywhere on the page leaves,
//! following the rules of [`crate::quick_exit`]. The count is returned as a message for
//! the exit bar's status region, so screen reader users hear how many presses remain.

use super::text;
use crate::quick_exit::{ShiftCounter, ShiftOutcome, WINDOW_MS};
use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

fn is_shift(event: &Event) -> Option<bool> {
    event.dyn_ref::<KeyboardEvent>().map(|e| e.key() == "Shift")
}

/// Listens on the whole document while the widget is mounted and calls `leave` on the
/// third press. Returns what to announce, if anything.
#[hook]
pub fn use_shift_exit(leave: Callback<()>) -> Option<AttrValue> {
    let message = use_state(|| None::<AttrValue>);
    let set_message = message.setter();
    use_effect_with(leave, move |leave| {
        let counter = Rc::new(RefCell::new(ShiftCounter::default()));
        let expiry = Rc::new(RefCell::new(None::<Timeout>));
        let say_expired = set_message.clone();
        let announce = Rc::new(move |outcome: ShiftOutcome| match outcome {
            ShiftOutcome::Counted { remaining } => set_message.set(Some(text::shift_count(remaining).into())),
            ShiftOutcome::Reset => set_message.set(None),
            ShiftOutcome::Unchanged | ShiftOutcome::Exit => {}
        });
        let document = web_sys::window().and_then(|w| w.document()).expect("a page has a document");
        let down = {
            let (counter, announce) = (counter.clone(), announce.clone());
            EventListener::new(&document, "keydown", move |event| {
                if let Some(shift) = is_shift(event) {
                    announce(counter.borrow_mut().key_down(shift));
                }
            })
        };
        let up = {
            let (expiry, leave) = (expiry.clone(), leave.clone());
            EventListener::new(&document, "keyup", move |event| {
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
                                say_expired.set(Some(text::SHIFT_EXPIRED.into()));
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
