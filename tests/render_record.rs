//! The record screens rendered natively (yew's server renderer): what a person and a
//! screen reader meet on each, for example records.
#![cfg(feature = "ssr")]

use pathway_widget::report::{fields, Kind, Scope};
use pathway_widget::report::{Edit, IncidentScope, Part, Recipient, Record, ShareChoices};
use pathway_widget::session::WipeFlag;
use pathway_widget::staff::Mode;
use pathway_widget::ui::pages::{EditPage, EditPageProps, FilePage, FilePageProps, RecordPage, RecordPageProps, SharePage, SharePageProps};
use yew::{BaseComponent, Callback, ServerRenderer};

fn render<C: BaseComponent>(props: impl FnOnce() -> C::Properties + Send + 'static) -> String {
    futures::executor::block_on(ServerRenderer::<C>::with_props(props).hydratable(false).render())
}

fn record() -> Record {
    let mut record = Record::default();
    let edits = [
        Edit::Text { part: Part::About, field: "name", text: "Sam Example".into() },
        Edit::AddIncident,
        Edit::Text {
            part: Part::Incident(0),
            field: "what",
            text: "Eggs thrown at the window again, the third time this month, and shouting about my wheelchair".into(),
        },
        Edit::Text { part: Part::Incident(0), field: "date", text: "2026-11-02".into() },
        Edit::AddIncident,
        Edit::Text { part: Part::Incident(1), field: "date", text: "2026-10-20".into() },
        Edit::Pick { part: Part::Incident(1), field: "because_of", option: 0 },
    ];
    edits.into_iter().for_each(|e| record.apply(e));
    record
}

/// The share screen for a recipient, with the default ticks, covering every incident.
fn share_props(record: Record, recipient: Recipient) -> SharePageProps {
    SharePageProps {
        record,
        share: ShareChoices::default(),
        recipient,
        incidents: IncidentScope::All,
        handover: false,
        referrals_for: None,
        arrivals: 1,
        id_prefix: "t".into(),
        dispatch: Callback::noop(),
    }
}

fn at(html: &str, needle: &str) -> usize {
    html.find(needle).unwrap_or_else(|| panic!("`{needle}` not in:\n{html}"))
}

