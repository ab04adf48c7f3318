//! The plan, leading with the next step: each route the person chose with the one way to
//! reach it, then the services that fit, one line each, for where they live; the detail of each, what they
//! said and the notes on the data are a disclosure away. Nothing here leaves the screen
//! unless the person takes it: copy, print or download take the plan's text, its routes
//! and contacts, never the answers.

use crate::journey::Journey;
use crate::journey::{chosen_routes, plan_text, recap};
use crate::pathway::Residence;
use crate::ui::components::RouteCard;
use crate::ui::components::{Disclosure, Emergency, Idea, TakeAway};
use crate::ui::components::{ServiceFilter, ServiceGroups};
use crate::ui::hooks::{use_pathway, use_residence, use_words};
use crate::words::Word;
use yew::prelude::*;

#[derive(Debug, Properties, PartialEq)]
pub struct PlanPageProps {
    pub journey: Journey,
}

#[function_component(PlanPage)]
pub fn plan_page(props: &PlanPageProps) -> Html {
    let words = use_words();
    let pathway = use_pathway().expect("App provides the pathway");
    let residence = use_residence();
    let step = props.journey.step(&pathway);
    let routes = chosen_routes(&pathway, &props.journey);
    let tags: Vec<String> = props.journey.tags(&pathway).iter().map(|t| t.to_string()).collect();
    let answers = recap(&pathway, &props.journey);
    let text = plan_text(&pathway, &props.journey, &words);
    html! {
        <div class="pathway__plan">
            if step.show_emergency { <Emergency /> }
            <h3>{words.get(Word::ChosenHeading)}</h3>
            if routes.is_empty() {
                <p><Idea text={words.get(Word::NothingChosen)} /></p>
            } else {
                { for routes.iter().map(|r| html! { <RouteCard id={r.id.clone()} /> }) }
            }
            if !step.list_services.is_empty() {
                <h3>{words.get(Word::ServicesHeading)}</h3>
                <ServiceGroups filter={ServiceFilter::Answers { kinds: step.list_services.clone(), tags }} />
                if let Some(name) = residence.name(&pathway.meta.areas) {
                    <p class="pathway__local"><Idea text={words.get(Word::LocalFor)}>{words.fill(Word::LocalFor, &[("area", name)])}</Idea></p>
                } else if residence == Residence::Elsewhere {
                    <p class="pathway__local"><Idea text={words.get(Word::LocalElsewhere)} /></p>
                }
            }
            <Disclosure summary={words.get(Word::PlanTakeAway)}>
                <p><Idea text={words.get(Word::PlanTakeAwayNote)} /></p>
                <TakeAway text={text.clone()} />
            </Disclosure>
            // What printing prints (the print styles show the summary alone): the same text.
            <pre class="pathway__summary pathway__plan-print">{text}</pre>
            if !answers.is_empty() {
                <Disclosure summary={words.get(Word::RecapHeading)}>
                    <p><Idea text={words.get(Word::RecapNote)} /></p>
                    <dl class="pathway__recap">
                        { for answers.iter().map(|(question, labels)| html! {
                            <><dt>{*question}</dt><dd>{labels.join("; ")}</dd></>
                        }) }
                    </dl>
                </Disclosure>
            }
            if !pathway.meta.notes.is_empty() {
                <Disclosure summary={words.get(Word::AboutDataHeading)}>
                    { for pathway.meta.notes.iter().map(|n| html! { <p><Idea text={n.clone()} /></p> }) }
                </Disclosure>
            }
        </div>
    }
}
