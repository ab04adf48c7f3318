//! The embed entry: what a host page meets.
//!
//! It exports `mount(element, options)` returning a handle with `destroy()`; the loader
//! (`assets/pathway-widget.js`) calls it for every element with `data-pathway-widget`.
//! The element's own content is the fallback: it stays until the widget mounts, stays if
//! anything fails, and comes back on `destroy()` or after an internal error. Errors go to
//! the console with no personal content; a panic never shows its message.

use crate::data::DEFAULT_FILES;
use crate::load::DataFile;
use crate::mode::HostMode;
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
    /// The default pathway, once loaded and validated (`None` inside if it is invalid).
    static DEFAULT_PATHWAY: RefCell<Option<Option<PathwayRef>>> = const { RefCell::new(None) };
    /// Elements that have a widget, with their fallback content: a second mount is
    /// refused, and the panic hook can put every fallback back.
    static MOUNTED: RefCell<Vec<(Element, Vec<Node>)>> = const { RefCell::new(Vec::new()) };
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

/// Replaces yew's panic hook (which prints the message, and a message could quote what a
/// person chose) with one that logs fixed text and puts every host's fallback back, so an
/// internal error never leaves a blank box.
fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|_| {
        log_error("stopped after an internal error, so the page's own content is back in place. No personal details are included in this message.");
        MOUNTED.with(|all| {
            let Ok(all) = all.try_borrow() else { return };
            for (element, fallback) in all.iter() {
                element.set_text_content(None);
                for node in fallback {
                    let _ = element.append_child(node);
                }
            }
        });
    }));
}

/// Mounts a widget into `element`. `options` may be `undefined` or an object with
/// `exitUrl`, `mode`, `setting`, `health` and `idleMinutes` (each wins over the element's
/// `data-exit-url`, `data-mode`, ...), and `data`, an array of `{ name, text }` pathway files to use instead of the default (the loader fetches them
/// from `data-src`). Throws if the element already has a widget or the data is invalid;
/// the fallback content then stays.
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
        let Some(Mounted { app, element }) = self.mounted.take() else {
            return;
        };
        app.destroy();
        element.set_text_content(None);
        let fallback = MOUNTED.with(|all| {
            let mut all = all.borrow_mut();
            let index = all.iter().position(|(e, _)| e == &element)?;
            Some(all.remove(index).1)
        });
        for node in fallback.iter().flatten() {
            let _ = element.append_child(node);
        }
    }
}

/// Host configuration for one widget.
struct Options {
    exit_url: String,
    host: HostMode,
    /// The host's `--pathway-brand` was refused, so the widget keeps its own colours.
    default_theme: bool,
    /// The host's own pathway files (name, text), if it gave any.
    data: Option<Vec<(String, String)>>,
}

impl Options {
    /// Reads `exitUrl` from the JS options object, else `data-exit-url`, else the default;
    /// likewise `mode`, `setting`, `health` and `idleMinutes` (`data-mode`, ...). A bad
    /// value is reported to the console with its fix, and the default is used.
    fn read(element: &Element, options: &JsValue) -> Options {
        let from_object = field(options, "exitUrl").as_string();
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
        let data = field(options, "data").dyn_ref::<js_sys::Array>().map(|files| {
            files
                .iter()
                .map(|file| {
                    let name = field(&file, "name").as_string().unwrap_or_else(|| "data-src".into());
                    (name, field(&file, "text").as_string().unwrap_or_default())
                })
                .collect()
        });
        // Each mode option from the JS options object, else its data- attribute.
        let option = |key: &str, attribute: &str| {
            let given = field(options, key);
            // `idleMinutes: 5` as a number, or any option as a string. JS turns the number
            // into text, so Rust's float printing (about 5 KB) stays out of the widget.
            let number = given.as_f64().map(|n| String::from(js_sys::Number::from(n).to_string_with_radix(10).unwrap_or_default()));
            given.as_string().or(number).or_else(|| element.get_attribute(attribute))
        };
        let (host, problems) = HostMode::parse(
            option("mode", "data-mode").as_deref(),
            option("setting", "data-setting").as_deref(),
            option("health", "data-health").as_deref(),
            option("idleMinutes", "data-idle-minutes").as_deref(),
        );
        for problem in problems {
            log_warning(&problem);
        }
        let default_theme = match crate::theme::check_brand(&custom_property(element, "--pathway-brand")) {
            Ok(()) => false,
            Err(problem) => {
                log_warning(&problem);
                true
            }
        };
        Options { exit_url, host, default_theme, data }
    }
}

