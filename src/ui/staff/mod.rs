//! The screens for staff: the guide for their setting, the practice cases, and the idle
//! wipe that keeps a shared desk screen from showing one person's answers to the next.

mod guide_page;
mod idle_wipe;
mod training_page;

pub use guide_page::GuidePage;
pub use idle_wipe::{use_idle_wipe, IdleWarning};
pub use training_page::TrainingPage;
