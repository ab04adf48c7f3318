//! The pathway as data: the serde types that `pathway-data/*.json` deserialises into.
//!
//! Everything a person reads comes from here, as plain text (never markup). The types are
//! strict (`deny_unknown_fields`) so a misspelt field is reported instead of silently
//! ignored. No yew, no web-sys: this module is shared by the widget, the validator CLI and
//! the tests.

use serde::{Deserialize, Serialize};

/// One data file. A pathway may be split over several files; each holds any of the lists,
/// and exactly one of them holds `meta`. [`crate::load`] merges them into a [`Pathway`].
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PathwayFile {
    /// Documentation for data authors; never shown and never checked.
    #[serde(default, rename = "$comment", skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub routes: Vec<Route>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<Service>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Contact>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guide: Vec<GuideSection>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scenarios: Vec<Scenario>,
}

/// A whole pathway: every file merged.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pathway {
    pub meta: Meta,
    pub steps: Vec<Step>,
    pub routes: Vec<Route>,
    pub services: Vec<Service>,
    pub contacts: Vec<Contact>,
    /// The staff guide's procedures, in the order staff follow them (staff mode).
    pub guide: Vec<GuideSection>,
    /// Practice cases for training mode.
    pub scenarios: Vec<Scenario>,
}

/// What the pathway is and where it starts.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Shown as the widget's name, for example "Hate incident support".
    pub title: String,
    /// The area this dataset covers, for example "Leicester, Leicestershire and Rutland".
    pub area: String,
    /// The id of the first step.
    pub start: String,
    /// Contact ids for the "in danger now" box on the start step and the plan.
    pub emergency: Vec<String>,
    /// Short honest notes about the data itself (how it is checked, that details change).
    #[serde(default)]
    pub notes: Vec<String>,
}

/// One screen of the journey.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub kind: StepKind,
    /// The step's heading; it takes focus when the step opens.
    pub title: String,
    /// Paragraphs under the heading.
    #[serde(default)]
    pub intro: Vec<String>,
    /// Headed blocks of text, some shown only for certain answers.
    #[serde(default)]
    pub sections: Vec<Section>,
    /// The answers offered (`one` and `many` steps only).
    #[serde(default)]
    pub choices: Vec<Choice>,
    /// Where Continue goes (`info` and `many` steps) unless a branch matches first.
    #[serde(default)]
    pub next: Option<String>,
    /// Conditional ways forward, tried in order before `next`.
    #[serde(default)]
    pub branches: Vec<Branch>,
    /// Show the "in danger now" box on this step.
    #[serde(default)]
    pub show_emergency: bool,
    /// Contact ids listed on this step.
    #[serde(default)]
    pub contacts: Vec<String>,
    /// List the services of these kinds that fit the answers so far, grouped by urgency.
    #[serde(default)]
    pub list_services: Vec<ServiceKind>,
    /// Text of the Continue button, when "Continue" is not the right word.
    #[serde(default)]
    pub continue_label: Option<String>,
}

/// How a step is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// Text and a Continue button.
    Info,
    /// Pick one answer; each answer says where it leads.
    One,
    /// Tick any number of answers (or none), then Continue.
    Many,
    /// An outcome: the person's plan, built from their answers. Journeys end here.
    Plan,
}

/// A headed block of text on a step.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub heading: String,
    pub paragraphs: Vec<String>,
    /// Shown only when any of these tags was answered; always shown when empty.
    #[serde(default)]
    pub when_any: Vec<String>,
}

/// One answer on a `one` or `many` step.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Unique within its step.
    pub id: String,
    /// The words on the button or checkbox, in the person's words.
    pub label: String,
    /// A short explanation under the label.
    #[serde(default)]
    pub hint: Option<String>,
    /// Where this answer leads (`one` steps only, where it is required).
    #[serde(default)]
    pub next: Option<String>,
    /// Facts this answer adds, used by sections, branches and services (`when_any`).
    #[serde(default)]
    pub tags: Vec<String>,
    /// A route id: choosing this answer puts that route on the plan.
    #[serde(default)]
    pub route: Option<String>,
    /// On a `many` step: ticking this clears the others ("None of these", "Not sure").
    #[serde(default)]
    pub exclusive: bool,
}

