//! Language packs in the browser: the one the loader brought for the host's `lang`, and
//! any a person chooses, fetched through the loader's `fetchLanguage(code)` (from the
//! widget's own origin, by the code alone). The build checked them against the built-in
//! pathway, as `pathway-check` does, and ships none that fails. They translate the
//! built-in pathway only: with a host's own pathway, the widget's words change and the
//! host's texts stay as written; with the host's files added to the built-in pathway, what
//! the host wrote or replaced stays as written and the rest is translated. A pack that cannot be had leaves the widget in the
//! language it had, with the reason in the console.

use super::console::log_warning;
use super::data::Translatable;
use crate::host::Language;
use crate::language::{read_checked_pack, LanguagePack};
use crate::ui::LanguageRequest;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

/// The pack in `text`, for the language `code`, with only the pathway texts it may
/// translate.
pub fn pack_from(code: &str, text: &str, translatable: &Translatable) -> Option<Rc<LanguagePack>> {
    let Some(mut pack) = read_checked_pack(text) else {
        log_warning(&format!("the {code} language pack is not a pack, so the widget keeps its words."));
        return None;
    };
    pack.words = pack.words.with_intl(&pack.meta.code, crate::browser::INTL);
    match translatable {
        Translatable::All => {}
        Translatable::AllBut(changed) => pack.pathway.retain(|key, _| !changed.contains(key)),
        Translatable::None => {
            pack.pathway.clear();
            log_warning(&format!("this page has its own pathway data, so the {code} pack changes the widget's own words only."));
        }
    }
    Some(Rc::new(pack))
}

/// What fetches a chosen language's pack and answers with it.
pub fn pack_loader(fetch: Option<js_sys::Function>, translatable: Translatable) -> Callback<LanguageRequest> {
    Callback::from(move |(language, reply): (&'static Language, Callback<Option<Rc<LanguagePack>>>)| {
        let Some(fetch) = fetch.clone() else {
            log_warning("no way to fetch a language pack here (mount() was called without the loader).");
            return reply.emit(None);
        };
        let translatable = translatable.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let answer = match fetch.call1(&JsValue::NULL, &JsValue::from_str(language.code)) {
                Ok(promise) => JsFuture::from(js_sys::Promise::resolve(&promise)).await,
                Err(error) => Err(error),
            };
            let pack = match answer.map(|text| text.as_string()) {
                Ok(Some(text)) => pack_from(language.code, &text, &translatable),
                _ => {
                    log_warning(&format!("the {} language pack could not be fetched, so the widget keeps its words.", language.code));
                    None
                }
            };
            reply.emit(pack);
        });
    })
}
