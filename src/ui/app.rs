//! The root component: the exit link, then the present screen (a journey step with its
//! progress, a record screen, or the safety page) and the journey controls. After quick
//! exit it shows only a blank "Leaving" cover.

use crate::host::{pack_for, Language, LANGUAGE};
use crate::journey::{Action, Journey};
use crate::language::LanguagePack;
use crate::pathway::Residence;
use crate::session::{PathwayRef, Screen, Session, WidgetAction};
use crate::staff::{HostMode, Mode};
use crate::ui::components::{ExitLink, IdleWarning, JourneyNav, LanguageChoice, LanguageStatus, Progress};
use crate::ui::hooks::{use_idle_wipe, use_shift_exit, SessionState, WidgetContext};
use crate::ui::pages::{EditPage, FilePage, GuidePage, RecordPage, SafetyPage, SharePage, StepPage, TrainingPage};
use crate::words::{Word, Words};
use std::rc::Rc;
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
    /// The mode and staff setting the host chose.
    #[prop_or_default]
    pub host: HostMode,
    /// The host's theme was refused (too little contrast): use the widget's own colours.
    #[prop_or_default]
    pub default_theme: bool,
    /// The words to speak in (English unless a language is chosen).
    #[prop_or_default]
    pub words: Words,
    /// A language to open in: the pack the host's `lang` asks for, if the loader brought it.
    #[prop_or_default]
    pub language: Option<Rc<LanguagePack>>,
    /// The language the host's `lang` asks for, fetched at once if not already here.
    #[prop_or_default]
    pub wanted_language: Option<&'static Language>,
    /// The languages the start screen offers.
    #[prop_or_default]
    pub offered: Vec<&'static Language>,
    /// Fetches a language's pack, then answers with it (`None` if it could not be had; the
    /// console says why).
    #[prop_or_default]
    pub load_language: Callback<LanguageRequest>,
}

