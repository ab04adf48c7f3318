//! The languages offered, each named in its own words and script (and marked with its
//! `lang` and `dir`, so a screen reader says it right), and English once another is
//! showing: open on the start screen, before any question; a disclosure away on the
//! journey's other screens. Choosing one keeps the person's place: only the words change.

use super::disclosure::Disclosure;
use crate::host::{Language, LANGUAGE};
use crate::ui::hooks::use_words;
use crate::words::Word;
use yew::prelude::*;

/// The language being fetched, or one that could not be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LanguageStatus {
    Ready,
    Loading,
    Failed,
}

#[derive(Properties, PartialEq)]
pub struct LanguageChoiceProps {
    pub offered: Vec<&'static Language>,
    /// The pack showing, if not English.
    pub current: Option<&'static str>,
    pub status: LanguageStatus,
    /// `None` for English.
    pub on_choose: Callback<Option<&'static Language>>,
    pub id_prefix: AttrValue,
    /// Behind a disclosure (after the start screen).
    #[prop_or_default]
    pub folded: bool,
}

#[function_component(LanguageChoice)]
pub fn language_choice(props: &LanguageChoiceProps) -> Html {
    let words = use_words();
    let choose = |language: Option<&'static Language>| props.on_choose.reform(move |_: MouseEvent| language);
    let others = props.offered.iter().filter(|l| Some(l.code) != props.current).map(|&language| {
        let dir = if language.right_to_left { "rtl" } else { "ltr" };
        html! {
            <li><button type="button" class="pathway__button pathway__button--secondary" lang={language.code} {dir} onclick={choose(Some(language))}>{language.name}</button></li>
        }
    });
    if props.offered.is_empty() && props.current.is_none() {
        return html! {};
    }
    let label = format!("{}-languages", props.id_prefix);
    let list = html! {
            <ul role="list" aria-labelledby={label.clone()}>
                if props.current.is_some() {
                    <li><button type="button" class="pathway__button pathway__button--secondary" lang={LANGUAGE} dir="ltr" onclick={choose(None)}>{"English"}</button></li>
                }
                { for others }
            </ul>
    };
    let status = match props.status {
        LanguageStatus::Ready => html! {},
        LanguageStatus::Loading => html! { <p role="status">{words.get(Word::LanguageLoading)}</p> },
        LanguageStatus::Failed => html! { <p role="status" class="pathway__status pathway__status--problem">{words.get(Word::LanguageFailed)}</p> },
    };
    if props.folded {
        return html! {
            <div class="pathway__languages" id={label}>
                <Disclosure summary={words.get(Word::OtherLanguages)}>{list}</Disclosure>
                {status}
            </div>
        };
    }
    html! {
        <div class="pathway__languages">
            <p class="pathway__label" id={label}>{words.get(Word::OtherLanguages)}</p>
            {list}
            {status}
        </div>
    }
}
