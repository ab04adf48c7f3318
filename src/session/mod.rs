//! The widget's session: everything one person (or one staff member's caller) has done,
//! and what every [`WidgetAction`] does to it. Which screen is showing, the safety page,
//! the record and the share ticks, the practice case, and the wipes: Clear, the idle wipe,
//! quick exit and a host's change of mode. Plain Rust, tested with `cargo test`; the UI
//! keeps a few-line `Reducible` adapter over [`Session::reduce`].

mod action;
mod pathway_ref;
mod state;
mod wipe_flag;

pub use action::{Practice, WidgetAction};
pub use pathway_ref::PathwayRef;
pub use state::{Screen, Session};
pub use wipe_flag::WipeFlag;
