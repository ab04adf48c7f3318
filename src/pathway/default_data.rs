//! The default Leicester, Leicestershire and Rutland dataset, compiled into the widget.
//!
//! The files are embedded as text (compacted, without author-only fields, by `build.rs`)
//! and go through the same loading and validation as a host's own data, so there is one
//! path for both and the tests check exactly what ships.

use crate::pathway::DataFile;

/// The files of `pathway-data/`, named as a data author knows them.
pub const DEFAULT_FILES: [DataFile<'static>; 5] = [
    DataFile { name: "pathway-data/pathway.json", text: include_str!(concat!(env!("OUT_DIR"), "/pathway.json")) },
    DataFile { name: "pathway-data/routes.json", text: include_str!(concat!(env!("OUT_DIR"), "/routes.json")) },
    DataFile { name: "pathway-data/services.json", text: include_str!(concat!(env!("OUT_DIR"), "/services.json")) },
    DataFile { name: "pathway-data/contacts.json", text: include_str!(concat!(env!("OUT_DIR"), "/contacts.json")) },
    DataFile { name: "pathway-data/staff.json", text: include_str!(concat!(env!("OUT_DIR"), "/staff.json")) },
];
