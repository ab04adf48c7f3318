//! Each host option is defined once, in `src/host/options.rs`: the loader's table and the
//! options table in `docs/EMBEDDING.md` must say the same as that definition.

#![cfg(not(target_arch = "wasm32"))]

use pathway_widget::host::OPTIONS;

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_loader_reads_every_option_by_its_name_and_attribute() {
    let loader = read("assets/loader/options.js");
    let table = loader.split("const OPTIONS = [").nth(1).and_then(|rest| rest.split("];").next()).expect("the loader's OPTIONS table");
    let pairs: Vec<(String, String)> = table
        .split('[')
        .skip(1)
        .map(|entry| {
            let quoted: Vec<&str> = entry.split('\'').skip(1).step_by(2).collect();
            (quoted[0].to_string(), quoted[1].to_string())
        })
        .collect();
    // `data-src` is fetched by the loader rather than passed on as text.
    let expected: Vec<(String, String)> =
        OPTIONS.iter().filter(|o| o.attribute != "data-src").map(|o| (o.name.to_string(), o.attribute.to_string())).collect();
    assert_eq!(pairs, expected);
    assert!(read("assets/loader/navigator.js").contains("'data-src'"), "<pathway-navigator> watches data-src");
}

#[test]
fn the_embedding_docs_list_every_option_as_it_is_defined() {
    let docs = read("docs/EMBEDDING.md");
    let rows: Vec<Vec<String>> = docs
        .lines()
        .skip_while(|l| !l.starts_with("| Attribute (`data-` on a plain element)"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| l.trim_matches('|').split(" | ").map(|cell| cell.trim().to_string()).collect())
        .collect();
    assert_eq!(rows.len(), OPTIONS.len(), "one row per option: {rows:?}");
    for (row, option) in rows.iter().zip(OPTIONS) {
        let default = if option.default.chars().all(|c| c.is_ascii_digit()) || option.default.contains(' ') || option.default == "none" {
            option.default.to_string()
        } else {
            format!("`{}`", option.default)
        };
        assert_eq!(row, &[format!("`{}`", option.attribute), format!("`{}`", option.name), option.values.to_string(), default], "{}", option.name);
    }
}

#[test]
fn the_loader_knows_the_same_language_packs() {
    let loader = read("assets/loader/options.js");
    let list = loader.split("export const PACKS = [").nth(1).and_then(|rest| rest.split("];").next()).expect("the loader's PACKS list");
    let codes: Vec<&str> = list.split('\'').skip(1).step_by(2).collect();
    let expected: Vec<&str> = pathway_widget::host::LANGUAGES.iter().map(|l| l.code).collect();
    assert_eq!(codes, expected);
    for code in expected {
        assert!(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("languages/{code}.json")).exists(), "languages/{code}.json is there");
    }
}
