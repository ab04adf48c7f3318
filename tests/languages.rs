//! Language packs as translators make them: `pathway-language template` for a new one,
//! `pathway-check` refusing a pack that misses a key, changes a placeholder or a number,
//! or adds a link (each at its JSON path, with the fix), and the PO export and import
//! giving back exactly what went out. The packs in `languages/` pass.

use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::Command;

fn run(bin: &str, args: &[&str]) -> (i32, String) {
    let output = Command::new(bin).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().expect("the tool runs");
    let text = String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr);
    (output.status.code().unwrap_or(-1), text)
}

const LANGUAGE: &str = env!("CARGO_BIN_EXE_pathway-language");
const CHECK: &str = env!("CARGO_BIN_EXE_pathway-check");

/// A folder of this test's own for `case`.
fn folder(case: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("languages").join(case);
    std::fs::create_dir_all(&dir).expect("the case folder is made");
    dir
}

/// The template for the smallest valid pathway, filled in as a pack for `xx` whose texts
/// are the English (which keep every rule), with `change` made to it, written as `xx.json`.
fn pack(case: &str, change: impl FnOnce(&mut Value)) -> String {
    let (code, template) = run(LANGUAGE, &["template", "--data", "tests/fixtures/valid.json"]);
    assert_eq!(code, 0, "{template}");
    let mut pack: Value = serde_json::from_str(&template).expect("the template is JSON");
    pack["language"] = json!({
        "code": "xx", "name": "Xx", "english_name": "Test", "dir": "rtl",
        "translated_by": "the test", "reviewed": false, "unreviewed": "Not checked yet; English is there."
    });
    change(&mut pack);
    let file = folder(case).join("xx.json");
    std::fs::write(&file, serde_json::to_string_pretty(&pack).expect("JSON")).expect("written");
    file.to_str().expect("UTF-8").to_owned()
}

fn rejects(file: &str, path: &str, message: &str) {
    let (code, out) = run(CHECK, &["tests/fixtures/valid.json", file]);
    assert_eq!(code, 1, "{out}");
    let at = out
        .lines()
        .position(|l| l.starts_with(&format!("{file}: {path}: ")) && l.contains(message))
        .unwrap_or_else(|| panic!("no `{message}` at {path}:\n{out}"));
    assert!(out.lines().nth(at + 1).is_some_and(|l| l.trim_start().starts_with("fix: ")), "a fix follows:\n{out}");
}

#[test]
fn a_pack_made_from_the_template_is_valid() {
    let file = pack("valid", |_| {});
    let (code, out) = run(CHECK, &["tests/fixtures/valid.json", &file]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("1 language pack(s) valid: xx (Test)"), "{out}");
}

#[test]
fn a_pack_missing_a_key_or_changing_a_placeholder_number_or_link_is_refused_at_its_path() {
    let file = pack("broken", |pack| {
        pack["widget"].as_object_mut().unwrap().remove("exit");
        pack["widget"]["incident_title"] = json!("Zdarzenie {m}");
        pack["pathway"]["contact.c101.label"] = json!("Police, 112");
        pack["pathway"]["step.start.title"] = json!("Start: https://evil.example");
        pack["pathway"]["step.nowhere.title"] = json!("?");
        pack["language"]["dir"] = json!("sideways");
        pack["widget"]["answers_many#lots"] = json!("{n} odpowiedzi");
        pack["widget"]["answers_many#few"] = json!("odpowiedzi: {m}");
    });
    rejects(&file, "widget[\"exit\"]", "`exit` is missing");
    rejects(&file, "widget[\"incident_title\"]", "its placeholders are `m` but the English has `n`");
    rejects(&file, "pathway[\"contact.c101.label\"]", "its numbers are `112` but the English has none");
    rejects(&file, "pathway[\"step.start.title\"]", "a link or address");
    rejects(&file, "pathway[\"step.nowhere.title\"]", "is not a text of the pathway");
    rejects(&file, "language.dir", "`dir` must be `ltr` or `rtl`");
    rejects(&file, "widget[\"answers_many#lots\"]", "is not a text of the widget");
    rejects(&file, "widget[\"answers_many#few\"]", "its placeholders are `m` but the English has `n`");
}

#[test]
fn the_po_export_and_import_round_trip_exactly() {
    let file = pack("po", |pack| {
        pack["pathway"]["step.ask.title"] = json!("Kto?\nNaprawdę \"kto\"?");
    });
    let before = std::fs::read_to_string(&file).expect("the pack reads");
    let (code, po) = run(LANGUAGE, &["to-po", &file, "--data", "tests/fixtures/valid.json"]);
    assert_eq!(code, 0, "{po}");
    assert!(po.contains("msgctxt \"pathway:step.ask.title\"\nmsgid \"Who?\"\nmsgstr \"Kto?\\nNaprawdę \\\"kto\\\"?\""), "{po}");
    let po_file = folder("po").join("xx.po");
    std::fs::write(&po_file, &po).expect("written");
    let (code, out) = run(LANGUAGE, &["from-po", po_file.to_str().unwrap(), &file, "--data", "tests/fixtures/valid.json"]);
    assert_eq!(code, 0, "{out}");
    let after: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(after, serde_json::from_str::<Value>(&before).unwrap(), "nothing changed");
}

