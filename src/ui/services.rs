//! Services that fit the person's answers, grouped by how soon they are for.

use super::contacts::ContactList;
use super::state::PathwayRef;
use super::text;
use crate::model::ServiceKind;
use crate::plan::services_by_urgency;
use std::collections::HashSet;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ServiceGroupsProps {
    pub kinds: Vec<ServiceKind>,
    pub tags: Vec<String>,
}

#[function_component(ServiceGroups)]
pub fn service_groups(props: &ServiceGroupsProps) -> Html {
    let pathway = use_context::<PathwayRef>().expect("App provides the pathway");
    let tags: HashSet<&str> = props.tags.iter().map(String::as_str).collect();
    let groups: Html = services_by_urgency(&pathway, &tags, &props.kinds)
        .into_iter()
        .map(|(urgency, services)| {
            html! {
                <div class="pathway__service-group">
                    <h3>{text::urgency_heading(urgency)}</h3>
                    <ul class="pathway__services" role="list">
                        { for services.into_iter().map(|service| html! {
                            <li class="pathway__service">
                                <h4>{&service.name}</h4>
                                <p>{&service.summary}</p>
                                if !service.contacts.is_empty() { <ContactList ids={service.contacts.clone()} /> }
                                if let Some(how) = &service.how_to_find {
                                    <p><strong>{text::HOW_TO_FIND}{": "}</strong>{how}</p>
                                }
                            </li>
                        }) }
                    </ul>
                </div>
            }
        })
        .collect();
    html! { <div class="pathway__service-groups">{groups}</div> }
}
