//! One language pack, read from its JSON and checked against the pathway it translates:
//! every key there, none unknown, each text keeping the English's placeholders and numbers
//! and adding no link (the rules are in [`super::rules`]).

use super::rules::check_text;
use crate::pathway::{pathway_texts, Pathway, Problem, Reader};
use crate::words::Words;
use serde_json::{Map, Value};
use std::collections::HashMap;

/// Which way a language is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Direction {
    #[default]
    LeftToRight,
    RightToLeft,
}

impl Direction {
    /// The value of the `dir` attribute.
    pub fn attribute(self) -> &'static str {
        match self {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }
}

/// What a pack says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackMeta {
    /// The language's code, as in `lang` (`gu`, `ur`, `pa`, `pl`, `so`, `ar`); also the
    /// pack's file name.
    pub code: String,
    /// The language's name in its own words and script ("ગુજરાતી").
    pub name: String,
    pub english_name: String,
    pub dir: Direction,
    /// Who translated it, and how.
    pub translated_by: String,
    /// A native speaker has checked it.
    pub reviewed: bool,
    /// While it is not reviewed: one short line, in the language, that the translation
    /// has not been checked yet and that English is there.
    pub unreviewed: String,
}

/// A checked pack: its metadata, the widget's words in it, and the pathway's texts by key
/// (for [`Pathway::translated`]).
// Eq: an `Rc` of it then compares by address first, so a memo keyed on it is cheap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguagePack {
    pub meta: PackMeta,
    pub words: Words,
    pub pathway: HashMap<String, String>,
}

/// Reads the pack in `text` (the file `file`) and checks it against `pathway`. Every
/// problem names the file, the JSON path and the fix.
pub fn read_pack(file: &str, text: &str, pathway: &Pathway) -> Result<LanguagePack, Vec<Problem>> {
    let problem = |path: &str, message: String, fix: &str| Problem::new(file, path, message, fix);
    let value: Value = serde_json::from_str(text).map_err(|e| vec![problem(".", format!("not JSON: {e}"), "Correct the JSON syntax.")])?;
    let Some(root) = value.as_object() else {
        return Err(vec![problem(".", "a pack is a JSON object".into(), "Start from `pathway-language template`.")]);
    };
    let mut problems = Vec::new();
    for key in root.keys().filter(|k| !["$comment", "language", "widget", "pathway"].contains(&k.as_str())) {
        problems.push(problem(key, format!("`{key}` is not part of a pack"), "Remove it; a pack has `language`, `widget` and `pathway`."));
    }
    let meta = read_meta(root.get("language"), file, &mut problems);
    let widget_english: Vec<(String, String, bool)> = Words::texts().into_iter().map(|(k, e)| (k, e, true)).collect();
    let pathway_english: Vec<(String, String, bool)> =
        pathway_texts(pathway).into_iter().map(|(k, reader, e)| (k, e, reader == Reader::Person)).collect();
    let widget = read_texts(root, "widget", &widget_english, file, &mut problems);
    let pathway = read_texts(root, "pathway", &pathway_english, file, &mut problems);
    match meta {
        Some(meta) if problems.is_empty() => Ok(LanguagePack { meta, words: Words::replaced_by(widget), pathway }),
        _ => Err(problems),
    }
}

/// What `language` says, as it says it (checked by [`read_meta`]).
fn meta_from(fields: &Map<String, Value>) -> PackMeta {
    let text = |name: &str| fields.get(name).and_then(Value::as_str).map(str::trim).unwrap_or_default().to_string();
    PackMeta {
        code: text("code"),
        name: text("name"),
        english_name: text("english_name"),
        dir: if text("dir") == "rtl" { Direction::RightToLeft } else { Direction::LeftToRight },
        translated_by: text("translated_by"),
        reviewed: fields.get("reviewed").and_then(Value::as_bool).unwrap_or(false),
        unreviewed: text("unreviewed"),
    }
}

/// A pack that `pathway-check` has passed, as the widget reads one of its own (built with
/// it, from its own origin): without checking it again, which would add the checks' code
/// to what every phone downloads. `None` when it is not a pack at all.
pub fn read_checked_pack(text: &str) -> Option<LanguagePack> {
    let value: Value = serde_json::from_str(text).ok()?;
    let texts = |section: &str| -> HashMap<String, String> {
        let given = value.get(section).and_then(Value::as_object);
        given.into_iter().flatten().filter_map(|(key, text)| Some((key.clone(), text.as_str()?.to_string()))).collect()
    };
    let meta = meta_from(value.get("language")?.as_object()?);
    Some(LanguagePack { meta, words: Words::replaced_by(texts("widget")), pathway: texts("pathway") })
}

