//! Services grouped by how soon they are for, each its name (which opens the rest) and its
//! main contact: those that fit the person's answers, or, in
//! the staff guide, those of the staff member's point of entry, or, in the static version,
//! all of them.

use super::contacts::{ContactList, MainContact};
use super::disclosure::Disclosure;
use super::idea::Idea;
use crate::journey::{services_by_urgency, services_for_setting, services_of_kinds};
use crate::pathway::{Cluster, Health, ServiceKind};
use crate::ui::hooks::{use_pathway, use_words};
use crate::words::Word;
use std::collections::HashSet;
use yew::prelude::*;

/// Which services to list.
#[derive(Debug, Clone, PartialEq)]
pub enum ServiceFilter {
    /// Services of these kinds that fit these answer tags.
    Answers { kinds: Vec<ServiceKind>, tags: Vec<String> },
    /// The services of a point of entry and kind of health.
    Setting(Cluster, Health),
    /// Every service of these kinds (the static version has no answers to go on).
    Kinds(Vec<ServiceKind>),
}

#[derive(Properties, PartialEq)]
pub struct ServiceGroupsProps {
    pub filter: ServiceFilter,
    /// Inside a section that has its own h3: the groups' headings go one level down.
    #[prop_or_default]
    pub nested: bool,
}

#[function_component(ServiceGroups)]
pub fn service_groups(props: &ServiceGroupsProps) -> Html {
    let words = use_words();
    let pathway = use_pathway().expect("App provides the pathway");
    let groups = match &props.filter {
        ServiceFilter::Answers { kinds, tags } => {
            let tags: HashSet<&str> = tags.iter().map(String::as_str).collect();
            services_by_urgency(&pathway, &tags, kinds)
        }
        ServiceFilter::Setting(setting, health) => services_for_setting(&pathway, *setting, *health),
        ServiceFilter::Kinds(kinds) => services_of_kinds(&pathway, kinds),
    };
    let groups: Html = groups
        .into_iter()
        .map(|(urgency, services)| {
            html! {
                <div class="pathway__service-group">
                    if props.nested { <h4>{words.urgency(urgency)}</h4> } else { <h3>{words.urgency(urgency)}</h3> }
                    <ul class="pathway__services" role="list">
                        { for services.into_iter().map(|service| html! {
                            <li class="pathway__service">
                                <Disclosure summary={service.name.clone()}>
                                    <p><Idea text={service.summary.clone()} /></p>
                                    if !service.contacts.is_empty() { <ContactList ids={service.contacts.clone()} /> }
                                    if let Some(how) = &service.how_to_find {
                                        <p><strong>{words.get(Word::HowToFind)}{": "}</strong><Idea text={how.clone()} /></p>
                                    }
                                </Disclosure>
                                // Shown until the detail is opened, which lists it with the rest.
                                if let Some(id) = service.contacts.first() { <MainContact id={id.clone()} labelled={false} /> }
                            </li>
                        }) }
                    </ul>
                </div>
            }
        })
        .collect();
    html! { <div class="pathway__service-groups">{groups}</div> }
}
