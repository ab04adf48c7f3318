//! The pathway as data: the types `pathway-data/*.json` is read into, the strict reader,
//! merging several files into one pathway, and the validator that names the file, the JSON
//! path and the fix for every problem. The widget, `pathway-check` and the tests all go
//! through [`load_valid`], so there is one path from JSON to a [`Pathway`].

mod content;
mod default_data;
mod graph;
mod load;
mod model;
mod problem;
pub(crate) mod reader;
mod residence;
mod studio;
mod texts;
mod validate;
mod validate_areas;

pub use content::{content_warnings, today};
pub use default_data::DEFAULT_FILES;
pub use graph::StepGraph;
pub use load::{adds_to_default, DataFile};
pub use model::{
    is_safe_link, Anonymity, AnonymousAnswer, Area, Branch, Choice, Cluster, Confirmation, Contact, ContactKind, GuideNote, GuideSection, Health,
    Meta, Pathway, PracticeAnswer, Question, Route, Scenario, Section, Service, ServiceKind, Step, StepKind, Urgency, Way, WayKind, SAFE_SCHEMES,
};
pub use problem::Problem;
pub use residence::{Residence, AREA_TAG, ELSEWHERE};
pub use studio::studio_view;
pub use texts::{each_text, pathway_texts, Reader};
pub use validate::load_valid;
