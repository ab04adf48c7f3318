//! The Yew layer: components that render the journey's state and send its actions.
//!
//! No behaviour lives here; it is all in [`crate::journey`], [`crate::plan`] and
//! [`crate::report`]. One component per file; the record screens have a folder. Every string not from the data is in [`text`].

mod app;
mod choices;
mod choices_many;
mod choices_one;
mod contacts;
mod emergency;
mod exit_link;
mod heading;
mod nav;
mod plan_page;
mod progress;
mod radio;
pub mod record;
mod route_card;
mod safety_page;
mod sections;
mod services;
mod shift_exit;
mod staff;
mod state;
mod step_view;
pub mod text;

pub use app::{App, AppProps};
pub use state::{ExitFlag, PathwayRef, Screen, WidgetAction};
