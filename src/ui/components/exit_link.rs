//! "Exit this page": first in the widget's focus order and visible on every screen, with
//! the status region where the Shift count is announced.
//!
//! A real link to the neutral page, so it still leaves if anything else fails; the click
//! handler lets the widget wipe itself and leave with `location.replace` instead.

use crate::ui::hooks::use_words;
use crate::words::Word;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExitLinkProps {
    pub href: AttrValue,
    pub on_exit: Callback<()>,
    /// What the Shift count has to say, if anything.
    #[prop_or_default]
    pub status: Option<AttrValue>,
    /// More controls that must stay in view beside exit (on shared screens: "Clear screen"
    /// and the idle warning).
    #[prop_or_default]
    pub children: Html,
}

#[function_component(ExitLink)]
pub fn exit_link(props: &ExitLinkProps) -> Html {
    let words = use_words();
    let onclick = props.on_exit.reform(|event: MouseEvent| event.prevent_default());
    html! {
        <div class="pathway__exit-bar">
            <a class="pathway__exit" href={props.href.clone()} rel="noreferrer nofollow" {onclick}>
                {words.get(Word::Exit)}
                <span class="pathway__exit-hint">{words.get(Word::ExitHint)}</span>
            </a>
            { props.children.clone() }
            // Always present, so that screen readers announce changes to it.
            <p class="pathway__exit-status" role="status">{props.status.clone()}</p>
        </div>
    }
}
