//! Contacts: a list of them (what each is, the number or address as a link where safe,
//! hours and notes), said once at its end where the facts came from and how old they are
//! (docs/DATA.md, content rules); or one contact alone on a line, for the one way to reach
//! a route or service that shows before its detail is opened.

use super::idea::Idea;
use crate::pathway::{is_safe_link, Confirmation, Contact};
use crate::ui::hooks::{use_pathway, use_words};
use crate::words::Word;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ContactListProps {
    pub ids: Vec<String>,
}

#[function_component(ContactList)]
pub fn contact_list(props: &ContactListProps) -> Html {
    let words = use_words();
    let pathway = use_pathway().expect("App provides the pathway");
    let contacts: Vec<&Contact> = props.ids.iter().filter_map(|id| pathway.contact(id)).collect();
    let Some(latest) = contacts.iter().map(|c| c.verified.as_str()).max() else { return html! {} };
    let dates: Vec<(&str, Confirmation)> = contacts.iter().map(|c| (c.source_date.as_str(), c.confirmed)).collect();
    let items: Html = contacts
        .iter()
        .map(|contact| {
            html! {
                <li class="pathway__contact">
                    <Idea text={contact.label.clone()}>{contact_line(contact)}</Idea>
                    if let Some(note) = &contact.note { <p class="pathway__contact-note"><Idea text={note.clone()} /></p> }
                </li>
            }
        })
        .collect();
    html! {
        <>
            <ul class="pathway__contacts" role="list">{items}</ul>
            <p class="pathway__checked">
                <Idea text={words.get(Word::SourcesRead)}>
                    {words.sources(latest, &dates)}
                    if contacts.iter().any(|c| c.may_have_changed) { {" "}<strong>{words.get(Word::MayHaveChanged)}</strong> }
                </Idea>
            </p>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct MainContactProps {
    pub id: String,
    /// Under a service's own name the contact's label would say it again: leave it out.
    #[prop_or(true)]
    pub labelled: bool,
}

/// One contact on one line: what it is and the number or address.
#[function_component(MainContact)]
pub fn main_contact(props: &MainContactProps) -> Html {
    let pathway = use_pathway().expect("App provides the pathway");
    // The hours are in the detail: the line stays one line on a phone.
    match pathway.contact(&props.id) {
        // "Emergency: 999" needs no ": 999" after it: the label itself is the link.
        Some(contact) if props.labelled && contact.label.contains(&contact.value) => {
            html! { <p class="pathway__contact pathway__contact--main"><Idea text={contact.label.clone()}>{link_reading(contact, &contact.label)}</Idea></p> }
        }
        Some(contact) if props.labelled => html! {
            <p class="pathway__contact pathway__contact--main">
                <Idea text={contact.label.clone()}><span class="pathway__contact-label">{&contact.label}{": "}</span>{link(contact)}</Idea>
            </p>
        },
        Some(contact) => html! { <p class="pathway__contact pathway__contact--main"><Idea text={contact.label.clone()}>{link(contact)}</Idea></p> },
        None => html! {},
    }
}

fn contact_line(contact: &Contact) -> Html {
    html! {
        <>
            <span class="pathway__contact-label">{&contact.label}{": "}</span>
            {link(contact)}
            if let Some(hours) = &contact.hours { <span class="pathway__contact-hours">{" ("}{hours}{")"}</span> }
        </>
    }
}

/// The number or address, as a link where safe.
fn link(contact: &Contact) -> Html {
    link_reading(contact, &contact.value)
}

/// The contact's link (or plain text, where it has no safe one), reading `text`.
fn link_reading(contact: &Contact, text: &str) -> Html {
    // Links were checked when the data loaded; checked again here so that no path can
    // ever render a `javascript:` or `data:` link.
    match contact.href.as_deref().filter(|h| is_safe_link(h)) {
        Some(href) => html! { <a href={href.to_string()} rel="noreferrer">{text}</a> },
        None => html! { <span class="pathway__contact-value">{text}</span> },
    }
}
