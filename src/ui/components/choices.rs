//! What the two kinds of answer list (`one` and `many` steps) share.

use crate::journey::{Action, Journey};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChoicesProps {
    pub journey: Journey,
    /// Moves so far, for the heading's focus (used where the list holds the heading).
    pub arrivals: u32,
    pub id_prefix: AttrValue,
    pub dispatch: Callback<Action>,
}

/// A unique element id for an answer (and its hint) within this widget.
pub fn choice_id(props: &ChoicesProps, step: &str, choice: &str) -> String {
    format!("{}-{}-{}", props.id_prefix, step, choice)
}
