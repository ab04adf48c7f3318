//! The words in the widget's language, from the context the root component provides.

use crate::words::Words;
use yew::prelude::*;

/// The widget's words (English when no root provides any, as in a component test).
#[hook]
pub fn use_words() -> Words {
    use_context::<Words>().unwrap_or_default()
}
