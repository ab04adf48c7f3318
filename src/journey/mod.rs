//! The person's walk through the pathway and the plan it leads to: a state machine over
//! plain data ([`Journey`], driven by [`Action`]s) and the pure functions that build the
//! plan page from the answers (routes chosen, services that fit, the recap), and the plan's
//! text for taking away.

mod plan;
mod plan_text;
mod walk;

pub use plan::{chosen_routes, recap, services_by_urgency, services_for_setting, services_of_kinds, visible_sections};
pub use plan_text::plan_text;
pub use walk::{Action, Answers, Journey, JourneyError, Position};
