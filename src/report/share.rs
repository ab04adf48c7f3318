//! Choosing what to share: for each recipient, which fields go into their summary, and
//! the summary itself as structured lines (for the preview and print) and as plain text
//! (for copy and download). Both come from one [`Summary`], so what the preview shows is
//! exactly what leaves.
//!
//! A field switched off for a recipient never appears in that recipient's summary, and the
//! summary follows the form's order so it can be pasted into a report form top to bottom.

use super::form::{fields, Field, Kind, Scope, FORM};
use super::record::{FieldAnswer, FieldAnswers, Record};
use super::referrals::{referral_list, Referrals};
use crate::words::{Word, Words};
use std::collections::HashSet;

/// Who a summary is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Recipient {
    Police,
    ReportingCentre,
    Health,
    Support,
    JustMe,
    /// The staff member's or reporting centre's own records: consent and handover.
    Handover,
}

impl Recipient {
    pub const ALL: [Recipient; 6] =
        [Recipient::Police, Recipient::ReportingCentre, Recipient::Health, Recipient::Support, Recipient::JustMe, Recipient::Handover];
    /// Those outside the service a person can agree to share with, in the order of the
    /// form's `agreed` options.
    pub const OUTSIDE: [Recipient; 4] = [Recipient::Police, Recipient::ReportingCentre, Recipient::Health, Recipient::Support];

    /// The recipients offered: the handover record is for staff and reporting centres.
    pub fn offered(with_handover: bool) -> &'static [Recipient] {
        if with_handover {
            &Recipient::ALL
        } else {
            &Recipient::ALL[..5]
        }
    }

    /// How the person picks it.
    pub fn label(self) -> Word {
        match self {
            Recipient::Police => Word::ForPolice,
            Recipient::ReportingCentre => Word::ForReportingCentre,
            Recipient::Health => Word::ForHealth,
            Recipient::Support => Word::ForSupport,
            Recipient::JustMe => Word::ForJustMe,
            Recipient::Handover => Word::ForHandover,
        }
    }

    /// The summary's title.
    pub fn title(self) -> Word {
        match self {
            Recipient::Police => Word::SummaryPolice,
            Recipient::ReportingCentre => Word::SummaryReportingCentre,
            Recipient::Health => Word::SummaryHealth,
            Recipient::Support => Word::SummarySupport,
            Recipient::JustMe => Word::SummaryJustMe,
            Recipient::Handover => Word::SummaryHandover,
        }
    }
}

/// The person's include ticks, kept per recipient. On their own device each field starts
/// ticked unless it is private. When staff or a reporting centre record consent, nothing
/// for a recipient outside the service is ticked until the person agrees to it, so every
/// such tick is a real agreement; the service's own handover record starts as usual.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ShareChoices {
    /// Fields whose tick differs from the default, per recipient.
    changed: HashSet<(Recipient, &'static str)>,
    /// Every field starts unticked.
    explicit: bool,
}

impl ShareChoices {
    /// Choices where only what is ticked is included (staff and third-party modes).
    pub fn explicit() -> Self {
        ShareChoices { explicit: true, ..ShareChoices::default() }
    }

    pub fn includes(&self, recipient: Recipient, field: &Field) -> bool {
        let explicit = self.explicit && Recipient::OUTSIDE.contains(&recipient);
        let ticked_at_start = !explicit && !field.private;
        ticked_at_start != self.changed.contains(&(recipient, field.id))
    }

    /// Ticks or unticks one field for one recipient.
    pub fn toggle(&mut self, recipient: Recipient, field: &'static str) {
        if !self.changed.remove(&(recipient, field)) {
            self.changed.insert((recipient, field));
        }
    }
}

/// What a summary covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IncidentScope {
    /// Every incident, by date.
    All,
    /// One incident (its index in the record).
    One(usize),
}

/// A summary ready to show or take away.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub title: &'static str,
    /// Said at the top: that the person chose what to include.
    pub note: &'static str,
    /// Said instead of the blocks when there are none.
    pub nothing_to_share: &'static str,
    pub blocks: Vec<Block>,
}

/// A headed block: one person section, or one incident.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub heading: String,
    pub parts: Vec<SummaryPart>,
}

/// The lines of one form section, under its heading (none when the block is the section).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryPart {
    pub heading: Option<&'static str>,
    pub lines: Vec<Line>,
}

/// One answer as it is shared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub field: &'static str,
    pub label: String,
    pub value: String,
}

