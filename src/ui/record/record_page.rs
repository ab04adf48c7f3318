//! The record: what the person has written down so far (about them, and each incident by
//! date), with the ways to add to it, choose what to share, and save or open a locked file.

use super::super::heading::StepHeading;
use super::super::state::{Screen, WidgetAction};
use super::super::text;
use crate::report::share::answer_text;
use crate::report::form::field_by_id;
use crate::mode::Mode;
use crate::report::{Answer, Edit, Part, Record};
use yew::prelude::*;

/// "Incident 2: 4 October 2026": numbered in date order, as summaries number them.
pub(super) fn incident_name(record: &Record, incident: usize) -> String {
    let title = text::incident_title(record.date_position(incident));
    match (record.incidents[incident].get("date"), field_by_id("date")) {
        (Some(date), Some(field)) => format!("{title}: {}", answer_text(field, date)),
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
    let show = |screen: Screen| props.dispatch.reform(move |_: MouseEvent| WidgetAction::Show(screen));
    let incidents = props.record.by_date().into_iter().map(|i| {
        let answers = &props.record.incidents[i];
        let what = match answers.get("what") {
            Some(Answer::Text(what)) => text::first_words(what),
            _ => text::NOTHING_WRITTEN.to_string(),
        };
        html! {
            <li class="pathway__incident">
                <h4>{incident_name(&props.record, i)}</h4>
                <p>{what}</p>
                <button type="button" class="pathway__button pathway__button--secondary" onclick={show(Screen::Edit(Part::Incident(i)))}>
                    {text::CHANGE}<span class="pathway__visually-hidden">{format!(" {}", text::incident_title(props.record.date_position(i)))}</span>
                </button>
            </li>
        }
    });
    let about_count = props.record.about.len();
    // On a staff or centre screen it is someone else's report, written with them.
    let (title, intro) = if props.mode.is_shared_screen() { (text::REPORT_TITLE, text::REPORT_INTRO) } else { (text::RECORD_TITLE, text::RECORD_INTRO) };
    html! {
        <section key="record" class="pathway__step" aria-label={title}>
            <StepHeading title={title} arrivals={props.arrivals} />
            { for intro.iter().map(|p| html! { <p>{*p}</p> }) }
            if props.mode == Mode::ThirdParty {
                <div class="pathway__section">
                    <h3>{text::THIRD_PARTY_HEADING}</h3>
                    { for text::THIRD_PARTY_NOTES.iter().map(|p| html! { <p>{*p}</p> }) }
                </div>
            }
            <h3>{text::EDIT_ABOUT}</h3>
            <p>{text::answers_given(about_count)}</p>
            <button type="button" class="pathway__button pathway__button--secondary" onclick={show(Screen::Edit(Part::About))}>
                {text::CHANGE}<span class="pathway__visually-hidden">{format!(" {}", text::EDIT_ABOUT)}</span>
            </button>
            <h3>{text::INCIDENTS_HEADING}</h3>
            if props.record.incidents.is_empty() {
                <p>{text::NO_INCIDENTS}</p>
            } else {
                <ul class="pathway__incidents" role="list">{ for incidents }</ul>
            }
            <button type="button" class="pathway__button pathway__button--secondary" onclick={props.dispatch.reform(|_: MouseEvent| WidgetAction::Edit(Edit::AddIncident))}>{text::ADD_INCIDENT}</button>
            <h3>{text::NEXT_HEADING}</h3>
            <button type="button" class="pathway__button" onclick={show(Screen::Share)}>{text::SHARE_TITLE}</button>
            <button type="button" class="pathway__button pathway__button--secondary" onclick={show(Screen::File)}>{text::FILE_TITLE}</button>
            <button type="button" class="pathway__button pathway__button--secondary" onclick={show(Screen::Journey)}>{text::BACK_TO_JOURNEY}</button>
        </section>
    }
}
