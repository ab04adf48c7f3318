//! The validator CLI, run as a data author runs it, on the default data and on one broken
//! fixture per check. Each problem must name the file, the JSON path, what is wrong and the fix.

use std::process::Command;

fn check(args: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_pathway-check"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("pathway-check runs");
    let text = String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr);
    (output.status.code().unwrap_or(-1), text)
}

/// Runs one fixture and asserts exit 1 and a problem line `file: path: ...message...`
/// followed by a fix.
fn rejects(fixture: &str, path: &str, message: &str) {
    let file = format!("tests/fixtures/{fixture}.json");
    let (code, out) = check(&[&file]);
    assert_eq!(code, 1, "{fixture} should be rejected:\n{out}");
    let line = out
        .lines()
        .position(|l| l.starts_with(&format!("{file}: {path}: ")) && l.contains(message))
        .unwrap_or_else(|| panic!("{fixture}: no problem at `{path}` saying `{message}`:\n{out}"));
    let fix = out.lines().nth(line + 1).unwrap_or_default();
    assert!(fix.trim_start().starts_with("fix: ") && fix.len() > 12, "{fixture}: no fix after the problem:\n{out}");
}

#[test]
fn the_default_data_is_valid() {
    let (code, out) = check(&["pathway-data"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("OK: 5 file(s) valid"), "{out}");
    assert!(out.contains("7 staff guide sections, 8 practice cases"), "{out}");
}

#[test]
fn the_smallest_valid_fixture_is_valid() {
    let (code, out) = check(&["tests/fixtures/valid.json"]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn json_syntax_errors_give_line_and_column() {
    rejects("syntax", ".", "expected `,` or `}` at line 5 column 55");
}

#[test]
fn every_value_of_the_wrong_kind_is_reported_at_its_path() {
    rejects("wrong-kinds", "meta.title", "expected text in double quotes, found a number");
    rejects("wrong-kinds", "steps[0].kind", "unknown value `quiz`, expected one of `info`, `one`, `many`, `plan`");
    rejects("wrong-kinds", "steps[1].intro", "expected a list in square brackets, found text");
}

#[test]
fn unknown_fields_are_named() {
    rejects("unknown-field", "steps[1].choices[0].nxt", "unknown field `nxt`");
}

#[test]
fn missing_fields_are_named() {
    rejects("missing-field", "steps[0]", "missing field `title`");
}

#[test]
fn ids_are_unique() {
    rejects("duplicate-id", "steps[2].id", "the step id `ask` is used twice");
}

#[test]
fn references_must_exist() {
    rejects("dangling-reference", "steps[1].choices[1].next", "refers to the step `nowhere`, which does not exist");
}

#[test]
fn tags_must_be_given_by_some_answer() {
    rejects("unknown-tag", "services[0].when_any[0]", "refers to the tag `who:mee`");
}

#[test]
fn every_step_is_reachable() {
    rejects("unreachable", "steps[4].id", "the step `orphan` cannot be reached from the start `start`");
}

#[test]
fn every_path_ends_at_a_plan() {
    rejects("dead-end", "steps[5]", "the step `stuck2` is a dead end");
}

#[test]
fn loops_without_a_way_forward_are_found() {
    rejects("loop", "steps[4]", "the steps round → about → round form a loop with no way forward");
}

#[test]
fn only_safe_link_schemes() {
    rejects("bad-link", "contacts[1].href", "the link `javascript:alert(1)` does not use an allowed scheme");
}

#[test]
fn contacts_need_a_source() {
    rejects("no-source", "contacts[0]", "missing field `source`");
}

#[test]
fn contacts_need_a_verified_date() {
    rejects("bad-date", "contacts[1].verified", "`last week` is not a date");
}

#[test]
fn routes_say_every_way_to_reach_them() {
    rejects("missing-way", "routes[0].ways", "no `bsl` way");
}

#[test]
fn practice_questions_need_a_best_answer_and_feedback() {
    rejects("bad-practice", "scenarios[0].questions[0].answers", "one marked `\"best\": true` and at least one not");
    rejects("bad-practice", "scenarios[0].questions[0].answers[0].feedback", "no feedback");
}

#[test]
fn every_problem_in_a_file_is_reported_not_just_the_first() {
    let (code, out) = check(&["tests/fixtures/dead-end.json"]);
    assert_eq!(code, 1);
    assert!(out.contains("pathway-check: 2 problem(s) found."), "{out}");
}

#[test]
fn several_files_are_one_pathway_and_meta_may_appear_once() {
    let (code, out) = check(&["tests/fixtures/valid.json", "tests/fixtures/valid.json"]);
    assert_eq!(code, 1);
    assert!(out.contains("tests/fixtures/valid.json: meta: a second `meta`"), "{out}");
}

#[test]
fn no_arguments_prints_usage() {
    let (code, out) = check(&[]);
    assert_eq!(code, 2);
    assert!(out.contains("usage: pathway-check"), "{out}");
}
