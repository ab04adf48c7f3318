//! The in-browser tier: the embed entry and components in a real DOM (headless Chromium via
//! wasm-bindgen-test): mount and destroy, the fallback, refusing a second mount, and focus
//! moving to the new step's heading after a click.
#![cfg(target_arch = "wasm32")]

use pathway_widget::embed::mount;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

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

#[wasm_bindgen_test]
async fn a_bad_exit_url_is_replaced_by_the_default() {
    let element = host();
    element.set_attribute("data-exit-url", "javascript:alert(1)").unwrap();
    let mut handle = mount(element.clone(), JsValue::UNDEFINED).expect("mounts");
    rendered().await;
    let exit = element.query_selector(".pathway__exit").unwrap().unwrap();
    assert_eq!(exit.get_attribute("href").as_deref(), Some("https://www.bbc.co.uk/weather"));
    handle.destroy();
    element.remove();
}
