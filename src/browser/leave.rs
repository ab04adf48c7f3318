//! Leaving the page at quick exit when the widget was mounted without the loader, which
//! otherwise leaves for every widget at once (`assets/loader/leave.js`).

/// Leaves without adding a history entry, so Back does not return to the widget; the
/// widget has already wiped its state and blanked itself. `Err` when the page could not be
/// left (the caller tells the host's console).
pub fn leave_for(url: &str) -> Result<(), wasm_bindgen::JsValue> {
    let window = web_sys::window().ok_or(wasm_bindgen::JsValue::NULL)?;
    window.location().replace(url)
}
