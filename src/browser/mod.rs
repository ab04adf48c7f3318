//! The browser layer: web-sys work that is not yew. Taking a summary away (copy, print,
//! download), sealing and opening a record with Web Crypto, leaving the page at quick exit,
//! and applying a host's theme. The UI and the embed entry call these; the rules they
//! follow are in the core.

mod leave;
mod sealing;
mod take_away;
mod theme;

pub use leave::leave_for;
pub use sealing::{seal, unseal};
pub use take_away::{copy, download, print};
pub use theme::apply_theme;
