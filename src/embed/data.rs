//! The pathway a widget shows: the compiled-in default, validated once for every widget on
//! the page; the host's own files added to it (files with no `meta`: a local service, a
//! replaced contact); or the host's own files alone (a whole pathway, with `meta`). Each
//! is loaded and validated exactly as `pathway-check` does (`pathway-check pathway-data
//! theirs.json` for files that add); every problem goes to the console with its file, JSON
//! path and fix.

use super::console::log_error;
use crate::pathway::{adds_to_default, load_valid, pathway_texts, DataFile, DEFAULT_FILES};
use crate::session::PathwayRef;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// Which of the pathway's texts a language pack may translate: a pack was written for the
/// built-in pathway's English, so not a text the host's data changed.
#[derive(Debug, Clone, PartialEq)]
pub enum Translatable {
    /// The built-in pathway: all of them.
    All,
    /// The built-in pathway with the host's files added: all but the keys whose English
    /// the host's files replaced (their new items have no key in a pack).
    AllBut(Rc<HashSet<String>>),
    /// The host's own pathway: none.
    None,
}

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

/// The pathway for the host's files (none: the default), and which of its texts a pack
/// may translate; `None` if the files are invalid.
pub fn pathway_for(files: Option<&[(String, String)]>) -> Option<(PathwayRef, Translatable)> {
    let default = || DEFAULT_PATHWAY.with(|cell| cell.borrow_mut().get_or_insert_with(|| validated(&DEFAULT_FILES)).clone());
    let Some(files) = files else { return Some((default()?, Translatable::All)) };
    let own: Vec<DataFile<'_>> = files.iter().map(|(name, text)| DataFile { name, text }).collect();
    if !adds_to_default(&own) {
        return Some((validated(&own)?, Translatable::None));
    }
    let added = validated(&DEFAULT_FILES.iter().copied().chain(own).collect::<Vec<_>>())?;
    let english: HashMap<String, String> = pathway_texts(&default()?.0).into_iter().map(|(key, _, text)| (key, text)).collect();
    let changed = pathway_texts(&added).into_iter().filter(|(key, _, text)| english.get(key).is_some_and(|e| e != text)).map(|(key, _, _)| key);
    Some((added, Translatable::AllBut(Rc::new(changed.collect()))))
}
