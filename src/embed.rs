//! The embed entry: what a host page meets.
//!
//! It exports `mount(element, options)` returning a handle with `update(options)` and
//! `destroy()`; the loader (`assets/pathway-widget.js`) calls it for every widget, with
//! the options it read from the host element's attributes.
//! The element's own content is the fallback: it stays until the widget mounts, stays if
//! anything fails, and comes back on `destroy()` or after an internal error. Errors go to
//! the console with no personal content; a panic never shows its message.

use crate::data::DEFAULT_FILES;
use crate::load::DataFile;
use crate::mode::HostMode;
use crate::language::check_language;
use crate::theme::{check_brand, parse_theme};
use crate::ui::{App, AppProps, PathwayRef};
use crate::validate::load_valid;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Node};
use yew::{AppHandle, AttrValue, Callback};

/// Where "Exit this page" goes unless the host says otherwise (GOV.UK's choice too).
const DEFAULT_EXIT_URL: &str = "https://www.bbc.co.uk/weather";

/// What the iframe embed posts to the host page at quick exit (`pathway-frame.js` listens).
const EXIT_MESSAGE: &str = "pathway:exit";

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

/// Mounts a widget into `element` (the loader passes the `<div>` it made in the host
/// element's shadow root). `options` is an object with any of `exitUrl`, `mode`, `setting`,
/// `health`, `idleMinutes`, `lang` and `theme`, and `data`, an array of `{ name, text }`
/// pathway files to use instead of the default (the loader fetches them from `data-src`);
/// `attributePrefix` (`"data-"` or `""`) names the attributes in console messages. Throws
/// if the element already has a widget or the data is invalid; the fallback then stays.
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

    /// Applies new options (the same object as `mount` takes, all of them; `data` is not
    /// read: other data means another widget). The same mode keeps what the person has
    /// done; another mode starts afresh, as "Clear screen" does.
    pub fn update(&mut self, options: JsValue) {
        if let Some(mounted) = &mut self.mounted {
            let props = props_for(&mounted.element, Options::read(&options), mounted.pathway.clone(), mounted.id_prefix.clone());
            mounted.app.update(props);
        }
    }
}