/// The name offered for every downloaded summary. It says nothing about what is inside or
/// who it is for: a file called "police" in a downloads folder could be found.
pub const SUMMARY_FILE_NAME: &str = "notes.txt";

/// The `field` of the consent lines, which are about recipients, not form questions.
pub const CONSENT_FIELD: &str = "(consent)";

/// What a summary is made with besides the record and the ticks: the words to say it in
/// and, for a staff member's handover record, the services of their setting.
#[derive(Debug, Clone, Copy, Default)]
pub struct SummaryContext<'p> {
    pub words: Words,
    pub referrals: Option<Referrals<'p>>,
}

/// The answer as text: option labels joined, dates written out.
pub fn answer_text(words: &Words, field: &Field, answer: &FieldAnswer) -> String {
    let labels = words.field(field.id).options;
    match (field.kind, answer) {
        (Kind::One(_) | Kind::Many(_), FieldAnswer::Picks(picks)) => {
            picks.iter().filter_map(|&p| labels.get(p).copied()).collect::<Vec<_>>().join("; ")
        }
        (Kind::Date, FieldAnswer::Text(date)) => words.long_date(date),
        (_, FieldAnswer::Text(text)) => text.trim().to_string(),
        (_, FieldAnswer::Picks(_)) => String::new(),
    }
}

/// The summary for one recipient: the ticked, answered fields, in form order, then for
/// the handover record the consent given and the services to refer to. Everything that
/// can leave the page is made here.
pub fn summary(record: &Record, choices: &ShareChoices, recipient: Recipient, cover: IncidentScope, context: &SummaryContext<'_>) -> Summary {
    let words = &context.words;
    let lines = |section: &'static super::form::Section, answers: &FieldAnswers| -> Vec<Line> {
        section
            .fields
            .iter()
            .filter(|f| choices.includes(recipient, f))
            .filter_map(|f| {
                let value = answer_text(words, f, answers.get(f.id)?);
                (!value.is_empty()).then_some(Line { field: f.id, label: words.field(f.id).label.to_string(), value })
            })
            .collect()
    };
    let incidents: Vec<usize> = match cover {
        IncidentScope::All => record.by_date(),
        IncidentScope::One(i) if i < record.incidents.len() => vec![i],
        IncidentScope::One(_) => Vec::new(),
    };
    let mut blocks = Vec::new();
    let mut incidents_done = false;
    for section in FORM {
        match section.scope {
            Scope::Staff if recipient != Recipient::Handover => {}
            Scope::Person | Scope::Staff => {
                let lines = lines(section, &record.about);
                if !lines.is_empty() {
                    let part = SummaryPart { heading: None, lines };
                    blocks.push(Block { heading: words.section(section.id).to_string(), parts: vec![part] });
                }
            }
            // All incident sections are listed together, incident by incident.
            Scope::Incident if !incidents_done => {
                incidents_done = true;
                for (n, &i) in incidents.iter().enumerate() {
                    let answers = &record.incidents[i];
                    let parts: Vec<SummaryPart> = FORM
                        .iter()
                        .filter(|s| s.scope == Scope::Incident)
                        .map(|s| SummaryPart { heading: Some(words.section(s.id)), lines: lines(s, answers) })
                        .filter(|p| !p.lines.is_empty())
                        .collect();
                    if !parts.is_empty() {
                        let heading = incident_heading(words, n, incidents.len(), answers);
                        blocks.push(Block { heading, parts });
                    }
                }
            }
            Scope::Incident => {}
        }
    }
    if recipient == Recipient::Handover {
        blocks.push(consent(words, record, choices));
        blocks.extend(context.referrals.map(|referrals| referral_list(words, &referrals)));
    }
    Summary { title: words.get(recipient.title()), note: words.get(Word::SummaryNote), nothing_to_share: words.get(Word::NothingToShare), blocks }
}

/// The recipients the person agreed to, from the handover questions.
pub fn agreed(record: &Record) -> Vec<Recipient> {
    match record.about.get("agreed") {
        Some(FieldAnswer::Picks(picks)) => picks.iter().filter_map(|&i| Recipient::OUTSIDE.get(i).copied()).collect(),
        _ => Vec::new(),
    }
}

