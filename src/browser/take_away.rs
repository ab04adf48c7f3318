//! The three ways anything leaves the page, each only on the person's click: copy to the
//! clipboard, print, and download as a file. Nothing is prepared before the click and
//! nothing is kept after it: the download's object URL is revoked a moment after the click
//! (at once would cancel the download in some browsers).

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Copies text to the clipboard. Fails where the page is not a secure context or the
/// browser refuses; the caller says so and the preview stays for copying by hand.
pub async fn copy(text: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let clipboard = window.navigator().clipboard();
    if clipboard.is_undefined() {
        return Err(JsValue::NULL);
    }
    JsFuture::from(clipboard.write_text(text)).await.map(|_| ())
}

/// Opens the browser's print dialog. The widget's print styles print only the summary.
pub fn print() -> Result<(), JsValue> {
    web_sys::window().ok_or(JsValue::NULL)?.print()
}

/// Saves text as a file in the browser's downloads.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or(JsValue::NULL)?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    // A link that is never added to the page: clicking it starts the download.
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    gloo_timers::callback::Timeout::new(1_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
