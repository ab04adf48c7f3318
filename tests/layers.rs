//! The three layers hold (docs/ARCHITECTURE.md): the core never names yew, web-sys,
//! wasm-bindgen, js-sys or gloo, and nothing anywhere writes markup from text.

#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

const CORE: [&str; 7] = ["host", "journey", "pathway", "report", "session", "staff", "words"];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn sources(folder: &str) -> Vec<(String, String)> {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(folder), &mut files);
    files.into_iter().map(|f| (f.display().to_string(), std::fs::read_to_string(&f).expect("readable"))).collect()
}

#[test]
fn the_core_uses_no_browser_or_ui_crate() {
    for folder in CORE {
        let files = sources(folder);
        assert!(!files.is_empty(), "src/{folder} has files");
        for (file, text) in files {
            for name in ["yew", "web_sys", "wasm_bindgen", "js_sys", "gloo"] {
                let used = text.lines().any(|l| {
                    let l = l.trim_start();
                    !l.starts_with("//") && (l.contains(&format!("{name}::")) || l.contains(&format!("use {name}")))
                });
                assert!(!used, "{file} uses {name}: the core is plain Rust");
            }
        }
    }
}

#[test]
fn no_markup_is_ever_made_from_text() {
    for (file, text) in sources("") {
        for call in ["inner_html", "set_inner_html", "from_html_unchecked", "outer_html"] {
            assert!(!text.contains(call), "{file} uses {call}: data and words are text, never markup");
        }
    }
}
