//! The "in danger now" box: 999 and its accessible alternatives, from `meta.emergency`.

use super::contacts::ContactList;
use crate::ui::hooks::{use_pathway, use_words};
use crate::words::Word;
use yew::prelude::*;

#[function_component(Emergency)]
pub fn emergency() -> Html {
    let words = use_words();
    let pathway = use_pathway().expect("App provides the pathway");
    html! {
        <aside class="pathway__emergency" aria-label={words.get(Word::EmergencyHeading)}>
            <h3>{words.get(Word::EmergencyHeading)}</h3>
            <p>{words.get(Word::EmergencyIntro)}</p>
            <ContactList ids={pathway.meta.emergency.clone()} />
        </aside>
    }
}
