//! Detail one step away: a native `details` element, so it opens by keyboard, says
//! "collapsed" and "expanded" to screen readers, keeps its edges in forced colours and
//! needs no script to read (the static version has the same). The summary names what is
//! inside, so a list of them reads as a table of contents.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DisclosureProps {
    /// What opening it shows, for example "More about Victim First".
    pub summary: AttrValue,
    /// What it is about, for screen readers only, where the heading above says it to the
    /// eye and the summary is the same in every card ("What happens next").
    #[prop_or_default]
    pub about: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(Disclosure)]
pub fn disclosure(props: &DisclosureProps) -> Html {
    html! {
        <details class="pathway__details">
            <summary class="pathway__details-summary">
                {props.summary.clone()}
                if let Some(about) = &props.about { <span class="pathway__visually-hidden">{": "}{about.clone()}</span> }
            </summary>
            <div class="pathway__details-text">{props.children.clone()}</div>
        </details>
    }
}
