//! The widget's screens: one component each, given the session's state as props. A page
//! lays out components; it holds no behaviour of its own.

mod edit_page;
mod file_page;
mod guide_page;
mod plan_page;
mod record_page;
mod safety_page;
mod share_page;
mod step_page;
mod training_page;

pub use edit_page::{EditPage, EditPageProps};
pub use file_page::{FilePage, FilePageProps};
pub use guide_page::GuidePage;
pub use plan_page::PlanPage;
pub use record_page::{RecordPage, RecordPageProps};
pub use safety_page::SafetyPage;
pub use share_page::{SharePage, SharePageProps};
pub use step_page::StepPage;
pub use training_page::TrainingPage;
