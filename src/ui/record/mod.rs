//! The record screens: writing down what happened, choosing what to share and taking it
//! away, and saving or opening a locked file. The behaviour is in [`crate::report`]; the
//! browser effects (clipboard, print, download, Web Crypto) are in [`take_away`] and
//! [`sealing`], and run only when the person presses their button.

mod edit_page;
mod field_input;
mod file_page;
mod record_page;
mod sealing;
mod share_page;
mod summary_view;
mod take_away;

pub use edit_page::{EditPage, EditPageProps};
pub use file_page::{FilePage, FilePageProps};
pub use record_page::{RecordPage, RecordPageProps};
pub use share_page::{SharePage, SharePageProps};
