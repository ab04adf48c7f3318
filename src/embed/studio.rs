//! The studio's entry (`dist/studio.html`): `studioView(files)` checks an author's files
//! with the widget's own validator, exactly as `pathway-check` does, and answers with what
//! the studio page draws ([`crate::pathway::studio_view`]), as a plain JS object (built
//! by hand: serde_json's writer would add kilobytes to every widget). `files` is an array
//! of `{ name, text }`; nothing leaves the page.

use crate::pathway::{studio_view, DataFile};
use js_sys::{Array, Object, Reflect};
use serde_json::Value;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(js_name = studioView)]
pub fn studio_view_js(files: &Array) -> JsValue {
    let text = |file: &JsValue, name: &str| Reflect::get(file, &JsValue::from_str(name)).ok().and_then(|v| v.as_string()).unwrap_or_default();
    let given: Vec<(String, String)> = files.iter().map(|f| (text(&f, "name"), text(&f, "text"))).collect();
    let files: Vec<DataFile<'_>> = given.iter().map(|(name, text)| DataFile { name, text }).collect();
    to_js(&studio_view(&files))
}

/// `value` as the JS value `JSON.parse` would give.
fn to_js(value: &Value) -> JsValue {
    match value {
        Value::Null => JsValue::NULL,
        Value::Bool(b) => JsValue::from_bool(*b),
        Value::Number(n) => JsValue::from_f64(n.as_f64().unwrap_or_default()),
        Value::String(s) => JsValue::from_str(s),
        Value::Array(items) => items.iter().map(to_js).collect::<Array>().into(),
        Value::Object(fields) => {
            let object = Object::new();
            for (key, field) in fields {
                let _ = Reflect::set(&object, &JsValue::from_str(key), &to_js(field));
            }
            object.into()
        }
    }
}
