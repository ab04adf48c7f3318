//! The studio's entry (`dist/studio.html`): `studioView(files)` checks an author's files
//! with the widget's own validator, exactly as `pathway-check` does, and answers with what
//! the studio page draws ([`crate::pathway::studio_view`]), as JSON text. `files` is the
//! JSON text of `[{ name, text }]`; nothing leaves the page.

use crate::pathway::{studio_view, DataFile};
use serde_json::Value;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(js_name = studioView)]
pub fn studio_view_json(files: &str) -> String {
    let given: Vec<(String, String)> = serde_json::from_str::<Value>(files)
        .ok()
        .and_then(|v| v.as_array().cloned())
        .unwrap_or_default()
        .iter()
        .map(|f| (f["name"].as_str().unwrap_or("file").to_string(), f["text"].as_str().unwrap_or_default().to_string()))
        .collect();
    let files: Vec<DataFile<'_>> = given.iter().map(|(name, text)| DataFile { name, text }).collect();
    studio_view(&files).to_string()
}
