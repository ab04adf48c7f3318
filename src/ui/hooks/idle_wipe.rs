//! The idle wipe of shared screens (staff, third-party and training modes; never
//! self-help): after the host's idle time with no key, pointer, click or typing, everything
//! is wiped, with a warning first (at least 20 seconds ahead) that any use of the widget,
//! or its "Keep working" button, cancels. The timing rules are in [`crate::staff::IdleClock`]; this
//! hook only measures time and listens.

use crate::staff::{Idle, IdleClock};
use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Interval;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// What the hook gives the widget: whether to warn, and what "Keep working" does.
#[derive(Debug, Clone, PartialEq)]
pub struct IdleState {
    pub warning: bool,
    pub keep_working: Callback<MouseEvent>,
}

/// Wipes with `on_wipe` after `minutes` unused, while `enabled` (a shared screen with
/// something on it).
#[hook]
pub fn use_idle_wipe(enabled: bool, minutes: f64, on_wipe: Callback<()>) -> IdleState {
    // Set on every change only, so the ticker does not re-render the widget.
    let warning = use_state_eq(|| false);
    // Set when the effect starts (effects never run in the server renderer).
    let last_used = use_memo((), |()| Rc::new(Cell::new(0.0)));
    {
        let (warning, last_used) = (warning.clone(), (*last_used).clone());
        use_effect_with((enabled, minutes.to_bits()), move |&(enabled, _)| {
            last_used.set(js_sys::Date::now());
            warning.set(false);
            let parts = enabled.then(|| {
                let clock = IdleClock::for_minutes(minutes);
                let window = web_sys::window().expect("the widget runs in a window");
                let listen = |kind: &'static str| {
                    let last_used = last_used.clone();
                    // Capture phase: seen even if the host stops the event.
                    let options = EventListenerOptions::run_in_capture_phase();
                    EventListener::new_with_options(&window, kind, options, move |_| last_used.set(js_sys::Date::now()))
                };
                let listeners = ["keydown", "pointerdown", "click", "input", "wheel", "touchstart"].map(listen);
                let ticker = Interval::new(500, move || {
                    let idle = (js_sys::Date::now() - last_used.get()).max(0.0) as u32;
                    match clock.state(idle) {
                        Idle::Active => warning.set(false),
                        Idle::Warning => warning.set(true),
                        Idle::Expired => {
                            last_used.set(js_sys::Date::now());
                            warning.set(false);
                            on_wipe.emit(());
                        }
                    }
                });
                (listeners, ticker)
            });
            move || drop(parts)
        });
    }
    let keep_working = {
        let (warning, last_used) = (warning.clone(), (*last_used).clone());
        Callback::from(move |_: MouseEvent| {
            last_used.set(js_sys::Date::now());
            warning.set(false);
        })
    };
    IdleState { warning: enabled && *warning, keep_working }
}
