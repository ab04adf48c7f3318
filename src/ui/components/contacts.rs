//! A list of contacts: what it is, the number or address as a link where safe, hours,
//! notes, and when it was last checked (docs/DATA.md, content rules).

use crate::pathway::{is_safe_link, Contact};
use crate::ui::hooks::{use_pathway, use_words};
use crate::words::{Word, Words};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ContactListProps {
    pub ids: Vec<String>,
}

#[function_component(ContactList)]
pub fn contact_list(props: &ContactListProps) -> Html {
    let words = use_words();
    let pathway = use_pathway().expect("App provides the pathway");
    let items: Html = props.ids.iter().filter_map(|id| pathway.contact(id)).map(|contact| contact_item(&words, contact)).collect();
    html! { <ul class="pathway__contacts" role="list">{items}</ul> }
}

fn contact_item(words: &Words, contact: &Contact) -> Html {
    // Links were checked when the data loaded; checked again here so that no path can
    // ever render a `javascript:` or `data:` link.
    let value = match contact.href.as_deref().filter(|h| is_safe_link(h)) {
        Some(href) => html! { <a href={href.to_string()} rel="noreferrer">{&contact.value}</a> },
        None => html! { <span class="pathway__contact-value">{&contact.value}</span> },
    };
    html! {
        <li class="pathway__contact">
            <span class="pathway__contact-label">{&contact.label}{": "}</span>
            {value}
            if let Some(hours) = &contact.hours { <span class="pathway__contact-hours">{" ("}{hours}{")"}</span> }
            if let Some(note) = &contact.note { <p class="pathway__contact-note">{note}</p> }
            <p class="pathway__checked">
                {words.last_checked(&contact.verified)}
                if contact.may_have_changed { {". "}<strong>{words.get(Word::MayHaveChanged)}</strong> }
            </p>
        </li>
    }
}
