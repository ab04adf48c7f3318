//! Properties of the share summary over generated records, ticks, recipients and covers:
//! a field switched off never appears in any output, every ticked answer does, and the
//! output follows the form's order (incidents by date). The summaries are made as the
//! widget makes them, with the staff member's referral list, so they cover everything that
//! can leave the page.

#![cfg(not(target_arch = "wasm32"))]

use pathway_widget::pathway::{load_valid, Cluster, Health, Pathway, DEFAULT_FILES};
use pathway_widget::report::{
    fields, summary, Field, FieldAnswer, FieldAnswers, IncidentScope, Kind, Recipient, Record, Referrals, Scope, ShareChoices, SummaryContext,
    CONSENT_FIELD, FORM, REFERRAL_FIELD,
};
use pathway_widget::words::Words;
use proptest::prelude::*;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The default pathway, for the handover record's referral list.
fn pathway() -> &'static Pathway {
    static PATHWAY: OnceLock<Pathway> = OnceLock::new();
    PATHWAY.get_or_init(|| load_valid(&DEFAULT_FILES).expect("valid default data"))
}

/// What the widget makes a summary with in staff mode.
fn context() -> SummaryContext<'static> {
    SummaryContext { words: Words::english(), referrals: Some(Referrals { pathway: pathway(), setting: Cluster::Community, health: Health::Mental }) }
}

/// The lines that are answers to form questions, not consent or referral lines.
fn is_answer(field: &str) -> bool {
    field != CONSENT_FIELD && field != REFERRAL_FIELD
}

/// A distinctive answer for a field, so its text can be searched for in the output.
fn answer_for(field: &Field, seed: u8, incident: usize) -> FieldAnswer {
    match field.kind {
        Kind::One(options) => FieldAnswer::Picks(vec![seed as usize % options.len()]),
        Kind::Many(options) => {
            let mut picks: Vec<usize> = (0..options.len()).filter(|i| (seed >> (i % 8)) & 1 == 1).collect();
            if picks.is_empty() {
                picks.push(0);
            }
            FieldAnswer::Picks(picks)
        }
        Kind::Date => FieldAnswer::Text(format!("2026-{:02}-{:02}", 1 + seed % 12, 1 + seed % 28)),
        Kind::Line | Kind::Lines => FieldAnswer::Text(format!("«{}#{incident}#{seed}»", field.id)),
    }
}

/// Answers to the questions asked once per record (`once`) or once per incident.
fn answers(once: bool, picks: &[Option<u8>], incident: usize) -> FieldAnswers {
    fields()
        .filter(|(s, _)| s.scope.is_once() == once)
        .zip(picks)
        .filter_map(|((_, f), seed)| seed.map(|seed| (f.id.to_string(), answer_for(f, seed, incident))))
        .collect()
}

fn record() -> impl Strategy<Value = Record> {
    let n = fields().count();
    let seeds = prop::collection::vec(prop::option::of(any::<u8>()), n);
    (seeds.clone(), prop::collection::vec(seeds, 0..4)).prop_map(|(about, incidents)| Record {
        // Person answers are marked 99, so no incident marker matches them.
        about: answers(true, &about, 99),
        incidents: incidents.iter().enumerate().map(|(i, s)| answers(false, s, i)).collect(),
    })
}

