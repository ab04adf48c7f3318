//! The in-browser tier: the embed entry and components in a real DOM (headless Chromium via
//! wasm-bindgen-test): mount and destroy, the fallback, refusing a second mount, focus
//! moving to the new step's heading after a click, quick exit by Shift three times, the
//! safety page, and links with a bad scheme never rendering.
#![cfg(target_arch = "wasm32")]

mod common;

use pathway_widget::embed::mount;
use pathway_widget::load_valid;
use pathway_widget::pathway::DEFAULT_FILES;
use pathway_widget::ui::{App, AppProps};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};
use yew::{AppHandle, Callback};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A host element with fallback content, added to the page.
fn host() -> Element {
    let element = document().create_element("div").unwrap();
    let fallback = document().create_element("p").unwrap();
    fallback.set_class_name("fallback");
    fallback.set_text_content(Some("Call 999 in an emergency."));
    element.append_child(&fallback).unwrap();
    document().body().unwrap().append_child(&element).unwrap();
    element
}

async fn rendered() {
    yew::scheduler::flush().await;
}

fn button(element: &Element, text: &str) -> HtmlElement {
    let buttons = element.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(|n| n.dyn_into::<HtmlElement>().unwrap())
        .find(|b| b.text_content().unwrap_or_default().trim() == text)
        .unwrap_or_else(|| panic!("no button `{text}`"))
}

#[wasm_bindgen_test]
async fn mount_replaces_the_fallback_and_destroy_puts_it_back() {
    let element = host();
    let mut handle = mount(element.clone(), JsValue::UNDEFINED).expect("mounts");
    rendered().await;
    assert!(element.query_selector(".pathway__exit").unwrap().is_some(), "the widget rendered");
    assert!(element.query_selector(".fallback").unwrap().is_none(), "the fallback made way");
    handle.destroy();
    assert!(element.query_selector(".pathway").unwrap().is_none(), "nothing of the widget is left");
    assert_eq!(element.text_content().unwrap(), "Call 999 in an emergency.");
    handle.destroy(); // a second destroy does nothing
    element.remove();
}

#[wasm_bindgen_test]
async fn a_second_mount_on_the_same_element_is_refused_until_destroyed() {
    let element = host();
    let mut handle = mount(element.clone(), JsValue::UNDEFINED).expect("mounts");
    assert!(mount(element.clone(), JsValue::UNDEFINED).is_err(), "refuses to start twice");
    handle.destroy();
    let mut again = mount(element.clone(), JsValue::UNDEFINED).expect("mounts again after destroy");
    again.destroy();
    element.remove();
}

#[wasm_bindgen_test]
async fn the_first_render_does_not_take_focus_and_each_move_focuses_the_new_heading() {
    let element = host();
    let mut handle = mount(element.clone(), JsValue::UNDEFINED).expect("mounts");
    rendered().await;
    let active = || document().active_element().map(|e| (e.tag_name(), e.text_content().unwrap_or_default()));
    assert_ne!(active().map(|a| a.0), Some("H2".to_string()), "mounting leaves the host page's focus alone");
    button(&element, "Start").click();
    rendered().await;
    assert_eq!(active(), Some(("H2".to_string(), "Who is this about?".to_string())));
    button(&element, "Back").click();
    rendered().await;
    let (tag, _) = active().unwrap();
    assert_eq!(tag, "H2", "Back focuses the earlier step's heading");
    handle.destroy();
    element.remove();
}

/// A JS options object, as the loader passes to `mount` and `update`.
fn options(pairs: &[(&str, &str)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        js_sys::Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value)).unwrap();
    }
    object.into()
}

fn exit_href(element: &Element) -> Option<String> {
    element.query_selector(".pathway__exit").unwrap().unwrap().get_attribute("href")
}

#[wasm_bindgen_test]
async fn a_bad_exit_url_is_replaced_by_the_default() {
    let element = host();
    let mut handle = mount(element.clone(), options(&[("exitUrl", "javascript:alert(1)")])).expect("mounts");
    rendered().await;
    assert_eq!(exit_href(&element).as_deref(), Some("https://www.bbc.co.uk/weather"));
    handle.destroy();
    element.remove();
}

