//! The widget's hooks: the session as a yew reducer, the words in context, and the two
//! page-wide listeners (Shift pressed three times, and the idle wipe of shared screens).

mod context;
mod idle_wipe;
mod session;
mod shift_exit;

pub use context::{use_easy_read, use_pathway, use_residence, use_words, WidgetContext};
pub use idle_wipe::use_idle_wipe;
pub use session::SessionState;
pub use shift_exit::use_shift_exit;
