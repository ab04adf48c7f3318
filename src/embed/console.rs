//! Messages for the host's console. Callers pass only fixed text, data problems or host
//! options: never anything a person chose or typed (docs/PRIVACY.md, rule 4).

use wasm_bindgen::JsValue;

pub fn log_error(message: &str) {
    web_sys::console::error_1(&JsValue::from_str(&format!("Pathway widget: {message}")));
}

pub fn log_warning(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(&format!("Pathway widget: {message}")));
}
