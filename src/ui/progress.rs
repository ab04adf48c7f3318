//! "Step 3 of 8", in words and as a bar.

use super::text;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub number: usize,
    pub total: usize,
    pub id: AttrValue,
}

#[function_component(Progress)]
pub fn progress(props: &ProgressProps) -> Html {
    html! {
        <div class="pathway__progress">
            <p class="pathway__progress-text" id={props.id.clone()}>{text::step_of(props.number, props.total)}</p>
            <progress
                max={props.total.to_string()}
                value={props.number.to_string()}
                aria-labelledby={props.id.clone()}
                title={text::PROGRESS_LABEL}
            ></progress>
        </div>
    }
}
