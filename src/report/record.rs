//! The person's own record: their answers to the [`form`](super::form), once about
//! themselves and once for each incident in a series.
//!
//! It lives in memory only. It leaves the page only when the person saves it to an
//! encrypted file ([`super::sealed`]) or takes a summary away ([`super::share`]).

use super::form::{field_by_id, fields, Kind};
use crate::pathway::reader::{read_object, unknown_name, Fault, FromJson, Object, Path};
use serde::Serialize;
use serde_json::Value;
use std::collections::HashSet;

/// One answer. Text fields hold text; option fields hold the indices of the options picked,
/// in the order offered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FieldAnswer {
    Text(String),
    Picks(Vec<usize>),
}

/// As serde writes it: `{"text": "..."}` or `{"picks": [0, 2]}`.
impl FromJson for FieldAnswer {
    fn from_json(value: Value, path: Path<'_>, faults: &mut Vec<Fault>) -> Option<Self> {
        let mut object = Object::open(value, path, faults)?;
        let text = object.optional::<Option<String>>("text");
        let picks = object.optional::<Option<Vec<usize>>>("picks");
        object.close(&["text", "picks"]);
        match (text?, picks?) {
            (Some(text), None) => Some(FieldAnswer::Text(text)),
            (None, Some(picks)) => Some(FieldAnswer::Picks(picks)),
            // Both or neither: not an answer this tool wrote.
            _ => unknown_name("an answer", path, &["text", "picks"], faults),
        }
    }
}

/// Answers by field id, kept sorted by id so that equal answers compare equal. Blank
/// answers are never kept. A form has a few dozen fields, so a sorted `Vec` does the job
/// of a map; a `BTreeMap` here cost about 3 KB of gzip in the widget.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct FieldAnswers(Vec<(String, FieldAnswer)>);

/// As serde writes it: a list of `[id, answer]` pairs ([`Record::sanitised`] sorts them).
impl FromJson for FieldAnswers {
    fn from_json(value: Value, path: Path<'_>, faults: &mut Vec<Fault>) -> Option<Self> {
        Vec::from_json(value, path, faults).map(FieldAnswers)
    }
}

impl FieldAnswers {
    pub fn get(&self, id: &str) -> Option<&FieldAnswer> {
        self.find(id).ok().map(|at| &self.0[at].1)
    }

    pub fn contains_key(&self, id: &str) -> bool {
        self.find(id).is_ok()
    }

    /// Sets an answer, replacing any earlier one.
    pub fn insert(&mut self, id: &str, answer: FieldAnswer) {
        match self.find(id) {
            Ok(at) => self.0[at].1 = answer,
            Err(at) => self.0.insert(at, (id.to_string(), answer)),
        }
    }

    pub fn remove(&mut self, id: &str) {
        if let Ok(at) = self.find(id) {
            self.0.remove(at);
        }
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The ids answered, in id order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(id, _)| id.as_str())
    }

    fn find(&self, id: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(key, _)| key.as_str().cmp(id))
    }
}

impl FromIterator<(String, FieldAnswer)> for FieldAnswers {
    /// Later answers to the same id replace earlier ones.
    fn from_iter<I: IntoIterator<Item = (String, FieldAnswer)>>(items: I) -> Self {
        let mut answers = FieldAnswers::default();
        for (id, answer) in items {
            answers.insert(&id, answer);
        }
        answers
    }
}

/// Everything the person has written down.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Record {
    /// Answers to the person sections.
    pub about: FieldAnswers,
    /// Answers to the incident sections, one entry per incident, in the order added.
    pub incidents: Vec<FieldAnswers>,
}
read_object!(Record { about, incidents });

/// Which answers an edit is about: the person's, or one incident's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    About,
    Incident(usize),
}

