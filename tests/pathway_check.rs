//! The validator CLI, run as a data author runs it, on the default data and on the smallest
//! valid pathway (`tests/fixtures/valid.json`) broken in one place per check, so each test
//! shows the defect next to what must be said about it. Each problem must name the file, the
//! JSON path, what is wrong and the fix.

use serde_json::{json, Value};
use std::path::Path;
use std::process::Command;

const VALID: &str = "tests/fixtures/valid.json";

fn check(args: &[&str]) -> (i32, String) {
    let output =
        Command::new(env!("CARGO_BIN_EXE_pathway-check")).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().expect("pathway-check runs");
    let text = String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr);
    (output.status.code().unwrap_or(-1), text)
}

/// Writes the valid pathway with `defect` made in it to `<case>.json` in a directory of the
/// target's, and returns that file. Tests run at once, so each case has a name of its own.
fn broken(case: &str, defect: impl FnOnce(&mut Value)) -> String {
    changed(VALID, "pathway_check", case, defect)
}

/// The fixture `fixture` with `change` made to it, written as `<case>.json` in the
/// target's folder `folder`.
fn changed(fixture: &str, folder: &str, case: &str, change: impl FnOnce(&mut Value)) -> String {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(fixture)).expect("the fixture reads");
    let mut value: Value = serde_json::from_str(&text).expect("the fixture is JSON");
    change(&mut value);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(folder);
    std::fs::create_dir_all(&dir).expect("the case directory is made");
    let file = dir.join(format!("{case}.json"));
    std::fs::write(&file, serde_json::to_string_pretty(&value).expect("JSON writes")).expect("the case is written");
    file.to_str().expect("a UTF-8 path").to_owned()
}

/// The list at `value`, to add to or take from.
fn list(value: &mut Value) -> &mut Vec<Value> {
    value.as_array_mut().expect("a list")
}

/// Takes the field `key` out of the object `value`, keeping the others in their order.
fn without(value: &mut Value, key: &str) {
    value.as_object_mut().expect("an object").shift_remove(key).expect("the field is there to take out");
}

/// Runs `file` and asserts exit 1 and a problem line `file: path: ...message...` followed by
/// a fix.
fn rejects(file: &str, path: &str, message: &str) {
    let (code, out) = check(&[file]);
    assert_eq!(code, 1, "{file} should be rejected:\n{out}");
    let line = out
        .lines()
        .position(|l| l.starts_with(&format!("{file}: {path}: ")) && l.contains(message))
        .unwrap_or_else(|| panic!("{file}: no problem at `{path}` saying `{message}`:\n{out}"));
    let fix = out.lines().nth(line + 1).unwrap_or_default();
    assert!(fix.trim_start().starts_with("fix: ") && fix.len() > 12, "{file}: no fix after the problem:\n{out}");
}

