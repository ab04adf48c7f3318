//! Checks a loaded pathway so that no person meets a broken journey.
//!
//! Every rule here protects someone: a dangling reference or a loop is a dead end for a
//! frightened person; an unsafe link scheme is an attack on them; a contact without a
//! source or a check date is a number nobody can stand behind. Each problem names the file,
//! the JSON path, what is wrong and the fix.

use super::load::{DataFile, Loaded, Origin, Origins};
use crate::pathway::Problem;
use crate::pathway::StepGraph;
use crate::pathway::{is_safe_link, Pathway, StepKind, WayKind};
use std::collections::{HashMap, HashSet};

/// Loads and validates in one go: what the widget and the CLI both do.
pub fn load_valid(files: &[DataFile<'_>]) -> Result<Pathway, Vec<Problem>> {
    let loaded = super::load::load(files)?;
    let problems = validate(&loaded);
    if problems.is_empty() {
        Ok(loaded.pathway)
    } else {
        Err(problems)
    }
}

/// Every problem in the pathway; empty when it is valid.
pub fn validate(loaded: &Loaded) -> Vec<Problem> {
    let mut check = Checker { loaded, problems: Vec::new() };
    check.unique_ids();
    check.references();
    check.step_shapes();
    check.journey_ends();
    check.contacts();
    check.routes();
    check.services();
    check.staff();
    check.unused();
    check.problems.extend(super::validate_areas::area_problems(loaded));
    check.problems
}

/// An item of the pathway a problem is about.
#[derive(Clone, Copy)]
pub(super) enum Item {
    Meta,
    Step(usize),
    Route(usize),
    Service(usize),
    Contact(usize),
    Guide(usize),
    Scenario(usize),
}

/// The lists whose ids must be unique: their name, ids, and how to point at an item.
type IdList<'p> = (&'static str, Vec<&'p str>, fn(usize) -> Item);

struct Checker<'a> {
    loaded: &'a Loaded,
    problems: Vec<Problem>,
}

