//! Every user-facing string of the widget that does not come from pathway data, in one
//! place, so Easy Read and other languages can replace them later.

use crate::dates::long_date;
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

/// Shown over the whole page while the browser leaves after quick exit.
pub const LEAVING: &str = "Leaving this page. If nothing happens, close this tab or window.";
/// Said when a Shift count ran out before the third press.
pub const SHIFT_EXPIRED: &str = "Exit this page expired.";

/// "Shift, press 2 more times to exit." (GOV.UK's wording).
pub fn shift_count(remaining: u8) -> String {
    let times = if remaining == 1 { "time" } else { "times" };
    format!("Shift, press {remaining} more {times} to exit.")
}

pub const SAFETY_LINK: &str = "Staying safe on this device";
pub const SAFETY_CLOSE: &str = "Back to where you were";
pub const SAFETY_INTRO: &str = "\"Exit this page\" and pressing Shift 3 times help you leave quickly. They cannot hide everything. Here is what they do, what they cannot do, and how to remove this visit from your browser.";
/// The safety page: each section's heading and paragraphs.
pub const SAFETY_SECTIONS: &[(&str, &[&str])] = &[
    (
        "What quick exit does",
        &[
            "It clears your answers from this page straight away and opens a neutral website, such as a weather page.",
            "It replaces this page in the browser, so pressing Back does not bring your answers back.",
            "This tool never saves your answers on the device and never sends them anywhere.",
        ],
    ),
    (
        "What it cannot hide",
        &[
            "The website you were on (for example your doctor's or council's page about hate incidents) stays in the browser's history list.",
            "Pressing Back on the neutral website goes to the page you were on before this one, such as search results for what you searched for.",
            "If you are signed in to your browser or to a Google, Apple or Samsung account, your history may be saved to that account and show on your other devices. Removing it on one device may not remove it everywhere.",
            "Your internet provider, and the network you use at work, school or a library, may keep a record of the websites you visit.",
            "Calls and texts you make from this page stay in your phone's call and message lists.",
            "If someone can see your screen, or has put monitoring software on your device, quick exit cannot stop them.",
            "If you think someone checks your device, it may be safer to use one they cannot get to, such as a friend's phone or a library computer.",
        ],
    ),
    (
        "Removing this visit from your history",
        &[
            "Removing only the pages about this visit can be less noticeable than clearing everything. Clearing all your history can itself be noticed.",
            "Chrome on an Android phone: open the menu (three dots), choose History, then remove the pages you want to hide.",
            "Safari on an iPhone or iPad: open the bookmarks (the open book button, which may be behind the button with three dots), then History (the clock). Swipe left on a page and tap Delete. Clearing everything in Settings, under Safari, also signs you out of websites and clears other devices that use the same Apple account.",
            "Samsung Internet: open the menu (three lines), choose History, then remove the pages you want to hide.",
            "Firefox or Microsoft Edge on a phone: open the menu, choose History, then remove the pages you want to hide.",
            "On a Windows computer, Ctrl and H together open History in Chrome, Edge and Firefox. On a Mac, use the History menu at the top of the screen.",
            "Next time, a private or incognito window keeps no history once you close it. It does not hide your visit from your network or from monitoring software.",
        ],
    ),
];

/// "Step 3 of 8".
pub fn step_of(number: usize, total: usize) -> String {
    format!("Step {number} of {total}")
}

/// "Last checked 23 November 2026" from `2026-11-23`; the raw text if it is not a date.
pub fn last_checked(verified: &str) -> String {
    format!("Last checked {}", long_date(verified))
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
