//! Pathway: a hate crime victim-journey navigator.
//!
//! A pure core (the [`model`], [`load`]ing and [`validate`]ion, the [`journey`] state
//! machine and its [`plan`], the person's own [`report`] with what they choose to share, and the staff side: the
//! [`mode`] the host chose, the [`training`] cases and the [`idle`] wipe of shared screens) holds all behaviour and is tested with plain `cargo test`.
//! A thin Yew layer (`ui`, feature `ui`) renders it, and the embed entry (`embed`, feature
//! `csr`) mounts it into host pages.
#![deny(missing_debug_implementations)]

pub mod data;
pub mod dates;
pub mod graph;
pub mod idle;
pub mod journey;
pub mod language;
pub mod load;
pub mod mode;
pub mod model;
pub mod plan;
pub mod problem;
pub mod quick_exit;
pub mod reader;
pub mod report;
pub mod theme;
pub mod training;
pub mod validate;

#[cfg(feature = "ui")]
pub mod ui;

#[cfg(feature = "csr")]
pub mod embed;

pub use journey::{Action, Journey};
pub use load::DataFile;
pub use model::Pathway;
pub use problem::Problem;
pub use validate::load_valid;