/// Ticks and unticks, as the person clicked them.
type Clicks = Vec<(Recipient, &'static str)>;

fn clicks() -> impl Strategy<Value = Clicks> {
    let all: Vec<&'static str> = fields().map(|(_, f)| f.id).collect();
    prop::collection::vec((0..Recipient::ALL.len(), prop::sample::select(all)), 0..40)
        .prop_map(|clicks| clicks.into_iter().map(|(r, field)| (Recipient::ALL[r], field)).collect())
}

/// `explicit`: as staff and reporting centres record consent, with nothing ticked at first.
fn choices(clicks: &Clicks, explicit: bool) -> ShareChoices {
    let mut choices = if explicit { ShareChoices::explicit() } else { ShareChoices::default() };
    for &(recipient, field) in clicks {
        choices.toggle(recipient, field);
    }
    choices
}

/// The oracle, independent of `ShareChoices`: private fields (or, when `explicit`, all
/// fields for recipients outside the service) start unticked, the rest ticked, and each
/// click for this recipient flips it.
fn ticked(clicks: &Clicks, explicit: bool, recipient: Recipient, field: &Field) -> bool {
    let flips = clicks.iter().filter(|&&(r, f)| r == recipient && f == field.id).count();
    let explicit = explicit && Recipient::OUTSIDE.contains(&recipient);
    (!explicit && !field.private) ^ (flips % 2 == 1)
}

fn cover() -> impl Strategy<Value = IncidentScope> {
    prop_oneof![Just(IncidentScope::All), (0usize..5).prop_map(IncidentScope::One)]
}

/// The incidents a cover takes in, in the order the summary must list them.
fn covered(record: &Record, cover: IncidentScope) -> Vec<usize> {
    match cover {
        IncidentScope::All => record.by_date(),
        IncidentScope::One(i) => (i < record.incidents.len()).then_some(i).into_iter().collect(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn exactly_the_ticked_answers_leave(record in record(), clicks in clicks(), cover in cover(), explicit in any::<bool>()) {
        let choices = choices(&clicks, explicit);
        for recipient in Recipient::ALL {
            let summary = summary(&record, &choices, recipient, cover, &context());
            let text = summary.to_text();
            let shared: Vec<&str> = summary.blocks.iter().flat_map(|b| &b.parts).flat_map(|p| &p.lines).map(|l| l.field).filter(|&f| is_answer(f)).collect();
            let incidents = covered(&record, cover);
            for (section, field) in fields() {
                let answered: Vec<&FieldAnswer> = match section.scope {
                    Scope::Person | Scope::Staff => record.about.get(field.id).into_iter().collect(),
                    Scope::Incident => incidents.iter().filter_map(|&i| record.incidents[i].get(field.id)).collect(),
                };
                let times = shared.iter().filter(|&&f| f == field.id).count();
                // The handover questions go into the handover record only.
                let for_recipient = section.scope != Scope::Staff || recipient == Recipient::Handover;
                if ticked(&clicks, explicit, recipient, field) && for_recipient {
                    prop_assert_eq!(times, answered.len(), "{} ticked for {:?}", field.id, recipient);
                } else {
                    prop_assert_eq!(times, 0, "{} unticked for {:?}", field.id, recipient);
                    // Not in the text either, for any incident (including uncovered ones).
                    let marker = format!("«{}#", field.id);
                    prop_assert!(!text.contains(&marker), "{} leaked into:\n{}", field.id, text);
                }
            }
            for i in (0..record.incidents.len()).filter(|i| !incidents.contains(i)) {
                prop_assert!(!text.contains(&format!("#{i}#")), "uncovered incident {} leaked into:\n{}", i, text);
            }
        }
    }

    #[test]
    fn output_follows_the_form_order(record in record(), clicks in clicks(), cover in cover(), explicit in any::<bool>()) {
        let choices = choices(&clicks, explicit);
        let position = |id: &str| fields().position(|(_, f)| f.id == id).expect("a form field");
        let first_incident = FORM.iter().take_while(|s| s.scope == Scope::Person).map(|s| s.fields.len()).sum::<usize>();
        for recipient in Recipient::ALL {
            let summary = summary(&record, &choices, recipient, cover, &context());
            // Incident blocks take the place of the first incident field, one after another.
            let mut keys = Vec::new();
            let mut incident_blocks = 0;
            for block in &summary.blocks {
                let is_incident = block.parts.iter().any(|p| p.heading.is_some());
                for line in block.parts.iter().flat_map(|p| &p.lines).filter(|l| is_answer(l.field)) {
                    let key = if is_incident { (first_incident, incident_blocks, position(line.field)) } else { (position(line.field), 0, 0) };
                    keys.push(key);
                }
                incident_blocks += usize::from(is_incident);
            }
            prop_assert!(keys.windows(2).all(|w| w[0] < w[1]), "out of order: {:?}", keys);
            // Incidents appear by date, read back from the summary's own headings: dated
            // ones first, earliest first, then undated ones.
            let iso: HashMap<String, String> = record
                .incidents
                .iter()
                .filter_map(|a| match a.get("date") { Some(FieldAnswer::Text(d)) => Some((Words::english().long_date(d), d.clone())), _ => None })
                .collect();
            let dates: Vec<Option<&String>> = summary
                .blocks
                .iter()
                .filter(|b| b.parts.iter().any(|p| p.heading.is_some()))
                .map(|b| b.heading.split_once(": ").map(|(_, date)| &iso[date]))
                .collect();
            let undated = dates.iter().position(Option::is_none).unwrap_or(dates.len());
            prop_assert!(dates[undated..].iter().all(Option::is_none), "a dated incident after an undated one: {:?}", dates);
            prop_assert!(dates[..undated].windows(2).all(|w| w[0] <= w[1]), "not by date: {:?}", dates);
        }
    }
}