/// A CSS custom property as the host set it on the mount element or an ancestor.
fn custom_property(element: &Element, name: &str) -> String {
    web_sys::window()
        .and_then(|w| w.get_computed_style(element).ok().flatten())
        .and_then(|style| style.get_property_value(name).ok())
        .unwrap_or_default()
}

/// `object[name]`, or `undefined` when `object` is not an object.
fn field(object: &JsValue, name: &str) -> JsValue {
    if !object.is_object() {
        return JsValue::UNDEFINED;
    }
    js_sys::Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// Loads and validates pathway files exactly as `pathway-check` does; every problem goes
/// to the console (data only, with its file, JSON path and fix).
fn validated(files: &[DataFile<'_>]) -> Option<PathwayRef> {
    match load_valid(files) {
        Ok(pathway) => Some(PathwayRef(Rc::new(pathway))),
        Err(problems) => {
            for problem in problems {
                log_error(&format!("invalid pathway data: {problem}"));
            }
            None
        }
    }
}

/// The compiled-in pathway, validated once for every widget on the page.
fn default_pathway() -> Option<PathwayRef> {
    DEFAULT_PATHWAY.with(|cell| cell.borrow_mut().get_or_insert_with(|| validated(&DEFAULT_FILES)).clone())
}

/// The host's own pathway files, from `data-src`.
fn host_pathway(files: &[(String, String)]) -> Option<PathwayRef> {
    validated(&files.iter().map(|(name, text)| DataFile { name, text }).collect::<Vec<_>>())
}

fn mount_into(element: Element, options: Options) -> Result<WidgetHandle, String> {
    install_panic_hook();
    if MOUNTED.with(|all| all.borrow().iter().any(|(e, _)| e == &element)) {
        return Err("this element already has a widget; call destroy() on its handle before mounting again.".into());
    }
    let pathway = match &options.data {
        Some(files) => host_pathway(files),
        None => default_pathway(),
    }
    .ok_or("the pathway data is invalid (see the errors above), so the page's own content stays in place.")?;
    let children = element.child_nodes();
    let fallback: Vec<Node> = (0..children.length()).filter_map(|i| children.item(i)).collect();
    let id = NEXT_ID.with(|n| n.replace(n.get() + 1));
    let on_exit = {
        let url = options.exit_url.clone();
        Callback::from(move |()| leave_for(&url))
    };
    let props = AppProps {
        pathway,
        exit_url: options.exit_url.into(),
        on_exit,
        id_prefix: format!("pathway{id}").into(),
        journey: None,
        host: options.host,
        default_theme: options.default_theme,
    };
    let app = yew::Renderer::<App>::with_root_and_props(element.clone(), props).render();
    MOUNTED.with(|all| all.borrow_mut().push((element.clone(), fallback)));
    Ok(WidgetHandle {
        mounted: Some(Mounted { app, element }),
    })
}

/// Leaves without adding a history entry, so Back does not return to the widget. The
/// widget has already wiped its state and blanked itself. The neutral site is not told
/// which page the person left: `location.replace` would otherwise send it the host page's
/// address as the referrer.
fn leave_for(url: &str) {
    if let Some(window) = web_sys::window() {
        if let Some((document, head)) = window.document().and_then(|d| d.head().map(|h| (d, h))) {
            if let Ok(meta) = document.create_element("meta") {
                let _ = meta.set_attribute("name", "referrer");
                let _ = meta.set_attribute("content", "no-referrer");
                let _ = head.append_child(&meta);
            }
        }
        if window.location().replace(url).is_err() {
            log_error("could not leave the page; close the tab instead.");
        }
    }
}
