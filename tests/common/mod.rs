//! What the component tests share: the root's props for a pathway as a plain host gives
//! them (English, self-help, no languages offered), and, for the native tests, rendering
//! them to HTML with yew's server renderer. Each test changes only the props it is about.

use pathway_widget::session::PathwayRef;
use pathway_widget::ui::AppProps;
use pathway_widget::{Journey, Pathway};
use std::rc::Rc;
use yew::Callback;

/// The props for `pathway`, at `journey` (or each mode's first screen).
pub fn props(pathway: Pathway, journey: Option<Journey>) -> AppProps {
    AppProps {
        pathway: PathwayRef(Rc::new(pathway)),
        exit_url: "https://www.bbc.co.uk/weather".into(),
        on_exit: Callback::noop(),
        id_prefix: "t".into(),
        journey,
        host: Default::default(),
        default_theme: false,
        words: Default::default(),
        language: None,
        wanted_language: None,
        offered: Vec::new(),
        load_language: Callback::noop(),
    }
}

/// The widget's HTML for the props `make` makes (in the renderer's own thread).
#[cfg(feature = "ssr")]
pub fn render(make: impl FnOnce() -> AppProps + Send + 'static) -> String {
    futures::executor::block_on(yew::ServerRenderer::<pathway_widget::ui::App>::with_props(make).hydratable(false).render())
}
