//! `pathway-check`: the validator for data authors.
//!
//! `cargo run --bin pathway-check -- <file-or-dir>...` loads every named JSON file (a
//! folder means every `.json` file in it) as one pathway and prints each problem with the
//! file, the JSON path, what is wrong and how to fix it. Valid data may still get content
//! warnings (long sentences, crowded screens, promises, jargon, old checks), printed with
//! `warning:` and not failing. A file with `language` at its top is a language pack
//! (docs/TRANSLATING.md), checked against the pathway the other files make. Exit status
//! 0: valid; 1: problems; 2: nothing to check.

use pathway_widget::language::read_pack;
use pathway_widget::pathway::{content_warnings, today};
use pathway_widget::{load_valid, DataFile, Problem};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || args.iter().any(|a| a == "-h" || a == "--help") {
        eprintln!("usage: pathway-check <file-or-dir>...\n\nChecks pathway data files (a folder means every .json file in it) as one pathway.");
        return ExitCode::from(2);
    }
    let mut problems = Vec::new();
    let mut files: Vec<(String, String)> = Vec::new();
    for arg in &args {
        for path in json_files(Path::new(arg), &mut problems) {
            let name = path.display().to_string();
            match std::fs::read_to_string(&path) {
                Ok(text) => files.push((name, text)),
                Err(e) => {
                    problems.push(Problem::new(name, ".", format!("cannot be read: {e}"), "Check the path and that the file is readable text."))
                }
            }
        }
    }
    if problems.is_empty() && files.is_empty() {
        eprintln!("pathway-check: no .json files found in {}", args.join(" "));
        return ExitCode::from(2);
    }
    let (packs, files): (Vec<_>, Vec<_>) = files.into_iter().partition(|(_, text)| is_pack(text));
    if problems.is_empty() {
        let data: Vec<DataFile> = files.iter().map(|(name, text)| DataFile { name, text }).collect();
        match load_valid(&data) {
            Ok(pathway) => {
                let mut checked = Vec::new();
                for (name, text) in &packs {
                    match read_pack(name, text, &pathway) {
                        Ok(pack) => checked.push(format!("{} ({})", pack.meta.code, pack.meta.english_name)),
                        Err(found) => problems.extend(found),
                    }
                }
                if !problems.is_empty() {
                    return report(&problems);
                }
                let warnings = content_warnings(&data, &today());
                for warning in &warnings {
                    println!("warning: {warning}");
                }
                println!(
                    "pathway-check: OK: {} file(s) valid: {} steps, {} routes, {} services, {} contacts, {} staff guide sections, {} practice cases.",
                    files.len(),
                    pathway.steps.len(),
                    pathway.routes.len(),
                    pathway.services.len(),
                    pathway.contacts.len(),
                    pathway.guide.len(),
                    pathway.scenarios.len()
                );
                if !checked.is_empty() {
                    println!("pathway-check: {} language pack(s) valid: {}.", checked.len(), checked.join(", "));
                }
                if !warnings.is_empty() {
                    println!("pathway-check: {} content warning(s): worth fixing, but the data can be used.", warnings.len());
                }
                return ExitCode::SUCCESS;
            }
            Err(found) => problems = found,
        }
    }
    report(&problems)
}

fn report(problems: &[Problem]) -> ExitCode {
    for problem in problems {
        println!("{problem}");
    }
    println!("pathway-check: {} problem(s) found.", problems.len());
    ExitCode::FAILURE
}

/// A language pack says which language it is at its top; pathway data never does.
fn is_pack(text: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(text).is_ok_and(|v| v.get("language").is_some())
}

/// The file itself, or the `.json` files directly inside a folder, sorted by name.
fn json_files(path: &Path, problems: &mut Vec<Problem>) -> Vec<PathBuf> {
    if !path.is_dir() {
        return vec![path.to_path_buf()];
    }
    match std::fs::read_dir(path) {
        Ok(entries) => {
            let mut found: Vec<PathBuf> =
                entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "json")).collect();
            found.sort();
            found
        }
        Err(e) => {
            problems.push(Problem::new(path.display().to_string(), ".", format!("cannot be read: {e}"), "Check the folder exists and is readable."));
            Vec::new()
        }
    }
}
