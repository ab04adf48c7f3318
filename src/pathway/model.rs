//! The pathway as data: the types that `pathway-data/*.json` is read into.
//!
//! Everything a person reads comes from here, as plain text (never markup). Reading is
//! strict (see the end of this file and [`crate::pathway::reader`]): a misspelt field is reported
//! instead of silently ignored. No yew, no web-sys: this module is shared by the widget,
//! the validator CLI and the tests.

use super::reader::{read_names, read_object};

/// One data file. A pathway may be split over several files; each holds any of the lists,
/// and exactly one of them holds `meta`. [`crate::load`] merges them into a [`Pathway`].
/// A file added to another pathway (a host's own services added to the built-in ones) may
/// replace some of its items: `replaces` names their ids.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PathwayFile {
    pub meta: Option<Meta>,
    pub replaces: Vec<String>,
    pub steps: Vec<Step>,
    pub routes: Vec<Route>,
    pub services: Vec<Service>,
    pub contacts: Vec<Contact>,
    pub guide: Vec<GuideSection>,
    pub scenarios: Vec<Scenario>,
}

/// A whole pathway: every file merged.
#[derive(Debug, Clone, PartialEq)]
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
#[derive(Debug, Clone, PartialEq)]
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
    pub notes: Vec<String>,
    /// The places within it that have services of their own (councils, for example), for
    /// "Where do you live?" and the staff guide's referral lists. Empty when every
    /// contact and service is for the whole of `area`.
    pub areas: Vec<Area>,
}

/// One place within the pathway's area, such as one council's area.
#[derive(Debug, Clone, PartialEq)]
pub struct Area {
    /// What contacts and services name in their `areas`, and choices in an `area:` tag.
    pub id: String,
    /// What a person reads, for example "Leicester city".
    pub name: String,
}

/// One screen of the journey.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub id: String,
    pub kind: StepKind,
    /// The step's heading; it takes focus when the step opens.
    pub title: String,
    /// Paragraphs under the heading.
    pub intro: Vec<String>,
    /// Headed blocks of text, some shown only for certain answers.
    pub sections: Vec<Section>,
    /// The answers offered (`one` and `many` steps only).
    pub choices: Vec<Choice>,
    /// Where Continue goes (`info` and `many` steps) unless a branch matches first.
    pub next: Option<String>,
    /// Conditional ways forward, tried in order before `next`.
    pub branches: Vec<Branch>,
    /// Show the "in danger now" box on this step.
    pub show_emergency: bool,
    /// Contact ids listed on this step.
    pub contacts: Vec<String>,
    /// List the services of these kinds that fit the answers so far, grouped by urgency.
    pub list_services: Vec<ServiceKind>,
    /// Text of the Continue button, when "Continue" is not the right word.
    pub continue_label: Option<String>,
}

/// How a step is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub heading: String,
    pub paragraphs: Vec<String>,
    /// Shown only when any of these tags was answered; always shown when empty.
    pub when_any: Vec<String>,
}

/// One answer on a `one` or `many` step.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// Unique within its step.
    pub id: String,
    /// The words on the button or checkbox, in the person's words.
    pub label: String,
    /// A short explanation under the label.
    pub hint: Option<String>,
    /// Where this answer leads (`one` steps only, where it is required).
    pub next: Option<String>,
    /// Facts this answer adds, used by sections, branches and services (`when_any`).
    pub tags: Vec<String>,
    /// A route id: choosing this answer puts that route on the plan.
    pub route: Option<String>,
    /// On a `many` step: ticking this clears the others ("None of these", "Not sure").
    pub exclusive: bool,
}

/// A conditional way forward from an `info` or `many` step.
#[derive(Debug, Clone, PartialEq)]
pub struct Branch {
    pub when_any: Vec<String>,
    pub next: String,
}

