//! A `one` step: each answer is a button that moves on at once.

use super::choices::{choice_id, ChoicesProps};
use super::idea::Idea;
use crate::journey::Action;
use crate::ui::hooks::use_pathway;
use yew::prelude::*;

#[function_component(OneChoices)]
pub fn one_choices(props: &ChoicesProps) -> Html {
    let pathway = use_pathway().expect("App provides the pathway");
    let step = props.journey.step(&pathway);
    let items: Html = step
        .choices
        .iter()
        .enumerate()
        .map(|(index, choice)| {
            let hint_id = format!("{}-hint", choice_id(props, &step.id, &choice.id));
            let onclick = props.dispatch.reform(move |_: MouseEvent| Action::Choose(index));
            html! {
                <li>
                    <button
                        type="button"
                        class="pathway__choice"
                        aria-describedby={choice.hint.as_ref().map(|_| hint_id.clone())}
                        {onclick}
                    ><Idea text={choice.label.clone()} in_control=true /></button>
                    if let Some(hint) = &choice.hint {
                        <p class="pathway__hint" id={hint_id}><Idea text={hint.clone()} /></p>
                    }
                </li>
            }
        })
        .collect();
    html! { <ul class="pathway__choices" role="list">{items}</ul> }
}
