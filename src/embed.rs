//! The embed entry: what a host page meets.
//!
//! On load it mounts a widget into every element with `data-pathway-widget`, reading
//! options from `data-*` attributes, and it exports `mount(element, options)` returning a
//! handle with `destroy()`. The element's own content is the fallback: it stays until the
//! widget mounts, stays if anything fails, and comes back on `destroy()`. Errors go to the
//! console with no personal content; a panic never shows its message.

use crate::data::DEFAULT_FILES;
use crate::ui::{App, AppProps, PathwayRef};
use crate::validate::load_valid;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};
use yew::{AppHandle, Callback};

/// Where "Exit this page" goes unless the host says otherwise (GOV.UK's choice too).
const DEFAULT_EXIT_URL: &str = "https://www.bbc.co.uk/weather";

thread_local! {
    /// The default pathway, loaded and validated once for every widget on the page.
    static DEFAULT_PATHWAY: RefCell<Option<Option<PathwayRef>>> = const { RefCell::new(None) };
    /// Elements that have a widget, so a second mount is refused.
    static MOUNTED: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
    /// Handles of widgets mounted from `data-pathway-widget`, kept for the page's life.
    static AUTO_MOUNTED: RefCell<Vec<WidgetHandle>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
}

/// Logs to the host's console. Callers pass only fixed text, data problems or host options:
/// never anything a person chose or typed (DESIGN.md, privacy rule 4).
fn log_error(message: &str) {
    web_sys::console::error_1(&JsValue::from_str(&format!("Pathway widget: {message}")));
}

fn log_warning(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(&format!("Pathway widget: {message}")));
}

#[wasm_bindgen(start)]
pub fn start() {
    // Through yew, which otherwise installs a hook that prints the panic message.
    yew::set_custom_panic_hook(Box::new(|_| {
        log_error("stopped after an internal error. No personal details are included in this message.");
    }));
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(found) = document.query_selector_all("[data-pathway-widget]") else {
        return;
    };
    for index in 0..found.length() {
        let Some(element) = found.item(index).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let options = Options::read(&element, &JsValue::UNDEFINED);
        match mount_into(element, options) {
            Ok(handle) => AUTO_MOUNTED.with(|all| all.borrow_mut().push(handle)),
            Err(message) => log_error(&message),
        }
    }
}

/// Mounts a widget into `element`. `options` may be `undefined` or an object with
/// `exitUrl`; it wins over the element's `data-exit-url`. Throws if the element already
/// has a widget or the pathway data is invalid (the fallback content then stays).
#[wasm_bindgen]
pub fn mount(element: Element, options: JsValue) -> Result<WidgetHandle, JsError> {
    let options = Options::read(&element, &options);
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
    fallback: Vec<Node>,
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
        let Some(Mounted { app, element, fallback }) = self.mounted.take() else {
            return;
        };
        app.destroy();
        element.set_text_content(None);
        for node in &fallback {
            let _ = element.append_child(node);
        }
        MOUNTED.with(|all| all.borrow_mut().retain(|e| e != &element));
    }
}

/// Host configuration for one widget.
struct Options {
    exit_url: String,
}

impl Options {
    /// Reads `exitUrl` from the JS options object, else `data-exit-url`, else the default.
    /// A bad value is reported to the console with its fix, and the default is used.
    fn read(element: &Element, options: &JsValue) -> Options {
        let from_object = options
            .is_object()
            .then(|| js_sys::Reflect::get(options, &JsValue::from_str("exitUrl")).ok())
            .flatten()
            .and_then(|v| v.as_string());
        let (given, name) = match from_object {
            Some(url) => (Some(url), "the `exitUrl` option"),
            None => (element.get_attribute("data-exit-url"), "data-exit-url"),
        };
        let exit_url = match given {
            Some(url) if url.starts_with("https://") && crate::model::is_safe_link(&url) => url,
            Some(url) => {
                log_warning(&format!(
                    "{name} \"{url}\" is not a full https:// address, so \"Exit this page\" uses {DEFAULT_EXIT_URL}. Fix: set {name} to the https:// address of a neutral page."
                ));
                DEFAULT_EXIT_URL.to_string()
            }
            None => DEFAULT_EXIT_URL.to_string(),
        };
        Options { exit_url }
    }
}

fn default_pathway() -> Option<PathwayRef> {
    DEFAULT_PATHWAY.with(|cell| {
        cell.borrow_mut()
            .get_or_insert_with(|| match load_valid(&DEFAULT_FILES) {
                Ok(pathway) => Some(PathwayRef(Rc::new(pathway))),
                Err(problems) => {
                    for problem in problems {
                        log_error(&format!("invalid pathway data: {problem}"));
                    }
                    None
                }
            })
            .clone()
    })
}

fn mount_into(element: Element, options: Options) -> Result<WidgetHandle, String> {
    if MOUNTED.with(|all| all.borrow().contains(&element)) {
        return Err("this element already has a widget; call destroy() on its handle before mounting again.".into());
    }
    let pathway = default_pathway()
        .ok_or("the pathway data is invalid (see the errors above), so the page's own content stays in place.")?;
    let children = element.child_nodes();
    let fallback: Vec<Node> = (0..children.length()).filter_map(|i| children.item(i)).collect();
    let id = NEXT_ID.with(|n| n.replace(n.get() + 1));
    let on_exit = {
        let (element, url) = (element.clone(), options.exit_url.clone());
        Callback::from(move |()| exit_now(&element, &url))
    };
    let props = AppProps {
        pathway,
        exit_url: options.exit_url.into(),
        on_exit,
        id_prefix: format!("pathway{id}").into(),
        journey: None,
    };
    let app = yew::Renderer::<App>::with_root_and_props(element.clone(), props).render();
    MOUNTED.with(|all| all.borrow_mut().push(element.clone()));
    Ok(WidgetHandle {
        mounted: Some(Mounted { app, element, fallback }),
    })
}

/// Blanks the widget at once and leaves without adding a history entry, so Back does not
/// return to the person's answers.
fn exit_now(element: &Element, url: &str) {
    element.set_text_content(None);
    if let Some(window) = web_sys::window() {
        if window.location().replace(url).is_err() {
            log_error("could not leave the page; close the tab instead.");
        }
    }
}