#[test]
fn the_default_data_is_valid() {
    let (code, out) = check(&["pathway-data"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("OK: 5 file(s) valid"), "{out}");
    assert!(out.contains("7 staff guide sections, 8 practice cases"), "{out}");
}

#[test]
fn the_smallest_valid_pathway_is_valid_so_each_case_fails_by_its_defect_alone() {
    let (code, out) = check(&[VALID]);
    assert_eq!(code, 0, "{out}");
    let (code, out) = check(&[&broken("unchanged", |_| {})]);
    assert_eq!(code, 0, "written out again with no defect it is still valid:\n{out}");
}

#[test]
fn json_syntax_errors_give_line_and_column() {
    rejects("tests/fixtures/syntax.json", ".", "expected `,` or `}` at line 5 column 55");
}

#[test]
fn every_value_of_the_wrong_kind_is_reported_at_its_path() {
    let file = "tests/fixtures/wrong-kinds.json";
    rejects(file, "meta.title", "expected text in double quotes, found a number");
    rejects(file, "steps[0].kind", "unknown value `quiz`, expected one of `info`, `one`, `many`, `plan`");
    rejects(file, "steps[1].intro", "expected a list in square brackets, found text");
}

#[test]
fn unknown_fields_are_named() {
    let file = broken("unknown-field", |pathway| pathway["steps"][1]["choices"][0]["nxt"] = json!("what"));
    rejects(&file, "steps[1].choices[0].nxt", "unknown field `nxt`");
}

#[test]
fn missing_fields_are_named() {
    let file = broken("missing-field", |pathway| without(&mut pathway["steps"][0], "title"));
    rejects(&file, "steps[0]", "missing field `title`");
}

#[test]
fn ids_are_unique() {
    let file = broken("duplicate-id", |pathway| pathway["steps"][2]["id"] = json!("ask"));
    rejects(&file, "steps[2].id", "the step id `ask` is used twice");
}

#[test]
fn references_must_exist() {
    let file = broken("dangling-reference", |pathway| pathway["steps"][1]["choices"][1]["next"] = json!("nowhere"));
    rejects(&file, "steps[1].choices[1].next", "refers to the step `nowhere`, which does not exist");
}

#[test]
fn tags_must_be_given_by_some_answer() {
    let file = broken("unknown-tag", |pathway| pathway["services"][0]["when_any"] = json!(["who:mee"]));
    rejects(&file, "services[0].when_any[0]", "refers to the tag `who:mee`");
}

#[test]
fn every_step_is_reachable() {
    let file = broken("unreachable", |pathway| {
        list(&mut pathway["steps"]).push(json!({ "id": "orphan", "kind": "info", "title": "Orphan", "next": "plan" }));
    });
    rejects(&file, "steps[4].id", "the step `orphan` cannot be reached from the start `start`");
}

/// The second answer of `ask` leads to `stuck`, whose one choice leads to `stuck2`, which
/// leads nowhere.
fn dead_end(pathway: &mut Value) {
    pathway["steps"][1]["choices"][1]["next"] = json!("stuck");
    list(&mut pathway["steps"]).extend([
        json!({ "id": "stuck", "kind": "one", "title": "Stuck", "choices": [{ "id": "x", "label": "X", "next": "stuck2", "tags": ["x"] }] }),
        json!({ "id": "stuck2", "kind": "info", "title": "Stuck too" }),
    ]);
}

#[test]
fn every_path_ends_at_a_plan() {
    rejects(&broken("dead-end", dead_end), "steps[5]", "the step `stuck2` is a dead end");
}

#[test]
fn loops_without_a_way_forward_are_found() {
    let file = broken("loop", |pathway| {
        pathway["steps"][1]["choices"][1]["next"] = json!("round");
        list(&mut pathway["steps"]).extend([
            json!({ "id": "round", "kind": "info", "title": "Round", "next": "about" }),
            json!({ "id": "about", "kind": "info", "title": "About", "next": "round" }),
        ]);
    });
    rejects(&file, "steps[4]", "the steps round → about → round form a loop with no way forward");
}

#[test]
fn only_safe_link_schemes() {
    let file = broken("bad-link", |pathway| pathway["contacts"][1]["href"] = json!("javascript:alert(1)"));
    rejects(&file, "contacts[1].href", "the link `javascript:alert(1)` does not use an allowed scheme");
}

#[test]
fn contacts_need_a_source() {
    let file = broken("no-source", |pathway| without(&mut pathway["contacts"][0], "source"));
    rejects(&file, "contacts[0]", "missing field `source`");
}

#[test]
fn contacts_need_a_verified_date() {
    let file = broken("bad-date", |pathway| pathway["contacts"][1]["verified"] = json!("last week"));
    rejects(&file, "contacts[1].verified", "`last week` is not a date");
}

/// The valid pathway with two areas, a "where" answer for each, and the helpline's only
/// contact for the north.
fn with_areas(pathway: &mut Value) {
    pathway["meta"]["areas"] = json!([{ "id": "north", "name": "North" }, { "id": "south", "name": "South" }]);
    pathway["steps"][1]["choices"][0]["tags"] = json!(["who:me", "area:north"]);
    pathway["steps"][1]["choices"][1]["tags"] = json!(["who:other", "area:elsewhere"]);
}

#[test]
fn areas_are_declared_and_nobody_meets_a_service_they_cannot_reach() {
    let (code, out) = check(&[&broken("areas-valid", with_areas)]);
    assert_eq!(code, 0, "areas declared and used: {out}");
    let file = broken("area-undeclared", |pathway| {
        with_areas(pathway);
        pathway["contacts"][0]["areas"] = json!(["east"]);
        pathway["steps"][1]["choices"][0]["tags"] = json!(["who:me", "area:west"]);
        pathway["meta"]["areas"][1]["id"] = json!("north");
    });
    rejects(&file, "contacts[0].areas[0]", "names the area `east`, which `meta.areas` does not declare");
    rejects(&file, "steps[1].choices[0].tags[1]", "the tag `area:west` names an area that `meta.areas` does not declare");
    rejects(&file, "meta.areas[1]", "the area `north` needs an id of its own");
    let file = broken("area-stranded", |pathway| {
        with_areas(pathway);
        pathway["contacts"][1]["areas"] = json!(["north"]);
    });
    rejects(&file, "services[0].contacts", "people in South see this service but none of its contacts");
    let file = broken("area-found", |pathway| {
        with_areas(pathway);
        pathway["contacts"][1]["areas"] = json!(["north"]);
        pathway["services"][0]["how_to_find"] = json!("Ask your own council.");
    });
    assert_eq!(check(&[&file]).0, 0, "how_to_find tells the others how to find theirs");
}

#[test]
fn routes_say_every_way_to_reach_them() {
    let file = broken("missing-way", |pathway| list(&mut pathway["routes"][0]["ways"]).retain(|way| way["how"] != "bsl"));
    rejects(&file, "routes[0].ways", "no `bsl` way");
}

#[test]
fn practice_questions_need_a_best_answer_and_feedback() {
    let file = broken("bad-practice", |pathway| {
        pathway["scenarios"] = json!([{
            "id": "case", "title": "A case", "setting": "primary", "health": "mental", "situation": ["Someone comes in."],
            "questions": [{ "prompt": "What do you do?", "answers": [
                { "label": "Listen", "feedback": "" },
                { "label": "Send them away", "feedback": "No." }
            ] }]
        }]);
    });
    rejects(&file, "scenarios[0].questions[0].answers", "one marked `\"best\": true` and at least one not");
    rejects(&file, "scenarios[0].questions[0].answers[0].feedback", "no feedback");
}

#[test]
fn every_problem_in_a_file_is_reported_not_just_the_first() {
    let (code, out) = check(&[&broken("dead-end-every-problem", dead_end)]);
    assert_eq!(code, 1);
    assert!(out.contains("pathway-check: 2 problem(s) found."), "{out}");
}

#[test]
fn several_files_are_one_pathway_and_meta_may_appear_once() {
    let (code, out) = check(&[VALID, VALID]);
    assert_eq!(code, 1);
    assert!(out.contains("tests/fixtures/valid.json: meta: a second `meta`"), "{out}");
}

#[test]
fn no_arguments_prints_usage() {
    let (code, out) = check(&[]);
    assert_eq!(code, 2);
    assert!(out.contains("usage: pathway-check"), "{out}");
}

/// Runs `file` and asserts it is accepted (exit 0) with a warning `file: path: ...message...`
/// followed by a fix.
fn warns(out: &str, file: &str, path: &str, message: &str) {
    let line = out
        .lines()
        .position(|l| l.starts_with(&format!("warning: {file}: {path}: ")) && l.contains(message))
        .unwrap_or_else(|| panic!("{file}: no warning at `{path}` saying `{message}`:\n{out}"));
    let fix = out.lines().nth(line + 1).unwrap_or_default();
    assert!(fix.trim_start().starts_with("fix: ") && fix.len() > 12, "{file}: no fix after the warning:\n{out}");
}

/// The words, that is: a check growing old is the calendar's doing, and is warned about
/// (and tested, below) without turning this test red on a date.
#[test]
fn the_default_data_has_no_content_warning() {
    let (code, out) = check(&["pathway-data"]);
    assert_eq!(code, 0, "{out}");
    let about_words: Vec<&str> = out.lines().filter(|l| l.starts_with("warning:") && !l.contains("more than six months ago")).collect();
    assert!(about_words.is_empty(), "{out}");
}

#[test]
fn content_that_is_hard_to_take_in_is_warned_about_but_still_valid() {
    let long = "This sentence goes on and on with one more detail after another until a person reading it on a small phone has lost the start of it";
    let file = broken("content", |p| {
        p["routes"][0]["summary"] = json!(long);
        p["routes"][0]["what_happens_next"][0] = json!("The police will definitely call you back.");
        p["steps"][0]["intro"] = json!(["The perpetrator may be someone you know."]);
        p["steps"][2]["intro"] =
            json!([(0..130).map(|_| "word").collect::<Vec<_>>().chunks(20).map(|c| c.join(" ") + ".").collect::<Vec<_>>().join(" ")]);
        p["contacts"][0]["verified"] = json!("2020-01-01");
    });
    let (code, out) = check(&[&file]);
    assert_eq!(code, 0, "warnings do not fail the check:\n{out}");
    warns(&out, &file, "routes[0].summary", "a sentence of 27 words");
    warns(&out, &file, "routes[0].what_happens_next[0]", "\"will definitely\" promises");
    warns(&out, &file, "routes[0].what_happens_next[0]", "\"the police will\" promises");
    warns(&out, &file, "steps[0].intro[0]", "\"perpetrator\" is jargon");
    warns(&out, &file, "steps[2]", "the question screen shows 134 words");
    warns(&out, &file, "contacts[0].verified", "more than six months ago");
    assert!(out.contains("pathway-check: 6 content warning(s)"), "{out}");
}

#[test]
fn how_a_contact_was_confirmed_is_one_of_two_ways() {
    let ok = broken("confirmed-by-service", |p| p["contacts"][0]["confirmed"] = json!("service"));
    let (code, out) = check(&[&ok]);
    assert_eq!(code, 0, "{out}");
    let bad = broken("confirmed-bad", |p| p["contacts"][0]["confirmed"] = json!("phoned"));
    rejects(&bad, "contacts[0].confirmed", "phoned");
}

/// A file to add to the built-in pathway (tests/fixtures/added/local-service.json) with
/// `change` made to it, written as `<case>.json`.
fn added(case: &str, change: impl FnOnce(&mut Value)) -> String {
    changed("tests/fixtures/added/local-service.json", "pathway_check_added", case, change)
}

#[test]
fn a_file_with_no_meta_adds_to_the_built_in_pathway_and_replaces_only_what_it_names() {
    let (code, out) = check(&["pathway-data", "tests/fixtures/added"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("6 file(s) valid: 11 steps, 7 routes, 25 services, 53 contacts"), "one service and one contact more, one replaced: {out}");

    let alone = "tests/fixtures/added/local-service.json";
    let (code, out) = check(&[alone]);
    assert_eq!(code, 1);
    assert!(out.contains("check them with it: `pathway-check pathway-data <your files>`"), "alone, the fix says how to check it: {out}");

    let unlisted = added("unlisted", |file| file["replaces"] = serde_json::json!([]));
    let (code, out) = check(&["pathway-data", &unlisted]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains(&format!("{unlisted}: contacts[1].id: the contact id `victim-first-web` is used twice")), "{out}");
    assert!(out.contains("listing the id in `replaces`"), "the fix names `replaces`: {out}");

    let nothing = added("nothing", |file| file["replaces"] = serde_json::json!(["victim-first-web", "no-such-contact"]));
    let (code, out) = check(&["pathway-data", &nothing]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains(&format!("{nothing}: replaces[1]: `no-such-contact` is to be replaced, but this file has nothing with that id")), "{out}");

    let new_id = added("new-id", |file| {
        file["replaces"] = serde_json::json!(["example-reporting-centre"]);
    });
    let (code, out) = check(&["pathway-data", &new_id]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("`example-reporting-centre` is to replace an item of the pathway it is added to, which has none with that id"), "{out}");
}
