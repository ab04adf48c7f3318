//! One route, short first: its name and the one way to reach it a person can tap, then,
//! one disclosure away, everything needed to decide (what happens next, who will know,
//! anonymity, changing their mind) and every other way to reach it.

use super::contacts::{ContactList, MainContact};
use super::disclosure::Disclosure;
use super::idea::Idea;
use crate::pathway::WayKind;
use crate::ui::hooks::{use_pathway, use_words};
use crate::words::Word;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RouteCardProps {
    pub id: AttrValue,
}

#[function_component(RouteCard)]
pub fn route_card(props: &RouteCardProps) -> Html {
    let words = use_words();
    let pathway = use_pathway().expect("App provides the pathway");
    let Some(route) = pathway.route(&props.id) else {
        return html! {};
    };
    let ways: Html = WayKind::ALL
        .iter()
        .flat_map(|&kind| route.ways.iter().filter(move |w| w.how == kind))
        .map(|way| {
            html! {
                <>
                    <dt>{words.way(way.how)}</dt>
                    <dd>
                        <p><Idea text={way.text.clone()} /></p>
                        if !way.contacts.is_empty() { <ContactList ids={way.contacts.clone()} /> }
                    </dd>
                </>
            }
        })
        .collect();
    html! {
        <article class="pathway__route">
            <h3>{&route.title}</h3>
            if let Some(id) = route.main_contact(&pathway.meta.emergency) { <MainContact id={id.to_string()} /> }
            <Disclosure summary={words.get(Word::RouteMore)} about={route.title.clone()}>
                <p><Idea text={route.summary.clone()} /></p>
                <h4>{words.get(Word::WhatHappensNext)}</h4>
                <ol>{ for route.what_happens_next.iter().map(|s| html! { <li><Idea text={s.clone()} /></li> }) }</ol>
                <h4>{words.get(Word::WhoWillKnow)}</h4>
                <p><Idea text={route.who_will_know.clone()} /></p>
                <h4>{words.get(Word::Anonymous)}</h4>
                <p><strong>{words.anonymous(route.anonymous.answer)}</strong>{" "}<Idea text={route.anonymous.detail.clone()} /></p>
                <h4>{words.get(Word::ChangeMind)}</h4>
                <p><Idea text={route.change_mind.clone()} /></p>
                <h4>{words.get(Word::HowToReach)}</h4>
                <dl class="pathway__ways">{ways}</dl>
            </Disclosure>
        </article>
    }
}
