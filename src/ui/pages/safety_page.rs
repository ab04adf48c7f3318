//! The safety page: what quick exit does, what it cannot hide, and how to remove this
//! visit from the browser's history. It opens over the journey and closes back to it.

use crate::ui::components::{Idea, StepHeading};
use crate::ui::hooks::use_words;
use crate::words::Word;
use yew::prelude::*;

#[derive(Debug, Properties, PartialEq)]
pub struct SafetyPageProps {
    pub arrivals: u32,
    pub on_close: Callback<MouseEvent>,
}

#[function_component(SafetyPage)]
pub fn safety_page(props: &SafetyPageProps) -> Html {
    let words = use_words();
    let sections = [
        (Word::SafetyDoesHeading, Word::SafetyDoes),
        (Word::SafetyCannotHeading, Word::SafetyCannot),
        (Word::SafetyRemoveHeading, Word::SafetyRemove),
    ]
    .map(|(heading, paragraphs)| {
        html! {
            <div class="pathway__section">
                <h3>{words.get(heading)}</h3>
                { for words.paragraphs(paragraphs).map(|p| html! { <p><Idea text={p} /></p> }) }
            </div>
        }
    });
    html! {
        <section key="safety" class="pathway__step" aria-label={words.get(Word::SafetyLink)}>
            <StepHeading title={words.get(Word::SafetyLink)} arrivals={props.arrivals} />
            <p><Idea text={words.get(Word::SafetyIntro)} /></p>
            { for sections }
            <button type="button" class="pathway__button" onclick={props.on_close.clone()}>{words.get(Word::SafetyClose)}</button>
        </section>
    }
}
