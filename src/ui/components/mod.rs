//! The widget's building blocks: each renders one part of a screen from props and the
//! pathway and words in context, and sends actions through a callback. No behaviour.

mod choices;
mod choices_many;
mod choices_one;
mod contacts;
mod disclosure;
mod emergency;
mod exit_link;
mod field_input;
mod heading;
mod idea;
mod idle_warning;
mod languages;
mod nav;
mod progress;
mod radio;
mod route_card;
mod sections;
mod services;
mod summary_view;
mod take_away;

pub use choices_many::ManyChoices;
pub use choices_one::OneChoices;
pub use contacts::ContactList;
pub use disclosure::Disclosure;
pub use emergency::Emergency;
pub use exit_link::ExitLink;
pub use field_input::FieldInput;
pub use heading::StepHeading;
pub use idea::Idea;
pub use idle_warning::IdleWarning;
pub use languages::{LanguageChoice, LanguageStatus};
pub use nav::JourneyNav;
pub use progress::Progress;
pub use radio::radio;
pub use route_card::RouteCard;
pub use sections::Sections;
pub use services::{ServiceFilter, ServiceGroups};
pub use summary_view::SummaryView;
pub use take_away::TakeAway;
