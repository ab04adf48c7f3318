//! The record: what the person has written down so far (about them, and each incident by
//! date), with the ways to add to it, choose what to share, and save or open a locked file.

use crate::report::{answer_text, field_by_id, first_words, Edit, FieldAnswer, Part, Record};
use crate::session::{Screen, WidgetAction};
use crate::staff::Mode;
use crate::ui::components::StepHeading;
use crate::ui::hooks::use_words;
use crate::words::Word;
use crate::words::Words;
use yew::prelude::*;

/// "Incident 2: 4 October 2026": numbered in date order, as summaries number them.
pub(super) fn incident_name(words: &Words, record: &Record, incident: usize) -> String {
    let title = words.incident_title(record.date_position(incident));
    match (record.incidents[incident].get("date"), field_by_id("date")) {
        (Some(date), Some(field)) => format!("{title}: {}", answer_text(words, field, date)),
        _ => title,
    }
}

#[derive(Debug, Properties, PartialEq)]
pub struct RecordPageProps {
    pub record: Record,
    #[prop_or_default]
    pub mode: Mode,
    pub arrivals: u32,
    pub dispatch: Callback<WidgetAction>,
}

#[function_component(RecordPage)]
pub fn record_page(props: &RecordPageProps) -> Html {
    let words = use_words();
    let show = |screen: Screen| props.dispatch.reform(move |_: MouseEvent| WidgetAction::Show(screen));
    let incidents = props.record.by_date().into_iter().map(|i| {
        let answers = &props.record.incidents[i];
        let what = match answers.get("what") {
            Some(FieldAnswer::Text(what)) => first_words(what),
            _ => words.get(Word::NothingWritten).to_string(),
        };
        html! {
            <li class="pathway__incident">
                <h4>{incident_name(&words, &props.record, i)}</h4>
                <p>{what}</p>
                <button type="button" class="pathway__button pathway__button--secondary" onclick={show(Screen::Edit(Part::Incident(i)))}>
                    {words.get(Word::Change)}<span class="pathway__visually-hidden">{format!(" {}", words.incident_title(props.record.date_position(i)))}</span>
                </button>
            </li>
        }
    });
    let about_count = props.record.about.len();
    // On a staff or centre screen it is someone else's report, written with them.
    let (title, intro) = if props.mode.is_shared_screen() { (Word::ReportTitle, Word::ReportIntro) } else { (Word::RecordTitle, Word::RecordIntro) };
    let title = words.get(title);
    html! {
        <section key="record" class="pathway__step" aria-label={title}>
            <StepHeading title={title} arrivals={props.arrivals} />
            { for words.paragraphs(intro).map(|p| html! { <p>{p}</p> }) }
            if props.mode == Mode::ThirdParty {
                <div class="pathway__section">
                    <h3>{words.get(Word::ThirdPartyHeading)}</h3>
                    { for words.paragraphs(Word::ThirdPartyNotes).map(|p| html! { <p>{p}</p> }) }
                </div>
            }
            <h3>{words.get(Word::EditAbout)}</h3>
            <p>{if about_count == 0 { words.get(Word::AnswersNone).to_string() } else { words.count(about_count, Word::AnswersOne, Word::AnswersMany) }}</p>
            <button type="button" class="pathway__button pathway__button--secondary" onclick={show(Screen::Edit(Part::About))}>
                {words.get(Word::Change)}<span class="pathway__visually-hidden">{format!(" {}", words.get(Word::EditAbout))}</span>
            </button>
            <h3>{words.get(Word::IncidentsHeading)}</h3>
            if props.record.incidents.is_empty() {
                <p>{words.get(Word::NoIncidents)}</p>
            } else {
                <ul class="pathway__incidents" role="list">{ for incidents }</ul>
            }
            <button type="button" class="pathway__button pathway__button--secondary" onclick={props.dispatch.reform(|_: MouseEvent| WidgetAction::Edit(Edit::AddIncident))}>{words.get(Word::AddIncident)}</button>
            <h3>{words.get(Word::NextHeading)}</h3>
            <button type="button" class="pathway__button" onclick={show(Screen::Share)}>{words.get(Word::ShareTitle)}</button>
            <button type="button" class="pathway__button pathway__button--secondary" onclick={show(Screen::File)}>{words.get(Word::FileTitle)}</button>
            <button type="button" class="pathway__button pathway__button--secondary" onclick={show(Screen::Journey)}>{words.get(Word::BackToJourney)}</button>
        </section>
    }
}
