//! The person's own account of what happened, and choosing what to share of it.
//!
//! [`form`] is the list of questions, [`record`] the answers (one set about the person,
//! one per incident), [`share`] builds the summary for each recipient from the ticks the
//! person chose, and [`sealed`] is the format of the encrypted file a record can be saved
//! to. All of it is plain Rust: the browser parts (clipboard, print, download, Web Crypto)
//! live in the `ui` layer.

pub mod form;
pub mod record;
pub mod sealed;
pub mod share;

pub use record::{Answer, Edit, Part, Record};
pub use share::{summary, Cover, Recipient, ShareChoices, Summary};
