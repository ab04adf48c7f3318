//! Parsing pathway files and merging them into one [`Pathway`].
//!
//! A pathway can be split over several JSON files. Parsing keeps, for every step, route,
//! service and contact, the file and index it came from ([`Origins`]), so that the
//! validator can point a data author at `routes.json: routes[3].ways[1].contacts[0]`.
//! Files are merged in order; an item whose id a file lists in `replaces` takes the place
//! of the earlier item with that id (a host's own version of a built-in contact), and
//! [`adds_to_default`] says when a host's files add to the built-in pathway.

use super::model::{Contact, GuideSection, Pathway, PathwayFile, Route, Scenario, Service, Step};
use crate::pathway::reader;
use crate::pathway::Problem;

/// One file's name and text.
#[derive(Debug, Clone, Copy)]
pub struct DataFile<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

/// The file and list index an item came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: usize,
    pub index: usize,
}

/// Where every item of a merged [`Pathway`] came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origins {
    pub files: Vec<String>,
    pub meta: usize,
    pub steps: Vec<Origin>,
    pub routes: Vec<Origin>,
    pub services: Vec<Origin>,
    pub contacts: Vec<Origin>,
    pub guide: Vec<Origin>,
    pub scenarios: Vec<Origin>,
}

/// A parsed pathway with the origins of its items. Not yet validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub pathway: Pathway,
    pub origins: Origins,
}