/// A conditional way forward from an `info` or `many` step.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Branch {
    pub when_any: Vec<String>,
    pub next: String,
}

/// Something the person can choose to do: report, get support, keep a record.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Route {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// What usually happens next, step by step. Never a promise.
    pub what_happens_next: Vec<String>,
    pub who_will_know: String,
    pub anonymous: Anonymity,
    pub change_mind: String,
    /// Every way to reach it. The validator wants one of each [`WayKind`], even if only to
    /// say that a way is not known.
    pub ways: Vec<Way>,
}

/// Whether a route can be used without giving your name.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Anonymity {
    pub answer: AnonymousAnswer,
    pub detail: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AnonymousAnswer {
    Yes,
    No,
    Partly,
    NotApplicable,
}

/// One way of reaching a route.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Way {
    pub how: WayKind,
    pub text: String,
    #[serde(default)]
    pub contacts: Vec<String>,
}

/// The ways of reaching a route that DESIGN.md asks every route to cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WayKind {
    Phone,
    Text,
    Online,
    InPerson,
    Bsl,
    Interpreter,
}

impl WayKind {
    /// Every kind, in the order they are shown.
    pub const ALL: [WayKind; 6] = [
        WayKind::Phone,
        WayKind::Text,
        WayKind::Online,
        WayKind::InPerson,
        WayKind::Bsl,
        WayKind::Interpreter,
    ];

    /// The JSON spelling, used in messages to data authors.
    pub fn key(self) -> &'static str {
        match self {
            WayKind::Phone => "phone",
            WayKind::Text => "text",
            WayKind::Online => "online",
            WayKind::InPerson => "in_person",
            WayKind::Bsl => "bsl",
            WayKind::Interpreter => "interpreter",
        }
    }
}

/// A service: care, support or advice.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: String,
    pub name: String,
    pub summary: String,
    pub kind: ServiceKind,
    pub urgency: Urgency,
    /// The point-of-entry cluster from the LLR care pathway, for care services.
    #[serde(default)]
    pub cluster: Option<Cluster>,
    /// Physical health, mental health or both, for care services.
    #[serde(default)]
    pub health: Vec<Health>,
    /// Listed when any of these tags was answered; listed for everyone when empty.
    #[serde(default)]
    pub when_any: Vec<String>,
    /// Contact ids. May be empty when no sourced contact exists; then `how_to_find` says how.
    #[serde(default)]
    pub contacts: Vec<String>,
    /// How to find this kind of service when there is no sourced contact.
    #[serde(default)]
    pub how_to_find: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ServiceKind {
    /// Health and social care (the LLR care pathway's table).
    Care,
    /// Emotional and practical support for victims and witnesses.
    Support,
    /// Information and advice.
    Advice,
}

/// How soon a service is for. Services are grouped by this, most urgent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    Now,
    Today,
    Soon,
    AnyTime,
}

impl Urgency {
    pub const ALL: [Urgency; 4] = [Urgency::Now, Urgency::Today, Urgency::Soon, Urgency::AnyTime];
}

/// The points of entry of the LLR care pathway.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Cluster {
    Acute,
    Primary,
    Community,
    Specialised,
}

impl Cluster {
    pub const ALL: [Cluster; 4] = [Cluster::Acute, Cluster::Primary, Cluster::Community, Cluster::Specialised];