impl<'a> Checker<'a> {
    fn pathway(&self) -> &'a Pathway {
        &self.loaded.pathway
    }

    fn report(&mut self, item: Item, suffix: &str, message: String, fix: String) {
        self.problems.push(problem_at(&self.loaded.origins, item, suffix, message, fix));
    }

    fn unique_ids(&mut self) {
        let p = self.pathway();
        let lists: [IdList; 6] = [
            ("step", p.steps.iter().map(|s| s.id.as_str()).collect(), Item::Step),
            ("route", p.routes.iter().map(|r| r.id.as_str()).collect(), Item::Route),
            ("service", p.services.iter().map(|s| s.id.as_str()).collect(), Item::Service),
            ("contact", p.contacts.iter().map(|c| c.id.as_str()).collect(), Item::Contact),
            ("guide section", p.guide.iter().map(|g| g.id.as_str()).collect(), Item::Guide),
            ("scenario", p.scenarios.iter().map(|s| s.id.as_str()).collect(), Item::Scenario),
        ];
        for (what, ids, item) in lists {
            for (index, first) in duplicates(&ids) {
                self.report(
                    item(index),
                    "id",
                    format!("the {what} id `{}` is used twice (first at index {first})", ids[index]),
                    format!(
                        "Give this {what} an id of its own; ids must be unique. (A file added to the built-in pathway replaces one of its items by listing the id in `replaces`.)"
                    ),
                );
            }
        }
        for (s, step) in p.steps.iter().enumerate() {
            let ids: Vec<&str> = step.choices.iter().map(|c| c.id.as_str()).collect();
            for (index, first) in duplicates(&ids) {
                self.report(
                    Item::Step(s),
                    &format!("choices[{index}].id"),
                    format!("the choice id `{}` is used twice in this step (first at choices[{first}])", ids[index]),
                    "Give this choice an id of its own within the step.".to_string(),
                );
            }
        }
    }

    fn references(&mut self) {
        let p = self.pathway();
        let steps: HashSet<&str> = p.steps.iter().map(|s| s.id.as_str()).collect();
        let routes: HashSet<&str> = p.routes.iter().map(|r| r.id.as_str()).collect();
        let contacts: HashSet<&str> = p.contacts.iter().map(|c| c.id.as_str()).collect();
        let tags: HashSet<&str> = p.steps.iter().flat_map(|s| s.choices.iter().flat_map(|c| c.tags.iter().map(String::as_str))).collect();
        let mut missing: Vec<(Item, String, &str, String)> = Vec::new();
        let mut need = |ok: bool, item: Item, path: String, what: &'static str, id: &str| {
            if !ok {
                missing.push((item, path, what, id.to_string()));
            }
        };
        need(steps.contains(p.meta.start.as_str()), Item::Meta, "start".into(), "step", &p.meta.start);
        for (i, id) in p.meta.emergency.iter().enumerate() {
            need(contacts.contains(id.as_str()), Item::Meta, format!("emergency[{i}]"), "contact", id);
        }
        for (s, step) in p.steps.iter().enumerate() {
            if let Some(next) = &step.next {
                need(steps.contains(next.as_str()), Item::Step(s), "next".into(), "step", next);
            }
            for (b, branch) in step.branches.iter().enumerate() {
                need(steps.contains(branch.next.as_str()), Item::Step(s), format!("branches[{b}].next"), "step", &branch.next);
                for (t, tag) in branch.when_any.iter().enumerate() {
                    need(tags.contains(tag.as_str()), Item::Step(s), format!("branches[{b}].when_any[{t}]"), "tag", tag);
                }
            }
            for (c, choice) in step.choices.iter().enumerate() {
                if let Some(next) = &choice.next {
                    need(steps.contains(next.as_str()), Item::Step(s), format!("choices[{c}].next"), "step", next);
                }
                if let Some(route) = &choice.route {
                    need(routes.contains(route.as_str()), Item::Step(s), format!("choices[{c}].route"), "route", route);
                }
            }
            for (k, section) in step.sections.iter().enumerate() {
                for (t, tag) in section.when_any.iter().enumerate() {
                    need(tags.contains(tag.as_str()), Item::Step(s), format!("sections[{k}].when_any[{t}]"), "tag", tag);
                }
            }
            for (i, id) in step.contacts.iter().enumerate() {
                need(contacts.contains(id.as_str()), Item::Step(s), format!("contacts[{i}]"), "contact", id);
            }
        }
        for (r, route) in p.routes.iter().enumerate() {
            for (w, way) in route.ways.iter().enumerate() {
                for (i, id) in way.contacts.iter().enumerate() {
                    need(contacts.contains(id.as_str()), Item::Route(r), format!("ways[{w}].contacts[{i}]"), "contact", id);
                }
            }
        }
        for (v, service) in p.services.iter().enumerate() {
            for (i, id) in service.contacts.iter().enumerate() {
                need(contacts.contains(id.as_str()), Item::Service(v), format!("contacts[{i}]"), "contact", id);
            }
            for (t, tag) in service.when_any.iter().enumerate() {
                need(tags.contains(tag.as_str()), Item::Service(v), format!("when_any[{t}]"), "tag", tag);
            }
        }
        for (item, path, what, id) in missing {
            let fix = if what == "tag" {
                format!("Add `{id}` to the `tags` of the choice that should show this, or correct the spelling.")
            } else {
                format!("Correct the spelling, or add a {what} with the id `{id}`.")
            };
            self.report(item, &path, format!("refers to the {what} `{id}`, which does not exist"), fix);
        }
    }

    fn step_shapes(&mut self) {
        let steps = &self.pathway().steps;
        for (s, step) in steps.iter().enumerate() {
            let item = Item::Step(s);
            let kind = step.kind.key();
            let wants_choices = matches!(step.kind, StepKind::One | StepKind::Many);
            if wants_choices && step.choices.is_empty() {
                self.report(
                    item,
                    "choices",
                    format!("a `{kind}` step has no choices"),
                    "Add the answers a person can pick, or make it an `info` step.".into(),
                );
            }
            if !wants_choices && !step.choices.is_empty() {
                self.report(
                    item,
                    "choices",
                    format!("an `{kind}` step cannot have choices"),
                    "Remove `choices`, or make it a `one` or `many` step.".into(),
                );
            }
            match step.kind {
                StepKind::Info | StepKind::Many if step.next.is_none() => {
                    self.report(
                        item,
                        "next",
                        format!("this `{kind}` step has no `next`: Continue would lead nowhere"),
                        "Add `next` with the id of the step that follows.".into(),
                    );
                }
                StepKind::One | StepKind::Plan if step.next.is_some() => {
                    let fix = if step.kind == StepKind::One {
                        "Remove `next`: on a `one` step each choice says where it leads."
                    } else {
                        "Remove `next`: a plan is where a journey ends."
                    };
                    self.report(item, "next", format!("a `{kind}` step cannot have `next`"), fix.into());
                }
                _ => {}
            }
            if matches!(step.kind, StepKind::One | StepKind::Plan) && !step.branches.is_empty() {
                self.report(
                    item,
                    "branches",
                    format!("a `{kind}` step cannot have `branches`"),
                    "Remove `branches`; they belong to `info` and `many` steps.".into(),
                );
            }
            for (c, choice) in step.choices.iter().enumerate() {
                if step.kind == StepKind::One && choice.next.is_none() {
                    self.report(
                        item,
                        &format!("choices[{c}]"),
                        "this choice has no `next`: choosing it would lead nowhere".into(),
                        "Add `next` with the id of the step this answer leads to.".into(),
                    );
                }
                if step.kind == StepKind::Many && choice.next.is_some() {
                    self.report(
                        item,
                        &format!("choices[{c}].next"),
                        "choices on a `many` step cannot have `next`".into(),
                        "Remove it; use the step's `next` or `branches` instead.".into(),
                    );
                }
                if step.kind == StepKind::One && choice.exclusive {
                    self.report(
                        item,
                        &format!("choices[{c}].exclusive"),
                        "`exclusive` only means something on a `many` step".into(),
                        "Remove it.".into(),
                    );
                }
                if choice.label.trim().is_empty() {
                    self.report(
                        item,
                        &format!("choices[{c}].label"),
                        "this choice has no words".into(),
                        "Write the answer in the person's own words.".into(),
                    );
                }
            }
            if step.title.trim().is_empty() {
                self.report(
                    item,
                    "title",
                    "this step has no title; it is the heading people land on".into(),
                    "Write a short question or heading.".into(),
                );
            }
        }
    }

    fn journey_ends(&mut self) {
        let p = self.pathway();
        let Some(start) = p.step_index(&p.meta.start) else {
            return; // reported by `references`
        };
        if !p.steps.iter().any(|s| s.kind == StepKind::Plan) {
            self.report(
                Item::Meta,
                "",
                "no step is a `plan`, so no journey can end".into(),
                "Add a step with `\"kind\": \"plan\"` and lead to it.".into(),
            );
            return;
        }
        let graph = StepGraph::new(p);
        let reachable = graph.reachable_from(start);
        let finishing = graph.can_reach_plan(p);
        let mut reports = Vec::new();
        for (s, step) in p.steps.iter().enumerate() {
            if !reachable[s] {
                reports.push((
                    s,
                    "id",
                    format!("the step `{}` cannot be reached from the start `{}`", step.id, p.meta.start),
                    "Point a `next`, a branch or a choice's `next` at it, or remove it.".to_string(),
                ));
            } else if !finishing[s] && graph.edges[s].is_empty() && step.kind != StepKind::Plan {
                reports.push((
                    s,
                    "",
                    format!("the step `{}` is a dead end: nothing leads on from it", step.id),
                    "Give it a `next` (or choices with `next`) that leads towards a `plan` step.".to_string(),
                ));
            }
        }
        let mut loops: Vec<Vec<usize>> = Vec::new();
        for s in 0..p.steps.len() {
            if reachable[s] && !finishing[s] && !graph.edges[s].is_empty() {
                if let Some(cycle) = graph.trapped_cycle(s, &finishing) {
                    if !loops.contains(&cycle) {
                        loops.push(cycle);
                    }
                }
            }
        }
        for cycle in loops {
            let names: Vec<&str> = cycle.iter().chain(cycle.first()).map(|&i| p.steps[i].id.as_str()).collect();
            reports.push((
                cycle[0],
                "",
                format!("the steps {} form a loop with no way forward to a plan", names.join(" → ")),
                "Give one of these steps a choice, `next` or branch that leads towards a `plan` step.".to_string(),
            ));
        }
        for (s, suffix, message, fix) in reports {
            self.report(Item::Step(s), suffix, message, fix);
        }
    }

    fn contacts(&mut self) {
        let contacts = &self.pathway().contacts;
        for (c, contact) in contacts.iter().enumerate() {
            let item = Item::Contact(c);
            if let Some(href) = &contact.href {
                if !is_safe_link(href) {
                    self.report(
                        item,
                        "href",
                        format!("the link `{href}` does not use an allowed scheme"),
                        "Use an `https:`, `tel:`, `sms:` or `mailto:` link (no spaces), or remove `href`.".into(),
                    );
                }
            }
            if contact.source.trim().is_empty() {
                self.report(
                    item,
                    "source",
                    "this contact has no source".into(),
                    "Add the `https:` address of the public page the fact was read from.".into(),
                );
            } else if !(contact.source.starts_with("https://") && is_safe_link(&contact.source)) {
                self.report(
                    item,
                    "source",
                    format!("the source `{}` is not an `https:` address", contact.source),
                    "Give the full `https://` address of the page the fact was read from.".into(),
                );
            }
            if !is_date(&contact.verified) {
                self.report(
                    item,
                    "verified",
                    format!("`{}` is not a date in the form YYYY-MM-DD", contact.verified),
                    "Write the date the contact was last checked, for example 2026-11-23.".into(),
                );
            }
            if contact.source_date != "undated" && !is_partial_date(&contact.source_date) {
                self.report(
                    item,
                    "source_date",
                    format!("`{}` is not a date", contact.source_date),
                    "Write the source's date as YYYY, YYYY-MM or YYYY-MM-DD, or `undated`.".into(),
                );
            }
            if contact.value.trim().is_empty() {
                self.report(item, "value", "this contact has no value to show".into(), "Write the number, address or name people should see.".into());
            }
        }
    }

    fn routes(&mut self) {
        let routes = &self.pathway().routes;
        for (r, route) in routes.iter().enumerate() {
            let have: Vec<WayKind> = route.ways.iter().map(|w| w.how).collect();
            for kind in WayKind::ALL {
                if !have.contains(&kind) {
                    self.report(
                        Item::Route(r),
                        "ways",
                        format!("no `{}` way: people need to know whether they can reach this that way", kind.key()),
                        format!("Add a way with `\"how\": \"{}\"`; if none exists, say so in its `text`.", kind.key()),
                    );
                }
            }
            if route.what_happens_next.is_empty() {
                self.report(
                    Item::Route(r),
                    "what_happens_next",
                    "says nothing about what happens next".into(),
                    "Add what usually happens, step by step, without promising an outcome.".into(),
                );
            }
        }
    }

    fn services(&mut self) {
        let services = &self.pathway().services;
        for (v, service) in services.iter().enumerate() {
            if service.contacts.is_empty() && service.how_to_find.is_none() {
                self.report(
                    Item::Service(v),
                    "contacts",
                    "no contacts and no `how_to_find`: people would not know how to reach it".into(),
                    "Add sourced contacts, or `how_to_find` describing how to find this kind of service.".into(),
                );
            }
            if service.kind == crate::pathway::ServiceKind::Care && (service.cluster.is_none() || service.health.is_empty()) {
                self.report(
                    Item::Service(v),
                    "cluster",
                    "a care service needs its point of entry (`cluster`) and `health` (physical, mental)".into(),
                    "Add `cluster` (acute, primary, community or specialised) and `health`, as in the care pathway's table.".into(),
                );
            }
        }
    }

    /// The staff guide and the practice cases: nothing empty or blank, and every practice
    /// question has answers to learn from: at least one the pathway points to and one it
    /// does not, each with feedback.
    fn staff(&mut self) {
        let p = self.pathway();
        let blank = |texts: &[String]| texts.is_empty() || texts.iter().any(|t| t.trim().is_empty());
        for (g, section) in p.guide.iter().enumerate() {
            if blank(&section.paragraphs) || section.heading.trim().is_empty() {
                self.report(
                    Item::Guide(g),
                    "paragraphs",
                    "a heading and paragraphs for every setting are needed, none blank".into(),
                    "Write what every setting should do here; put setting-only advice in `notes`.".into(),
                );
            }
            if section.prompt.trim().is_empty() {
                self.report(
                    Item::Guide(g),
                    "prompt",
                    "a blank prompt".into(),
                    "Write one line a staff member can act on during a call, such as \"Ask: ...\" or \"Say: ...\".".into(),
                );
            }
            for (n, note) in section.notes.iter().enumerate() {
                if note.prompt.as_deref().is_some_and(|p| p.trim().is_empty()) {
                    self.report(
                        Item::Guide(g),
                        &format!("notes[{n}].prompt"),
                        "a blank prompt".into(),
                        "Write the prompt for these settings, or leave `prompt` out to use the section's.".into(),
                    );
                }
                if blank(&note.paragraphs) {
                    self.report(
                        Item::Guide(g),
                        &format!("notes[{n}].paragraphs"),
                        "an empty or blank note".into(),
                        "Add its text, or remove the note.".into(),
                    );
                }
            }
        }
        for (c, scenario) in p.scenarios.iter().enumerate() {
            if blank(&scenario.situation) || scenario.title.trim().is_empty() {
                self.report(
                    Item::Scenario(c),
                    "situation",
                    "a practice case needs a title and a situation, none blank".into(),
                    "Describe what the staff member sees and hears.".into(),
                );
            }
            if scenario.questions.is_empty() {
                self.report(
                    Item::Scenario(c),
                    "questions",
                    "a practice case needs at least one question".into(),
                    "Ask what the staff member would do.".into(),
                );
            }
            for (q, question) in scenario.questions.iter().enumerate() {
                let best = question.answers.iter().filter(|a| a.best).count();
                if question.prompt.trim().is_empty() || best == 0 || best == question.answers.len() {
                    self.report(
                        Item::Scenario(c),
                        &format!("questions[{q}].answers"),
                        "a question needs a prompt and answers to learn from: one marked `\"best\": true` and at least one not".into(),
                        "Mark the answer the pathway points to with `\"best\": true`, and add one it does not.".into(),
                    );
                }
                for (a, answer) in question.answers.iter().enumerate() {
                    if answer.feedback.trim().is_empty() || answer.label.trim().is_empty() {
                        self.report(
                            Item::Scenario(c),
                            &format!("questions[{q}].answers[{a}].feedback"),
                            "no label or no feedback: the staff member would not learn why".into(),
                            "Say why this answer helps or not, with the pathway's reason.".into(),
                        );
                    }
                }
            }
        }
    }

    fn unused(&mut self) {
        let p = self.pathway();
        let offered: HashSet<&str> = p.steps.iter().flat_map(|s| s.choices.iter().filter_map(|c| c.route.as_deref())).collect();
        let used_contacts: HashSet<&str> = p
            .meta
            .emergency
            .iter()
            .chain(p.steps.iter().flat_map(|s| s.contacts.iter()))
            .chain(p.routes.iter().flat_map(|r| r.ways.iter().flat_map(|w| w.contacts.iter())))
            .chain(p.services.iter().flat_map(|s| s.contacts.iter()))
            .map(String::as_str)
            .collect();
        let listed: Vec<_> = p.steps.iter().flat_map(|s| s.list_services.iter().copied()).collect();
        let mut reports = Vec::new();
        for (r, route) in p.routes.iter().enumerate() {
            if !offered.contains(route.id.as_str()) {
                reports.push((
                    Item::Route(r),
                    format!("the route `{}` is never offered by any choice", route.id),
                    "Add a choice with this `route`, or remove the route.",
                ));
            }
        }
        for (c, contact) in p.contacts.iter().enumerate() {
            if !used_contacts.contains(contact.id.as_str()) {
                reports.push((
                    Item::Contact(c),
                    format!("the contact `{}` is not used anywhere", contact.id),
                    "Refer to it from a step, route, service or `meta.emergency`, or remove it.",
                ));
            }
        }
        for (v, service) in p.services.iter().enumerate() {
            if !listed.contains(&service.kind) {
                reports.push((
                    Item::Service(v),
                    format!("no step lists services of this kind, so `{}` is never shown", service.id),
                    "Add its kind to a step's `list_services`, or change its `kind`.",
                ));
            }
        }
        for (item, message, fix) in reports {
            self.report(item, "id", message, fix.to_string());
        }
    }
}

