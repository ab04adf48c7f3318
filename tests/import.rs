//! `pathway-import oruk` on the Open Referral UK fixtures in `tests/fixtures/oruk/`: a
//! paginated feed (followed page by page when given its address, here served by a small
//! local server), a single service with HSDS 3.0's full shapes, an ORUK 1.0 feed, and a
//! feed of bad records, each left out with its reason. What it writes validates with the
//! built-in pathway; what is not a feed (another shape, bad JSON, an HTTP error) is
//! refused with its reason and nothing is written.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;

const IMPORT: &str = env!("CARGO_BIN_EXE_pathway-import");
const CHECK: &str = env!("CARGO_BIN_EXE_pathway-check");
const SOURCE: &str = "https://example.org/directory/services";

fn run(bin: &str, args: &[&str]) -> (i32, String) {
    let output = Command::new(bin).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().expect("the tool runs");
    (output.status.code().unwrap_or(-1), String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr))
}

/// An empty output folder of this test's own for `case`.
fn out(case: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("import").join(case);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Imports `fixture` into a fresh folder; the summary, and the folder.
fn import(fixture: &str) -> (i32, String, PathBuf) {
    let dir = out(fixture);
    let (code, summary) = run(IMPORT, &["oruk", &format!("tests/fixtures/oruk/{fixture}.json"), "--out", dir.to_str().unwrap(), "--source", SOURCE]);
    (code, summary, dir)
}

fn valid_with_the_default(dir: &Path) {
    let (code, out) = run(CHECK, &["pathway-data", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "pathway-check pathway-data {}:\n{out}", dir.display());
}

#[test]
fn a_single_service_with_hsds_shapes_becomes_a_service_and_its_contacts() {
    let (code, summary, dir) = import("single-service");
    assert_eq!(code, 0, "{summary}");
    println!("{summary}");
    for line in [
        "imported 1 service and 6 contacts",
        "oruk-example-community-hate-incident-support: Example Community Hate Incident Support (6 contacts; for leicester)",
        "the fax `0116 496 0299` is not a number a person can call",
        "fields not mapped (services that had them): accreditations (1)",
        "checked with the built-in pathway: valid (25 services, 58 contacts)",
    ] {
        assert!(summary.contains(line), "`{line}` in:\n{summary}");
    }
    valid_with_the_default(&dir);
    let contacts = std::fs::read_to_string(dir.join("contacts.json")).unwrap();
    for fact in [
        r#""hours": "Monday to Friday, 9:30am to 4:30pm; Saturday, 10am to 1pm; Drop in, no appointment needed""#,
        r#""note": "Languages: Gujarati, Urdu.""#,
        r#""href": "sms:07700900200""#,
        r#""value": "2 Example Road, Leicester, LE1 1AA""#,
        r#""source": "https://example.org/hate-support""#,
        r#""verified": "2026-11-02""#,
    ] {
        assert!(contacts.contains(fact), "{fact} in:\n{contacts}");
    }
    let services = std::fs::read_to_string(dir.join("services.json")).unwrap();
    assert!(
        services.contains("Someone to talk to after a hate incident, and help to report it if you want. Languages: English, Gujarati, Urdu."),
        "{services}"
    );
}

#[test]
fn an_oruk_1_feed_and_a_feed_of_bad_records_import_what_they_can_and_say_why_the_rest_is_left_out() {
    let (code, summary, dir) = import("oruk-1");
    assert_eq!(code, 0, "{summary}");
    assert!(summary.contains("Example Older Directory Service (2 contacts; for leicestershire)"), "{summary}");
    let contacts = std::fs::read_to_string(dir.join("contacts.json")).unwrap();
    assert!(contacts.contains(r#""hours": "Monday and Wednesday, 10am to 4pm""#), "regular_schedules: {contacts}");
    assert!(
        contacts.contains("Not assured: the directory has not confirmed this entry.") && contacts.contains(r#""may_have_changed": true"#),
        "{contacts}"
    );
    assert!(std::fs::read_to_string(dir.join("services.json")).unwrap().contains(r#""kind": "advice""#), "service_taxonomys");
    valid_with_the_default(&dir);

    let (code, summary, dir) = import("bad-records");
    assert_eq!(code, 0, "{summary}");
    println!("{summary}");
    for line in [
        "read 8 services",
        "imported 2 services",
        "contents[0] \"Example Advice Service 10\": its status is `inactive`, not active",
        "contents[2] \"Example Advice Service 11\": the same service as contents[1] (same id or name)",
        "contents[3]: has no `name`",
        "contents[4] \"Example Advice Service 12\": has no phone, email, safe link or address a person could use",
        "contents[5] \"Example Advice Service 13\": has no description to show",
        "contents[6]: is not a service object",
        "contents[7] \"Example Advice Service 14\": the link `javascript:alert(1)` is not `https:`, so it is left out",
        "fields not mapped (services that had them): fees (6)",
    ] {
        assert!(summary.contains(line), "`{line}` in:\n{summary}");
    }
    let written = std::fs::read_to_string(dir.join("contacts.json")).unwrap();
    assert!(!written.contains("javascript:") && !written.contains("http://"), "no unsafe link survives");
    valid_with_the_default(&dir);
}

#[test]
fn what_is_not_a_feed_is_refused_with_its_path_and_nothing_is_written() {
    let (code, summary, dir) = import("not-a-feed");
    assert_eq!(code, 1);
    assert!(
        summary.contains("is not an Open Referral UK feed, so nothing is written") && summary.contains("neither an ORUK `/services` page"),
        "{summary}"
    );
    assert!(!dir.exists(), "nothing written");
    let bad = out("bad-json-input").with_extension("json");
    std::fs::create_dir_all(bad.parent().unwrap()).unwrap();
    std::fs::write(&bad, "{\"contents\": [").unwrap();
    let dir = out("bad-json");
    let (code, summary) = run(IMPORT, &["oruk", bad.to_str().unwrap(), "--out", dir.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(summary.contains("page 1: not JSON"), "{summary}");
    assert!(!dir.exists());
}

/// Serves `tests/fixtures/oruk/page-N.json` at `/services?page=N` (page 1 without `?page`),
/// and 404 for anything else, on a port of its own; answers `requests` requests.
fn serve(requests: usize) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a port");
    let base = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().take(requests) {
            let mut stream = stream.expect("a connection");
            let mut line = String::new();
            BufReader::new(&stream).read_line(&mut line).expect("a request line");
            let path = line.split_whitespace().nth(1).unwrap_or_default().to_string();
            let page = match path.as_str() {
                "/services" => Some(1),
                p => p.strip_prefix("/services?page=").and_then(|n| n.parse::<u32>().ok()),
            };
            let file = page.map(|n| Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/oruk/page-{n}.json")));
            let answer = match file.and_then(|f| std::fs::read_to_string(f).ok()) {
                Some(body) => {
                    format!("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len())
                }
                None => "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_string(),
            };
            let _ = stream.write_all(answer.as_bytes());
        }
    });
    base
}

#[test]
fn a_paginated_feed_given_by_its_address_is_read_page_after_page() {
    let base = serve(3);
    let dir = out("paginated");
    let (code, summary) = run(IMPORT, &["oruk", &format!("{base}/services"), "--out", dir.to_str().unwrap(), "--source", SOURCE]);
    assert_eq!(code, 0, "{summary}");
    println!("{summary}");
    assert!(summary.contains("read 4 services from") && summary.contains("(2 pages)"), "{summary}");
    for line in [
        "Example Advice Service 1 (3 contacts; for leicester)",
        "Example Advice Service 2 (3 contacts; for rutland)",
        "Example Advice Service 3 (4 contacts; for rutland)",
    ] {
        assert!(summary.contains(line), "`{line}` in:\n{summary}");
    }
    assert!(summary.contains("fields not mapped (services that had them): fees (4), eligibility_description (1)"), "{summary}");
    valid_with_the_default(&dir);
    let dir = out("missing");
    let (code, summary) = run(IMPORT, &["oruk", &format!("{base}/nothing-here"), "--out", dir.to_str().unwrap()]);
    assert_eq!(code, 1, "{summary}");
    assert!(summary.contains("404"), "the HTTP error is the reason: {summary}");
    assert!(!dir.exists(), "nothing written");
}
