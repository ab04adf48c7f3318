//! A summary exactly as it will leave: the preview on screen and the only thing printed.

use crate::report::Summary;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SummaryViewProps {
    pub summary: Summary,
}

#[function_component(SummaryView)]
pub fn summary_view(props: &SummaryViewProps) -> Html {
    let summary = &props.summary;
    let blocks = summary.blocks.iter().map(|block| {
        let parts = block.parts.iter().map(|part| {
            html! {
                <>
                    if let Some(heading) = part.heading { <h6>{heading}</h6> }
                    <dl class="pathway__recap">
                        { for part.lines.iter().map(|line| html! { <><dt>{&line.label}</dt><dd>{&line.value}</dd></> }) }
                    </dl>
                </>
            }
        });
        html! { <><h5>{&block.heading}</h5>{ for parts }</> }
    });
    html! {
        <div class="pathway__summary">
            <h4>{summary.title}</h4>
            <p>{summary.note}</p>
            if summary.is_empty() { <p>{summary.nothing_to_share}</p> }
            { for blocks }
        </div>
    }
}