#[test]
fn the_packs_in_languages_pass_their_check_and_round_trip_through_po() {
    let (code, out) = run(CHECK, &["pathway-data", "languages"]);
    assert_eq!(code, 0, "{out}");
    for entry in std::fs::read_dir("languages").expect("languages/ is there") {
        let path = entry.expect("an entry").path();
        let (code, po) = run(LANGUAGE, &["to-po", path.to_str().unwrap()]);
        assert_eq!(code, 0, "{po}");
        let copy = folder("round-trip").join(path.file_name().unwrap());
        std::fs::copy(&path, &copy).expect("copied");
        let po_file = copy.with_extension("po");
        std::fs::write(&po_file, &po).expect("written");
        let (code, out) = run(LANGUAGE, &["from-po", po_file.to_str().unwrap(), copy.to_str().unwrap()]);
        assert_eq!(code, 0, "{out}");
        assert_eq!(std::fs::read(&copy).unwrap(), std::fs::read(&path).unwrap(), "{} comes back byte for byte", path.display());
    }
}

/// An Easy Read pack for the smallest valid pathway: `text` for its start step's title,
/// with `pictures` for it, and `change` made to it, written as `en-x-easyread.json`.
fn easy_read(case: &str, text: &str, pictures: &str, change: impl FnOnce(&mut Value)) -> String {
    let mut pack = json!({
        "language": {
            "code": "en-x-easyread", "name": "Easy Read", "english_name": "Easy Read English", "dir": "ltr", "easy_read": true,
            "translated_by": "the test", "reviewed": false, "unreviewed": "Not checked yet."
        },
        "widget": { "exit": "Exit this page" },
        "pathway": { "step.start.title": text },
        "pictures": { "widget": { "exit": "door" }, "pathway": { "step.start.title": pictures } },
        "picture_alt": { "door": "A door", "house": "A house", "eye": "An eye" }
    });
    change(&mut pack);
    let file = folder(case).join("en-x-easyread.json");
    std::fs::write(&file, serde_json::to_string_pretty(&pack).expect("JSON")).expect("written");
    file.to_str().expect("UTF-8").to_owned()
}

#[test]
fn an_easy_read_pack_may_leave_texts_as_the_english_but_gives_each_line_a_picture_in_short_sentences() {
    let file = easy_read("easy-valid", "Where to start.\nLook here.", "house eye", |_| {});
    let (code, out) = run(CHECK, &["tests/fixtures/valid.json", &file]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("en-x-easyread (Easy Read English)"), "{out}");

    let file =
        easy_read("easy-broken", "This first sentence of the start step goes on and on for far more than fifteen words.\nLook.", "house", |pack| {
            pack["picture_alt"]["eye"] = json!("");
            pack["pictures"]["widget"]["gone"] = json!("door");
        });
    rejects(&file, "pathway[\"step.start.title\"]", "a sentence has 17 words, more than Easy Read's 15");
    let file = easy_read("easy-pictures", "Where to start.\nLook here.", "house Eye", |pack| {
        pack["pictures"]["widget"]["gone"] = json!("door");
        pack["picture_alt"].as_object_mut().unwrap().remove("door");
    });
    rejects(&file, "pictures.pathway[\"step.start.title\"]", "`Eye` is not a picture's name");
    rejects(&file, "pictures.widget[\"gone\"]", "which the pack has no text for");
    rejects(&file, "picture_alt.door", "the picture `door` is not described");
    let file = easy_read("easy-count", "Where to start.\nLook here.", "house", |_| {});
    rejects(&file, "pictures.pathway[\"step.start.title\"]", "1 pictures for a text of 2 lines");
    let file = pack("not-easy", |pack| pack["pictures"] = json!({}));
    rejects(&file, "pictures", "`pictures` is not part of a pack");
}

#[test]
fn an_easy_read_pack_keeps_its_pictures_through_po() {
    let file = easy_read("easy-po", "Where to start.\nLook here.", "house eye", |_| {});
    let before: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let (_, po) = run(LANGUAGE, &["to-po", &file, "--data", "tests/fixtures/valid.json"]);
    let po_file = folder("easy-po").join("en-x-easyread.po");
    std::fs::write(&po_file, &po).expect("written");
    let (code, out) = run(LANGUAGE, &["from-po", po_file.to_str().unwrap(), &file, "--data", "tests/fixtures/valid.json"]);
    assert_eq!(code, 0, "{out}");
    let after: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(after, before, "the texts and the pictures are as they were");
}
