//! The validator's rules for areas (see [`super::residence`]): every area named is
//! declared in `meta.areas`, every `area:` tag names one (or `elsewhere`), and nobody, in
//! any area or outside them all, meets a service with no way to reach it.

use super::load::Loaded;
use super::residence::{Residence, AREA_TAG, ELSEWHERE};
use super::validate::{problem_at, Item};
use crate::pathway::Problem;
use std::collections::HashSet;

pub(super) fn area_problems(loaded: &Loaded) -> Vec<Problem> {
    let p = &loaded.pathway;
    let mut problems = Vec::new();
    let mut report = |item: Item, path: String, message: String, fix: String| problems.push(problem_at(&loaded.origins, item, &path, message, fix));
    let declared: Vec<&str> = p.meta.areas.iter().map(|a| a.id.as_str()).collect();
    let choose =
        if declared.is_empty() { "Declare the area in `meta.areas` first".to_string() } else { format!("Use one of {}", declared.join(", ")) };
    let mut seen = HashSet::new();
    for (a, area) in p.meta.areas.iter().enumerate() {
        if area.id.trim().is_empty() || area.name.trim().is_empty() || area.id == ELSEWHERE || !seen.insert(area.id.as_str()) {
            report(
                Item::Meta,
                format!("areas[{a}]"),
                format!("the area `{}` needs an id of its own (not empty, not `{ELSEWHERE}`, not used twice) and a name", area.id),
                "Give it a short unique id, such as `rutland`, and the name a person reads, such as \"Rutland\".".into(),
            );
        }
    }
    let mut named = |item: Item, path: String, ids: &[String]| {
        for (i, id) in ids.iter().enumerate() {
            if !declared.contains(&id.as_str()) {
                report(
                    item,
                    format!("{path}[{i}]"),
                    format!("names the area `{id}`, which `meta.areas` does not declare"),
                    format!("{choose}, or correct the spelling."),
                );
            }
        }
    };
    for (c, contact) in p.contacts.iter().enumerate() {
        named(Item::Contact(c), "areas".into(), &contact.areas);
    }
    for (v, service) in p.services.iter().enumerate() {
        named(Item::Service(v), "areas".into(), &service.areas);
    }
    for (s, step) in p.steps.iter().enumerate() {
        for (c, choice) in step.choices.iter().enumerate() {
            for (t, tag) in choice.tags.iter().enumerate() {
                let Some(id) = tag.strip_prefix(AREA_TAG) else { continue };
                if id != ELSEWHERE && !declared.contains(&id) {
                    report(
                        Item::Step(s),
                        format!("choices[{c}].tags[{t}]"),
                        format!("the tag `{tag}` names an area that `meta.areas` does not declare"),
                        format!("{choose} after `{AREA_TAG}`, or `{AREA_TAG}{ELSEWHERE}` for somewhere outside them all."),
                    );
                }
            }
        }
    }
    problems.extend(unreachable_services(loaded));
    problems
}

/// A service shown to people in some area (or outside them all) but with none of its
/// contacts for them and no `how_to_find`.
fn unreachable_services(loaded: &Loaded) -> Vec<Problem> {
    let p = &loaded.pathway;
    let residences = (0..p.meta.areas.len()).map(Residence::In).chain([Residence::Elsewhere]);
    let mut problems = Vec::new();
    for (v, service) in p.services.iter().enumerate() {
        if service.how_to_find.is_some() || service.contacts.is_empty() {
            continue; // no contacts at all is the validator's other rule
        }
        let stranded = residences.clone().find(|r| {
            r.is_served(&p.meta.areas, &service.areas)
                && !service.contacts.iter().filter_map(|id| p.contact(id)).any(|c| r.is_served(&p.meta.areas, &c.areas))
        });
        if let Some(residence) = stranded {
            let who = residence.name(&p.meta.areas).map_or("outside every area".to_string(), |name| format!("in {name}"));
            problems.push(problem_at(
                &loaded.origins,
                Item::Service(v),
                "contacts",
                format!("people {who} see this service but none of its contacts, which are all for other areas"),
                "Add a contact for them (or one without `areas`), give the service `areas`, or add `how_to_find`.".into(),
            ));
        }
    }
    problems
}
