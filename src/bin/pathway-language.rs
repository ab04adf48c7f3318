//! `pathway-language`: the translators' tool (docs/TRANSLATING.md).
//!
//! - `template` prints a new pack: its `language` to fill in, and every text by key with
//!   the English to replace.
//! - `to-po <pack.json>` prints the pack as gettext PO (English as `msgid`, the pack's
//!   text as `msgstr`), for a translation agency's tools.
//! - `from-po <file.po> <pack.json>` writes the PO's translations back into the pack,
//!   keeping its `language`; `to-po` then `from-po` changes nothing.
//!
//! Each works on the built-in pathway, or on the data files given after `--data`. Check a
//! pack with `pathway-check pathway-data languages/<code>.json`.

use pathway_widget::language::po::{from_po, to_po, Entry};
use pathway_widget::pathway::{pathway_texts, DEFAULT_FILES};
use pathway_widget::words::Words;
use pathway_widget::{load_valid, DataFile, Pathway};
use serde_json::{json, Map, Value};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (args, data) = match args.iter().position(|a| a == "--data") {
        Some(at) => (args[..at].to_vec(), args[at + 1..].to_vec()),
        None => (args, Vec::new()),
    };
    let result = pathway(&data).and_then(|pathway| match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["template"] => {
            print!(
                "{}",
                serde_json::to_string_pretty(&Value::Object(pack_json(
                    &json!({
                        "code": "", "name": "", "english_name": "", "dir": "ltr", "translated_by": "", "reviewed": false, "unreviewed": ""
                    }),
                    &english(&pathway),
                    // Plural forms (`KEY#CATEGORY`) are added only by the languages that have them.
                    |_, key, english| (!key.contains('#')).then(|| english.to_string())
                )))
                .expect("JSON writes")
                    + "\n"
            );
            Ok(())
        }
        ["to-po", pack] => read_json(pack).map(|given| {
            let code = given["language"]["code"].as_str().unwrap_or_default().to_string();
            let entries: Vec<Entry> = english(&pathway)
                .into_iter()
                .map(|(section, key, english)| {
                    let translation = given[section.as_str()][key.as_str()].as_str().map(str::to_string);
                    Entry { key: format!("{section}:{key}"), english, translation }
                })
                .collect();
            print!("{}", to_po(&code, &entries));
        }),
        ["from-po", po, pack] => {
            let entries =
                std::fs::read_to_string(po).map_err(|e| format!("{po}: {e}")).and_then(|text| from_po(&text).map_err(|e| format!("{po}: {e}")))?;
            let given = read_json(pack)?;
            let found =
                |section: &str, key: &str, _: &str| entries.iter().find(|e| e.key == format!("{section}:{key}")).and_then(|e| e.translation.clone());
            let mut written = pack_json(&given["language"], &english(&pathway), found);
            // Easy Read's pictures are not text to translate: they stay as they were.
            for section in ["pictures", "picture_alt"].iter().filter(|s| given.get(**s).is_some()) {
                written.insert(section.to_string(), given[*section].clone());
            }
            let written = serde_json::to_string_pretty(&Value::Object(written)).expect("JSON writes") + "\n";
            std::fs::write(pack, written).map_err(|e| format!("{pack}: {e}"))
        }
        _ => Err("usage: pathway-language template | to-po <pack.json> | from-po <file.po> <pack.json> [--data <file-or-dir>...]".into()),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("pathway-language: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The pathway the pack is for: the built-in one, or the files given.
fn pathway(data: &[String]) -> Result<Pathway, String> {
    let files: Vec<(String, String)> =
        data.iter().map(|f| std::fs::read_to_string(f).map(|t| (f.clone(), t)).map_err(|e| format!("{f}: {e}"))).collect::<Result<_, _>>()?;
    let given: Vec<DataFile> = files.iter().map(|(name, text)| DataFile { name, text }).collect();
    load_valid(if given.is_empty() { &DEFAULT_FILES } else { &given }).map_err(|problems| {
        format!("the pathway data is not valid (run pathway-check): {}", problems.first().map(|p| p.to_string()).unwrap_or_default())
    })
}

/// Every text a pack gives: `(section, key, English)`, widget first.
fn english(pathway: &Pathway) -> Vec<(String, String, String)> {
    let widget = Words::texts().into_iter().chain(Words::plural_texts()).map(|(key, english)| ("widget".to_string(), key, english));
    let data = pathway_texts(pathway).into_iter().map(|(key, _, english)| ("pathway".to_string(), key, english));
    widget.chain(data).collect()
}

/// A pack's JSON: `language`, then each section's texts in the English's order, as
/// `text(section, key, English)` gives them (left out where it gives none).
fn pack_json(language: &Value, english: &[(String, String, String)], text: impl Fn(&str, &str, &str) -> Option<String>) -> Map<String, Value> {
    let mut sections: Map<String, Value> = Map::new();
    for (section, key, english) in english {
        let texts = sections.entry(section.clone()).or_insert_with(|| Value::Object(Map::new()));
        if let (Some(translated), Some(texts)) = (text(section, key, english), texts.as_object_mut()) {
            texts.insert(key.clone(), Value::String(translated));
        }
    }
    let mut pack = Map::new();
    pack.insert("language".into(), language.clone());
    pack.extend(sections);
    pack
}

fn read_json(file: &str) -> Result<Value, String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
    serde_json::from_str(&text).map_err(|e| format!("{file}: not JSON: {e}"))
}