/// A problem about `item` (and the field `suffix` in it), with its file and JSON path.
pub(super) fn problem_at(origins: &Origins, item: Item, suffix: &str, message: String, fix: String) -> Problem {
    let (file, base) = match item {
        Item::Meta => (origins.meta, "meta".to_string()),
        Item::Step(i) => located("steps", &origins.steps[i]),
        Item::Route(i) => located("routes", &origins.routes[i]),
        Item::Service(i) => located("services", &origins.services[i]),
        Item::Contact(i) => located("contacts", &origins.contacts[i]),
        Item::Guide(i) => located("guide", &origins.guide[i]),
        Item::Scenario(i) => located("scenarios", &origins.scenarios[i]),
    };
    let path = if suffix.is_empty() { base } else { format!("{base}.{suffix}") };
    Problem::new(origins.files[file].clone(), path, message, fix)
}

fn located(list: &str, origin: &Origin) -> (usize, String) {
    (origin.file, format!("{list}[{}]", origin.index))
}

/// `(index, index of first use)` for every id that repeats an earlier one.
fn duplicates(ids: &[&str]) -> Vec<(usize, usize)> {
    let mut first: HashMap<&str, usize> = HashMap::new();
    let mut repeats = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        match first.get(id) {
            Some(&f) => repeats.push((i, f)),
            None => {
                first.insert(id, i);
            }
        }
    }
    repeats
}

