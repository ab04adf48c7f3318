//! The browser layer: web-sys work that is not yew. Taking a summary away (copy, print,
//! download), sealing and opening a record with Web Crypto, leaving the page at quick exit,
//! applying a host's theme, and saying dates in a language with the browser's `Intl`. The UI and the embed entry call these; the rules they
//! follow are in the core.

mod intl;
mod leave;
mod sealing;
mod take_away;
mod theme;

pub use intl::{intl_date, intl_plural, INTL};
pub use leave::leave_for;
pub use sealing::{seal, unseal};
pub use take_away::{copy, download, print};
pub use theme::apply_theme;