/// Every change the form can make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Sets a text field (blank text removes the answer).
    Text { part: Part, field: &'static str, text: String },
    /// Picks option `option` of a `One` field (replacing any other), or ticks or unticks
    /// it on a `Many` field.
    Pick { part: Part, field: &'static str, option: usize },
    /// Removes the answer to a field, whatever its kind (a picked radio cannot be unpicked
    /// by clicking it again).
    Clear { part: Part, field: &'static str },
    /// Adds an empty incident at the end.
    AddIncident,
    /// Removes this incident.
    RemoveIncident(usize),
}

impl Record {
    /// True when nothing has been written down.
    pub fn is_empty(&self) -> bool {
        self.about.is_empty() && self.incidents.iter().all(FieldAnswers::is_empty)
    }

    /// A record started from the journey: options whose tag the person's answers carry are
    /// already picked, and there is one incident to fill in.
    pub fn from_journey(tags: &HashSet<&str>) -> Self {
        let mut record = Record { about: FieldAnswers::default(), incidents: vec![FieldAnswers::default()] };
        for (section, field) in fields() {
            let options = match field.kind {
                Kind::One(options) | Kind::Many(options) => options,
                _ => continue,
            };
            let picks: Vec<usize> = options.iter().enumerate().filter(|(_, o)| o.tag.is_some_and(|t| tags.contains(t))).map(|(i, _)| i).collect();
            let picks = match (field.kind, picks.first()) {
                (_, None) => continue,
                (Kind::One(_), Some(&first)) => vec![first],
                _ => picks,
            };
            let answers = if section.scope.is_once() { &mut record.about } else { &mut record.incidents[0] };
            answers.insert(field.id, FieldAnswer::Picks(picks));
        }
        record
    }

    /// The answers of one part, if it exists.
    pub fn answers(&self, part: Part) -> Option<&FieldAnswers> {
        match part {
            Part::About => Some(&self.about),
            Part::Incident(i) => self.incidents.get(i),
        }
    }

    /// Applies an edit. Edits to a field or incident that does not exist change nothing.
    pub fn apply(&mut self, edit: Edit) {
        match edit {
            Edit::Text { part, field, text } => {
                if let Some(answers) = self.answers_mut(part) {
                    if text.trim().is_empty() {
                        answers.remove(field);
                    } else {
                        answers.insert(field, FieldAnswer::Text(text));
                    }
                }
            }
            Edit::Pick { part, field, option } => {
                let Some(kind) = field_by_id(field).map(|f| f.kind) else { return };
                let Some(answers) = self.answers_mut(part) else { return };
                let picks = match (kind, answers.get(field)) {
                    (Kind::One(o), _) if option < o.len() => vec![option],
                    (Kind::Many(o), Some(FieldAnswer::Picks(old))) if option < o.len() => {
                        let mut picks: Vec<usize> = old.iter().copied().filter(|&p| p != option).collect();
                        if picks.len() == old.len() {
                            picks.push(option);
                            picks.sort_unstable();
                        }
                        picks
                    }
                    (Kind::Many(o), _) if option < o.len() => vec![option],
                    _ => return,
                };
                if picks.is_empty() {
                    answers.remove(field);
                } else {
                    answers.insert(field, FieldAnswer::Picks(picks));
                }
            }
            Edit::Clear { part, field } => {
                if let Some(answers) = self.answers_mut(part) {
                    answers.remove(field);
                }
            }
            Edit::AddIncident => self.incidents.push(FieldAnswers::default()),
            Edit::RemoveIncident(i) => {
                if i < self.incidents.len() {
                    self.incidents.remove(i);
                }
            }
        }
    }

    fn answers_mut(&mut self, part: Part) -> Option<&mut FieldAnswers> {
        match part {
            Part::About => Some(&mut self.about),
            Part::Incident(i) => self.incidents.get_mut(i),
        }
    }

    /// Incident indices by date, earliest first; undated incidents last, in the order added.
    pub fn by_date(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.incidents.len()).collect();
        order.sort_by_key(|&i| match self.incidents[i].get("date") {
            Some(FieldAnswer::Text(date)) => (false, date.clone()),
            _ => (true, String::new()),
        });
        order
    }

    /// Where an incident comes in date order, from 0: the number people see is this plus 1,
    /// on screen and in summaries alike.
    pub fn date_position(&self, incident: usize) -> usize {
        self.by_date().iter().position(|&i| i == incident).unwrap_or(incident)
    }

    /// Adds an opened record to this one without losing anything: its incidents are added
    /// (unless the same incident is already here), and its answers about the person fill
    /// only the fields still blank here.
    pub fn merge(&mut self, opened: Record) {
        for (field, answer) in opened.about.0 {
            if !self.about.contains_key(&field) {
                self.about.insert(&field, answer);
            }
        }
        self.incidents.retain(|i| !i.is_empty());
        for incident in opened.incidents {
            if !incident.is_empty() && !self.incidents.contains(&incident) {
                self.incidents.push(incident);
            }
        }
    }

    /// Drops anything the form cannot show: unknown fields, answers of the wrong kind,
    /// options out of range and blank text. An opened file may come from another version.
    pub fn sanitised(mut self) -> Record {
        let keep = |answers: &mut FieldAnswers, once: bool| {
            // Sorting also puts a file's answers back in the order `find` relies on.
            answers.0.sort_by(|a, b| a.0.cmp(&b.0));
            answers.0.dedup_by(|a, b| a.0 == b.0);
            answers.0.retain(|(id, answer)| {
                let Some((section, field)) = fields().find(|(_, f)| f.id == id) else { return false };
                section.scope.is_once() == once
                    && match (field.kind, answer) {
                        (Kind::One(o), FieldAnswer::Picks(p)) => p.len() == 1 && p[0] < o.len(),
                        (Kind::Many(o), FieldAnswer::Picks(p)) => {
                            !p.is_empty() && p.windows(2).all(|w| w[0] < w[1]) && p.iter().all(|&i| i < o.len())
                        }
                        (Kind::Line | Kind::Lines | Kind::Date, FieldAnswer::Text(t)) => !t.trim().is_empty(),
                        _ => false,
                    }
            });
        };
        keep(&mut self.about, true);
        for incident in &mut self.incidents {
            keep(incident, false);
        }
        self
    }
}

/// The start of what was written, to tell incidents apart in the list.
pub fn first_words(text: &str) -> String {
    const MAX: usize = 80;
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= MAX {
        return text;
    }
    let cut: String = text.chars().take(MAX).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(start, _)| start);
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(part: Part, field: &'static str, text: &str) -> Edit {
        Edit::Text { part, field, text: text.to_string() }
    }

    #[test]
    fn the_journey_ticks_what_the_person_already_said() {
        let tags: HashSet<&str> = ["who:witness", "strand:race", "strand:religion", "what:online"].into();
        let record = Record::from_journey(&tags);
        assert_eq!(record.about.get("reporter"), Some(&FieldAnswer::Picks(vec![1])));
        assert_eq!(record.incidents[0].get("because_of"), Some(&FieldAnswer::Picks(vec![1, 2])));
        assert_eq!(record.incidents[0].get("place"), Some(&FieldAnswer::Picks(vec![6])));
        assert!(Record::from_journey(&HashSet::new()).is_empty());
    }

    #[test]
    fn blank_text_removes_an_answer() {
        let mut record = Record::from_journey(&HashSet::new());
        record.apply(text(Part::Incident(0), "what", "Shouted at"));
        assert!(!record.is_empty());
        record.apply(text(Part::Incident(0), "what", "  "));
        assert!(record.is_empty());
    }

    #[test]
    fn one_replaces_and_many_toggles() {
        let mut record = Record::default();
        record.apply(Edit::AddIncident);
        let pick = |field, option| Edit::Pick { part: Part::Incident(0), field, option };
        record.apply(pick("place", 2));
        record.apply(pick("place", 0));
        assert_eq!(record.incidents[0].get("place"), Some(&FieldAnswer::Picks(vec![0])));
        record.apply(pick("because_of", 3));
        record.apply(pick("because_of", 1));
        assert_eq!(record.incidents[0].get("because_of"), Some(&FieldAnswer::Picks(vec![1, 3])));
        record.apply(pick("because_of", 3));
        record.apply(pick("because_of", 1));
        assert!(!record.incidents[0].contains_key("because_of"));
        record.apply(Edit::Clear { part: Part::Incident(0), field: "because_of" });
        record.apply(pick("place", 99));
        record.apply(Edit::Pick { part: Part::Incident(5), field: "place", option: 1 });
        assert_eq!(record.incidents[0].get("place"), Some(&FieldAnswer::Picks(vec![0])), "bad edits change nothing");
    }

    #[test]
    fn incidents_list_by_date_with_undated_last() {
        let mut record = Record::default();
        for date in ["2026-10-02", "", "2026-09-30"] {
            record.apply(Edit::AddIncident);
            let i = record.incidents.len() - 1;
            record.apply(text(Part::Incident(i), "date", date));
        }
        assert_eq!(record.by_date(), vec![2, 0, 1]);
    }

    #[test]
    fn merging_an_opened_record_loses_nothing() {
        let mut here = Record::default();
        here.apply(text(Part::About, "name", "Sam"));
        here.apply(Edit::AddIncident);
        here.apply(text(Part::Incident(0), "what", "Eggs thrown at the window"));
        let mut opened = here.clone();
        opened.apply(text(Part::About, "name", "S"));
        opened.apply(text(Part::About, "phone", "07700 900123"));
        opened.apply(Edit::AddIncident);
        opened.apply(text(Part::Incident(1), "what", "Note through the door"));
        here.merge(opened);
        assert_eq!(here.about.get("name"), Some(&FieldAnswer::Text("Sam".into())), "what is on screen wins");
        assert_eq!(here.about.get("phone"), Some(&FieldAnswer::Text("07700 900123".into())));
        assert_eq!(here.incidents.len(), 2, "the shared incident is not doubled");
    }

    #[test]
    fn sanitising_drops_what_the_form_cannot_show() {
        let json = r#"{"about":[["what",{"text":"wrong part"}],["name",{"text":"Sam"}],["nope",{"text":"x"}]],
            "incidents":[[["place",{"picks":[0,1]}],["known",{"picks":[1]}],["because_of",{"picks":[2,0]}],["known",{"picks":[2]}],["date",{"picks":[1]}]]]}"#;
        let record: Record = crate::pathway::reader::read(serde_json::from_str(json).expect("is JSON")).expect("is a record");
        let clean = record.sanitised();
        assert_eq!(clean.about.ids().collect::<Vec<_>>(), ["name"]);
        assert_eq!(clean.incidents[0].ids().collect::<Vec<_>>(), ["known"]);
        assert_eq!(clean.incidents[0].get("known"), Some(&FieldAnswer::Picks(vec![1])), "the first of two answers is kept");
    }
}
