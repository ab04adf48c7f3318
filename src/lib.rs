//! Pathway: a hate crime victim-journey navigator.
//!
//! Three layers, visible in the folders (docs/ARCHITECTURE.md has the map):
//!
//! - **The core**, plain Rust with no yew, web-sys, wasm-bindgen or gloo, holds all
//!   behaviour and is tested with plain `cargo test`: the [`pathway`] data (model, reader,
//!   loading, validation), the [`journey`] and its plan, the [`session`] (what every action
//!   does to the widget's state), the person's [`report`] and what they choose to share, the
//!   [`staff`] modes, the [`host`]'s options, the [`words`] a person reads, and the
//!   [`import`] of other directories' services into pathway data.
//! - **The UI** (`ui`, feature `ui`): yew pages, components and hooks that render the core's
//!   state and send its actions. Nothing else.
//! - **The browser glue** (`browser` and `embed`, feature `csr`): web-sys work that is not
//!   yew (take-away actions, Web Crypto, leaving the page, theming), and the wasm-bindgen
//!   entry a host page meets.
#![deny(missing_debug_implementations)]

pub mod host;
pub mod import;
pub mod journey;
pub mod language;
pub mod pathway;
pub mod report;
pub mod session;
pub mod staff;
pub mod words;

#[cfg(feature = "ui")]
pub mod browser;
#[cfg(feature = "ui")]
pub mod ui;

#[cfg(feature = "csr")]
pub mod embed;

pub use journey::{Action, Journey};
pub use pathway::{load_valid, DataFile, Pathway, Problem};
