//! The studio's entries (`dist/studio.html`, built with the `studio` feature only):
//! `studioView(files)` checks an author's files with the widget's own validator, exactly as
//! `pathway-check` does, and answers with what the studio page draws
//! ([`crate::pathway::studio_view`]) as a plain JS object; `files` is an array of
//! `{ name, text }`. `orukImport(name, text, today)` runs `pathway-import oruk` on a feed's
//! file. Nothing leaves the page.

use crate::import::oruk::{import, services_of};
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

/// The Open Referral UK feed in `text` (the file `name`), imported as `pathway-import oruk`
/// does: `{ refused }` with the reasons it is not a feed, or `{ summary, services,
/// contacts }` (the summary's lines, and the two files' text).
#[wasm_bindgen(js_name = orukImport)]
pub fn oruk_import_js(name: &str, text: &str, today: &str) -> JsValue {
    let answer = match serde_json::from_str::<Value>(text).map_err(|e| vec![format!("not JSON: {e}")]).and_then(|v| services_of(&v)) {
        Err(reasons) => serde_json::json!({ "refused": reasons }),
        Ok((services, pages)) => {
            let imported = import(&services, None, today);
            let (services, contacts) = imported.files();
            let mut summary = imported.summary(name, 1, ".");
            if pages > 1 {
                summary.insert(0, format!("this file is page 1 of {pages}: the other pages are not in it"));
            }
            serde_json::json!({ "summary": summary, "services": services, "contacts": contacts })
        }
    };
    to_js(&answer)
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
