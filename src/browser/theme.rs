//! Applying a host's theme to the widget's own element, and checking the brand colour it
//! ends up with (the rule is [`crate::host::check_brand`]).

use crate::host::check_brand;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// The custom properties a theme may set.
const PROPERTIES: [&str; 3] = ["--pathway-brand", "--pathway-font", "--pathway-radius"];

/// Sets the `theme` option's custom properties on the widget's own element (through the
/// CSSOM, which a strict `style-src` allows), then checks the brand colour the widget ends
/// up with, from the option or inherited from the host page. `Err` says why the widget
/// must keep its own colours, for the host's console.
pub fn apply_theme(element: &Element, theme: &[(&'static str, String)]) -> Result<(), String> {
    if let Some(style) = element.dyn_ref::<HtmlElement>().map(HtmlElement::style) {
        for name in PROPERTIES {
            let _ = style.remove_property(name);
        }
        for (name, value) in theme {
            let _ = style.set_property(name, value);
        }
    }
    check_brand(&custom_property(element, "--pathway-brand"))
}

/// A CSS custom property as the widget's element has it (set there, or inherited).
fn custom_property(element: &Element, name: &str) -> String {
    web_sys::window()
        .and_then(|w| w.get_computed_style(element).ok().flatten())
        .and_then(|style| style.get_property_value(name).ok())
        .unwrap_or_default()
}
