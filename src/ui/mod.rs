//! The Yew layer: render the core's state and send its actions. Nothing else.
//!
//! The behaviour is all in the core ([`crate::session`], [`crate::journey`],
//! [`crate::report`]) and every word in [`crate::words`]. [`App`] is the root; `pages` are
//! the screens, `components` their parts, and `hooks` the session reducer, the words in
//! context and the page-wide listeners. [`StaticVersion`] is the second root: the same
//! components, rendered at build time for browsers that cannot run the widget.

mod app;
mod components;
mod hooks;
pub mod pages;
mod static_version;

pub use app::{App, AppProps, LanguageRequest};
pub use static_version::{StaticVersion, StaticVersionProps};
