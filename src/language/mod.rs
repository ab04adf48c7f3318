//! Languages other than the built-in English, as packs: one JSON file per language with
//! the widget's words (`widget`, keyed as [`crate::words::Words::texts`]) and the pathway's
//! (`pathway`, keyed as [`crate::pathway::pathway_texts`]). A pack never holds a number,
//! link or address: those stay in the data, so they cannot drift. [`read_pack`] reads and
//! checks one against the pathway it is for, as `pathway-check` does (the build ships no
//! pack that fails); the widget reads its own packs with [`read_checked_pack`];
//! Easy Read is a pack too, of plain English with pictures ([`Pictures`]);
//! [`po`] turns one into the gettext PO that translation agencies' tools read, and back.

mod easy_read;
mod pack;
pub mod po;
mod rules;

pub use easy_read::{Picture, Pictures};
pub use pack::{read_checked_pack, read_pack, Direction, LanguagePack, PackMeta};
