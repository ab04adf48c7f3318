//! A `one` step: each answer is a button that moves on at once.

use super::state::PathwayRef;
use crate::journey::{Action, Journey};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OneChoicesProps {
    pub journey: Journey,
    pub id_prefix: AttrValue,
    pub dispatch: Callback<Action>,
}

#[function_component(OneChoices)]
pub fn one_choices(props: &OneChoicesProps) -> Html {
    let pathway = use_context::<PathwayRef>().expect("App provides the pathway");
    let step = props.journey.step(&pathway);
    let items: Html = step
        .choices
        .iter()
        .enumerate()
        .map(|(index, choice)| {
            let hint_id = format!("{}-{}-{}-hint", props.id_prefix, step.id, choice.id);
            let onclick = props.dispatch.reform(move |_: MouseEvent| Action::Choose(index));
            html! {
                <li>
                    <button
                        type="button"
                        class="pathway__choice"
                        aria-describedby={choice.hint.as_ref().map(|_| hint_id.clone())}
                        {onclick}
                    >{&choice.label}</button>
                    if let Some(hint) = &choice.hint {
                        <p class="pathway__hint" id={hint_id}>{hint}</p>
                    }
                </li>
            }
        })
        .collect();
    html! { <ul class="pathway__choices" role="list">{items}</ul> }
}
