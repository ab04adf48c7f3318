//! The plan: the routes the person chose, the services that fit, and a recap of what they
//! said. Nothing here leaves the screen unless the person takes it.

use super::emergency::Emergency;
use super::route_card::RouteCard;
use super::services::{ServiceFilter, ServiceGroups};
use super::state::PathwayRef;
use super::text;
use crate::journey::Journey;
use crate::plan::{chosen_routes, recap};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PlanPageProps {
    pub journey: Journey,
}

#[function_component(PlanPage)]
pub fn plan_page(props: &PlanPageProps) -> Html {
    let pathway = use_context::<PathwayRef>().expect("App provides the pathway");
    let step = props.journey.step(&pathway);
    let routes = chosen_routes(&pathway, &props.journey);
    let tags: Vec<String> = props.journey.tags(&pathway).iter().map(|t| t.to_string()).collect();
    let answers = recap(&pathway, &props.journey);
    html! {
        <div class="pathway__plan">
            if step.show_emergency { <Emergency /> }
            <h3>{text::CHOSEN_HEADING}</h3>
            if routes.is_empty() {
                <p>{text::NOTHING_CHOSEN}</p>
            } else {
                { for routes.iter().map(|r| html! { <RouteCard id={r.id.clone()} /> }) }
            }
            if !step.list_services.is_empty() {
                <h3>{text::SERVICES_HEADING}</h3>
                <ServiceGroups filter={ServiceFilter::Answers { kinds: step.list_services.clone(), tags }} />
            }
            if !answers.is_empty() {
                <h3>{text::RECAP_HEADING}</h3>
                <p>{text::RECAP_NOTE}</p>
                <dl class="pathway__recap">
                    { for answers.iter().map(|(question, labels)| html! {
                        <><dt>{*question}</dt><dd>{labels.join("; ")}</dd></>
                    }) }
                </dl>
            }
            if !pathway.meta.notes.is_empty() {
                <h3>{text::ABOUT_DATA_HEADING}</h3>
                { for pathway.meta.notes.iter().map(|n| html! { <p>{n}</p> }) }
            }
        </div>
    }
}
