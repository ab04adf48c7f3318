//! The session as a yew reducer: a few lines over [`Session::reduce`], which holds all
//! the behaviour and its tests.

use crate::session::{Session, WidgetAction};
use std::rc::Rc;
use yew::Reducible;

/// The widget's state for `use_reducer`.
#[derive(Debug, PartialEq)]
pub struct SessionState(pub Session);

impl Reducible for SessionState {
    type Action = WidgetAction;

    fn reduce(self: Rc<Self>, action: WidgetAction) -> Rc<Self> {
        // Nothing changed: the same Rc, so yew skips the render.
        self.0.reduce(action).map_or(self, |next| Rc::new(SessionState(next)))
    }
}

impl std::ops::Deref for SessionState {
    type Target = Session;
    fn deref(&self) -> &Session {
        &self.0
    }
}
