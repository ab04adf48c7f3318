//! The present step: heading, text, and the controls its kind needs.

use super::plan_page::PlanPage;
use crate::journey::{Action, Journey};
use crate::pathway::StepKind;
use crate::ui::components::ContactList;
use crate::ui::components::Emergency;
use crate::ui::components::Idea;
use crate::ui::components::ManyChoices;
use crate::ui::components::OneChoices;
use crate::ui::components::Sections;
use crate::ui::components::StepHeading;
use crate::ui::components::{ServiceFilter, ServiceGroups};
use crate::ui::hooks::{use_pathway, use_words};
use crate::words::Word;
use yew::prelude::*;

#[derive(Debug, Properties, PartialEq)]
pub struct StepPageProps {
    pub journey: Journey,
    pub arrivals: u32,
    pub id_prefix: AttrValue,
    pub dispatch: Callback<Action>,
}

#[function_component(StepPage)]
pub fn step_page(props: &StepPageProps) -> Html {
    let words = use_words();
    let pathway = use_pathway().expect("App provides the pathway");
    let step = props.journey.step(&pathway);
    let tags = props.journey.tags(&pathway);
    let heading = html! { <StepHeading title={step.title.clone()} arrivals={props.arrivals} /> };
    let intro: Html = step.intro.iter().map(|p| html! { <p><Idea text={p.clone()} /></p> }).collect();
    let extras = html! {
        <>
            if step.show_emergency && step.kind != StepKind::Plan { <Emergency /> }
            <Sections journey={props.journey.clone()} />
            if !step.contacts.is_empty() { <ContactList ids={step.contacts.clone()} /> }
            if !step.list_services.is_empty() && step.kind != StepKind::Plan {
                <ServiceGroups filter={ServiceFilter::Answers { kinds: step.list_services.clone(), tags: tags.iter().map(|t| t.to_string()).collect() }} />
            }
        </>
    };
    let continue_label = step.continue_label.clone().unwrap_or_else(|| words.get(Word::Continue).to_string());
    let continue_button = html! {
        <button type="button" class="pathway__button" onclick={props.dispatch.reform(|_: MouseEvent| Action::Continue)}>
            {continue_label}
        </button>
    };
    let choices = |many: bool| {
        let (journey, id_prefix, dispatch) = (props.journey.clone(), props.id_prefix.clone(), props.dispatch.clone());
        let arrivals = props.arrivals;
        if many {
            html! { <ManyChoices {journey} {arrivals} {id_prefix} {dispatch} /> }
        } else {
            html! { <OneChoices {journey} {arrivals} {id_prefix} {dispatch} /> }
        }
    };
    let body = match step.kind {
        // The many step's heading is the legend of its fieldset.
        StepKind::Many => html! { <>{choices(true)}{extras}{continue_button}</> },
        kind => {
            let controls = match kind {
                StepKind::One => choices(false),
                StepKind::Plan => html! { <PlanPage journey={props.journey.clone()} /> },
                _ => continue_button,
            };
            html! { <>{heading}{intro}{extras}{controls}</> }
        }
    };
    // Keyed by step, so every step is a fresh subtree: nothing of the last one is reused.
    html! { <section key={step.id.clone()} class="pathway__step" aria-label={step.title.clone()}>{body}</section> }
}