/// Host configuration for one widget.
struct Options {
    exit_url: String,
    host: HostMode,
    /// Custom properties from the `theme` option, set on the widget's own element.
    theme: Vec<(&'static str, String)>,
    /// The host's own pathway files (name, text), if it gave any.
    data: Option<Vec<(String, String)>>,
}

impl Options {
    /// Reads the options object; a bad value is reported to the console with its fix, and
    /// the default is used.
    fn read(options: &JsValue) -> Options {
        let prefix = field(options, "attributePrefix").as_string().unwrap_or_else(|| "data-".into());
        let text = |key: &str| {
            let given = field(options, key);
            // `idleMinutes: 5` as a number, or any option as a string. JS turns the number
            // into text, so Rust's float printing (about 5 KB) stays out of the widget.
            let number = given.as_f64().map(|n| String::from(js_sys::Number::from(n).to_string_with_radix(10).unwrap_or_default()));
            given.as_string().or(number)
        };
        let mut problems = Vec::new();
        let exit_url = match text("exitUrl") {
            Some(url) if url.starts_with("https://") && crate::model::is_safe_link(&url) => url,
            Some(url) => {
                problems.push(format!(
                    "{prefix}exit-url=\"{url}\" is not a full https:// address, so \"Exit this page\" uses {DEFAULT_EXIT_URL}. Fix: set it to the https:// address of a neutral page."
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
        let (host, mode_problems) = HostMode::parse(
            &prefix,
            text("mode").as_deref(),
            text("setting").as_deref(),
            text("health").as_deref(),
            text("idleMinutes").as_deref(),
        );
        problems.extend(mode_problems);
        problems.extend(check_language(&text("lang").unwrap_or_default()).err());
        let (theme, theme_problems) = parse_theme(&format!("{prefix}theme"), &text("theme").unwrap_or_default());
        problems.extend(theme_problems);
        for problem in problems {
            log_warning(&problem);
        }
        Options { exit_url, host, theme, data }
    }
}

/// Sets the `theme` option's custom properties on the widget's own element (through the
/// CSSOM, which a strict `style-src` allows), then checks the brand colour the widget ends
/// up with, from the option or inherited from the host page. Returns whether the widget
/// must keep its own colours.
fn apply_theme(element: &Element, theme: &[(&'static str, String)]) -> bool {
    if let Some(style) = element.dyn_ref::<HtmlElement>().map(HtmlElement::style) {
        for name in ["--pathway-brand", "--pathway-font", "--pathway-radius"] {
            let _ = style.remove_property(name);
        }
        for (name, value) in theme {
            let _ = style.set_property(name, value);
        }
    }
    match check_brand(&custom_property(element, "--pathway-brand")) {
        Ok(()) => false,
        Err(problem) => {
            log_warning(&problem);
            true
        }
    }
}

/// A CSS custom property as the widget's element has it (set there, or inherited).
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
    let id_prefix: AttrValue = format!("pathway{}", NEXT_ID.with(|n| n.replace(n.get() + 1))).into();
    let props = props_for(&element, options, pathway.clone(), id_prefix.clone());
    let app = yew::Renderer::<App>::with_root_and_props(element.clone(), props).render();
    MOUNTED.with(|all| all.borrow_mut().push((element.clone(), fallback)));
    Ok(WidgetHandle {
        mounted: Some(Mounted { app, element, pathway, id_prefix }),
    })
}

/// The root component's props for these options (applying their theme to `element`).
fn props_for(element: &Element, options: Options, pathway: PathwayRef, id_prefix: AttrValue) -> AppProps {
    let default_theme = apply_theme(element, &options.theme);
    let url = options.exit_url.clone();
    AppProps {
        pathway,
        exit_url: options.exit_url.into(),
        on_exit: Callback::from(move |()| leave_for(&url)),
        id_prefix,
        journey: None,
        host: options.host,
        default_theme,
    }
}

/// Whether the person has just clicked or pressed a key (`navigator.userActivation`),
/// where the browser can say.
fn user_activation(window: &web_sys::Window) -> Option<bool> {
    let activation = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("userActivation")).ok()?;
    js_sys::Reflect::get(&activation, &JsValue::from_str("isActive")).ok()?.as_bool()
}

/// Leaves without adding a history entry, so Back does not return to the widget. The
/// widget has already wiped its state and blanked itself. The neutral site is not told
/// which page the person left: `location.replace` would otherwise send it the host page's
/// address as the referrer. Inside the iframe embed it is the top page that must go: the
/// frame leaves the top page itself where the sandbox lets it (just after a click), and
/// otherwise tells the host's snippet, which leaves (Shift is not a click to browsers).
fn leave_for(url: &str) {
    let Some(window) = web_sys::window() else { return };
    if let Some((document, head)) = window.document().and_then(|d| d.head().map(|h| (d, h))) {
        if let Ok(meta) = document.create_element("meta") {
            let _ = meta.set_attribute("name", "referrer");
            let _ = meta.set_attribute("content", "no-referrer");
            let _ = head.append_child(&meta);
        }
    }
    let top = window.top().ok().flatten().filter(|top| JsValue::from(top) != JsValue::from(&window));
    if let Some(top) = top {
        // One way out, so two navigations never race: the frame's own, straight after a
        // click or key press (the sandbox allows no other), else the host snippet's.
        // A browser that cannot say which gets both.
        let activated = user_activation(&window);
        if activated != Some(true) {
            if let Some(parent) = window.parent().ok().flatten() {
                // The message carries nothing but its type; the host snippet knows where to go.
                let _ = parent.post_message(&JsValue::from_str(EXIT_MESSAGE), "*");
            }
        }
        if activated != Some(false) {
            let _ = top.location().replace(url);
        }
        // Never the frame itself: the host's CSP may not allow the neutral page in a frame,
        // and the widget is already wiped, with its cover saying to close the tab.
        return;
    }
    if window.location().replace(url).is_err() {
        log_error("could not leave the page; close the tab instead.");
    }
}