    /// The name hosts use in `data-setting`.
    pub fn key(self) -> &'static str {
        match self {
            Cluster::Acute => "acute",
            Cluster::Primary => "primary",
            Cluster::Community => "community",
            Cluster::Specialised => "specialised",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Health {
    Physical,
    Mental,
}

impl Health {
    pub const ALL: [Health; 2] = [Health::Physical, Health::Mental];

    /// The name hosts use in `data-health`.
    pub fn key(self) -> &'static str {
        match self {
            Health::Physical => "physical",
            Health::Mental => "mental",
        }
    }
}

/// One phone number, text number, website, address or app, with where it came from.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub id: String,
    /// What this is, for example "Stop Hate UK helpline".
    pub label: String,
    pub kind: ContactKind,
    /// What the person reads, for example "0800 138 1625".
    pub value: String,
    /// The link, if any: `https:`, `tel:`, `sms:` or `mailto:` only.
    #[serde(default)]
    pub href: Option<String>,
    #[serde(default)]
    pub hours: Option<String>,
    /// Anything the person should know before using it (cost, what to say, limits).
    #[serde(default)]
    pub note: Option<String>,
    /// Where the fact was read: an `https:` address.
    pub source: String,
    /// The date shown on the source (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or `undated`.
    pub source_date: String,
    /// When a person last checked the fact against the source (`YYYY-MM-DD`).
    pub verified: String,
    /// The source is old (before 2022) or disputed: the widget says it may have changed.
    #[serde(default)]
    pub may_have_changed: bool,
    /// For data authors only (conflicting sources, what to check next); never shown.
    #[serde(default)]
    pub author_note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    Phone,
    Text,
    Textphone,
    Website,
    Email,
    Address,
    App,
}

/// One procedure of the staff guide (recognise, respond, choices, refer, safeguarding,
/// record, follow up): what every setting does, then notes for particular settings.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GuideSection {
    pub id: String,
    pub heading: String,
    /// For every setting.
    pub paragraphs: Vec<String>,
    /// For some settings or one kind of health only.
    #[serde(default)]
    pub notes: Vec<GuideNote>,
    /// List the services of the staff member's setting and kind of health here.
    #[serde(default)]
    pub list_services: bool,
}

/// Guide text for some points of entry only. An empty list means all of them.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GuideNote {
    #[serde(default)]
    pub settings: Vec<Cluster>,
    #[serde(default)]
    pub health: Vec<Health>,
    pub paragraphs: Vec<String>,
}

impl GuideNote {
    pub fn applies(&self, setting: Cluster, health: Health) -> bool {
        (self.settings.is_empty() || self.settings.contains(&setting))
            && (self.health.is_empty() || self.health.contains(&health))
    }
}

/// A practice case for staff: a situation, then questions with feedback on every answer.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: String,
    pub title: String,
    pub setting: Cluster,
    pub health: Health,
    pub situation: Vec<String>,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub prompt: String,
    pub answers: Vec<Answer>,
}

/// One answer to a practice question, with feedback tied to the pathway.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    pub label: String,
    pub feedback: String,
    /// The answer the pathway points to (at least one per question).
    #[serde(default)]
    pub best: bool,
}

/// Link schemes allowed anywhere in the data (DESIGN.md, privacy rule 8).
pub const SAFE_SCHEMES: [&str; 4] = ["https:", "tel:", "sms:", "mailto:"];

/// True when `href` starts with one of [`SAFE_SCHEMES`] (case-insensitively) and has
/// something after it. Used by the validator and again by the UI before it renders a link.
pub fn is_safe_link(href: &str) -> bool {
    let lower = href.trim_start().to_ascii_lowercase();
    SAFE_SCHEMES
        .iter()
        .any(|scheme| lower.starts_with(scheme) && lower.len() > scheme.len())
        && !href.chars().any(|c| c.is_control() || c.is_whitespace())
}

impl Pathway {
    /// The index of the step with this id.
    pub fn step_index(&self, id: &str) -> Option<usize> {
        self.steps.iter().position(|s| s.id == id)
    }

    pub fn route(&self, id: &str) -> Option<&Route> {
        self.routes.iter().find(|r| r.id == id)
    }

    pub fn contact(&self, id: &str) -> Option<&Contact> {
        self.contacts.iter().find(|c| c.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safe_links_are_the_four_schemes_only() {
        for ok in ["https://example.org", "tel:999", "sms:85258", "mailto:a@b.org", "TEL:101"] {
            assert!(is_safe_link(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "http://example.org",
            "data:text/html,x",
            "https:",
            "//example.org",
            "tel:99 9",
            " javascript:x",
            "vbscript:x",
        ] {
            assert!(!is_safe_link(bad), "{bad}");
        }
    }
}
