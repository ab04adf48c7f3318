//! Language packs in the browser: the one the loader brought for the host's `lang`, and
//! any a person chooses, fetched through the loader's `fetchLanguage(code)` (from the
//! widget's own origin, by the code alone) and checked against the pathway as
//! `pathway-check` checks them. A pack that cannot be had or fails its check leaves the
//! widget in the language it had, with the reason in the console.

use super::console::log_warning;
use crate::host::Language;
use crate::language::{read_pack, LanguagePack};
use crate::session::PathwayRef;
use crate::ui::LanguageRequest;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

/// The pack in `text`, for the language `code`, if it passes its check.
pub fn checked_pack(code: &str, text: &str, pathway: &PathwayRef) -> Option<Rc<LanguagePack>> {
    match read_pack(&format!("languages/{code}.json"), text, pathway) {
        Ok(pack) => Some(Rc::new(pack)),
        Err(problems) => {
            for problem in problems.iter().take(5) {
                log_warning(&format!("the {code} language pack cannot be used, so the widget keeps its words: {problem}"));
            }
            None
        }
    }
}

/// What fetches a chosen language's pack and answers with it.
pub fn pack_loader(fetch: Option<js_sys::Function>, pathway: PathwayRef) -> Callback<LanguageRequest> {
    Callback::from(move |(language, reply): (&'static Language, Callback<Option<Rc<LanguagePack>>>)| {
        let Some(fetch) = fetch.clone() else {
            log_warning("no way to fetch a language pack here (mount() was called without the loader).");
            return reply.emit(None);
        };
        let pathway = pathway.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let answer = match fetch.call1(&JsValue::NULL, &JsValue::from_str(language.code)) {
                Ok(promise) => JsFuture::from(js_sys::Promise::resolve(&promise)).await,
                Err(error) => Err(error),
            };
            let pack = match answer.map(|text| text.as_string()) {
                Ok(Some(text)) => checked_pack(language.code, &text, &pathway),
                _ => {
                    log_warning(&format!("the {} language pack could not be fetched, so the widget keeps its words.", language.code));
                    None
                }
            };
            reply.emit(pack);
        });
    })
}
