//! The headed blocks of text of a step that apply to what the person said, each one
//! disclosure away under its heading, so that a screen opens short.

use super::disclosure::Disclosure;
use super::idea::Idea;
use crate::journey::visible_sections;
use crate::journey::Journey;
use crate::ui::hooks::use_pathway;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SectionsProps {
    pub journey: Journey,
}

#[function_component(Sections)]
pub fn sections(props: &SectionsProps) -> Html {
    let pathway = use_pathway().expect("App provides the pathway");
    let tags = props.journey.tags(&pathway);
    visible_sections(props.journey.step(&pathway), &tags)
        .into_iter()
        .map(|section| {
            html! {
                <Disclosure summary={section.heading.clone()}>
                    { for section.paragraphs.iter().map(|p| html! { <p><Idea text={p.clone()} /></p> }) }
                </Disclosure>
            }
        })
        .collect()
}
