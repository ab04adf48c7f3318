//! Every user-facing string of the widget that does not come from pathway data, in one
//! place, so Easy Read and other languages can replace them later.

use crate::dates::long_date;
use crate::model::{AnonymousAnswer, Cluster, Health, Urgency, WayKind};

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
            "Files you download or print from this tool, such as a summary or a locked record, stay in the downloads folder or the printer's list until you delete them. A locked record cannot be read without its passphrase, but someone may see that it is there. Text you copy stays on the clipboard until you copy something else.",
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

pub const RECORD_LINK: &str = "Write down what happened";
pub const RECORD_TITLE: &str = "Your record of what happened";
pub const RECORD_INTRO: &[&str] = &[
    "Write down what happened once, in your own words, then choose what to share with each service. Everything is optional.",
    "It stays on this screen. Nothing is saved or sent unless you choose to, and \"Exit this page\" clears it.",
    "If it has happened more than once, add each incident. A dated list can help show that things are getting worse.",
];
pub const EDIT_ABOUT: &str = "About you and what you would like";
pub const EDIT_INTRO: &str = "Answer only what you want to. Leave anything blank. You can come back and change it.";
pub const INCIDENTS_HEADING: &str = "Incidents";
pub const NO_INCIDENTS: &str = "No incidents written down yet.";
pub const NOTHING_WRITTEN: &str = "Nothing written about what happened yet.";
pub const ADD_INCIDENT: &str = "Add an incident";
pub const CHANGE: &str = "Change";
pub const DONE: &str = "Done";
pub const REMOVE_INCIDENT: &str = "Remove this incident";
pub const REMOVE_CONFIRM: &str = "Remove this incident and everything written about it? This cannot be undone.";
pub const REMOVE_YES: &str = "Yes, remove it";
pub const REMOVE_NO: &str = "No, keep it";
pub const CLEAR_ANSWER: &str = "Clear this answer";
pub const NEXT_HEADING: &str = "What you can do with it";
pub const BACK_TO_JOURNEY: &str = "Back to the questions";
pub const BACK_TO_RECORD: &str = "Back to your record";

/// "Incident 2", from an incident's place in date order (from 0).
pub fn incident_title(position: usize) -> String {
    format!("Incident {}", position + 1)
}

/// "3 questions answered".
pub fn answers_given(count: usize) -> String {
    match count {
        0 => "Nothing filled in yet.".to_string(),
        1 => "1 question answered.".to_string(),
        n => format!("{n} questions answered."),
    }
}

/// The start of what was written, to tell incidents apart in the list.
pub fn first_words(text: &str) -> String {
    const MAX: usize = 80;
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= MAX {
        return text;
    }
    let cut: String = text.chars().take(MAX).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(start, _)| start);
    format!("{cut}…")
}

pub const SHARE_TITLE: &str = "Choose what to share";
pub const SHARE_INTRO: &[&str] = &[
    "Choose who it is for, then tick what to include. Contact details and details about other people are left out until you tick them.",
    "The preview shows exactly what you will take away. Nothing leaves this page unless you copy, print or download it, and this tool never sends it anywhere.",
];
pub const RECIPIENT_LEGEND: &str = "Who is it for?";
pub const COVER_LEGEND: &str = "Which incidents?";
pub const INCLUDE_LEGEND: &str = "What to include";
pub const NOTHING_TO_TICK: &str = "Nothing is written down yet, so there is nothing to choose.";
pub const PRIVATE_FIELD: &str = "Contact details, or details about someone else: left out unless you tick it.";
pub const PREVIEW_HEADING: &str = "Preview";
pub const COPY: &str = "Copy";
pub const PRINT: &str = "Print";
pub const DOWNLOAD: &str = "Download as a text file";
pub const COPIED: &str = "Copied. You can paste it into an email, a message or an online form. It stays on this device's clipboard until you copy something else.";
pub const COPY_FAILED: &str = "Copying did not work in this browser. You can select the preview and copy it yourself.";
pub const PRINTED: &str = "Only the summary was sent to the print window.";
pub const PRINT_FAILED: &str = "Printing did not work in this browser.";
pub const DOWNLOADED: &str = "Downloaded. Anyone who uses this device may be able to find the file in its downloads.";
pub const DOWNLOAD_FAILED: &str = "Downloading did not work in this browser. You can copy the summary instead.";

/// "All 3 incidents".
pub fn all_incidents(count: usize) -> String {
    format!("All {count} incidents")
}

pub const FILE_TITLE: &str = "Save your record, or open a saved one";
pub const SAVE_HEADING: &str = "Save to a locked file";
pub const SAVE_INTRO: &[&str] = &[
    "This saves your record to a file locked with a passphrase you choose, so you can add to it on another visit. The file is not saved anywhere else.",
    "Anyone with the file cannot read it without the passphrase. If you forget the passphrase, nobody can open the file.",
    "Someone who uses this device may still see that the file is there, in the downloads.",
];
pub const PASSPHRASE: &str = "Passphrase";
pub const PASSPHRASE_AGAIN: &str = "Passphrase again";
pub const PASSPHRASE_OPEN: &str = "The file's passphrase";
pub const SAVE: &str = "Save locked file";
pub const LOCKING: &str = "Locking the file. This can take a few seconds.";
pub const SAVE_FAILED: &str = "The file could not be saved in this browser. Your record is still here.";
pub const OPEN_HEADING: &str = "Open a saved record";
pub const OPEN_INTRO: &str = "What is in the file is added to what is on screen. Nothing here is replaced.";
pub const FILE_LABEL: &str = "Saved record file";
pub const OPEN: &str = "Open file";
pub const CHOOSE_FILE: &str = "Choose the saved record file first.";
pub const UNLOCKING: &str = "Opening the file. This can take a few seconds.";

