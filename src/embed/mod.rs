//! The embed entry: what a host page meets.
//!
//! It exports `mount(element, options)` returning a handle with `update(options)` and
//! `destroy()`; the loader (`assets/pathway-widget.js`) calls it for every widget, with
//! the options it read from the host element's attributes.
//! The element's own content is the fallback: it stays until the widget mounts, stays if
//! anything fails, and comes back on `destroy()` or after an internal error. Errors go to
//! the console with no personal content; a panic never shows its message.

mod console;
mod data;
mod language;
use data::Translatable;
mod options;
mod registry;
#[cfg(feature = "studio")]
mod studio;

use crate::browser::{apply_theme, leave_for};
use crate::host::read_area;
use crate::session::PathwayRef;
use crate::ui::{App, AppProps};
use crate::words::Words;
use console::{log_error, log_warning};
use options::Options;
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::{AppHandle, AttrValue, Callback};

thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
}

/// Mounts a widget into `element` (the loader passes the `<div>` it made in the host
/// element's shadow root). `options` is an object with any of the options in
/// `docs/EMBEDDING.md` (`exitUrl`, `mode`, ...), `data`, an array of `{ name, text }`
/// pathway files to use instead of the default (the loader fetches them from `data-src`),
/// and `attributePrefix` (`"data-"` or `""`), which names the attributes in console
/// messages. Throws if the element already has a widget or the data is invalid; the
/// fallback then stays.
#[wasm_bindgen]
pub fn mount(element: Element, options: JsValue) -> Result<WidgetHandle, JsError> {
    let options = Options::read(&options);
    mount_into(element, options).map_err(|message| JsError::new(&format!("Pathway widget: {message}")))
}

/// A mounted widget.
#[wasm_bindgen]
#[derive(Debug)]
pub struct WidgetHandle {
    mounted: Option<Mounted>,
}

struct Mounted {
    app: AppHandle<App>,
    element: Element,
    /// Which of the pathway's texts the packs translate.
    translatable: Translatable,
    pathway: PathwayRef,
    id_prefix: AttrValue,
}

impl std::fmt::Debug for Mounted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Mounted")
    }
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Unmounts the widget, frees its state and puts the host's fallback content back.
    /// Calling it twice does nothing.
    pub fn destroy(&mut self) {
        let Some(Mounted { app, element, .. }) = self.mounted.take() else {
            return;
        };
        app.destroy();
        registry::unregister(&element);
    }

    /// Applies new options (the same object as `mount` takes, all of them; `data` is not
    /// read: other data means another widget). The same mode keeps what the person has
    /// done; another mode starts afresh, as "Clear screen" does.
    pub fn update(&mut self, options: JsValue) {
        if let Some(mounted) = &mut self.mounted {
            let props = props_for(
                &mounted.element,
                Options::read(&options),
                mounted.pathway.clone(),
                mounted.id_prefix.clone(),
                mounted.translatable.clone(),
            );
            mounted.app.update(props);
        }
    }
}

fn mount_into(element: Element, options: Options) -> Result<WidgetHandle, String> {
    registry::install_panic_hook();
    if registry::is_mounted(&element) {
        return Err("this element already has a widget; call destroy() on its handle before mounting again.".into());
    }
    let (pathway, translatable) = data::pathway_for(options.data.as_deref())
        .ok_or("the pathway data is invalid (see the errors above), so the page's own content stays in place.")?;
    let id_prefix: AttrValue = format!("pathway{}", NEXT_ID.with(|n| n.replace(n.get() + 1))).into();
    registry::register(&element);
    let props = props_for(&element, options, pathway.clone(), id_prefix.clone(), translatable.clone());
    let app = yew::Renderer::<App>::with_root_and_props(element.clone(), props).render();
    Ok(WidgetHandle { mounted: Some(Mounted { app, element, translatable, pathway, id_prefix }) })
}

/// The root component's props for these options (applying their theme to `element`).
fn props_for(element: &Element, options: Options, pathway: PathwayRef, id_prefix: AttrValue, translatable: Translatable) -> AppProps {
    let Options { prefix, mut host, on_exit, language_pack, fetch_language, .. } = options;
    let wanted_language = host.lang;
    let language = wanted_language.zip(language_pack).and_then(|(wanted, text)| language::pack_from(wanted.code, &text, &translatable));
    let load_language = language::pack_loader(fetch_language, translatable);
    let (area, problem) = read_area(&prefix, host.area.as_deref(), &pathway.meta.areas);
    if let Some(problem) = problem {
        log_warning(&problem);
    }
    host.host.area = area;
    let default_theme = match apply_theme(element, &host.theme) {
        Ok(()) => false,
        Err(problem) => {
            log_warning(&problem);
            true
        }
    };
    let url = host.exit_url.clone();
    AppProps {
        pathway,
        exit_url: host.exit_url.into(),
        on_exit: Callback::from(move |()| {
            let left = match &on_exit {
                Some(leave) => leave.call1(&JsValue::NULL, &JsValue::from_str(&url)).map(drop),
                None => leave_for(&url),
            };
            if left.is_err() {
                log_error("could not leave the page; close the tab instead.");
            }
        }),
        id_prefix,
        journey: None,
        host: host.host,
        default_theme,
        words: Words::english(),
        language,
        wanted_language,
        offered: host.offered,
        load_language,
    }
}