#[wasm_bindgen_test]
async fn update_applies_new_options_keeping_the_widget() {
    let element = host();
    let mut handle = mount(element.clone(), options(&[("exitUrl", "https://example.org/a")])).expect("mounts");
    rendered().await;
    button(&element, "Start").click();
    rendered().await;
    let step = element.query_selector("h2").unwrap().unwrap().text_content();
    handle.update(options(&[("exitUrl", "https://example.org/b"), ("setting", "acute")]));
    rendered().await;
    assert_eq!(exit_href(&element).as_deref(), Some("https://example.org/b"));
    assert_eq!(element.query_selector("h2").unwrap().unwrap().text_content(), step, "the same mode keeps the person's place");
    handle.update(options(&[("mode", "staff")]));
    rendered().await;
    let heading = element.query_selector("h2").unwrap().unwrap().text_content().unwrap_or_default();
    assert!(heading.contains("Guide"), "another mode starts afresh on its own first screen: {heading}");
    assert_eq!(exit_href(&element).as_deref(), Some("https://www.bbc.co.uk/weather"), "options not given are back to their defaults");
    handle.destroy();
    element.remove();
}

/// Mounts the App itself (not through the embed), so a test sees `on_exit` instead of the
/// page leaving. Returns the handle and how many times the widget asked to leave.
fn app_with(element: &Element, pathway: pathway_widget::Pathway) -> (AppHandle<App>, Rc<Cell<u32>>) {
    let exits = Rc::new(Cell::new(0));
    let on_exit = {
        let exits = exits.clone();
        Callback::from(move |()| exits.set(exits.get() + 1))
    };
    let props = AppProps { on_exit, ..common::props(pathway, None) };
    (yew::Renderer::<App>::with_root_and_props(element.clone(), props).render(), exits)
}

fn default_data() -> pathway_widget::Pathway {
    load_valid(&DEFAULT_FILES).expect("valid default data")
}

/// A key event on the host page's body, bubbling to the document as a real one would.
fn key(kind: &str, name: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(name);
    init.set_bubbles(true);
    init.set_shift_key(name == "Shift" && kind == "keydown");
    let event = KeyboardEvent::new_with_keyboard_event_init_dict(kind, &init).unwrap();
    document().body().unwrap().dispatch_event(&event).unwrap();
}

fn press(name: &str) {
    key("keydown", name);
    key("keyup", name);
}

