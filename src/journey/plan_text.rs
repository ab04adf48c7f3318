//! The plan as plain text, for a person to take away by copy, print or download: the
//! emergency numbers, each route they chose with what usually happens next and every way
//! to reach it, and the services that fit, with their contacts. It never holds an answer
//! the person gave, so it says nothing about what happened to them (docs/PRIVACY.md).

use super::plan::{chosen_routes, services_by_urgency};
use crate::journey::Journey;
use crate::pathway::{Confirmation, Contact, Pathway, StepKind, WayKind};
use crate::words::{Word, Words};

/// The plan's text for this journey (at its plan step, or anywhere: the routes and
/// services come from the answers so far).
pub fn plan_text(pathway: &Pathway, journey: &Journey, words: &Words) -> String {
    let mut out = Text::default();
    // The plan's own heading, even where the journey is not at a plan yet.
    let step = journey.step(pathway);
    let plan = Some(step).filter(|s| s.kind == StepKind::Plan).or_else(|| pathway.steps.iter().find(|s| s.kind == StepKind::Plan)).unwrap_or(step);
    out.heading(&plan.title, '=');
    out.line(words.get(Word::PlanTextNote));
    let mut used: Vec<&Contact> = Vec::new();
    let mut contacts = |out: &mut Text, ids: &[String]| {
        for contact in ids.iter().filter_map(|id| pathway.contact(id)) {
            let hours = contact.hours.as_deref().map(|h| format!(" ({h})")).unwrap_or_default();
            out.line(&format!("- {}: {}{hours}", contact.label, contact.value));
            used.push(contact);
        }
    };
    out.heading(words.get(Word::EmergencyHeading), '-');
    contacts(&mut out, &pathway.meta.emergency);
    out.heading(words.get(Word::ChosenHeading), '-');
    let routes = chosen_routes(pathway, journey);
    if routes.is_empty() {
        out.line(words.get(Word::NothingChosen));
    }
    for route in routes {
        out.blank();
        out.line(&route.title);
        out.line(&route.summary);
        out.line(&format!("{}:", words.get(Word::WhatHappensNext)));
        for (n, step) in route.what_happens_next.iter().enumerate() {
            out.line(&format!("{}. {step}", n + 1));
        }
        out.line(&format!("{}:", words.get(Word::HowToReach)));
        for way in WayKind::ALL.iter().flat_map(|&kind| route.ways.iter().filter(move |w| w.how == kind)) {
            out.line(&format!("{}: {}", words.way(way.how), way.text));
            contacts(&mut out, &way.contacts);
        }
    }
    if !step.list_services.is_empty() {
        out.heading(words.get(Word::ServicesHeading), '-');
        for (urgency, services) in services_by_urgency(pathway, &journey.tags(pathway), &step.list_services) {
            out.blank();
            out.line(&format!("{}:", words.urgency(urgency)));
            for service in services {
                out.line(&format!("{}. {}", service.name, service.summary));
                contacts(&mut out, &service.contacts);
            }
        }
    }
    if let Some(latest) = used.iter().map(|c| c.verified.as_str()).max() {
        let dates: Vec<(&str, Confirmation)> = used.iter().map(|c| (c.source_date.as_str(), c.confirmed)).collect();
        out.blank();
        out.line(&words.sources(latest, &dates));
    }
    out.0
}

/// Lines of plain text, headings underlined.
#[derive(Default)]
struct Text(String);

impl Text {
    fn line(&mut self, text: &str) {
        self.0.push_str(text);
        self.0.push('\n');
    }

    fn blank(&mut self) {
        self.0.push('\n');
    }

    fn heading(&mut self, text: &str, underline: char) {
        if !self.0.is_empty() {
            self.blank();
        }
        self.line(text);
        self.line(&underline.to_string().repeat(text.chars().count()));
    }
}
