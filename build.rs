//! Prepares the default pathway data that is compiled into the widget: each file of
//! `pathway-data/` without the fields only data authors read (`author_note`, `$comment`)
//! and without layout whitespace, written to `OUT_DIR`. People never see those fields, so
//! carrying them would only make every visitor download more. `pathway-check` and the
//! tests of the files themselves read `pathway-data/` as it is.

use serde_json::Value;
use std::path::Path;

const FILES: [&str; 5] = ["pathway.json", "routes.json", "services.json", "contacts.json", "staff.json"];
const AUTHOR_ONLY: [&str; 2] = ["author_note", "$comment"];

fn strip(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.retain(|key, _| !AUTHOR_ONLY.contains(&key.as_str()));
            map.values_mut().for_each(strip);
        }
        Value::Array(items) => items.iter_mut().for_each(strip),
        _ => {}
    }
}

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=pathway-data");
    for name in FILES {
        let source = Path::new("pathway-data").join(name);
        println!("cargo:rerun-if-changed={}", source.display());
        let text = std::fs::read_to_string(&source).unwrap_or_else(|e| panic!("{}: {e}", source.display()));
        // Invalid JSON is copied as it is, so the widget's loader and its tests report it
        // with the file's own line and column, exactly as `pathway-check` does.
        let compact = match serde_json::from_str::<Value>(&text) {
            Ok(mut value) => {
                strip(&mut value);
                value.to_string()
            }
            Err(_) => text,
        };
        std::fs::write(Path::new(&out).join(name), compact).expect("OUT_DIR is writable");
    }
}
