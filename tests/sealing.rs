//! The locked record file with the browser's real Web Crypto (wasm-bindgen-test in headless
//! Chromium): a passphrase typed in another Unicode form opens the file, a file whose header
//! was changed does not, and a file written by the first version (no header binding) still
//! opens.
#![cfg(target_arch = "wasm32")]

use pathway_widget::browser::{seal, unseal};
use pathway_widget::report::{Edit, FieldAnswer, OpenError, Part, Record};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn record() -> Record {
    let mut record = Record::default();
    record.apply(Edit::AddIncident);
    record.apply(Edit::Text { part: Part::Incident(0), field: "what", text: "Shouted at by the café".into() });
    record
}

#[wasm_bindgen_test]
async fn a_passphrase_opens_its_file_whichever_way_its_accents_were_typed() {
    let decomposed = "cafe\u{301} on the corner"; // e and a combining accent, as macOS keyboards may write it
    let composed = "caf\u{e9} on the corner"; // one é, as most phones write it
    let file = seal(decomposed, &record()).await.expect("locked");
    assert_eq!(unseal(composed, &file).await, Ok(record()));
    assert_eq!(unseal("cafe on the corner", &file).await, Err(OpenError::WrongPassphraseOrDamaged));
}

#[wasm_bindgen_test]
async fn a_file_whose_header_was_changed_does_not_open() {
    let file = seal("a long enough passphrase", &record()).await.expect("locked");
    assert!(file.contains("\"version\":2"), "{file}");
    let fewer_rounds = file.replace("\"iterations\":600000", "\"iterations\":500000");
    assert_eq!(unseal("a long enough passphrase", &fewer_rounds).await, Err(OpenError::WrongPassphraseOrDamaged));
    let as_version_1 = file.replace("\"version\":2", "\"version\":1");
    assert_eq!(unseal("a long enough passphrase", &as_version_1).await, Err(OpenError::WrongPassphraseOrDamaged));
}

#[wasm_bindgen_test]
async fn a_file_locked_by_the_first_version_still_opens() {
    let opened = unseal("an old passphrase", include_str!("fixtures/record-v1.json")).await.expect("opens");
    assert_eq!(opened.incidents[0].get("what"), Some(&FieldAnswer::Text("Written with the first version".into())));
}
