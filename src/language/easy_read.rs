//! Easy Read's pictures. An Easy Read pack gives a picture for every line of its texts
//! (one idea a line): `pictures` names them, one name per line, under the same `widget` and
//! `pathway` keys as the texts, and `picture_alt` says what each shows. The build puts each
//! picture's SVG elements, from an openly licensed set, into the pack it ships
//! (`picture_svg`, as `[tag, {attributes}, [children]]`, scripts/easy-read-pictures.mjs),
//! so the pictures come with the pack's one request and nothing is fetched per screen. The widget finds a line's picture by the line's text, so
//! no component needs to know a text's key.

use crate::pathway::Problem;
use serde_json::{Map, Value};
use std::collections::HashMap;

/// One picture: its name in the set, what it shows (for a screen reader), and its SVG.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    pub name: String,
    pub alt: String,
    /// Its SVG elements as the build wrote them, `[tag, {attributes}, [children]]` (null in
    /// a pack as authors write it).
    pub svg: Value,
}

/// The picture beside each line of an Easy Read pack's texts (none for other packs).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pictures {
    by_line: HashMap<String, Picture>,
}

impl Pictures {
    /// The picture beside `line`, if the pack has one for it.
    pub fn beside(&self, line: &str) -> Option<&Picture> {
        self.by_line.get(line.trim())
    }

    /// Whether the pack has pictures at all.
    pub fn is_empty(&self) -> bool {
        self.by_line.is_empty()
    }
}

/// The pictures of a pack whose texts (`widget` and `pathway`, by key) are `texts`, as its
/// `pictures`, `picture_alt` and `picture_svg` give them (unchecked: see [`check_pictures`]).
pub fn pictures_of(root: &Map<String, Value>, texts: [(&str, &HashMap<String, String>); 2]) -> Pictures {
    let alt = |name: &str| root.get("picture_alt").and_then(|s| s.get(name)).and_then(Value::as_str).unwrap_or_default().to_string();
    let svg = |name: &str| root.get("picture_svg").and_then(|s| s.get(name)).cloned().unwrap_or_default();
    let mut by_line = HashMap::new();
    for (section, texts) in texts {
        let Some(names) = root.get("pictures").and_then(|p| p.get(section)).and_then(Value::as_object) else { continue };
        for (key, text) in texts {
            let Some(names) = names.get(key).and_then(Value::as_str) else { continue };
            for (line, name) in text.split('\n').zip(names.split_whitespace()) {
                let picture = Picture { name: name.to_string(), alt: alt(name), svg: svg(name) };
                by_line.insert(line.trim().to_string(), picture);
            }
        }
    }
    Pictures { by_line }
}