fn read_meta(value: Option<&Value>, file: &str, problems: &mut Vec<Problem>) -> Option<PackMeta> {
    let mut found = Vec::new();
    let mut fault = |path: &str, message: String, fix: &str| found.push(Problem::new(file, path, message, fix));
    let Some(fields) = value.and_then(Value::as_object) else {
        fault(
            "language",
            "no `language`: the pack must say which language it is".into(),
            "Add `language` with `code`, `name`, `english_name`, `dir`, `translated_by`, `reviewed` and `unreviewed`.",
        );
        problems.extend(found);
        return None;
    };
    let text = |name: &str| fields.get(name).and_then(Value::as_str).map(str::trim).unwrap_or_default().to_string();
    let reviewed = fields.get("reviewed").and_then(Value::as_bool);
    let meta = meta_from(fields);
    let plain_code = !meta.code.is_empty()
        && meta.code.split('-').all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()));
    if !plain_code {
        fault(
            "language.code",
            format!("`{}` is not a language code", meta.code),
            "Use the code a page's `lang` has, in lower case, such as `gu` or `pa`.",
        );
    } else if !stem_is(file, &meta.code) {
        fault(
            "language.code",
            format!("the pack for `{}` is in a file of another name", meta.code),
            "Name the file after the code, for example `languages/gu.json`.",
        );
    }
    for name in ["name", "english_name", "translated_by"] {
        if text(name).is_empty() {
            fault(
                &format!("language.{name}"),
                format!("`{name}` is missing or empty"),
                "Give the language's own name, its English name, and who translated it and how.",
            );
        }
    }
    if !["ltr", "rtl"].contains(&text("dir").as_str()) {
        fault("language.dir", "`dir` must be `ltr` or `rtl`".into(), "Use `rtl` for Urdu, Arabic and other right-to-left scripts, else `ltr`.");
    }
    match reviewed {
        None => fault("language.reviewed", "`reviewed` must be true or false".into(), "Say whether a native speaker has checked the translation."),
        Some(false) if meta.unreviewed.is_empty() => {
            fault(
                "language.unreviewed",
                "an unreviewed pack needs its `unreviewed` line".into(),
                "Say, in the language, that the translation has not been checked yet and that English is available.",
            );
        }
        _ => {}
    }
    for key in fields.keys().filter(|k| !["code", "name", "english_name", "dir", "translated_by", "reviewed", "unreviewed"].contains(&k.as_str())) {
        fault(&format!("language.{key}"), format!("`{key}` is not part of `language`"), "Remove it, or correct the spelling.");
    }
    let valid = found.is_empty();
    problems.extend(found);
    valid.then_some(meta)
}

/// Whether the file's name, without its folder and `.json`, is `code` (a pack given with
/// no file name, such as one fetched by the widget, is named after its code).
fn stem_is(file: &str, code: &str) -> bool {
    let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
    name.strip_suffix(".json").unwrap_or(name) == code
}

/// The texts of the pack's `section` (`widget` or `pathway`), checked against the
/// English `(key, text, required)`.
fn read_texts(
    root: &Map<String, Value>,
    section: &str,
    english: &[(String, String, bool)],
    file: &str,
    problems: &mut Vec<Problem>,
) -> HashMap<String, String> {
    let empty = Map::new();
    let given = match root.get(section) {
        Some(Value::Object(given)) => given,
        Some(_) => {
            problems.push(Problem::new(
                file,
                section,
                format!("`{section}` must be an object of texts by key"),
                "Start from `pathway-language template`.",
            ));
            &empty
        }
        None => &empty,
    };
    let mut texts = HashMap::new();
    for (key, english, required) in english {
        let path = format!("{section}[\"{key}\"]");
        match given.get(key) {
            None if *required => problems.push(Problem::new(
                file,
                &path,
                format!("`{key}` is missing"),
                format!("Add it, translated from the English: \"{english}\"."),
            )),
            None => {}
            Some(Value::String(text)) => match check_text(english, text) {
                Ok(()) => {
                    texts.insert(key.clone(), text.clone());
                }
                Err(problem) => problems.push(Problem::new(file, &path, problem.message(), problem.fix(english))),
            },
            Some(_) => problems.push(Problem::new(file, &path, format!("`{key}` is not text"), "Give the translation as a string.")),
        }
    }
    for key in given.keys().filter(|k| !english.iter().any(|(e, _, _)| e == *k)) {
        problems.push(Problem::new(
            file,
            format!("{section}[\"{key}\"]"),
            format!("`{key}` is not a text of the {}", if section == "widget" { "widget" } else { "pathway" }),
            "Remove it, or correct the key; `pathway-language template` lists every key.",
        ));
    }
    texts
}
