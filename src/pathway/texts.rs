//! Every text of a pathway that someone reads, each under a key made of ids, so that a
//! language pack can give it in another language: `step.who.title`,
//! `step.who.choice.me.label`, `route.police.next.2`, `contact.nhs-111.hours`. Numbers,
//! links and addresses (a contact's `value` and `href`) are not texts: they are never in a
//! pack, so they cannot drift from the English.
//!
//! One walk over the pathway ([`each_text`]) both lists the texts (for a pack's template,
//! its check and the translators' export) and replaces them ([`Pathway::translated`]).

use super::Pathway;
use std::collections::HashMap;

/// Who reads a text. A pack must give every text a person reads; the staff guide and the
/// practice cases may stay in English (staff read the guide in the language they work in).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    Person,
    Staff,
}

/// Calls `visit(key, reader, text)` for every text of the pathway, in file order.
pub fn each_text(pathway: &mut Pathway, mut visit: impl FnMut(&str, Reader, &mut String)) {
    let mut person = |key: String, text: &mut String| visit(&key, Reader::Person, text);
    let meta = &mut pathway.meta;
    person("meta.title".into(), &mut meta.title);
    person("meta.area".into(), &mut meta.area);
    for (n, note) in meta.notes.iter_mut().enumerate() {
        person(format!("meta.notes.{n}"), note);
    }
    for area in &mut meta.areas {
        person(format!("meta.area.{}.name", area.id), &mut area.name);
    }
    for step in &mut pathway.steps {
        let at = format!("step.{}", step.id);
        person(format!("{at}.title"), &mut step.title);
        list(&mut person, &format!("{at}.intro"), &mut step.intro);
        for (n, section) in step.sections.iter_mut().enumerate() {
            person(format!("{at}.section.{n}.heading"), &mut section.heading);
            list(&mut person, &format!("{at}.section.{n}.paragraph"), &mut section.paragraphs);
        }
        for choice in &mut step.choices {
            person(format!("{at}.choice.{}.label", choice.id), &mut choice.label);
            optional(&mut person, format!("{at}.choice.{}.hint", choice.id), &mut choice.hint);
        }
        optional(&mut person, format!("{at}.continue_label"), &mut step.continue_label);
    }
    for route in &mut pathway.routes {
        let at = format!("route.{}", route.id);
        person(format!("{at}.title"), &mut route.title);
        person(format!("{at}.summary"), &mut route.summary);
        list(&mut person, &format!("{at}.next"), &mut route.what_happens_next);
        person(format!("{at}.who_will_know"), &mut route.who_will_know);
        person(format!("{at}.anonymous"), &mut route.anonymous.detail);
        person(format!("{at}.change_mind"), &mut route.change_mind);
        for (n, way) in route.ways.iter_mut().enumerate() {
            person(format!("{at}.way.{n}"), &mut way.text);
        }
    }
    for service in &mut pathway.services {
        let at = format!("service.{}", service.id);
        person(format!("{at}.name"), &mut service.name);
        person(format!("{at}.summary"), &mut service.summary);
        optional(&mut person, format!("{at}.how_to_find"), &mut service.how_to_find);
    }
    for contact in &mut pathway.contacts {
        let at = format!("contact.{}", contact.id);
        person(format!("{at}.label"), &mut contact.label);
        optional(&mut person, format!("{at}.hours"), &mut contact.hours);
        optional(&mut person, format!("{at}.note"), &mut contact.note);
    }
    let mut staff = |key: String, text: &mut String| visit(&key, Reader::Staff, text);
    for section in &mut pathway.guide {
        let at = format!("guide.{}", section.id);
        staff(format!("{at}.heading"), &mut section.heading);
        staff(format!("{at}.prompt"), &mut section.prompt);
        list(&mut staff, &format!("{at}.paragraph"), &mut section.paragraphs);
        for (n, note) in section.notes.iter_mut().enumerate() {
            optional(&mut staff, format!("{at}.note.{n}.prompt"), &mut note.prompt);
            list(&mut staff, &format!("{at}.note.{n}.paragraph"), &mut note.paragraphs);
        }
    }
    for case in &mut pathway.scenarios {
        let at = format!("scenario.{}", case.id);
        staff(format!("{at}.title"), &mut case.title);
        list(&mut staff, &format!("{at}.situation"), &mut case.situation);
        for (q, question) in case.questions.iter_mut().enumerate() {
            staff(format!("{at}.question.{q}.prompt"), &mut question.prompt);
            for (a, answer) in question.answers.iter_mut().enumerate() {
                staff(format!("{at}.question.{q}.answer.{a}.label"), &mut answer.label);
                staff(format!("{at}.question.{q}.answer.{a}.feedback"), &mut answer.feedback);
            }
        }
    }
}

fn list(visit: &mut impl FnMut(String, &mut String), at: &str, texts: &mut [String]) {
    for (n, text) in texts.iter_mut().enumerate() {
        visit(format!("{at}.{n}"), text);
    }
}

fn optional(visit: &mut impl FnMut(String, &mut String), key: String, text: &mut Option<String>) {
    if let Some(text) = text {
        visit(key, text);
    }
}

/// Every text of the pathway: `(key, reader, English)`.
pub fn pathway_texts(pathway: &Pathway) -> Vec<(String, Reader, String)> {
    let mut texts = Vec::new();
    each_text(&mut pathway.clone(), |key, reader, text| texts.push((key.to_string(), reader, text.clone())));
    texts
}

impl Pathway {
    /// The pathway with each text the pack has replaced; the rest (and every number, link
    /// and id) as it is.
    pub fn translated(&self, texts: &HashMap<String, String>) -> Pathway {
        let mut translated = self.clone();
        each_text(&mut translated, |key, _, text| {
            if let Some(replacement) = texts.get(key) {
                replacement.clone_into(text);
            }
        });
        translated
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pathway::{load_valid, DEFAULT_FILES};

    #[test]
    fn every_text_has_a_key_of_its_own_and_a_translation_replaces_only_its_text() {
        let p = load_valid(&DEFAULT_FILES).expect("valid default data");
        let texts = pathway_texts(&p);
        let mut keys: Vec<&str> = texts.iter().map(|(k, _, _)| k.as_str()).collect();
        let all = keys.len();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), all, "keys are unique");
        assert!(texts.iter().any(|(k, r, t)| k == "step.who.choice.me.label" && *r == Reader::Person && t == "It happened to me"));
        assert!(texts.iter().any(|(k, r, _)| k.starts_with("guide.") && *r == Reader::Staff));
        assert!(!texts.iter().any(|(_, _, t)| t == "0800 138 1625"), "numbers are not texts");
        let pack = HashMap::from([("step.who.title".to_string(), "Kogo to dotyczy?".to_string())]);
        let polish = p.translated(&pack);
        assert_eq!(polish.steps[1].title, "Kogo to dotyczy?");
        assert_eq!(polish.steps[2], p.steps[2], "what the pack leaves out stays English");
        assert_eq!(polish.contacts, p.contacts);
    }
}
