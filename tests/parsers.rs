//! Attacking the parsers with what a hostile or broken file could hold: arbitrary bytes and
//! arbitrary JSON values for the pathway reader, the saved record reader and the locked
//! file's parser. Each must return (never panic) and every rejection must say what is
//! wrong and how to fix it. And the link check, against a real URL parser (the `url`
//! crate), on generated strings with mixed case, whitespace, control and bidi characters.
//! (`cargo fuzz` needs a nightly toolchain, which these machines cannot install.)

#![cfg(not(target_arch = "wasm32"))]

use pathway_widget::pathway::{is_safe_link, load_valid, DataFile};
use pathway_widget::report::{record_from_bytes, OpenError, SealedFile};
use proptest::prelude::*;
use serde_json::Value;

/// Any JSON value, a few levels deep, with the keys the readers look for among others.
fn json() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("meta".to_string()),
        Just("steps".to_string()),
        Just("id".to_string()),
        Just("kind".to_string()),
        Just("choices".to_string()),
        Just("about".to_string()),
        Just("incidents".to_string()),
        Just("text".to_string()),
        Just("picks".to_string()),
        Just("version".to_string()),
        "[a-z_$]{0,8}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::vec((key.clone(), inner), 0..6).prop_map(|pairs| Value::Object(pairs.into_iter().collect())),
        ]
    })
}

/// The one valid fixture with one value, somewhere in it, replaced by `value`.
fn valid_with(path: Vec<prop::sample::Index>, value: Value) -> String {
    let mut pathway: Value = serde_json::from_str(include_str!("fixtures/valid.json")).expect("the fixture is JSON");
    // Walk down by the indices to a JSON pointer, then replace what is there.
    let mut pointer = String::new();
    let mut at = &pathway;
    for index in path {
        let (key, next) = match at {
            Value::Object(map) if !map.is_empty() => {
                let (key, next) = map.iter().nth(index.index(map.len())).expect("an entry");
                (key.replace('~', "~0").replace('/', "~1"), next)
            }
            Value::Array(items) if !items.is_empty() => {
                let n = index.index(items.len());
                (n.to_string(), &items[n])
            }
            _ => break,
        };
        pointer = format!("{pointer}/{key}");
        at = next;
    }
    *pathway.pointer_mut(&pointer).expect("the place walked to") = value;
    pathway.to_string()
}

/// Reads `text` as a pathway file; every problem names the file and has a fix.
fn pathway_problems_are_explained(text: &str) -> Result<(), TestCaseError> {
    if let Err(problems) = load_valid(&[DataFile { name: "theirs.json", text }]) {
        prop_assert!(!problems.is_empty());
        for problem in problems {
            let said = problem.to_string();
            prop_assert!(said.starts_with("theirs.json"), "no file in: {}", said);
            prop_assert!(said.contains("fix: ") && !said.trim_end().ends_with("fix:"), "no fix in: {}", said);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn the_pathway_reader_explains_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        pathway_problems_are_explained(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn the_pathway_reader_explains_any_json(value in json()) {
        pathway_problems_are_explained(&value.to_string())?;
    }

    #[test]
    fn the_pathway_reader_explains_a_valid_file_with_anything_anywhere(path in prop::collection::vec(any::<prop::sample::Index>(), 0..6), value in json()) {
        pathway_problems_are_explained(&valid_with(path, value))?;
    }

    #[test]
    fn a_saved_record_reader_refuses_what_it_cannot_read(bytes in prop::collection::vec(any::<u8>(), 0..400), value in json()) {
        for input in [bytes, value.to_string().into_bytes()] {
            match record_from_bytes(&input) {
                Ok(record) => prop_assert_eq!(record.clone().sanitised(), record, "what opens is already clean"),
                Err(error) => prop_assert_eq!(error, OpenError::NotARecord),
            }
        }
    }

    #[test]
    fn the_locked_file_parser_refuses_what_it_cannot_open(text in ".{0,300}", value in json()) {
        for input in [text, value.to_string()] {
            if let Err(error) = SealedFile::parse(&input) {
                prop_assert_eq!(error, OpenError::NotARecord);
            }
        }
    }

    #[test]
    fn a_link_the_check_allows_is_one_a_url_parser_reads_as_the_same_safe_scheme(
        scheme in prop_oneof![Just("https:"), Just("HTTPS:"), Just("HtTpS:"), Just("tel:"), Just("sms:"), Just("mailto:"), Just("javascript:"), Just("data:"), Just("http:"), Just("")],
        slashes in prop_oneof![Just(""), Just("//")],
        rest in "[a-zA-Z0-9./?=&#%@+:\\\\\\[\\]-]{0,20}",
        odd in prop_oneof![Just(""), Just(" "), Just("\t"), Just("\n"), Just("\u{0}"), Just("\u{7f}"), Just("\u{202E}"), Just("\u{2066}"), Just("\u{200F}"), Just("\u{85}"), Just("\u{a0}")],
        at in 0usize..40,
    ) {
        let mut href = format!("{scheme}{slashes}{rest}");
        let at = href.char_indices().map(|(i, _)| i).chain([href.len()]).nth(at.min(href.chars().count())).unwrap_or(href.len());
        href.insert_str(at, odd);
        if is_safe_link(&href) {
            let parsed = url::Url::parse(&href);
            prop_assert!(parsed.is_ok(), "{:?} passed the check but is not a URL", href);
            let parsed = parsed.unwrap();
            prop_assert!(["https", "tel", "sms", "mailto"].contains(&parsed.scheme()), "{:?} is {}", href, parsed.scheme());
            prop_assert!(href.to_ascii_lowercase().starts_with(&format!("{}:", parsed.scheme())), "{:?}: the scheme read is the scheme shown", href);
            prop_assert!(!href.chars().any(|c| c.is_control() || c.is_whitespace() || ('\u{202A}'..='\u{202E}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c) || c == '\u{200F}'), "{:?}", href);

        }
    }
}
