//! The elements that have a widget, with their fallback content: a second mount on one
//! element is refused, `destroy()` puts the fallback back, and the panic hook puts every
//! fallback back after an internal error, so a host never sees a blank box.

use super::console::log_error;
use std::cell::RefCell;
use web_sys::{Element, Node};

thread_local! {
    static MOUNTED: RefCell<Vec<(Element, Vec<Node>)>> = const { RefCell::new(Vec::new()) };
}

/// Whether `element` has a widget.
pub fn is_mounted(element: &Element) -> bool {
    MOUNTED.with(|all| all.borrow().iter().any(|(e, _)| e == element))
}

/// Keeps `element`'s present content as its fallback.
pub fn register(element: &Element) {
    let children = element.child_nodes();
    let fallback: Vec<Node> = (0..children.length()).filter_map(|i| children.item(i)).collect();
    MOUNTED.with(|all| all.borrow_mut().push((element.clone(), fallback)));
}

/// Empties `element` and puts its fallback back.
fn restore(element: &Element, fallback: &[Node]) {
    element.set_text_content(None);
    for node in fallback {
        let _ = element.append_child(node);
    }
}

/// Forgets `element`, putting its fallback back.
pub fn unregister(element: &Element) {
    let fallback = MOUNTED.with(|all| {
        let mut all = all.borrow_mut();
        let index = all.iter().position(|(e, _)| e == element)?;
        Some(all.remove(index).1)
    });
    restore(element, &fallback.unwrap_or_default());
}

/// Replaces yew's panic hook (which prints the message, and a message could quote what a
/// person chose) with one that logs fixed text and puts every host's fallback back.
pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|_| {
        log_error("stopped after an internal error, so the page's own content is back in place. No personal details are included in this message.");
        MOUNTED.with(|all| {
            let Ok(all) = all.try_borrow() else { return };
            for (element, fallback) in all.iter() {
                restore(element, fallback);
            }
        });
    }));
}
