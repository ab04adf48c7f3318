//! The loader says two things before the widget runs (the exit link over the fallback and
//! the cover while the page leaves). They are the catalogue's words, written again in
//! plain JS because the loader works without the widget: this checks they agree.

#![cfg(not(target_arch = "wasm32"))]

use pathway_widget::words::{Word, Words};

fn constant(file: &str, name: &str) -> String {
    let text = std::fs::read_to_string(format!("{}/{file}", env!("CARGO_MANIFEST_DIR"))).expect("the loader's file");
    let start = format!("export const {name} = '");
    let rest = text.split(&start).nth(1).unwrap_or_else(|| panic!("{file} has no {name}"));
    rest.split('\'').next().expect("a closing quote").to_string()
}

#[test]
fn the_loaders_words_are_the_catalogues() {
    let words = Words::english();
    assert_eq!(constant("assets/loader/shadow.js", "EXIT"), words.get(Word::Exit));
    assert_eq!(constant("assets/loader/leave.js", "LEAVING"), words.get(Word::Leaving));
}
