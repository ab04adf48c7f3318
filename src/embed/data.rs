//! The pathway a widget shows: the compiled-in default, validated once for every widget on
//! the page, or the host's own files. Both are loaded and validated exactly as
//! `pathway-check` does; every problem goes to the console with its file, JSON path and fix.

use super::console::log_error;
use crate::pathway::{load_valid, DataFile, DEFAULT_FILES};
use crate::session::PathwayRef;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    /// The default pathway, once loaded and validated (`None` inside if it is invalid).
    static DEFAULT_PATHWAY: RefCell<Option<Option<PathwayRef>>> = const { RefCell::new(None) };
}

fn validated(files: &[DataFile<'_>]) -> Option<PathwayRef> {
    match load_valid(files) {
        Ok(pathway) => Some(PathwayRef(Rc::new(pathway))),
        Err(problems) => {
            for problem in problems {
                log_error(&format!("invalid pathway data: {problem}"));
            }
            None
        }
    }
}

/// The host's own files if it gave any, else the default; `None` if they are invalid.
pub fn pathway_for(files: Option<&[(String, String)]>) -> Option<PathwayRef> {
    match files {
        Some(files) => validated(&files.iter().map(|(name, text)| DataFile { name, text }).collect::<Vec<_>>()),
        None => DEFAULT_PATHWAY.with(|cell| cell.borrow_mut().get_or_insert_with(|| validated(&DEFAULT_FILES)).clone()),
    }
}
