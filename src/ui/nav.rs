//! Back and Start again: the widget's own history, so the page URL never changes.

use super::text;
use crate::journey::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct JourneyNavProps {
    pub can_go_back: bool,
    pub dispatch: Callback<Action>,
}

#[function_component(JourneyNav)]
pub fn journey_nav(props: &JourneyNavProps) -> Html {
    if !props.can_go_back {
        return html! {};
    }
    let send = |action: Action| props.dispatch.reform(move |_: MouseEvent| action);
    html! {
        <nav class="pathway__nav" aria-label="Journey">
            <button type="button" class="pathway__button pathway__button--secondary" onclick={send(Action::Back)}>{text::BACK}</button>
            <button type="button" class="pathway__button pathway__button--secondary" onclick={send(Action::Restart)}>{text::START_AGAIN}</button>
        </nav>
    }
}
