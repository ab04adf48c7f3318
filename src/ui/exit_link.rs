//! "Exit this page": first in the widget's focus order and visible on every screen.
//!
//! A real link to the neutral page, so it still leaves if anything else fails; the click
//! handler lets the embed wipe the widget and leave with `location.replace` instead.

use super::text;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExitLinkProps {
    pub href: AttrValue,
    pub on_exit: Callback<()>,
}

#[function_component(ExitLink)]
pub fn exit_link(props: &ExitLinkProps) -> Html {
    let onclick = {
        let on_exit = props.on_exit.clone();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            on_exit.emit(());
        })
    };
    html! {
        <div class="pathway__exit-bar">
            <a class="pathway__exit" href={props.href.clone()} rel="noreferrer nofollow" {onclick}>
                {text::EXIT}
                <span class="pathway__exit-hint">{text::EXIT_HINT}</span>
            </a>
        </div>
    }
}