/// Something the person can choose to do: report, get support, keep a record.
#[derive(Debug, Clone, PartialEq)]
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
#[derive(Debug, Clone, PartialEq)]
pub struct Anonymity {
    pub answer: AnonymousAnswer,
    pub detail: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnonymousAnswer {
    Yes,
    No,
    Partly,
    NotApplicable,
}

/// One way of reaching a route.
#[derive(Debug, Clone, PartialEq)]
pub struct Way {
    pub how: WayKind,
    pub text: String,
    pub contacts: Vec<String>,
}

/// The ways of reaching a route that every route must cover (docs/DATA.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum WayKind {
    Phone,
    Text,
    Online,
    InPerson,
    Bsl,
    Interpreter,
}

/// A service: care, support or advice.
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    pub id: String,
    pub name: String,
    pub summary: String,
    pub kind: ServiceKind,
    pub urgency: Urgency,
    /// The point-of-entry cluster from the LLR care pathway, for care services.
    pub cluster: Option<Cluster>,
    /// Physical health, mental health or both, for care services.
    pub health: Vec<Health>,
    /// Listed when any of these tags was answered; listed for everyone when empty.
    pub when_any: Vec<String>,
    /// Contact ids. May be empty when no sourced contact exists; then `how_to_find` says how.
    pub contacts: Vec<String>,
    /// How to find this kind of service when there is no sourced contact.
    pub how_to_find: Option<String>,
    /// The ids of the [`Area`]s it serves; empty means every area (and people who live
    /// outside them all).
    pub areas: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServiceKind {
    /// Health and social care (the LLR care pathway's table).
    Care,
    /// Emotional and practical support for victims and witnesses.
    Support,
    /// Information and advice.
    Advice,
}

/// How soon a service is for. Services are grouped by this, most urgent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgency {
    Now,
    Today,
    Soon,
    AnyTime,
}

/// The points of entry of the LLR care pathway.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cluster {
    Acute,
    Primary,
    Community,
    Specialised,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Health {
    Physical,
    Mental,
}

/// One phone number, text number, website, address or app, with where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Contact {
    pub id: String,
    /// What this is, for example "Stop Hate UK helpline".
    pub label: String,
    pub kind: ContactKind,
    /// What the person reads, for example "0800 138 1625".
    pub value: String,
    /// The link, if any: `https:`, `tel:`, `sms:` or `mailto:` only.
    pub href: Option<String>,
    pub hours: Option<String>,
    /// Anything the person should know before using it (cost, what to say, limits).
    pub note: Option<String>,
    /// Where the fact was read: an `https:` address.
    pub source: String,
    /// The date shown on the source (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or `undated`.
    pub source_date: String,
    /// When a person last checked the fact against the source (`YYYY-MM-DD`).
    pub verified: String,
    /// How it was confirmed then: from the public page (the default), or with the service.
    pub confirmed: Confirmation,
    /// The source is old (before 2022) or disputed: the widget says it may have changed.
    pub may_have_changed: bool,
    /// The ids of the [`Area`]s it is for; empty means everyone.
    pub areas: Vec<String>,
}

/// How a contact's facts were last confirmed, so the widget says no more than is true.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Confirmation {
    /// Read from the public page at `source`.
    #[default]
    PublicPage,
    /// Confirmed with the service itself (by phone, email or in person).
    Service,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
#[derive(Debug, Clone, PartialEq)]
pub struct GuideSection {
    pub id: String,
    pub heading: String,
    /// One line a staff member can act on during a call ("Ask: ...", "Say: ...", "Do not
    /// say: ..."), shown before the detail is opened; a note can give its settings another.
    pub prompt: String,
    /// For every setting.
    pub paragraphs: Vec<String>,
    /// For some settings or one kind of health only.
    pub notes: Vec<GuideNote>,
    /// List the services of the staff member's setting and kind of health here.
    pub list_services: bool,
}

/// Guide text for some points of entry only. An empty list means all of them.
#[derive(Debug, Clone, PartialEq)]
pub struct GuideNote {
    pub settings: Vec<Cluster>,
    pub health: Vec<Health>,
    /// The section's one-line prompt for these settings instead of its own.
    pub prompt: Option<String>,
    pub paragraphs: Vec<String>,
}