/// `YYYY-MM-DD` with a real month and a day that month can have.
fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    if parts.len() != 3 || parts[0].len() != 4 || parts[1].len() != 2 || parts[2].len() != 2 {
        return false;
    }
    let [Ok(year), Ok(month), Ok(day)] = [parts[0], parts[1], parts[2]].map(str::parse::<u32>) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1900..=2999).contains(&year) && (1..=days).contains(&day)
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
fn is_partial_date(text: &str) -> bool {
    match text.len() {
        4 => text.parse::<u32>().is_ok_and(|y| (1900..=2999).contains(&y)),
        7 => is_date(&format!("{text}-01")),
        _ => is_date(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert!(is_date("2026-11-23"));
        assert!(is_date("2024-02-29"));
        assert!(!is_date("2023-02-29"));
        assert!(!is_date("2026-13-01"));
        assert!(!is_date("23/11/2026"));
        assert!(!is_date("2026-1-1"));
        assert!(is_partial_date("2024"));
        assert!(is_partial_date("2024-10"));
        assert!(!is_partial_date("2024-00"));
        assert!(!is_partial_date("Oct 2024"));
    }

    #[test]
    fn duplicate_ids_point_at_the_repeat() {
        assert_eq!(duplicates(&["a", "b", "a", "a"]), vec![(2, 0), (3, 0)]);
    }
}
