//! What the root component shares with every part of the widget: the pathway as seen from
//! where the person lives, where that is, the words in the widget's language and, in Easy
//! Read, its pictures, in one context (a second would cost the widget a second provider's
//! code).

use crate::language::LanguagePack;
use crate::pathway::Residence;
use crate::session::PathwayRef;
use crate::words::Words;
use std::rc::Rc;
use yew::prelude::*;

/// The context [`crate::ui::App`] provides.
#[derive(Debug, Clone, PartialEq)]
pub struct WidgetContext {
    /// Seen from [`WidgetContext::residence`]: other areas' contacts and services are left out.
    pub pathway: PathwayRef,
    pub residence: Residence,
    pub words: Words,
    /// The Easy Read pack, when Easy Read is showing: its pictures go beside each idea.
    pub easy_read: Option<Rc<LanguagePack>>,
}

/// The pathway, when a root provides one (a page rendered alone in a test may have none).
#[hook]
pub fn use_pathway() -> Option<PathwayRef> {
    use_context::<WidgetContext>().map(|context| context.pathway)
}

/// Where the person lives, as the shown pathway is narrowed to.
#[hook]
pub fn use_residence() -> Residence {
    use_context::<WidgetContext>().map(|context| context.residence).unwrap_or_default()
}

/// The widget's words (English when no root provides any, as in a component test).
#[hook]
pub fn use_words() -> Words {
    use_context::<WidgetContext>().map(|context| context.words).unwrap_or_default()
}

/// The Easy Read pack, when Easy Read is showing.
#[hook]
pub fn use_easy_read() -> Option<Rc<LanguagePack>> {
    use_context::<WidgetContext>().and_then(|context| context.easy_read)
}
