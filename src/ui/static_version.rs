//! The static version: what a person gets where the widget cannot run (WebAssembly is off,
//! as in iOS Lockdown Mode, or the .wasm fails to load or start). It is rendered to HTML at
//! build time (`src/bin/pathway-static.rs`) from the same components and data as the
//! widget, and the loader shows it under its own plain-JS "Exit this page". Nothing in it
//! needs a script: the emergency numbers, every route with every way to reach it, and the
//! support and advice services.

use crate::host::LANGUAGE;
use crate::pathway::{Residence, ServiceKind};
use crate::session::PathwayRef;
use crate::ui::components::{Emergency, RouteCard, ServiceFilter, ServiceGroups};
use crate::ui::hooks::WidgetContext;
use crate::words::{Word, Words};
use yew::prelude::*;

#[derive(Debug, Properties, PartialEq)]
pub struct StaticVersionProps {
    pub pathway: PathwayRef,
    #[prop_or_default]
    pub words: Words,
}

#[function_component(StaticVersion)]
pub fn static_version(props: &StaticVersionProps) -> Html {
    let words = props.words;
    let routes = props.pathway.routes.iter().map(|route| html! { <RouteCard id={route.id.clone()} /> });
    html! {
        <ContextProvider<WidgetContext> context={WidgetContext { pathway: props.pathway.clone(), residence: Residence::Unknown, words, easy_read: None }}>
            <div class="pathway pathway--static" lang={LANGUAGE}>
                <h2>{words.get(Word::StaticTitle)}</h2>
                <p>{words.get(Word::StaticIntro)}</p>
                <Emergency />
                <h2>{words.get(Word::StaticRoutesHeading)}</h2>
                <p>{words.get(Word::StaticRoutesIntro)}</p>
                { for routes }
                <h2>{words.get(Word::StaticServicesHeading)}</h2>
                <ServiceGroups filter={ServiceFilter::Kinds(vec![ServiceKind::Support, ServiceKind::Advice])} />
            </div>
        </ContextProvider<WidgetContext>>
    }
}
