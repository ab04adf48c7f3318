//! Leaving the page at quick exit, so that Back does not return and the neutral site is
//! not told where the person was.

use wasm_bindgen::JsValue;

/// What the iframe embed posts to the host page at quick exit (`pathway-frame.js` listens).
const EXIT_MESSAGE: &str = "pathway:exit";

/// Whether the person has just clicked or pressed a key (`navigator.userActivation`),
/// where the browser can say.
fn user_activation(window: &web_sys::Window) -> Option<bool> {
    let activation = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("userActivation")).ok()?;
    js_sys::Reflect::get(&activation, &JsValue::from_str("isActive")).ok()?.as_bool()
}

/// Leaves without adding a history entry, so Back does not return to the widget. The
/// widget has already wiped its state and blanked itself. The neutral site is not told
/// which page the person left: `location.replace` would otherwise send it the host page's
/// address as the referrer. Inside the iframe embed it is the top page that must go: the
/// frame leaves the top page itself where the sandbox lets it (just after a click), and
/// otherwise tells the host's snippet, which leaves (Shift is not a click to browsers).
/// `Err` when the page could not be left (the caller tells the host's console).
pub fn leave_for(url: &str) -> Result<(), JsValue> {
    let Some(window) = web_sys::window() else { return Err(JsValue::NULL) };
    if let Some((document, head)) = window.document().and_then(|d| d.head().map(|h| (d, h))) {
        if let Ok(meta) = document.create_element("meta") {
            let _ = meta.set_attribute("name", "referrer");
            let _ = meta.set_attribute("content", "no-referrer");
            let _ = head.append_child(&meta);
        }
    }
    let top = window.top().ok().flatten().filter(|top| JsValue::from(top) != JsValue::from(&window));
    if let Some(top) = top {
        // One way out, so two navigations never race: the frame's own, straight after a
        // click or key press (the sandbox allows no other), else the host snippet's.
        // A browser that cannot say which gets both.
        let activated = user_activation(&window);
        if activated != Some(true) {
            if let Some(parent) = window.parent().ok().flatten() {
                // The message carries nothing but its type; the host snippet knows where to go.
                let _ = parent.post_message(&JsValue::from_str(EXIT_MESSAGE), "*");
            }
        }
        if activated != Some(false) {
            let _ = top.location().replace(url);
        }
        // Never the frame itself: the host's CSP may not allow the neutral page in a frame,
        // and the widget is already wiped, with its cover saying to close the tab.
        return Ok(());
    }
    window.location().replace(url)
}
