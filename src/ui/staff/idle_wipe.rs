//! The idle wipe of shared screens (staff, third-party and training modes; never
//! self-help): after the host's idle time with no key, pointer or typing, everything is
//! wiped, with a warning first that any use of the widget cancels. The timing rules are in
//! [`crate::idle`]; this hook only measures time and listens.

use super::super::text;
use crate::idle::{Idle, IdleClock};
use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Interval;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// Wipes with `on_wipe` after `minutes` unused, when `enabled`. Returns whether the warning
/// should show.
#[hook]
pub fn use_idle_wipe(enabled: bool, minutes: f64, on_wipe: Callback<()>) -> bool {
    let warning = use_state(|| false);
    {
        let warning = warning.clone();
        use_effect_with((enabled, minutes.to_bits()), move |&(enabled, _)| {
            let parts = enabled.then(|| {
                let clock = IdleClock::for_minutes(minutes);
                let last_used = Rc::new(Cell::new(js_sys::Date::now()));
                let window = web_sys::window().expect("the widget runs in a window");
                let listen = |kind: &'static str| {
                    let last_used = last_used.clone();
                    // Capture phase: seen even if the host stops the event.
                    let options = EventListenerOptions::run_in_capture_phase();
                    EventListener::new_with_options(&window, kind, options, move |_| last_used.set(js_sys::Date::now()))
                };
                let listeners = ["keydown", "pointerdown", "input", "wheel", "touchstart"].map(listen);
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
    enabled && *warning
}

/// The warning: the screen will be cleared unless someone uses it.
#[function_component(IdleWarning)]
pub fn idle_warning() -> Html {
    html! {
        <div class="pathway__idle" role="alert">
            <p>{text::IDLE_WARNING}</p>
            <button type="button" class="pathway__button">{text::KEEP_WORKING}</button>
        </div>
    }
}
