//! Every user-facing string of the widget that does not come from pathway data, in one
//! place, so Easy Read and other languages can replace them later.

use crate::model::{AnonymousAnswer, Urgency, WayKind};

pub const EXIT: &str = "Exit this page";
pub const EXIT_HINT: &str = "Leaves at once for a neutral website";
pub const BACK: &str = "Back";
pub const START_AGAIN: &str = "Start again";
pub const CONTINUE: &str = "Continue";
pub const PROGRESS_LABEL: &str = "Progress";
pub const EMERGENCY_HEADING: &str = "In danger now?";
pub const EMERGENCY_INTRO: &str = "If you or someone else is in danger or hurt right now, get help straight away:";
pub const CHOSEN_HEADING: &str = "What you chose";
pub const NOTHING_CHOSEN: &str = "You have not chosen anything to do yet. That is fine: you can decide later, and support does not depend on reporting.";
pub const SERVICES_HEADING: &str = "Services that fit what you said";
pub const RECAP_HEADING: &str = "What you told us";
pub const RECAP_NOTE: &str = "This stays on this screen only. Nothing has been sent or saved.";
pub const ABOUT_DATA_HEADING: &str = "About these details";
pub const WHAT_HAPPENS_NEXT: &str = "What usually happens next";
pub const WHO_WILL_KNOW: &str = "Who will know";
pub const ANONYMOUS: &str = "Can I stay anonymous?";
pub const CHANGE_MIND: &str = "Can I change my mind?";
pub const HOW_TO_REACH: &str = "How to reach it";
pub const HOW_TO_FIND: &str = "How to find it";
pub const MAY_HAVE_CHANGED: &str = "This may have changed: check it before you rely on it.";

/// "Step 3 of 8".
pub fn step_of(number: usize, total: usize) -> String {
    format!("Step {number} of {total}")
}

/// "Last checked 23 November 2026" from `2026-11-23`; the raw text if it is not a date.
pub fn last_checked(verified: &str) -> String {
    format!("Last checked {}", long_date(verified))
}

fn long_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ];
    let parts: Vec<&str> = iso.split('-').collect();
    match (parts.as_slice(), parts.get(1).and_then(|m| m.parse::<usize>().ok())) {
        ([year, _, day], Some(month @ 1..=12)) => {
            format!("{} {} {}", day.trim_start_matches('0'), MONTHS[month - 1], year)
        }
        _ => iso.to_string(),
    }
}

pub fn urgency_heading(urgency: Urgency) -> &'static str {
    match urgency {
        Urgency::Now => "Right now",
        Urgency::Today => "Today",
        Urgency::Soon => "In the next few days",
        Urgency::AnyTime => "Whenever you are ready",
    }
}

pub fn way_heading(kind: WayKind) -> &'static str {
    match kind {
        WayKind::Phone => "By phone",
        WayKind::Text => "By text message",
        WayKind::Online => "Online",
        WayKind::InPerson => "In person",
        WayKind::Bsl => "In British Sign Language (BSL)",
        WayKind::Interpreter => "With an interpreter",
    }
}

pub fn anonymous_answer(answer: AnonymousAnswer) -> &'static str {
    match answer {
        AnonymousAnswer::Yes => "Yes.",
        AnonymousAnswer::No => "No.",
        AnonymousAnswer::Partly => "Partly.",
        AnonymousAnswer::NotApplicable => "Not needed.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_people_say_them() {
        assert_eq!(last_checked("2026-11-03"), "Last checked 3 November 2026");
        assert_eq!(last_checked("undated"), "Last checked undated");
    }
}
