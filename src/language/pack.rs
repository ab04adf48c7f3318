//! One language pack, read from its JSON and checked against the pathway it translates:
//! every key there, none unknown, each text keeping the English's placeholders and numbers
//! and adding no link (the rules are in [`super::rules`]). An Easy Read pack (plain English,
//! `easy_read: true`) may leave texts out, which then stay as the English, and gives a
//! picture for each line of those it has ([`super::easy_read`]).

use super::easy_read::{check_pictures, pictures_of, Pictures};
use super::rules::{check_easy_read, check_text};
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
    /// Easy Read: the English in short sentences, with a picture beside each idea.
    pub easy_read: bool,
}

/// A checked pack: its metadata, the widget's words in it, and the pathway's texts by key
/// (for [`Pathway::translated`]).
// Eq: an `Rc` of it then compares by address first, so a memo keyed on it is cheap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguagePack {
    pub meta: PackMeta,
    pub words: Words,
    pub pathway: HashMap<String, String>,
    /// Easy Read's pictures (none for another pack).
    pub pictures: Pictures,
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
    let easy_read = root.get("language").and_then(|l| l.get("easy_read")).and_then(Value::as_bool) == Some(true);
    let sections: &[&str] = if easy_read {
        &["$comment", "language", "widget", "pathway", "pictures", "picture_alt"]
    } else {
        &["$comment", "language", "widget", "pathway"]
    };
    for key in root.keys().filter(|k| !sections.contains(&k.as_str())) {
        let fix = if easy_read {
            "Remove it; an Easy Read pack has `language`, `widget`, `pathway`, `pictures` and `picture_alt`."
        } else {
            "Remove it; a pack has `language`, `widget` and `pathway` (pictures are for Easy Read)."
        };
        problems.push(problem(key, format!("`{key}` is not part of a pack"), fix));
    }
    let meta = read_meta(root.get("language"), file, &mut problems);
    // Easy Read is English: what it leaves out stays as the English.
    // A language's plural forms (`answers_many#few`) are its own to give.
    let widget_english: Vec<(String, String, bool)> =
        Words::texts().into_iter().map(|(k, e)| (k, e, !easy_read)).chain(Words::plural_texts().into_iter().map(|(k, e)| (k, e, false))).collect();
    let pathway_english: Vec<(String, String, bool)> =
        pathway_texts(pathway).into_iter().map(|(k, reader, e)| (k, e, !easy_read && reader == Reader::Person)).collect();
    let widget = read_texts(root, "widget", &widget_english, easy_read, file, &mut problems);
    let pathway = read_texts(root, "pathway", &pathway_english, easy_read, file, &mut problems);
    let texts = [("widget", &widget), ("pathway", &pathway)];
    if easy_read {
        check_pictures(root, texts, file, &mut problems);
    }
    let pictures = pictures_of(root, texts);
    match meta {
        Some(meta) if problems.is_empty() => Ok(LanguagePack { meta, words: Words::replaced_by(widget), pathway, pictures }),
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
        easy_read: fields.get("easy_read").and_then(Value::as_bool).unwrap_or(false),
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
    let (widget, pathway) = (texts("widget"), texts("pathway"));
    let pictures = pictures_of(value.as_object()?, [("widget", &widget), ("pathway", &pathway)]);
    Some(LanguagePack { meta, words: Words::replaced_by(widget), pathway, pictures })
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
    if fields.get("easy_read").is_some_and(|e| !e.is_boolean()) {
        fault("language.easy_read", "`easy_read` must be true or false".into(), "Set it to true for an Easy Read pack, or leave it out.");
    }
    let known = ["code", "name", "english_name", "dir", "translated_by", "reviewed", "unreviewed", "easy_read"];
    for key in fields.keys().filter(|k| !known.contains(&k.as_str())) {
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

/// Checks one text against its English: as a translation, or as Easy Read (whose lines
/// are free, except where they are a list).
fn checked(key: &str, english: &str, text: &str, easy_read: bool) -> Result<(), super::rules::TextProblem> {
    if easy_read {
        check_easy_read(english, text, key == "months" || key.ends_with(".options"))
    } else {
        check_text(english, text)
    }
}

/// The texts of the pack's `section` (`widget` or `pathway`), checked against the
/// English `(key, text, required)`.
fn read_texts(
    root: &Map<String, Value>,
    section: &str,
    english: &[(String, String, bool)],
    easy_read: bool,
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
            Some(Value::String(text)) => match checked(key, english, text, easy_read) {
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
