//! What the answers mean for the person: the routes they chose, the services that fit what
//! they said, the sections of text that apply to them, and a recap of their answers.
//!
//! Derived on demand from a [`Journey`]; nothing here is stored.

use crate::journey::Journey;
use crate::pathway::{Cluster, Health, Pathway, Route, Section, Service, ServiceKind, Step, Urgency};
use std::collections::HashSet;

/// The routes picked anywhere on the path, in the order they were offered, once each.
pub fn chosen_routes<'p>(pathway: &'p Pathway, journey: &Journey) -> Vec<&'p Route> {
    let mut seen = HashSet::new();
    journey
        .path()
        .into_iter()
        .filter_map(|step| journey.position().answers.get(&step).map(|picked| (step, picked)))
        .flat_map(|(step, picked)| picked.iter().map(move |&c| &pathway.steps[step].choices[c]))
        .filter_map(|choice| choice.route.as_deref())
        .filter(|id| seen.insert(*id))
        .filter_map(|id| pathway.route(id))
        .collect()
}

/// Services of these kinds that fit the tags, grouped by urgency (most urgent first).
/// Empty groups are left out.
pub fn services_by_urgency<'p>(pathway: &'p Pathway, tags: &HashSet<&str>, kinds: &[ServiceKind]) -> Vec<(Urgency, Vec<&'p Service>)> {
    grouped(pathway, |s| kinds.contains(&s.kind) && applies(&s.when_any, tags))
}

/// For the staff guide: the care services of one point of entry and kind of health (the
/// care pathway's table), then every support and advice service, grouped by urgency.
pub fn services_for_setting(pathway: &Pathway, setting: Cluster, health: Health) -> Vec<(Urgency, Vec<&Service>)> {
    grouped(pathway, |s| match s.kind {
        ServiceKind::Care => s.cluster == Some(setting) && s.health.contains(&health),
        ServiceKind::Support | ServiceKind::Advice => true,
    })
}

/// For the static version (no answers to go on): every service of these kinds, grouped
/// by urgency.
pub fn services_of_kinds<'p>(pathway: &'p Pathway, kinds: &[ServiceKind]) -> Vec<(Urgency, Vec<&'p Service>)> {
    grouped(pathway, |s| kinds.contains(&s.kind))
}

fn grouped(pathway: &Pathway, fits: impl Fn(&Service) -> bool) -> Vec<(Urgency, Vec<&Service>)> {
    Urgency::ALL
        .iter()
        .map(|&urgency| {
            let fitting = pathway.services.iter().filter(|s| s.urgency == urgency && fits(s)).collect::<Vec<_>>();
            (urgency, fitting)
        })
        .filter(|(_, services)| !services.is_empty())
        .collect()
}

/// The sections of a step that apply to these tags.
pub fn visible_sections<'p>(step: &'p Step, tags: &HashSet<&str>) -> Vec<&'p Section> {
    step.sections.iter().filter(|s| applies(&s.when_any, tags)).collect()
}

/// What the person answered, step by step: `(step title, labels picked)`.
pub fn recap<'p>(pathway: &'p Pathway, journey: &Journey) -> Vec<(&'p str, Vec<&'p str>)> {
    journey
        .path()
        .into_iter()
        .filter_map(|s| {
            let picked = journey.position().answers.get(&s)?;
            let step = &pathway.steps[s];
            let labels = picked.iter().map(|&c| step.choices[c].label.as_str()).collect();
            Some((step.title.as_str(), labels))
        })
        .collect()
}

/// An empty `when_any` applies to everyone; otherwise any one tag is enough.
fn applies(when_any: &[String], tags: &HashSet<&str>) -> bool {
    when_any.is_empty() || when_any.iter().any(|t| tags.contains(t.as_str()))
}