impl Route {
    /// The one contact shown before the route's detail is opened: the first contact of its
    /// first way that has one, in [`WayKind`] order (a phone number before a website),
    /// leaving out those in `except` (the emergency numbers, which have their own box).
    pub fn main_contact(&self, except: &[String]) -> Option<&str> {
        WayKind::ALL
            .iter()
            .flat_map(|&kind| self.ways.iter().filter(move |w| w.how == kind))
            .flat_map(|w| &w.contacts)
            .find(|id| !except.contains(id))
            .map(String::as_str)
    }
}

impl GuideNote {
    pub fn applies(&self, setting: Cluster, health: Health) -> bool {
        (self.settings.is_empty() || self.settings.contains(&setting)) && (self.health.is_empty() || self.health.contains(&health))
    }
}

impl GuideSection {
    /// The prompt for this point of entry and kind of health: the first note that applies
    /// and has one, else the section's own.
    pub fn prompt_for(&self, setting: Cluster, health: Health) -> &str {
        self.notes.iter().filter(|n| n.applies(setting, health)).find_map(|n| n.prompt.as_deref()).unwrap_or(&self.prompt)
    }
}

/// A practice case for staff: a situation, then questions with feedback on every answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    pub id: String,
    pub title: String,
    pub setting: Cluster,
    pub health: Health,
    pub situation: Vec<String>,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub prompt: String,
    pub answers: Vec<PracticeAnswer>,
}

/// One answer to a practice question, with feedback tied to the pathway.
#[derive(Debug, Clone, PartialEq)]
pub struct PracticeAnswer {
    pub label: String,
    pub feedback: String,
    /// The answer the pathway points to (at least one per question).
    pub best: bool,
}

// How each type is read from JSON: fields are required unless `optional`; the fields
// only data authors read are allowed and dropped.
read_object!(PathwayFile { meta: optional, replaces: optional, steps: optional, routes: optional, services: optional,
    contacts: optional, guide: optional, scenarios: optional } ignoring "$comment");
read_object!(Meta { title, area, start, emergency, notes: optional, areas: optional });
read_object!(Area { id, name });
read_object!(Step {
    id,
    kind,
    title,
    intro: optional,
    sections: optional,
    choices: optional,
    next: optional,
    branches: optional,
    show_emergency: optional,
    contacts: optional,
    list_services: optional,
    continue_label: optional
});
read_names!(StepKind { Info = "info", One = "one", Many = "many", Plan = "plan" });
read_object!(Section { heading, paragraphs, when_any: optional });
read_object!(Choice { id, label, hint: optional, next: optional, tags: optional, route: optional, exclusive: optional });
read_object!(Branch { when_any, next });
read_object!(Route { id, title, summary, what_happens_next, who_will_know, anonymous, change_mind, ways });
read_object!(Anonymity { answer, detail });
read_names!(AnonymousAnswer { Yes = "yes", No = "no", Partly = "partly", NotApplicable = "not_applicable" });
read_object!(Way { how, text, contacts: optional });
read_names!(WayKind { Phone = "phone", Text = "text", Online = "online", InPerson = "in_person",
    Bsl = "bsl", Interpreter = "interpreter" });
read_object!(Service {
    id,
    name,
    summary,
    kind,
    urgency,
    cluster: optional,
    health: optional,
    when_any: optional,
    contacts: optional,
    how_to_find: optional,
    areas: optional
});
read_names!(ServiceKind { Care = "care", Support = "support", Advice = "advice" });
read_names!(Urgency { Now = "now", Today = "today", Soon = "soon", AnyTime = "any_time" });
read_names!(Cluster { Acute = "acute", Primary = "primary", Community = "community",
    Specialised = "specialised" });
read_names!(Health { Physical = "physical", Mental = "mental" });
read_object!(Contact { id, label, kind, value, href: optional, hours: optional, note: optional,
    source, source_date, verified, confirmed: optional, may_have_changed: optional, areas: optional } ignoring "author_note");