/// For the handover record: what may go to each recipient the person agreed to, as ticked
/// for that recipient, or that they agreed to no one yet.
fn consent(words: &Words, record: &Record, choices: &ShareChoices) -> Block {
    let agreed = agreed(record);
    let heading = words.get(Word::ConsentHeading).to_string();
    if agreed.is_empty() {
        let line = Line { field: CONSENT_FIELD, label: words.get(Word::NoOne).to_string(), value: words.get(Word::NoOneDetail).to_string() };
        return Block { heading, parts: vec![SummaryPart { heading: None, lines: vec![line] }] };
    }
    let lines = agreed
        .into_iter()
        .map(|recipient| {
            let shared: Vec<&str> = answered_fields(record, IncidentScope::All, recipient)
                .into_iter()
                .filter(|f| choices.includes(recipient, f))
                .map(|f| words.field(f.id).label)
                .collect();
            let value = if shared.is_empty() { words.get(Word::NothingTicked).to_string() } else { shared.join("; ") };
            Line { field: CONSENT_FIELD, label: words.get(recipient.label()).to_string(), value }
        })
        .collect();
    Block { heading, parts: vec![SummaryPart { heading: None, lines }] }
}

/// "Incident 2 of 3: 4 October 2026", or "The incident" when there is only one.
fn incident_heading(words: &Words, n: usize, of: usize, answers: &FieldAnswers) -> String {
    let date = match answers.get("date") {
        Some(FieldAnswer::Text(date)) => format!(": {}", words.long_date(date)),
        _ => String::new(),
    };
    if of == 1 {
        words.fill(Word::SummaryTheIncident, &[("date", &date)])
    } else {
        words.fill(Word::SummaryIncidentOf, &[("n", &(n + 1).to_string()), ("of", &of.to_string()), ("date", &date)])
    }
}

impl Summary {
    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }

    /// The summary as plain text, for the clipboard and the downloaded file.
    pub fn to_text(&self) -> String {
        let mut out = format!("{}\n\n{}\n", self.title, self.note);
        if self.is_empty() {
            out.push_str(&format!("\n{}\n", self.nothing_to_share));
        }
        for block in &self.blocks {
            out.push_str(&format!("\n{}\n{}\n", block.heading, "=".repeat(block.heading.chars().count())));
            for part in &block.parts {
                if let Some(heading) = part.heading {
                    out.push_str(&format!("\n{heading}\n"));
                }
                for line in &part.lines {
                    if line.value.contains('\n') {
                        out.push_str(&format!("{}:\n{}\n", line.label, line.value));
                    } else {
                        out.push_str(&format!("{}: {}\n", line.label, line.value));
                    }
                }
            }
        }
        out
    }
}