fn status(element: &Element) -> String {
    element.query_selector("[role=status]").unwrap().unwrap().text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn shift_three_times_anywhere_wipes_the_widget_and_asks_to_leave() {
    let element = host();
    let (app, exits) = app_with(&element, default_data());
    rendered().await;
    button(&element, "Start").click();
    rendered().await;
    press("Shift");
    rendered().await;
    assert_eq!(status(&element), "Shift, press 2 more times to exit.", "the count is announced");
    press("Shift");
    rendered().await;
    assert_eq!(status(&element), "Shift, press 1 more time to exit.");
    assert_eq!(exits.get(), 0);
    press("Shift");
    rendered().await;
    assert_eq!(exits.get(), 1, "the third press leaves");
    let left = element.text_content().unwrap();
    assert!(left.trim().starts_with("Leaving this page."), "nothing of the journey is left: {left}");
    assert!(element.query_selector("button, a, h2").unwrap().is_none());
    app.destroy();
    element.remove();
}

#[wasm_bindgen_test]
async fn shift_used_with_another_key_or_any_other_key_starts_the_count_again() {
    let element = host();
    let (app, exits) = app_with(&element, default_data());
    rendered().await;
    press("Shift");
    // Typing a capital: Shift held while another key goes down and up.
    key("keydown", "Shift");
    key("keydown", "H");
    key("keyup", "H");
    key("keyup", "Shift");
    press("Shift");
    press("Tab");
    press("Shift");
    press("Shift");
    rendered().await;
    assert_eq!(exits.get(), 0, "no three lone presses in a row yet");
    assert_eq!(status(&element), "Shift, press 1 more time to exit.");
    press("Shift");
    rendered().await;
    assert_eq!(exits.get(), 1);
    app.destroy();
    element.remove();
}

/// Counts key listeners added to and removed from `window`, by wrapping its methods
/// (the test page has no CSP, so a `Function` can be made from text here).
fn spy_on_key_listeners() -> impl Fn() -> f64 {
    js_sys::Function::new_no_args(
        "const w = window; w.__keyListeners = 0;
         const add = w.addEventListener, remove = w.removeEventListener;
         const key = (t) => t === 'keydown' || t === 'keyup';
         w.addEventListener = function (t, ...rest) { if (key(t)) w.__keyListeners += 1; return add.call(this, t, ...rest); };
         w.removeEventListener = function (t, ...rest) { if (key(t)) w.__keyListeners -= 1; return remove.call(this, t, ...rest); };",
    )
    .call0(&JsValue::NULL)
    .unwrap();
    || js_sys::Reflect::get(&web_sys::window().unwrap(), &"__keyListeners".into()).unwrap().as_f64().unwrap()
}

#[wasm_bindgen_test]
async fn destroying_the_widget_removes_its_key_listeners() {
    rendered().await; // widgets of earlier tests finish going away first
    let listening = spy_on_key_listeners();
    let element = host();
    let (app, _) = app_with(&element, default_data());
    rendered().await;
    assert_eq!(listening(), 2.0, "keydown and keyup on the window");
    app.destroy();
    rendered().await;
    assert_eq!(listening(), 0.0, "both removed");
    element.remove();
}

#[wasm_bindgen_test]
async fn the_safety_page_opens_over_the_journey_and_returns_to_the_same_step() {
    let element = host();
    let (app, _) = app_with(&element, default_data());
    rendered().await;
    button(&element, "Start").click();
    rendered().await;
    button(&element, "Staying safe on this device").click();
    rendered().await;
    let active = || document().active_element().and_then(|e| e.text_content()).unwrap_or_default();
    assert_eq!(active(), "Staying safe on this device", "focus on the safety page's heading");
    assert!(element.text_content().unwrap().contains("What it cannot hide"));
    assert!(element.query_selector(".pathway__exit").unwrap().is_some(), "exit stays available");
    button(&element, "Back to where you were").click();
    rendered().await;
    assert_eq!(active(), "Who is this about?", "back on the same step, heading focused");
    app.destroy();
    element.remove();
}

#[wasm_bindgen_test]
async fn links_with_a_bad_scheme_never_render_even_if_data_skips_validation() {
    let mut pathway = default_data();
    let bad = ["javascript:alert(1)", "data:text/html,<b>x</b>", "http://example.org/", "vbscript:x", " JavaScript:alert(1)"];
    for (contact, href) in pathway.contacts.iter_mut().zip(bad.iter().cycle()) {
        contact.href = Some(href.to_string());
    }
    let element = host();
    let (app, _) = app_with(&element, pathway);
    rendered().await;
    let links = element.query_selector_all("a[href]").unwrap();
    let hrefs: Vec<String> = (0..links.length())
        .filter_map(|i| links.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .filter_map(|e| e.get_attribute("href"))
        .collect();
    assert_eq!(hrefs, vec!["https://www.bbc.co.uk/weather".to_string()], "only the exit link is a link");
    assert!(element.text_content().unwrap().contains("999"), "the number is still shown, as text");
    app.destroy();
    element.remove();
}

#[wasm_bindgen_test]
fn dates_in_another_language_come_from_the_browsers_intl() {
    let polish = pathway_widget::browser::intl_date("pl", "2026-11").expect("a month");
    assert!(polish.contains("listopad") && polish.contains("2026"), "{polish}");
    let urdu = pathway_widget::browser::intl_date("ur", "2026-11-23").expect("a day");
    assert!(urdu.contains("نومبر"), "{urdu}");
    assert_eq!(pathway_widget::browser::intl_date("pl", "undated"), None);
    assert_eq!(pathway_widget::browser::intl_date("pl", "2026-13"), None);
    let words = pathway_widget::words::Words::english().with_intl("pl", pathway_widget::browser::INTL);
    assert!(words.sources("2026-11-23", &[]).contains("listopad 2026"), "the line on every contact list says it so");
}

#[wasm_bindgen_test]
fn plural_forms_come_from_the_browsers_intl() {
    use pathway_widget::browser::intl_plural;
    let arabic: Vec<&str> = [0, 1, 2, 3, 11, 100].map(|n| intl_plural("ar", n)).into();
    assert_eq!(arabic, ["zero", "one", "two", "few", "many", "other"], "Arabic's six");
    assert_eq!([1, 2, 5, 22].map(|n| intl_plural("pl", n)), ["one", "few", "many", "few"]);
    let texts = std::collections::HashMap::from([("answers_many#two".to_string(), "تمت الإجابة عن سؤالين ({n})".to_string())]);
    let words = pathway_widget::words::Words::replaced_by(texts).with_intl("ar", pathway_widget::browser::INTL);
    use pathway_widget::words::Word;
    assert_eq!(words.count(2, Word::AnswersOne, Word::AnswersMany), "تمت الإجابة عن سؤالين (2)");
    assert_eq!(words.count(3, Word::AnswersOne, Word::AnswersMany), "3 questions answered.", "a form not given is the pack's many");
}
