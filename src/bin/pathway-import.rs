//! `pathway-import`: services from another directory, as pathway data (docs/DATA.md).
//!
//! `cargo run --bin pathway-import -- oruk <file-or-url> --out <dir> [--source <https-url>]`
//! reads an Open Referral UK feed (a `/services` page, a list, or one service; given an
//! address, it fetches it with `curl` and follows `total_pages`), writes
//! `<dir>/services.json` and `<dir>/contacts.json`, checks them with the built-in pathway
//! as `pathway-check pathway-data <dir>` does, and prints what it imported and what it left
//! out, with each reason, and the fields it did not map. `--source` is the feed's public
//! address, for contacts whose service has none (an address given to fetch is used
//! already). Input that is not a feed is refused with its reason and nothing is written.
//! Exit status 0: imported and valid; 1: refused, or the result does not validate; 2: usage.

use pathway_widget::import::oruk::{import, services_of, Imported};
use pathway_widget::pathway::{today, DEFAULT_FILES};
use pathway_widget::{load_valid, DataFile};
use serde_json::Value;
use std::path::Path;
use std::process::{Command, ExitCode};

const USAGE: &str = "usage: pathway-import oruk <file-or-url> --out <dir> [--source <https-url>]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let option = |name: &str| args.iter().position(|a| a == name).and_then(|at| args.get(at + 1)).cloned();
    let (Some("oruk"), Some(input), Some(out)) = (args.first().map(String::as_str), args.get(1), option("--out")) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let is_url = input.starts_with("https://") || input.starts_with("http://");
    let feed = option("--source").or_else(|| is_url.then(|| input.clone()));
    let services = match read_feed(input, is_url) {
        Ok(services) => services,
        Err(reasons) => {
            eprintln!("pathway-import: {input} is not an Open Referral UK feed, so nothing is written:");
            for reason in reasons.iter().take(5) {
                eprintln!("  {reason}");
            }
            return ExitCode::FAILURE;
        }
    };
    let imported = import(&services.0, feed.as_deref(), &today());
    let written = write(Path::new(&out), &imported);
    if let Err(e) = written {
        eprintln!("pathway-import: cannot write to {out}: {e}");
        return ExitCode::FAILURE;
    }
    println!("pathway-import: {}", imported.summary(input, services.1, &out).join("\n"));
    check(&out)
}

/// Every service of the feed, and how many pages it had. A file is one page; an address
/// is fetched page after page (`?page=2` ...) up to its `total_pages`.
fn read_feed(input: &str, is_url: bool) -> Result<(Vec<Value>, u64), Vec<String>> {
    let first = if is_url { fetch(input)? } else { std::fs::read_to_string(input).map_err(|e| vec![format!("cannot be read: {e}")])? };
    let page = |text: &str, at: &str| -> Result<(Vec<Value>, u64), Vec<String>> {
        let value: Value = serde_json::from_str(text).map_err(|e| vec![format!("{at}: not JSON: {e}")])?;
        services_of(&value).map_err(|reasons| reasons.into_iter().map(|r| format!("{at}: {r}")).collect())
    };
    let (mut services, pages) = page(&first, "page 1")?;
    if pages > 1 && !is_url {
        eprintln!("pathway-import: this file is page 1 of {pages}; give the feed's address to read every page.");
        return Ok((services, 1));
    }
    for number in 2..=pages {
        let joiner = if input.contains('?') { '&' } else { '?' };
        let text = fetch(&format!("{input}{joiner}page={number}"))?;
        services.extend(page(&text, &format!("page {number}"))?.0);
    }
    Ok((services, pages))
}

/// The body at `url`, by `curl` (an HTTP error or no answer is a reason to refuse).
fn fetch(url: &str) -> Result<String, Vec<String>> {
    let output = Command::new("curl")
        .args(["--silent", "--show-error", "--fail", "--location", "--max-time", "60", "--proto", "=https,http", url])
        .output()
        .map_err(|e| vec![format!("{url}: curl could not run ({e}); install curl, or download the feed and give the file")])?;
    if !output.status.success() {
        return Err(vec![format!("{url}: {}", String::from_utf8_lossy(&output.stderr).trim())]);
    }
    String::from_utf8(output.stdout).map_err(|_| vec![format!("{url}: the answer is not UTF-8 text")])
}

fn write(out: &Path, imported: &Imported) -> std::io::Result<()> {
    std::fs::create_dir_all(out)?;
    let (services, contacts) = imported.files();
    std::fs::write(out.join("services.json"), services)?;
    std::fs::write(out.join("contacts.json"), contacts)
}

/// Checks what was written with the built-in pathway, as `pathway-check pathway-data <out>`.
fn check(out: &str) -> ExitCode {
    let read = |name: &str| std::fs::read_to_string(Path::new(out).join(name)).unwrap_or_default();
    let (services, contacts) = (read("services.json"), read("contacts.json"));
    let (services_name, contacts_name) = (format!("{out}/services.json"), format!("{out}/contacts.json"));
    let mut files: Vec<DataFile<'_>> = DEFAULT_FILES.to_vec();
    files.push(DataFile { name: &services_name, text: &services });
    files.push(DataFile { name: &contacts_name, text: &contacts });
    match load_valid(&files) {
        Ok(pathway) => {
            println!("checked with the built-in pathway: valid ({} services, {} contacts)", pathway.services.len(), pathway.contacts.len());
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            eprintln!(
                "pathway-import: the imported data does not validate with the built-in pathway ({} problem(s)); fix them in {out}.",
                problems.len()
            );
            ExitCode::FAILURE
        }
    }
}