/// The fields that have an answer somewhere in what the summary covers, in form order:
/// the ones worth offering a tick for. The handover questions are for the handover only.
pub fn answered_fields(record: &Record, cover: IncidentScope, recipient: Recipient) -> Vec<&'static Field> {
    let incidents: Vec<&FieldAnswers> = match cover {
        IncidentScope::All => record.incidents.iter().collect(),
        IncidentScope::One(i) => record.incidents.get(i).into_iter().collect(),
    };
    fields()
        .filter(|(section, field)| match section.scope {
            Scope::Person => record.about.contains_key(field.id),
            Scope::Staff => recipient == Recipient::Handover && record.about.contains_key(field.id),
            Scope::Incident => incidents.iter().any(|a| a.contains_key(field.id)),
        })
        .map(|(_, field)| field)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::record::{Edit, Part};
    use super::*;

    fn record() -> Record {
        let mut record = Record::default();
        let edits = [
            Edit::Text { part: Part::About, field: "name", text: "Sam Smith".into() },
            Edit::Pick { part: Part::About, field: "reporter", option: 0 },
            Edit::Pick { part: Part::About, field: "contact", option: 0 },
            Edit::AddIncident,
            Edit::Text { part: Part::Incident(0), field: "what", text: "A note through the door.\nIt said to leave.".into() },
            Edit::Text { part: Part::Incident(0), field: "date", text: "2026-10-04".into() },
            Edit::AddIncident,
            Edit::Text { part: Part::Incident(1), field: "what", text: "Shouting in the street".into() },
            Edit::Text { part: Part::Incident(1), field: "date", text: "2026-09-30".into() },
            Edit::Pick { part: Part::Incident(1), field: "because_of", option: 1 },
            Edit::Pick { part: Part::Incident(1), field: "because_of", option: 2 },
        ];
        edits.into_iter().for_each(|e| record.apply(e));
        record
    }

    #[test]
    fn private_fields_wait_for_a_tick() {
        let mut choices = ShareChoices::default();
        let text = summary(&record(), &choices, Recipient::Police, IncidentScope::All, &SummaryContext::default()).to_text();
        assert!(!text.contains("Sam Smith"), "{text}");
        choices.toggle(Recipient::Police, "name");
        assert!(summary(&record(), &choices, Recipient::Police, IncidentScope::All, &SummaryContext::default())
            .to_text()
            .contains("Name: Sam Smith"));
        let gp = summary(&record(), &choices, Recipient::Health, IncidentScope::All, &SummaryContext::default()).to_text();
        assert!(!gp.contains("Sam Smith"), "a tick for the police is not a tick for the GP");
    }

    #[test]
    fn the_text_reads_like_the_form() {
        let text = summary(&record(), &ShareChoices::default(), Recipient::Police, IncidentScope::All, &SummaryContext::default()).to_text();
        let expected = "Summary for the police

The person who wrote this chose which details to include.

Who is reporting
================
Who is telling this: The person it happened to

Incident 1 of 2: 30 September 2026
==================================

Why it happened
Why you think it happened: Race, nationality or ethnicity; Religion or belief

What happened
What happened: Shouting in the street

When
Date: 30 September 2026

Incident 2 of 2: 4 October 2026
===============================

What happened
What happened:
A note through the door.
It said to leave.

When
Date: 4 October 2026

What you would like
===================
Being contacted: Please contact me
";
        assert_eq!(text, expected);
    }

    #[test]
    fn one_incident_covers_only_that_incident() {
        let text = summary(&record(), &ShareChoices::default(), Recipient::JustMe, IncidentScope::One(0), &SummaryContext::default()).to_text();
        assert!(text.contains("The incident: 4 October 2026") && !text.contains("Shouting"), "{text}");
        assert!(summary(&record(), &ShareChoices::default(), Recipient::JustMe, IncidentScope::One(9), &SummaryContext::default()).blocks.len() == 2);
    }

    #[test]
    fn the_handover_says_what_may_go_to_whom_and_stays_out_of_other_summaries() {
        let mut record = record();
        record.apply(Edit::Pick { part: Part::About, field: "agreed", option: 0 });
        record.apply(Edit::Pick { part: Part::About, field: "agreed", option: 2 });
        record.apply(Edit::Text { part: Part::About, field: "next_steps", text: "Referred to the county hate project".into() });
        // Staff record consent: nothing is ticked until the person agrees.
        let mut choices = ShareChoices::explicit();
        let handover = summary(&record, &choices, Recipient::Handover, IncidentScope::All, &SummaryContext::default()).to_text();
        assert!(handover.contains("The police: nothing ticked yet"), "{handover}");
        choices.toggle(Recipient::Police, "what");
        choices.toggle(Recipient::Police, "date");
        choices.toggle(Recipient::Health, "what");
        let handover = summary(&record, &choices, Recipient::Handover, IncidentScope::All, &SummaryContext::default()).to_text();
        assert!(handover.contains("Consent and handover record") && handover.contains("What I will do next: Referred"));
        assert!(handover.contains("The police: What happened; Date"), "{handover}");
        assert!(handover.contains("My GP or a care service: What happened\n"), "{handover}");
        assert!(!handover.contains("A support organisation:"), "not agreed, not listed");
        let police = summary(&record, &choices, Recipient::Police, IncidentScope::All, &SummaryContext::default()).to_text();
        assert!(!police.contains("Referred") && !police.contains("Who the person agreed"), "{police}");
    }

    #[test]
    fn a_handover_with_no_one_agreed_says_so() {
        let text = summary(&record(), &ShareChoices::explicit(), Recipient::Handover, IncidentScope::All, &SummaryContext::default()).to_text();
        assert!(text.contains("No one yet: the person has not agreed"), "{text}");
        assert!(!text.contains("Sam Smith"), "private details wait for a tick in the handover too");
    }

    #[test]
    fn an_empty_summary_says_so() {
        let text =
            summary(&Record::default(), &ShareChoices::default(), Recipient::Support, IncidentScope::All, &SummaryContext::default()).to_text();
        assert!(text.contains(Word::NothingToShare.english()));
    }

    #[test]
    fn ticks_are_offered_for_answered_fields_only() {
        let ids: Vec<&str> = answered_fields(&record(), IncidentScope::One(0), Recipient::Police).iter().map(|f| f.id).collect();
        assert_eq!(ids, ["reporter", "name", "what", "date", "contact"]);
    }
}
