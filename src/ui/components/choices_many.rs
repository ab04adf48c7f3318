//! A `many` step: checkboxes in a fieldset whose legend is the step's heading.

use super::choices::{choice_id, ChoicesProps};
use super::heading::StepHeading;
use super::idea::Idea;
use crate::journey::Action;
use crate::ui::hooks::use_pathway;
use yew::prelude::*;

#[function_component(ManyChoices)]
pub fn many_choices(props: &ChoicesProps) -> Html {
    let pathway = use_pathway().expect("App provides the pathway");
    let step = props.journey.step(&pathway);
    let items: Html = step
        .choices
        .iter()
        .enumerate()
        .map(|(index, choice)| {
            let input_id = choice_id(props, &step.id, &choice.id);
            let hint_id = format!("{input_id}-hint");
            let onchange = props.dispatch.reform(move |_: Event| Action::Toggle(index));
            html! {
                <div class="pathway__checkbox">
                    <input
                        type="checkbox"
                        id={input_id.clone()}
                        checked={props.journey.is_picked(index)}
                        aria-describedby={choice.hint.as_ref().map(|_| hint_id.clone())}
                        {onchange}
                    />
                    <label for={input_id}><Idea text={choice.label.clone()} in_control=true /></label>
                    if let Some(hint) = &choice.hint {
                        <p class="pathway__hint" id={hint_id}><Idea text={hint.clone()} /></p>
                    }
                </div>
            }
        })
        .collect();
    html! {
        <fieldset class="pathway__fieldset">
            // The heading is the legend, so the question names the group.
            <legend class="pathway__legend"><StepHeading title={step.title.clone()} arrivals={props.arrivals} /></legend>
            { for step.intro.iter().map(|p| html! { <p><Idea text={p.clone()} /></p> }) }
            <div class="pathway__checkboxes">{items}</div>
        </fieldset>
    }
}