read_names!(Confirmation { PublicPage = "public-page", Service = "service" });
read_names!(ContactKind { Phone = "phone", Text = "text", Textphone = "textphone", Website = "website",
    Email = "email", Address = "address", App = "app" });
read_object!(GuideSection { id, heading, prompt, paragraphs, notes: optional, list_services: optional });
read_object!(GuideNote { settings: optional, health: optional, prompt: optional, paragraphs });
read_object!(Scenario { id, title, setting, health, situation, questions });
read_object!(Question { prompt, answers });
read_object!(PracticeAnswer { label, feedback, best: optional });

/// Link schemes allowed anywhere in the data (docs/PRIVACY.md, rule 8).
pub const SAFE_SCHEMES: [&str; 4] = ["https:", "tel:", "sms:", "mailto:"];

/// True when `href` starts with one of [`SAFE_SCHEMES`] (case-insensitively) and has
/// something after it. Used by the validator and again by the UI before it renders a link.
pub fn is_safe_link(href: &str) -> bool {
    let lower = href.trim_start().to_ascii_lowercase();
    SAFE_SCHEMES.iter().any(|scheme| lower.starts_with(scheme) && lower.len() > scheme.len())
        && !href.chars().any(|c| c.is_control() || c.is_whitespace() || is_bidi_control(c))
        && match lower.strip_prefix("https:") {
            Some(rest) => has_plain_host(rest),
            // `tel:`, `sms:` and `mailto:` name a number or an address, never a `//` site.
            None => !lower.split_once(':').is_some_and(|(_, rest)| rest.starts_with('/')),
        }
}

/// An `https:` link names its site plainly: `//`, then a host name of letters, digits,
/// hyphens and dots (an international name in its `xn--` form), and perhaps a port. No
/// `user@` before it (`https://bank.example@other.example` goes to the second).
fn has_plain_host(rest: &str) -> bool {
    let Some(after) = rest.strip_prefix("//") else { return false };
    let authority = after.split(['/', '?', '#', '\\']).next().unwrap_or_default();
    let (host, port) = authority.split_once(':').unwrap_or((authority, "0"));
    let label = |l: &str| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-') && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    host.split('.').all(label) && !port.is_empty() && port.len() <= 5 && port.chars().all(|c| c.is_ascii_digit())
}

/// The marks that change the direction text is shown in: in a link they can make its
/// address read as another.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
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
        for ok in [
            "https://example.org",
            "https://www.nhs.uk:443/a?b=c#d",
            "https://xn--bcher-kva.example/",
            "tel:999",
            "sms:85258",
            "mailto:a@b.org",
            "TEL:101",
        ] {
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
            "https://example.org/\u{202E}gnp.exe",
            "tel:\u{2067}999",
            "https:#",
            "https:example.org",
            "https://",
            "https:///x",
            "https://bank.example@other.example/",
        ] {
            assert!(!is_safe_link(bad), "{bad}");
        }
    }

    #[test]
    fn a_route_leads_with_its_first_way_that_has_a_contact_phone_first() {
        let way = |how, contacts: &[&str]| Way { how, text: String::new(), contacts: contacts.iter().map(|c| c.to_string()).collect() };
        let anonymous = Anonymity { answer: AnonymousAnswer::Yes, detail: String::new() };
        let mut route = Route {
            id: "r".into(),
            title: String::new(),
            summary: String::new(),
            what_happens_next: vec![],
            who_will_know: String::new(),
            anonymous,
            change_mind: String::new(),
            ways: vec![way(WayKind::Online, &["site"]), way(WayKind::Phone, &[]), way(WayKind::Text, &["sms", "relay"])],
        };
        assert_eq!(route.main_contact(&[]), Some("sms"), "no phone contact, so the text number");
        route.ways.push(way(WayKind::Phone, &["999", "line"]));
        assert_eq!(route.main_contact(&["999".into()]), Some("line"), "not the emergency number, which has its own box");
        route.ways.clear();
        assert_eq!(route.main_contact(&[]), None);
    }
}
