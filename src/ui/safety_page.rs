//! The safety page: what quick exit does, what it cannot hide, and how to remove this
//! visit from the browser's history. It opens over the journey and closes back to it.

use super::heading::StepHeading;
use super::text;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SafetyPageProps {
    pub arrivals: u32,
    pub on_close: Callback<MouseEvent>,
}

#[function_component(SafetyPage)]
pub fn safety_page(props: &SafetyPageProps) -> Html {
    let sections = text::SAFETY_SECTIONS.iter().map(|(heading, paragraphs)| {
        html! {
            <div class="pathway__section">
                <h3>{*heading}</h3>
                { for paragraphs.iter().map(|p| html! { <p>{*p}</p> }) }
            </div>
        }
    });
    html! {
        <section key="safety" class="pathway__step" aria-label={text::SAFETY_LINK}>
            <StepHeading title={text::SAFETY_LINK} arrivals={props.arrivals} />
            <p>{text::SAFETY_INTRO}</p>
            { for sections }
            <button type="button" class="pathway__button" onclick={props.on_close.clone()}>{text::SAFETY_CLOSE}</button>
        </section>
    }
}