/// Why a passphrase cannot be used, if it cannot.
pub fn passphrase_problem(passphrase: &str, again: &str) -> Option<&'static str> {
    if passphrase.chars().count() < 8 {
        Some("Choose a passphrase of at least 8 characters. A few words that others would not guess work well.")
    } else if passphrase != again {
        Some("The two passphrases are different. Type the same passphrase in both boxes.")
    } else {
        None
    }
}

/// Said after saving.
pub fn saved(file_name: &str) -> String {
    format!("Saved as {file_name} in your downloads. You can rename it. Keep the passphrase somewhere safe.")
}

/// Said after opening.
pub fn opened(incidents: usize) -> String {
    let what = if incidents == 1 { "1 incident".to_string() } else { format!("{incidents} incidents") };
    format!("Opened. The file had {what}; they are now in your record.")
}

pub const GUIDE_TITLE: &str = "Guide for staff";
pub const GUIDE_INTRO: &str = "What to notice, say and do when someone may have been targeted for who they are, following the local hate crime care pathway. Choose your setting: the guide and the services change with it.";
pub const SETTING_LEGEND: &str = "Where you work";
pub const HEALTH_LEGEND: &str = "The kind of care you give";
pub const NO_GUIDE: &str = "This pathway data has no staff guide.";
pub const GUIDE_TO_JOURNEY: &str = "Go through the questions with the person";
pub const GUIDE_TO_RECORD: &str = "Consent and handover record";
pub const STAFF_GUIDE_LINK: &str = "Staff guide";
pub const CLEAR_SCREEN: &str = "Clear screen";
pub const IDLE_WARNING: &str = "This screen will be cleared soon because nobody has used it. Everything on it will be wiped.";
pub const KEEP_WORKING: &str = "Keep working";

/// The points of entry, as the care pathway's table names them.
pub fn setting_label(setting: Cluster) -> &'static str {
    match setting {
        Cluster::Acute => "Acute: A&E, ambulance, hospital wards, inpatient mental health",
        Cluster::Primary => "Primary: GP practice, practice nurse, walk-in centre, pharmacy",
        Cluster::Community => "Community: district nursing, care homes, day services, home care, social work, charities",
        Cluster::Specialised => "Specialised: talking therapies and specialist mental health services",
    }
}

/// The heading of the handover record's referral list.
pub fn referral_heading(setting: Cluster, health: Health) -> String {
    let setting = setting_label(setting).split(':').next().unwrap_or_default();
    let health = match health {
        Health::Physical => "physical health",
        Health::Mental => "mental health",
    };
    format!("Services to refer to ({setting}, {health})")
}

pub fn health_label(health: Health) -> &'static str {
    match health {
        Health::Physical => "Physical health",
        Health::Mental => "Mental health",
    }
}

pub const NOT_AGREED: &str = "The person has not agreed to share with them. Ask first, and record it under \"Consent and next steps\" in \"About you and what you would like\".";
pub const REPORT_TITLE: &str = "Report of what happened";
pub const REPORT_INTRO: &[&str] = &[
    "Fill this in with the person, in their words, or as they ask. Everything is optional.",
    "It stays on this screen. Nothing is saved or sent unless you copy, print or download it. \"Clear screen\" wipes it before the next person.",
];
pub const THIRD_PARTY_HEADING: &str = "For the reporting centre";
pub const THIRD_PARTY_NOTES: &[&str] = &[
    "Fill this in with the person, or for them, in their words. Every question is optional, and they can stay anonymous.",
    "Do: tell them what you will do with the report, and who it will go to, before they agree; send only what they ticked, only to whom they agreed; keep any copy you print or download as securely as your other case records, and delete it when you no longer need it.",
    "Do not: pass on their name or contact details without their consent, promise what the police or another agency will do, or ask them to prove it was hate.",
    "If someone is in danger now, call 999. If a child or an adult at risk may be harmed, follow your safeguarding procedure as well.",
];

pub const TRAINING_TITLE: &str = "Practice cases";
pub const TRAINING_INTRO: &[&str] = &[
    "Each case is a situation someone in your role might meet. Pick what you would do and read the feedback; you can try other answers too.",
    "Your score is only shown to you, on this screen, and is wiped when you leave or clear the screen.",
];
pub const NO_CASES: &str = "This pathway data has no practice cases.";
pub const BEST_ANSWER: &str = "This is what the pathway points to.";
pub const NOT_BEST_ANSWER: &str = "Not the best answer.";
pub const NEXT_QUESTION: &str = "Next question";
pub const FINISH_CASE: &str = "Finish this case";
pub const CASE_DONE: &str = "Case finished";
pub const BACK_TO_CASES: &str = "Back to the practice cases";

/// "Question 1 of 2".
pub fn question_of(number: usize, total: usize) -> String {
    format!("Question {number} of {total}")
}

/// The score, for the staff member's eyes only.
pub fn score(best: usize, of: usize) -> String {
    format!("You picked the answer the pathway points to first time in {best} of {of} questions.")
}

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
    fn contacts_say_when_they_were_last_checked() {
        assert_eq!(last_checked("2026-11-03"), "Last checked 3 November 2026");
        assert_eq!(last_checked("undated"), "Last checked undated");
    }
}
