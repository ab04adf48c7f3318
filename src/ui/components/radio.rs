//! One radio button with its label, for the widget's own choices (who a summary is for,
//! which incidents, the staff member's setting). Radios of one group share a `name`, so
//! the group is one Tab stop and the arrow keys move within it.

use crate::session::WidgetAction;
use yew::prelude::*;

/// A radio in group `group` (unique per widget through `prefix`) that sends `action`.
pub fn radio(prefix: &str, group: &str, key: &str, label: &str, checked: bool, action: WidgetAction, dispatch: &Callback<WidgetAction>) -> Html {
    let id = format!("{prefix}-{group}-{key}");
    let onchange = dispatch.reform(move |_: Event| action.clone());
    html! {
        <div class="pathway__checkbox">
            <input type="radio" id={id.clone()} name={format!("{prefix}-{group}")} {checked} {onchange} />
            <label for={id}>{label.to_string()}</label>
        </div>
    }
}
