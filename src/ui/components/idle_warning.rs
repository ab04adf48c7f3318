//! The idle warning on a shared screen: it will be cleared unless someone uses it.

use crate::ui::hooks::use_words;
use crate::words::Word;
use yew::prelude::*;

#[derive(Debug, Properties, PartialEq)]
pub struct IdleWarningProps {
    pub keep_working: Callback<MouseEvent>,
}

/// The warning: the screen will be cleared unless someone uses it.
#[function_component(IdleWarning)]
pub fn idle_warning(props: &IdleWarningProps) -> Html {
    let words = use_words();
    html! {
        <div class="pathway__idle" role="alert">
            <p>{words.get(Word::IdleWarning)}</p>
            <button type="button" class="pathway__button" onclick={props.keep_working.clone()}>{words.get(Word::KeepWorking)}</button>
        </div>
    }
}
