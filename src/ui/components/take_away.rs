//! Copy, print and download, the three ways anything leaves the widget, each only on the
//! person's click, with what happened said in a status line. The share summary and the
//! plan both use it; what prints is the `.pathway__summary` on screen (the print styles).

use crate::browser;
use crate::report::SUMMARY_FILE_NAME;
use crate::ui::hooks::use_words;
use crate::words::Word;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TakeAwayProps {
    /// Exactly what copy and download take: the text of what is on screen.
    pub text: AttrValue,
}

#[function_component(TakeAway)]
pub fn take_away(props: &TakeAwayProps) -> Html {
    let words = use_words();
    let status = use_state(|| None::<&'static str>);
    // A message about one text is not about the next (another recipient, another tick).
    {
        let status = status.clone();
        use_effect_with(props.text.clone(), move |_| status.set(None));
    }
    let take = |output: fn(&str, &str) -> Result<(), wasm_bindgen::JsValue>, done: &'static str, failed: &'static str| {
        let (status, text) = (status.clone(), props.text.clone());
        Callback::from(move |_: MouseEvent| status.set(Some(if output(SUMMARY_FILE_NAME, &text).is_ok() { done } else { failed })))
    };
    let copy = {
        let (status, text) = (status.clone(), props.text.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, text) = (status.clone(), text.clone());
            wasm_bindgen_futures::spawn_local(async move {
                status.set(Some(if browser::copy(&text).await.is_ok() { words.get(Word::Copied) } else { words.get(Word::CopyFailed) }));
            });
        })
    };
    let print = take(|_, _| browser::print(), words.get(Word::Printed), words.get(Word::PrintFailed));
    let download =
        take(|name, text| browser::download(name, "text/plain;charset=utf-8", text), words.get(Word::Downloaded), words.get(Word::DownloadFailed));
    html! {
        <>
            <div class="pathway__actions">
                <button type="button" class="pathway__button" onclick={copy}>{words.get(Word::Copy)}</button>
                <button type="button" class="pathway__button" onclick={print}>{words.get(Word::Print)}</button>
                <button type="button" class="pathway__button" onclick={download}>{words.get(Word::Download)}</button>
            </div>
            <p class="pathway__status" role="status">{*status}</p>
        </>
    }
}
