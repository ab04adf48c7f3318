//! Saving the record to a file locked with a passphrase, and opening such a file on a later
//! visit. An opened record is added to what is on screen, so nothing is lost; a wrong
//! passphrase or a damaged file changes nothing and says so.
//!
//! The passphrases are read from their inputs only when the button is pressed, the inputs
//! are emptied at once, and they are never kept in the widget's state.

use crate::browser::{download, seal, unseal};
use crate::report::{passphrase_problem, OpenError, Record, FILE_NAME, MAX_FILE_BYTES};
use crate::session::{Screen, WidgetAction, WipeFlag};
use crate::ui::components::StepHeading;
use crate::ui::hooks::use_words;
use crate::words::Word;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Debug, Properties, PartialEq)]
pub struct FilePageProps {
    pub record: Record,
    pub arrivals: u32,
    pub id_prefix: AttrValue,
    pub dispatch: Callback<WidgetAction>,
    /// Set at quick exit or "Clear screen": a file locked after that is not downloaded, and
    /// a record opened after that is not shown.
    pub wipe_flag: WipeFlag,
}

/// Reads a passphrase box and empties it.
fn take_value(node: &NodeRef) -> String {
    node.cast::<HtmlInputElement>()
        .map(|input| {
            let value = input.value();
            input.set_value("");
            value
        })
        .unwrap_or_default()
}

/// What the last save or open did, for the status region (`true` for a problem).
type Status = Option<(String, bool)>;

#[function_component(FilePage)]
pub fn file_page(props: &FilePageProps) -> Html {
    let words = use_words();
    let status = use_state(|| None as Status);
    let busy = use_state(|| false);
    let (pass, repeat, file, open_pass) = (use_node_ref(), use_node_ref(), use_node_ref(), use_node_ref());
    let on_save = {
        let (status, busy, record) = (status.clone(), busy.clone(), props.record.clone());
        let (pass, repeat, wipe_flag) = (pass.clone(), repeat.clone(), props.wipe_flag.clone());
        Callback::from(move |_: MouseEvent| {
            if *busy {
                return;
            }
            let (passphrase, again) = (take_value(&pass), take_value(&repeat));
            if let Some(problem) = passphrase_problem(&passphrase, &again) {
                return status.set(Some((words.get(problem.message()).to_string(), true)));
            }
            let (status, busy, record, wipe_flag) = (status.clone(), busy.clone(), record.clone(), wipe_flag.clone());
            busy.set(true);
            status.set(Some((words.get(Word::Locking).to_string(), false)));
            spawn_local(async move {
                let sealed = seal(&passphrase, &record).await;
                // Locking takes a moment. If the person used quick exit meanwhile, nothing
                // may be downloaded, even though the page is still here while it leaves.
                if wipe_flag.is_set() {
                    return;
                }
                let saved = sealed.is_ok_and(|file| download(FILE_NAME, "application/json", &file).is_ok());
                busy.set(false);
                status.set(Some(if saved {
                    (words.fill(Word::Saved, &[("file", FILE_NAME)]), false)
                } else {
                    (words.get(Word::SaveFailed).to_string(), true)
                }));
            });
        })
    };
    let on_open = {
        let (status, busy, dispatch) = (status.clone(), busy.clone(), props.dispatch.clone());
        let (file, open_pass, wipe_flag) = (file.clone(), open_pass.clone(), props.wipe_flag.clone());
        Callback::from(move |_: MouseEvent| {
            if *busy {
                return;
            }
            let chosen = file.cast::<HtmlInputElement>().and_then(|i| i.files()).and_then(|f| f.get(0));
            let Some(chosen) = chosen else {
                return status.set(Some((words.get(Word::ChooseFile).to_string(), true)));
            };
            // A big file is not a record, and reading it could exhaust the widget's memory.
            if chosen.size() > MAX_FILE_BYTES as f64 {
                return status.set(Some((words.get(OpenError::NotARecord.message()).to_string(), true)));
            }
            let passphrase = take_value(&open_pass);
            let (status, busy, dispatch, wipe_flag) = (status.clone(), busy.clone(), dispatch.clone(), wipe_flag.clone());
            busy.set(true);
            status.set(Some((words.get(Word::Unlocking).to_string(), false)));
            spawn_local(async move {
                let contents = JsFuture::from(chosen.text()).await.ok().and_then(|t| t.as_string()).unwrap_or_default();
                let opened = unseal(&passphrase, &contents).await;
                // Cleared or left meanwhile: this record belongs to the last person.
                if wipe_flag.is_set() {
                    return;
                }
                busy.set(false);
                match opened {
                    Ok(record) => {
                        let incidents = record.incidents.len();
                        dispatch.emit(WidgetAction::Opened(record));
                        status.set(Some((words.count(incidents, Word::OpenedOne, Word::OpenedMany), false)));
                    }
                    Err(problem) => status.set(Some((words.get(problem.message()).to_string(), true))),
                }
            });
        })
    };
    let prefix = &props.id_prefix;
    let input = |node: &NodeRef, id: &str, label: &'static str, kind: &'static str| {
        let id = format!("{prefix}-{id}");
        html! {
            <div class="pathway__field">
                <label class="pathway__label" for={id.clone()}>{label}</label>
                <input class="pathway__input" type={kind} {id} ref={node.clone()} autocomplete="off" spellcheck="false" accept={(kind == "file").then_some(".json,application/json")} />
            </div>
        }
    };
    let (message, problem) = match &*status {
        Some((message, problem)) => (Some(message.clone()), *problem),
        None => (None, false),
    };
    html! {
        <section key="file" class="pathway__step" aria-label={words.get(Word::FileTitle)}>
            <StepHeading title={words.get(Word::FileTitle)} arrivals={props.arrivals} />
            <h3>{words.get(Word::SaveHeading)}</h3>
            { for words.paragraphs(Word::SaveIntro).map(|p| html! { <p>{p}</p> }) }
            {input(&pass, "passphrase", words.get(Word::Passphrase), "password")}
            {input(&repeat, "passphrase-again", words.get(Word::PassphraseAgain), "password")}
            <button type="button" class="pathway__button" aria-disabled={busy.then_some("true")} onclick={on_save}>{words.get(Word::Save)}</button>
            <h3>{words.get(Word::OpenHeading)}</h3>
            <p>{words.get(Word::OpenIntro)}</p>
            {input(&file, "file", words.get(Word::FileLabel), "file")}
            {input(&open_pass, "open-passphrase", words.get(Word::PassphraseOpen), "password")}
            <button type="button" class="pathway__button" aria-disabled={busy.then_some("true")} onclick={on_open}>{words.get(Word::Open)}</button>
            <p class={classes!("pathway__status", problem.then_some("pathway__status--problem"))} role="status">{message}</p>
            <button type="button" class="pathway__button pathway__button--secondary" onclick={props.dispatch.reform(|_: MouseEvent| WidgetAction::Show(Screen::Record))}>{words.get(Word::BackToRecord)}</button>
        </section>
    }
}
