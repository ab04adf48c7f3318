//! The root component: the exit link, progress, the present step and the journey controls.

use super::exit_link::ExitLink;
use super::nav::JourneyNav;
use super::progress::Progress;
use super::state::{PathwayRef, WidgetState};
use super::step_view::StepView;
use crate::journey::{Action, Journey};
use yew::prelude::*;

#[derive(Debug, Properties, PartialEq)]
pub struct AppProps {
    pub pathway: PathwayRef,
    /// Where "Exit this page" goes (the embed makes sure it is `https:`).
    pub exit_url: AttrValue,
    /// Called when the person exits: the embed wipes the widget and leaves the page.
    pub on_exit: Callback<()>,
    /// Prefix for element ids, unique per widget on the page.
    #[prop_or(AttrValue::Static("pathway"))]
    pub id_prefix: AttrValue,
    /// A journey to start from instead of the start step (used by tests and previews).
    #[prop_or_default]
    pub journey: Option<Journey>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = {
        let (pathway, journey) = (props.pathway.clone(), props.journey.clone());
        use_reducer(move || WidgetState::new(pathway, journey))
    };
    let dispatch: Callback<Action> = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };
    let (number, total) = state.journey.progress(&state.moves_to_plan);
    html! {
        <ContextProvider<PathwayRef> context={props.pathway.clone()}>
            <div class="pathway" lang="en">
                <ExitLink href={props.exit_url.clone()} on_exit={props.on_exit.clone()} />
                <Progress {number} {total} id={format!("{}-progress", props.id_prefix)} />
                <StepView
                    journey={state.journey.clone()}
                    arrivals={state.arrivals}
                    id_prefix={props.id_prefix.clone()}
                    dispatch={dispatch.clone()}
                />
                <JourneyNav can_go_back={state.journey.can_go_back()} {dispatch} />
            </div>
        </ContextProvider<PathwayRef>>
    }
}