/// Parses every file and merges them. Returns every parse problem, not just the first.
pub fn load(files: &[DataFile<'_>]) -> Result<Loaded, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut parsed = Vec::new();
    for (file_index, file) in files.iter().enumerate() {
        match parse_file(file) {
            Ok(part) => parsed.push((file_index, part)),
            Err(found) => problems.extend(found),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    merge(files, parsed)
}

fn merge(files: &[DataFile<'_>], parsed: Vec<(usize, PathwayFile)>) -> Result<Loaded, Vec<Problem>> {
    let mut meta = None;
    let mut problems = Vec::new();
    let mut steps = Vec::new();
    let mut routes = Vec::new();
    let mut services = Vec::new();
    let mut contacts = Vec::new();
    let mut guide = Vec::new();
    let mut scenarios = Vec::new();
    let mut origins = Origins {
        files: files.iter().map(|f| f.name.to_string()).collect(),
        meta: 0,
        steps: Vec::new(),
        routes: Vec::new(),
        services: Vec::new(),
        contacts: Vec::new(),
        guide: Vec::new(),
        scenarios: Vec::new(),
    };
    for (file, part) in parsed {
        let name = files[file].name;
        let replaces = &part.replaces;
        for (index, id) in replaces.iter().enumerate() {
            let has = [ids(&part.steps), ids(&part.routes), ids(&part.services), ids(&part.contacts), ids(&part.guide), ids(&part.scenarios)];
            if !has.iter().flatten().any(|own| own == id) {
                problems.push(Problem::new(
                    name,
                    format!("replaces[{index}]"),
                    format!("`{id}` is to be replaced, but this file has nothing with that id"),
                    "Add the step, route, service or contact that replaces it, or remove the id from `replaces`.",
                ));
            }
        }
        let mut place = Placing { replaces, name, problems: &mut problems, file };
        place.append(&mut steps, &mut origins.steps, part.steps);
        place.append(&mut routes, &mut origins.routes, part.routes);
        place.append(&mut services, &mut origins.services, part.services);
        place.append(&mut contacts, &mut origins.contacts, part.contacts);
        place.append(&mut guide, &mut origins.guide, part.guide);
        place.append(&mut scenarios, &mut origins.scenarios, part.scenarios);
        if let Some(m) = part.meta {
            if meta.is_some() {
                problems.push(Problem::new(
                    files[file].name,
                    "meta",
                    format!("a second `meta`; the first is in {}", files[origins.meta].name),
                    "Keep `meta` in one file only and remove it here.",
                ));
            } else {
                origins.meta = file;
                meta = Some(m);
            }
        }
    }
    let Some(meta) = meta else {
        let names: Vec<&str> = files.iter().map(|f| f.name).collect();
        problems.push(Problem::new(
            names.join(", "),
            ".",
            "no file has `meta` (the pathway's title, area, start step and emergency contacts)",
            "Add a `meta` object to one file, for example next to `steps`; or, if these files add to the built-in pathway, check them with it: `pathway-check pathway-data <your files>`.",
        ));
        return Err(problems);
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Loaded { pathway: Pathway { meta, steps, routes, services, contacts, guide, scenarios }, origins })
}

/// Whether a host's `files` add to the built-in pathway rather than replace it: none of
/// them has `meta`, which a whole pathway has. (A file that is not JSON counts as adding:
/// its problem is reported either way.)
pub fn adds_to_default(files: &[DataFile<'_>]) -> bool {
    files.iter().all(|f| serde_json::from_str::<serde_json::Value>(f.text).map_or(true, |v| v.get("meta").is_none()))
}

/// An item with an id, which a later file may replace.
trait Identified {
    fn id(&self) -> &str;
}

macro_rules! identified {
    ($($ty:ty),*) => { $(impl Identified for $ty { fn id(&self) -> &str { &self.id } })* };
}
identified!(Step, Route, Service, Contact, GuideSection, Scenario);

fn ids<T: Identified>(items: &[T]) -> Vec<String> {
    items.iter().map(|item| item.id().to_string()).collect()
}

/// Where one file's items go in the merged lists.
struct Placing<'a, 'p> {
    replaces: &'a [String],
    name: &'a str,
    problems: &'p mut Vec<Problem>,
    file: usize,
}

impl Placing<'_, '_> {
    /// Appends `items`, except that one the file `replaces` takes the place of the earlier
    /// item with its id (and its origin becomes this file's).
    fn append<T: Identified>(&mut self, all: &mut Vec<T>, origins: &mut Vec<Origin>, items: Vec<T>) {
        for (index, item) in items.into_iter().enumerate() {
            let origin = Origin { file: self.file, index };
            if !self.replaces.iter().any(|id| id == item.id()) {
                all.push(item);
                origins.push(origin);
                continue;
            }
            match all.iter().position(|earlier| earlier.id() == item.id()) {
                Some(at) => {
                    all[at] = item;
                    origins[at] = origin;
                }
                None => {
                    self.problems.push(Problem::new(
                        self.name,
                        "replaces",
                        format!("`{}` is to replace an item of the pathway it is added to, which has none with that id", item.id()),
                        "Remove the id from `replaces` to add it as a new item, or correct the id.",
                    ));
                    all.push(item);
                    origins.push(origin);
                }
            }
        }
    }
}

/// Parses one file: a syntax error gives its line and column; every field that is
/// missing, unknown or of the wrong kind gives its JSON path.
fn parse_file(file: &DataFile<'_>) -> Result<PathwayFile, Vec<Problem>> {
    let value = serde_json::from_str(file.text).map_err(|error| {
        let fix = format!(
            "Check the JSON just before line {}, column {}: a missing or extra comma, quote or bracket is the usual cause.",
            error.line(),
            error.column()
        );
        vec![Problem::new(file.name, ".", error.to_string(), fix)]
    })?;
    reader::read(value).map_err(|faults| {
        let whole_file = |path: String| if path.is_empty() { ".".to_string() } else { path };
        faults.into_iter().map(|f| Problem::new(file.name, whole_file(f.path), f.message, f.fix)).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(name: &str, text: &str) -> Result<Loaded, Vec<Problem>> {
        load(&[DataFile { name, text }])
    }

    #[test]
    fn syntax_errors_give_line_and_column() {
        let problems = one("a.json", "{\n  \"steps\": [\n    {\"id\": \"x\" \"kind\": \"info\"}\n  ]\n}").unwrap_err();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("line 3"), "{}", problems[0]);
        assert!(problems[0].fix.contains("line 3, column"), "{}", problems[0]);
    }

    #[test]
    fn unknown_fields_name_their_path() {
        let text = r#"{"steps": [{"id": "a", "kind": "info", "title": "A", "nxt": "b"}]}"#;
        let problems = one("a.json", text).unwrap_err();
        assert_eq!(problems[0].path, "steps[0].nxt");
        assert!(problems[0].message.contains("unknown field `nxt`"));
    }

    #[test]
    fn missing_meta_is_reported_once_for_all_files() {
        let problems = load(&[DataFile { name: "a.json", text: "{}" }, DataFile { name: "b.json", text: "{}" }]).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].file, "a.json, b.json");
    }

    #[test]
    fn trailing_garbage_is_a_syntax_error() {
        let problems = one("a.json", "{} x").unwrap_err();
        assert!(problems[0].message.contains("trailing"), "{}", problems[0]);
    }
}
