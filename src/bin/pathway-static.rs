//! `pathway-static`: writes the static version (see `ui::StaticVersion`) of the
//! compiled-in pathway to an HTML file, for the loader to show where the widget cannot run.
//!
//! `cargo run --features ssr --bin pathway-static -- dist/pathway-static.html` (build.sh
//! runs it). The file is a whole page, readable on its own with the widget's stylesheet
//! beside it; the loader takes its `.pathway` element into each widget's shadow root.

use pathway_widget::pathway::DEFAULT_FILES;
use pathway_widget::session::PathwayRef;
use pathway_widget::ui::{StaticVersion, StaticVersionProps};
use pathway_widget::words::{Word, Words};
use pathway_widget::{host::LANGUAGE, load_valid};
use std::process::ExitCode;
use std::rc::Rc;
use yew::LocalServerRenderer;

fn main() -> ExitCode {
    let Some(out) = std::env::args().nth(1) else {
        eprintln!("usage: pathway-static <out.html>\n\nWrites the static version of the compiled-in pathway.");
        return ExitCode::from(2);
    };
    let pathway = match load_valid(&DEFAULT_FILES) {
        Ok(pathway) => PathwayRef(Rc::new(pathway)),
        Err(problems) => {
            problems.iter().for_each(|p| eprintln!("{p}"));
            return ExitCode::FAILURE;
        }
    };
    let renderer = LocalServerRenderer::<StaticVersion>::with_props(StaticVersionProps { pathway, words: Words::default() });
    let body = futures::executor::block_on(renderer.hydratable(false).render());
    let title = Words::default().get(Word::StaticTitle);
    let page = format!(
        "<!doctype html>\n<html lang=\"{LANGUAGE}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><link rel=\"stylesheet\" href=\"pathway-widget.css\"></head>\n<body>{body}</body></html>\n"
    );
    match std::fs::write(&out, page) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("pathway-static: cannot write {out}: {e}");
            ExitCode::FAILURE
        }
    }
}