/// A language to fetch, and where its pack goes.
pub type LanguageRequest = (&'static Language, Callback<Option<Rc<LanguagePack>>>);

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // The language showing (None: English), and whether one is on its way.
    let language = use_state(|| props.language.clone());
    let status = use_state(|| LanguageStatus::Ready);
    let choose_language = {
        let (language, status, load) = (language.clone(), status.clone(), props.load_language.clone());
        use_callback((), move |wanted: Option<&'static Language>, ()| match wanted {
            None => {
                language.set(None);
                status.set(LanguageStatus::Ready);
            }
            Some(wanted) => {
                status.set(LanguageStatus::Loading);
                let (language, status) = (language.clone(), status.clone());
                load.emit((
                    wanted,
                    Callback::from(move |pack: Option<Rc<LanguagePack>>| {
                        status.set(if pack.is_some() { LanguageStatus::Ready } else { LanguageStatus::Failed });
                        if pack.is_some() {
                            language.set(pack);
                        }
                    }),
                ));
            }
        })
    };
    {
        let (choose, already) = (choose_language.clone(), props.language.is_some());
        use_effect_with(props.wanted_language, move |wanted| {
            if let (Some(wanted), false) = (wanted, already) {
                choose.emit(Some(*wanted));
            }
        });
    }
    let words = language.as_ref().map_or(props.words, |pack| pack.words);
    let state = {
        let (pathway, journey) = (props.pathway.clone(), props.journey.clone());
        let host = props.host;
        use_reducer(move || SessionState(Session::new(pathway, journey, host)))
    };
    // The host changed its options after mounting (an attribute, or `update()`).
    {
        let dispatcher = state.dispatcher();
        use_effect_with(props.host, move |host| dispatcher.dispatch(WidgetAction::Host(*host)));
    }
    let leave = {
        let dispatcher = state.dispatcher();
        use_callback((), move |(), ()| dispatcher.dispatch(WidgetAction::Exit))
    };
    let shift_status = use_shift_exit(leave.clone());
    let host = state.host;
    let idle = {
        let dispatcher = state.dispatcher();
        let wipe = use_callback((), move |(), ()| dispatcher.dispatch(WidgetAction::IdleWipe));
        // Only a shared screen with something on it needs wiping.
        let enabled = host.mode.is_shared_screen() && !state.exited && !state.is_pristine();
        use_idle_wipe(enabled, host.idle_minutes, wipe)
    };
    // Leaves only once the answers are gone from the state and the DOM.
    use_effect_with((state.exited, props.on_exit.clone()), |(exited, on_exit)| {
        if *exited {
            on_exit.emit(());
        }
    });
    // Every screen shows the pathway from where the person lives (made again only when
    // that changes).
    // ...and in the language showing.
    let residence = state.residence();
    let seen = use_memo((props.pathway.clone(), residence, (*language).clone()), |(pathway, residence, language)| match (residence, language) {
        (Residence::Unknown, None) => pathway.clone(),
        (_, None) => PathwayRef(Rc::new(pathway.seen_from(*residence))),
        (_, Some(pack)) => PathwayRef(Rc::new(pathway.seen_from(*residence).translated(&pack.pathway))),
    });
    let lang = language.as_ref().map_or(LANGUAGE, |pack| pack.meta.code.as_str()).to_string();
    let dir = language.as_ref().map_or("ltr", |pack| pack.meta.dir.attribute());
    let easy_read = (*language).clone().filter(|pack| pack.meta.easy_read);
    if state.exited {
        return html! {
            <div class="pathway" lang={lang} {dir}>
                <p class="pathway__leaving" role="status">{words.get(Word::Leaving)}</p>
            </div>
        };
    }
    let actions: Callback<WidgetAction> = state.dispatcher().to_callback();
    let send = |action: WidgetAction| actions.reform(move |_: MouseEvent| action.clone());
    let dispatch: Callback<Action> = actions.reform(WidgetAction::Journey);
    let (arrivals, id_prefix, record) = (state.arrivals, props.id_prefix.clone(), state.record.clone());
    // Staff and reporting centres also record consent and their next steps.
    let handover = host.mode.is_shared_screen();
    let body = match state.screen {
        _ if state.safety_open => html! { <SafetyPage {arrivals} on_close={send(WidgetAction::CloseSafety)} /> },
        Screen::Journey => {
            let (number, total) = state.journey.progress(&state.moves_to_plan);
            html! {
                <>
                    <Progress {number} {total} id={format!("{}-progress", props.id_prefix)} />
                    <StepPage journey={state.journey.clone()} {arrivals} id_prefix={id_prefix} dispatch={dispatch.clone()} />
                </>
            }
        }
        Screen::Record => html! { <RecordPage {record} mode={host.mode} {arrivals} dispatch={actions.clone()} /> },
        Screen::Edit(part) => html! { <EditPage {record} {part} {handover} {arrivals} {id_prefix} dispatch={actions.clone()} /> },
        Screen::Share => html! {
            <SharePage
                {record}
                share={state.share.clone()}
                recipient={state.recipient}
                incidents={state.incidents}
                {handover}
                referrals_for={(host.mode == Mode::Staff).then_some((host.setting, host.health))}
                {arrivals}
                {id_prefix}
                dispatch={actions.clone()}
            />
        },
        Screen::Guide => {
            html! { <GuidePage setting={host.setting} health={host.health} area={host.area} {arrivals} {id_prefix} dispatch={actions.clone()} /> }
        }
        Screen::Training => html! { <TrainingPage attempt={state.attempt.clone()} {arrivals} dispatch={actions.clone()} /> },
        Screen::File => html! { <FilePage {record} {arrivals} {id_prefix} dispatch={actions.clone()} wipe_flag={state.wipe_flag.clone()} /> },
    };
    let on_journey = state.screen == Screen::Journey && !state.safety_open;
    // Languages are offered before any question is asked.
    let at_start = on_journey && state.journey.step(&props.pathway).id == props.pathway.meta.start;
    let languages = |folded: bool| {
        let current = language.as_ref().map(|p| pack_code(p));
        html! { <LanguageChoice offered={props.offered.clone()} {current} status={*status} on_choose={choose_language.clone()} id_prefix={props.id_prefix.clone()} {folded} /> }
    };
    // The safety page has its own way back.
    let nav = (!state.safety_open).then(|| {
        html! {
            <JourneyNav
                can_go_back={on_journey && state.journey.can_go_back()}
                on_record={(on_journey && host.mode != Mode::Training).then(|| send(WidgetAction::Show(Screen::Record)))}
                on_guide={(host.mode == Mode::Staff && state.screen != Screen::Guide).then(|| send(WidgetAction::Show(Screen::Guide)))}
                {dispatch}
                on_safety={send(WidgetAction::OpenSafety)}
            />
        }
    });
    html! {
        <ContextProvider<WidgetContext> context={WidgetContext { pathway: (*seen).clone(), residence, words, easy_read: easy_read.clone() }}>
            <div class={classes!("pathway", props.default_theme.then_some("pathway--default-theme"), easy_read.is_some().then_some("pathway--easy-read"))} lang={lang} {dir}>
                <ExitLink href={props.exit_url.clone()} on_exit={leave} status={shift_status}>
                    // Shared screens: "Clear screen" and the idle warning stay in view with exit.
                    if handover {
                        <button type="button" class="pathway__button pathway__button--warning pathway__clear" onclick={send(WidgetAction::Clear)}>{words.get(Word::ClearScreen)}</button>
                    }
                    if idle.warning { <IdleWarning keep_working={idle.keep_working.clone()} /> }
                </ExitLink>
                if at_start { {languages(false)} }
                {body}
                if let Some(pack) = language.as_ref().filter(|pack| !pack.meta.reviewed) {
                    <p class="pathway__unreviewed">
                        {&pack.meta.unreviewed}
                        <button type="button" class="pathway__button pathway__button--secondary" lang={LANGUAGE} dir="ltr" onclick={choose_language.reform(|_: MouseEvent| None)}>{"English"}</button>
                    </p>
                }
                {nav}
                if on_journey && !at_start { {languages(true)} }
            </div>
        </ContextProvider<WidgetContext>>
    }
}

/// The code of a pack's language, as the offered list has it.
fn pack_code(pack: &LanguagePack) -> &'static str {
    pack_for(&pack.meta.code).map_or("", |language| language.code)
}
