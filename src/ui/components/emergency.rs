//! The "in danger now" box, short: the first of `meta.emergency` (999) on its own line,
//! and its accessible alternatives (text relay, emergencySMS, BSL, Silent Solution) one
//! disclosure away.

use super::contacts::{ContactList, MainContact};
use super::disclosure::Disclosure;
use crate::ui::hooks::{use_pathway, use_words};
use crate::words::Word;
use yew::prelude::*;

#[function_component(Emergency)]
pub fn emergency() -> Html {
    let words = use_words();
    let pathway = use_pathway().expect("App provides the pathway");
    let (first, others) = match pathway.meta.emergency.split_first() {
        Some((first, others)) => (Some(first.clone()), others.to_vec()),
        None => (None, vec![]),
    };
    html! {
        <aside class="pathway__emergency" aria-label={words.get(Word::EmergencyHeading)}>
            <h3>{words.get(Word::EmergencyHeading)}</h3>
            if let Some(id) = first { <MainContact {id} /> }
            if !others.is_empty() {
                <Disclosure summary={words.get(Word::EmergencyOthers)}>
                    <ContactList ids={pathway.meta.emergency.clone()} />
                </Disclosure>
            }
        </aside>
    }
}
