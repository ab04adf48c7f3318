//! The "in danger now" box: 999 and its accessible alternatives, from `meta.emergency`.

use super::contacts::ContactList;
use super::state::PathwayRef;
use super::text;
use yew::prelude::*;

#[function_component(Emergency)]
pub fn emergency() -> Html {
    let pathway = use_context::<PathwayRef>().expect("App provides the pathway");
    html! {
        <aside class="pathway__emergency" aria-label={text::EMERGENCY_HEADING}>
            <h3>{text::EMERGENCY_HEADING}</h3>
            <p>{text::EMERGENCY_INTRO}</p>
            <ContactList ids={pathway.meta.emergency.clone()} />
        </aside>
    }
}