#[test]
fn the_record_lists_incidents_by_date_with_their_first_words() {
    let html = render::<RecordPage>(|| RecordPageProps { record: record(), mode: Mode::SelfHelp, arrivals: 1, dispatch: Callback::noop() });
    // Numbered in date order, as the summaries number them.
    assert!(at(&html, "Incident 1: 20 October 2026") < at(&html, "Incident 2: 2 November 2026"), "earliest first");
    assert!(html.contains("Eggs thrown at the window again, the third time this month, and shouting about…"), "{html}");
    assert!(html.contains("Nothing written about what happened yet."));
    assert!(html.contains("1 question answered."));
    for button in ["Add an incident", "Choose what to share", "Save your record, or open a saved one", "Back to the questions"] {
        at(&html, &format!(">{button}</button>"));
    }
    // Each "Change" says which incident to a screen reader.
    at(&html, r#">Change<span class="pathway__visually-hidden"> Incident 2</span>"#);
    at(&html, r#">Change<span class="pathway__visually-hidden"> Incident 1</span>"#);
}

#[test]
fn every_incident_question_has_a_label_and_nothing_is_autocompleted() {
    let html = render::<EditPage>(|| EditPageProps {
        record: record(),
        part: Part::Incident(0),
        handover: false,
        arrivals: 1,
        id_prefix: "t".into(),
        dispatch: Callback::noop(),
    });
    for (section, field) in fields() {
        let id = format!("t-incident-0-{}", field.id);
        match (section.scope, field.kind) {
            (Scope::Person | Scope::Staff, _) => assert!(!html.contains(&id), "{} is asked once, not per incident", field.id),
            (_, Kind::One(_) | Kind::Many(_)) => {
                at(&html, &format!(r#"<legend class="pathway__label">{}</legend>"#, pathway_widget::words::Words::english().field(field.id).label));
                at(&html, &format!(r#"id="{id}-0""#));
                at(&html, &format!(r#"for="{id}-0""#));
            }
            _ => {
                at(&html, &format!(r#"for="{id}""#));
                at(&html, &format!(r#"id="{id}""#));
            }
        }
    }
    assert_eq!(html.matches("autocomplete=\"off\"").count(), html.matches("class=\"pathway__input\"").count());
    assert!(html.contains("Eggs thrown"), "the answer so far is in its box");
    at(&html, ">Remove this incident</button>");
}

#[test]
fn the_share_page_offers_ticks_for_answers_and_previews_only_what_is_ticked() {
    let html = render::<SharePage>(|| share_props(record(), Recipient::Police));
    let preview = &html[at(&html, "pathway__summary")..];
    assert!(!preview.contains("Sam Example"), "the name waits for a tick");
    assert!(preview.contains("Summary for the police") && preview.contains("Eggs thrown"));
    assert!(at(preview, "Incident 1 of 2: 20 October 2026") < at(preview, "Incident 2 of 2: 2 November 2026"));
    at(&html, r#"for="t-include-name""#);
    at(&html, r#"aria-describedby="t-include-name-hint""#);
    at(&html, r#"id="t-include-name-hint" class="pathway__hint">Contact details, or details about someone else: left out unless you tick it."#);
    assert!(!html.contains("t-include-phone"), "no tick for a question not answered");
    at(&html, "All 2 incidents");
    assert!(at(&html, ">Incident 1: 20 October 2026</label>") < at(&html, ">Incident 2: 2 November 2026</label>"));
    for button in ["Copy", "Print", "Download as a text file"] {
        at(&html, &format!(">{button}</button>"));
    }
    at(&html, r#"<p role="status" class="pathway__status"></p>"#);
}

#[test]
fn one_incident_needs_no_choice_of_incidents() {
    let html = render::<SharePage>(|| {
        let mut record = record();
        record.apply(Edit::RemoveIncident(1));
        share_props(record, Recipient::JustMe)
    });
    assert!(!html.contains("Which incidents?"), "{html}");
    at(&html, "The incident: 2 November 2026");
}

#[test]
fn an_empty_record_says_there_is_nothing_to_share_yet() {
    let html = render::<SharePage>(|| share_props(Record::default(), Recipient::JustMe));
    at(&html, "Nothing is written down yet, so there is nothing to choose.");
    at(&html, "Nothing is ticked that has an answer, so there is nothing to share yet.");
}

#[test]
fn an_answered_choice_can_be_cleared() {
    let html = render::<EditPage>(|| EditPageProps {
        record: record(),
        part: Part::Incident(1),
        handover: false,
        arrivals: 1,
        id_prefix: "t".into(),
        dispatch: Callback::noop(),
    });
    // Only "Why you think it happened" is answered in this incident.
    assert_eq!(html.matches("Clear this answer").count(), 1);
    at(&html, r#"Clear this answer<span class="pathway__visually-hidden">: Why you think it happened</span>"#);
    at(&html, "<h2 tabindex=\"-1\" class=\"pathway__heading\">Incident 1</h2>");
}

#[test]
fn the_file_page_asks_for_passphrases_that_are_never_autocompleted() {
    let html = render::<FilePage>(|| FilePageProps {
        record: record(),
        arrivals: 1,
        id_prefix: "t".into(),
        dispatch: Callback::noop(),
        wipe_flag: WipeFlag::default(),
    });
    assert_eq!(html.matches(r#"type="password""#).count(), 3);
    assert_eq!(html.matches(r#"autocomplete="off""#).count(), 4);
    for (id, label) in [
        ("t-passphrase", "Passphrase"),
        ("t-passphrase-again", "Passphrase again"),
        ("t-file", "Saved record file"),
        ("t-open-passphrase", "The file's passphrase"),
    ] {
        assert!(html.contains(&format!(r#"<label for="{id}" class="pathway__label">{label}</label>"#)), "{id} is labelled {label}");
    }
    at(&html, r#"accept=".json,application/json""#);
}
