//! A step's heading. It takes focus whenever the person moves to a new step, so screen
//! readers announce the new step and keyboard users continue from the top of it.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StepHeadingProps {
    pub title: AttrValue,
    /// Moves so far; focus follows every change after the first render.
    pub arrivals: u32,
    /// 2 for a screen's heading; 3 for a part of a screen that changes in place.
    #[prop_or(2)]
    pub level: u8,
}

#[function_component(StepHeading)]
pub fn step_heading(props: &StepHeadingProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.arrivals, move |&arrivals| {
            if arrivals > 0 {
                if let Some(heading) = node.cast::<web_sys::HtmlElement>() {
                    let _ = heading.focus();
                }
            }
        });
    }
    html! {
        if props.level == 3 {
            <h3 class="pathway__heading" tabindex="-1" ref={node}>{props.title.clone()}</h3>
        } else {
            <h2 class="pathway__heading" tabindex="-1" ref={node}>{props.title.clone()}</h2>
        }
    }
}
