//! The root component: the exit link, progress, the present step (or the safety page) and
//! the journey controls. After quick exit it shows only a blank "Leaving" cover.

use super::exit_link::ExitLink;
use super::nav::JourneyNav;
use super::progress::Progress;
use super::safety_page::SafetyPage;
use super::shift_exit::use_shift_exit;
use super::state::{PathwayRef, WidgetAction, WidgetState};
use super::step_view::StepView;
use super::text;
use crate::journey::{Action, Journey};
use yew::prelude::*;

#[derive(Debug, Properties, PartialEq)]
pub struct AppProps {
    pub pathway: PathwayRef,
    /// Where "Exit this page" goes (the embed makes sure it is `https:`).
    pub exit_url: AttrValue,
    /// Called when the person exits, once the widget has wiped its state and DOM: the
    /// embed leaves the page.
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
    let leave = {
        let dispatcher = state.dispatcher();
        use_callback((), move |(), ()| dispatcher.dispatch(WidgetAction::Exit))
    };
    let shift_status = use_shift_exit(leave.clone());
    // Leaves only once the answers are gone from the state and the DOM.
    use_effect_with((state.exited, props.on_exit.clone()), |(exited, on_exit)| {
        if *exited {
            on_exit.emit(());
        }
    });
    if state.exited {
        return html! {
            <div class="pathway" lang="en">
                <p class="pathway__leaving" role="status">{text::LEAVING}</p>
            </div>
        };
    }
    let actions: Callback<WidgetAction> = state.dispatcher().to_callback();
    let send = |action: WidgetAction| actions.reform(move |_: MouseEvent| action);
    let dispatch: Callback<Action> = actions.reform(WidgetAction::Journey);
    let body = if state.safety_open {
        html! { <SafetyPage arrivals={state.arrivals} on_close={send(WidgetAction::CloseSafety)} /> }
    } else {
        let (number, total) = state.journey.progress(&state.moves_to_plan);
        html! {
            <>
                <Progress {number} {total} id={format!("{}-progress", props.id_prefix)} />
                <StepView
                    journey={state.journey.clone()}
                    arrivals={state.arrivals}
                    id_prefix={props.id_prefix.clone()}
                    dispatch={dispatch.clone()}
                />
                <JourneyNav can_go_back={state.journey.can_go_back()} {dispatch} on_safety={send(WidgetAction::OpenSafety)} />
            </>
        }
    };
    html! {
        <ContextProvider<PathwayRef> context={props.pathway.clone()}>
            <div class="pathway" lang="en">
                <ExitLink href={props.exit_url.clone()} on_exit={leave} status={shift_status} />
                {body}
            </div>
        </ContextProvider<PathwayRef>>
    }
}