/// Checks an Easy Read pack's pictures: every line of every text has one, each named
/// plainly (`a-z`, `0-9`, `-`) and said in `picture_alt`, none is given for a text the
/// pack does not have, and the same line has the same picture wherever it is (the widget
/// finds a picture by its line).
pub fn check_pictures(root: &Map<String, Value>, texts: [(&str, &HashMap<String, String>); 2], file: &str, problems: &mut Vec<Problem>) {
    let mut fault = |path: String, message: String, fix: &str| problems.push(Problem::new(file, path, message, fix));
    let empty = Map::new();
    let alt = root.get("picture_alt").and_then(Value::as_object).unwrap_or(&empty);
    let mut used = Vec::new();
    // Each line's picture, and where it was first given.
    let mut seen: HashMap<String, (String, String)> = HashMap::new();
    for (section, texts) in texts {
        let names = root.get("pictures").and_then(|p| p.get(section)).and_then(Value::as_object).unwrap_or(&empty);
        // In key order, so that a problem names the same places every time.
        let mut keyed: Vec<(&String, &String)> = texts.iter().collect();
        keyed.sort();
        for (key, text) in keyed {
            let path = format!("pictures.{section}[\"{key}\"]");
            let given: Vec<&str> = names.get(key).and_then(Value::as_str).unwrap_or_default().split_whitespace().collect();
            let lines = text.split('\n').count();
            if given.len() != lines {
                fault(
                    path.clone(),
                    format!("{} pictures for a text of {lines} lines", given.len()),
                    "Give one picture name per line of the text, separated by spaces: Easy Read shows a picture beside each idea.",
                );
            }
            for (line, name) in text.split('\n').map(str::trim).zip(given.iter()) {
                match seen.get(line) {
                    Some((first, at)) if first != name => fault(
                        path.clone(),
                        format!("the line \"{line}\" has the picture `{name}` here and `{first}` at {at}"),
                        "Give the same line the same picture everywhere (the widget finds a picture by its line).",
                    ),
                    Some(_) => {}
                    None => {
                        seen.insert(line.to_string(), (name.to_string(), path.clone()));
                    }
                }
            }
            for name in given {
                if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
                    fault(path.clone(), format!("`{name}` is not a picture's name"), "Use the picture set's own names: a-z, 0-9 and hyphens.");
                } else if alt.get(name).and_then(Value::as_str).is_none_or(|a| a.trim().is_empty()) {
                    fault(
                        format!("picture_alt.{name}"),
                        format!("the picture `{name}` is not described"),
                        "Say in a few words what it shows, such as \"A telephone\".",
                    );
                }
                used.push(name.to_string());
            }
        }
        for key in names.keys().filter(|k| !texts.contains_key(*k)) {
            fault(
                format!("pictures.{section}[\"{key}\"]"),
                format!("a picture for `{key}`, which the pack has no text for"),
                "Remove it, or add the text.",
            );
        }
    }
    for name in alt.keys().filter(|n| !used.contains(n)) {
        fault(format!("picture_alt.{name}"), format!("the picture `{name}` is described but not used"), "Remove it.");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn texts(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn each_line_finds_its_picture_and_a_missing_or_undescribed_one_is_named() {
        let widget = texts(&[("safety_intro", "Quick exit leaves fast.\nIt clears the page.")]);
        let pathway = texts(&[("step.start.title", "What happened?")]);
        let root = json!({
            "pictures": { "widget": { "safety_intro": "door broom" }, "pathway": { "step.start.title": "thinking-face" } },
            "picture_alt": { "door": "A door", "broom": "A broom", "thinking-face": "A face thinking" }
        });
        let root = root.as_object().unwrap();
        let pictures = pictures_of(root, [("widget", &widget), ("pathway", &pathway)]);
        let broom = pictures.beside("It clears the page.").unwrap();
        assert_eq!((broom.name.as_str(), broom.alt.as_str()), ("broom", "A broom"));
        let mut problems = Vec::new();
        check_pictures(root, [("widget", &widget), ("pathway", &pathway)], "languages/en-x-easyread.json", &mut problems);
        assert!(problems.is_empty(), "{problems:?}");

        let root =
            json!({ "pictures": { "widget": { "safety_intro": "door", "gone": "door" } }, "picture_alt": { "door": "A door", "cat": "A cat" } });
        check_pictures(root.as_object().unwrap(), [("widget", &widget), ("pathway", &HashMap::new())], "e.json", &mut problems);
        let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths, ["pictures.widget[\"safety_intro\"]", "pictures.widget[\"gone\"]", "picture_alt.cat"], "{problems:?}");

        let widget = texts(&[("a", "Call us."), ("b", "Call us.\nOr write.")]);
        let root = json!({ "pictures": { "widget": { "a": "telephone", "b": "envelope pencil" } }, "picture_alt": { "telephone": "A telephone", "envelope": "An envelope", "pencil": "A pencil" } });
        let mut problems = Vec::new();
        check_pictures(root.as_object().unwrap(), [("widget", &widget), ("pathway", &HashMap::new())], "e.json", &mut problems);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].path, "pictures.widget[\"b\"]");
        assert!(problems[0].message.contains("has the picture `envelope` here and `telephone` at pictures.widget[\"a\"]"), "{problems:?}");
    }
}
