//! "Step 3 of 8", in words and as a bar.

use crate::ui::hooks::use_words;
use crate::words::Word;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub number: usize,
    pub total: usize,
    pub id: AttrValue,
}

#[function_component(Progress)]
pub fn progress(props: &ProgressProps) -> Html {
    let words = use_words();
    html! {
        <div class="pathway__progress">
            <p class="pathway__progress-text" id={props.id.clone()}>{words.fill(Word::StepOf, &[("n", &props.number.to_string()), ("total", &props.total.to_string())])}</p>
            <progress
                max={props.total.to_string()}
                value={props.number.to_string()}
                aria-labelledby={props.id.clone()}
                title={words.get(Word::ProgressLabel)}
            ></progress>
        </div>
    }
}
