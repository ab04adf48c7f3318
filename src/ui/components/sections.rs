//! The headed blocks of text of a step that apply to what the person said.

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
                <div class="pathway__section">
                    <h3>{&section.heading}</h3>
                    { for section.paragraphs.iter().map(|p| html! { <p>{p}</p> }) }
                </div>
            }
        })
        .collect()
}
