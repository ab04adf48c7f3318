//! The panic hook, in a real browser (its own test binary, because a panic stops the wasm
//! instance it happens in): an internal error logs fixed text with nothing the person
//! chose, and puts the host's fallback content back instead of leaving a blank box
//! (docs/PRIVACY.md, rules 4 and 9).
#![cfg(target_arch = "wasm32")]

use gloo_timers::callback::Timeout;
use gloo_timers::future::TimeoutFuture;
use js_sys::{Array, Reflect};
use pathway_widget::embed::mount;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_panic_logs_no_personal_details_and_puts_the_fallback_back() {
    let document = web_sys::window().unwrap().document().unwrap();
    let element = document.create_element("div").unwrap();
    element.set_inner_html("<p class=\"fallback\">Call 999 in an emergency.</p>");
    document.body().unwrap().append_child(&element).unwrap();
    let _handle = mount(element.clone(), JsValue::UNDEFINED).expect("mounts");
    yew::scheduler::flush().await;
    let click = |text: &str| {
        let buttons = element.query_selector_all("button").unwrap();
        (0..buttons.length())
            .filter_map(|i| buttons.item(i))
            .map(|n| n.dyn_into::<HtmlElement>().unwrap())
            .find(|b| b.text_content().unwrap_or_default().trim() == text)
            .unwrap()
            .click();
    };
    click("Start");
    yew::scheduler::flush().await;
    click("It happened to me");
    yew::scheduler::flush().await;

    // Record console.error, then panic with the person's answer in the message, in a task
    // of its own so that the test itself keeps running.
    let console: JsValue = Reflect::get(&js_sys::global(), &"console".into()).unwrap();
    let original = Reflect::get(&console, &"error".into()).unwrap();
    let logged = Array::new();
    let record = {
        let logged = logged.clone();
        Closure::<dyn Fn(JsValue)>::new(move |message: JsValue| {
            logged.push(&message);
        })
    };
    Reflect::set(&console, &"error".into(), record.as_ref()).unwrap();
    Timeout::new(0, || panic!("the person chose: It happened to me")).forget();
    TimeoutFuture::new(100).await;
    Reflect::set(&console, &"error".into(), &original).unwrap();

    let messages: Vec<String> = logged.iter().filter_map(|m| m.as_string()).collect();
    assert_eq!(messages.len(), 1, "one message: {messages:?}");
    assert!(messages[0].starts_with("Pathway widget: stopped after an internal error"), "{messages:?}");
    assert!(!messages[0].contains("happened to me"), "no personal content: {messages:?}");
    assert_eq!(element.text_content().unwrap(), "Call 999 in an emergency.", "the fallback is back");
    assert!(element.query_selector(".pathway").unwrap().is_none());
}
