//! Back, Start again, the record, the staff guide and the safety page: the widget's own
//! history, so the page URL never changes; the way to write down what happened; and the
//! way to read what quick exit can and cannot hide.

use crate::journey::Action;
use crate::ui::hooks::use_words;
use crate::words::Word;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct JourneyNavProps {
    pub can_go_back: bool,
    /// Opens the record (offered on journey steps; record screens have their own way back).
    #[prop_or_default]
    pub on_record: Option<Callback<MouseEvent>>,
    /// Opens the staff guide (staff mode).
    #[prop_or_default]
    pub on_guide: Option<Callback<MouseEvent>>,

    pub dispatch: Callback<Action>,
    pub on_safety: Callback<MouseEvent>,
}

#[function_component(JourneyNav)]
pub fn journey_nav(props: &JourneyNavProps) -> Html {
    let words = use_words();
    let send = |action: Action| props.dispatch.reform(move |_: MouseEvent| action);
    html! {
        <nav class="pathway__nav" aria-label="Journey">
            if props.can_go_back {
                <button type="button" class="pathway__button pathway__button--secondary" onclick={send(Action::Back)}>{words.get(Word::Back)}</button>
                <button type="button" class="pathway__button pathway__button--secondary" onclick={send(Action::Restart)}>{words.get(Word::StartAgain)}</button>
            }
            if let Some(on_record) = props.on_record.clone() {
                <button type="button" class="pathway__button pathway__button--secondary" onclick={on_record}>{words.get(Word::RecordLink)}</button>
            }
            if let Some(on_guide) = props.on_guide.clone() {
                <button type="button" class="pathway__button pathway__button--secondary" onclick={on_guide}>{words.get(Word::StaffGuideLink)}</button>
            }
            <button type="button" class="pathway__button pathway__button--secondary" onclick={props.on_safety.clone()}>{words.get(Word::SafetyLink)}</button>

        </nav>
    }
}
