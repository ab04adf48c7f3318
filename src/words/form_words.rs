//! The report form's words in English, built in: each section's heading and each
//! question's label, hint and option labels, under the ids `crate::report`'s form uses.

/// One question's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldWords {
    pub id: &'static str,
    pub label: &'static str,
    pub hint: Option<&'static str>,
    /// The labels of its options, in the form's order.
    pub options: &'static [&'static str],
}

/// The form's section headings, by section id.
pub(super) const SECTIONS: &[(&str, &str)] = &[
    ("who_is_reporting", "Who is reporting"),
    ("why_it_happened", "Why it happened"),
    ("what_happened", "What happened"),
    ("when", "When"),
    ("where", "Where"),
    ("harm", "Harm"),
    ("the_people_who_did_it", "The people who did it"),
    ("witnesses", "Witnesses"),
    ("evidence", "Evidence"),
    ("reporting_this_incident", "Reporting this incident"),
    ("earlier_incidents", "Earlier incidents"),
    ("who_else_is_involved", "Who else is involved"),
    ("what_you_would_like", "What you would like"),
    ("consent_and_next_steps", "Consent and next steps"),
];

/// Each question's words, by field id: its label, its hint and the labels of its options.
pub(super) const FIELDS: &[FieldWords] = &[
    FieldWords {
        id: "reporter",
        label: "Who is telling this",
        hint: None,
        options: &["The person it happened to", "Someone who saw it happen", "Someone helping the person it happened to"],
    },
    FieldWords {
        id: "anonymous",
        label: "Giving a name",
        hint: None,
        options: &["I want to stay anonymous", "I am willing to give my name and contact details"],
    },
    FieldWords { id: "name", label: "Name", hint: None, options: &[] },
    FieldWords { id: "phone", label: "Phone number", hint: None, options: &[] },
    FieldWords { id: "email", label: "Email address", hint: None, options: &[] },
    FieldWords { id: "address", label: "Home address", hint: None, options: &[] },
    FieldWords {
        id: "safe_contact",
        label: "A safe way and time to contact",
        hint: Some("For example: text only, after 6pm, never leave a voicemail."),
        options: &[],
    },
    FieldWords {
        id: "because_of",
        label: "Why you think it happened",
        hint: None,
        options: &[
            "Disability",
            "Race, nationality or ethnicity",
            "Religion or belief",
            "Sexual orientation",
            "Being transgender",
            "Another difference",
            "Not sure",
        ],
    },
    FieldWords {
        id: "signs",
        label: "What showed it was hostility",
        hint: Some("Words used, gestures, symbols, or anything else. Write the words as they were said if you can."),
        options: &[],
    },
    FieldWords { id: "what", label: "What happened", hint: Some("In your own words. Write as much or as little as you like."), options: &[] },
    FieldWords { id: "date", label: "Date", hint: None, options: &[] },
    FieldWords { id: "time", label: "Time", hint: Some("Or roughly when, for example \"evening\"."), options: &[] },
    FieldWords {
        id: "place",
        label: "Kind of place",
        hint: None,
        options: &[
            "At or near home",
            "In the street or another public place",
            "On public transport or a taxi",
            "In a shop, pub or other business",
            "At work, school or college",
            "In a care home, hospital or other care setting",
            "Online or by phone",
            "Somewhere else",
        ],
    },
    FieldWords { id: "location", label: "Address or area", hint: Some("As exact as you can, or a landmark nearby."), options: &[] },
    FieldWords { id: "platform", label: "Website, app or platform", hint: Some("If it happened online."), options: &[] },
    FieldWords { id: "link", label: "Link to the post, profile or message", hint: None, options: &[] },
    FieldWords { id: "injury", label: "Injuries, and any treatment", hint: None, options: &[] },
    FieldWords { id: "damage", label: "Anything damaged", hint: None, options: &[] },
    FieldWords { id: "taken", label: "Anything taken", hint: None, options: &[] },
    FieldWords { id: "threats", label: "Threats made", hint: None, options: &[] },
    FieldWords { id: "effect", label: "How it has affected you", hint: None, options: &[] },
    FieldWords { id: "how_many", label: "How many people", hint: None, options: &[] },
    FieldWords {
        id: "known",
        label: "Whether you know them",
        hint: None,
        options: &["Yes, I know who they are", "I have seen them before", "No, they were strangers", "Not sure"],
    },
    FieldWords {
        id: "who",
        label: "Names, or what they look like",
        hint: Some("Anything that could help identify them: names, age, clothes, voice, where they live."),
        options: &[],
    },
    FieldWords { id: "vehicle", label: "Vehicle (type, colour, registration)", hint: None, options: &[] },
    FieldWords { id: "witnessed", label: "Did anyone else see or hear it?", hint: None, options: &["Yes", "No", "Not sure"] },
    FieldWords { id: "witnesses", label: "Who they are and how to reach them", hint: None, options: &[] },
    FieldWords {
        id: "evidence",
        label: "Evidence you have or know about",
        hint: Some("Keep the evidence itself somewhere safe: this tool does not store files."),
        options: &["Photos", "Video", "CCTV nearby", "Screenshots", "Messages, letters or emails", "Medical notes"],
    },
    FieldWords { id: "evidence_notes", label: "Where it is kept, or other evidence", hint: None, options: &[] },
    FieldWords { id: "reported", label: "Has this incident been reported?", hint: None, options: &["Yes", "No", "Not sure"] },
    FieldWords { id: "reported_to", label: "Who to, and any reference number", hint: Some("For example a crime number."), options: &[] },
    FieldWords { id: "before", label: "Has anything like this happened before?", hint: None, options: &["Yes", "No", "Not sure"] },
    FieldWords { id: "before_notes", label: "What happened before, and whether it was reported", hint: None, options: &[] },
    FieldWords {
        id: "agencies",
        label: "Other services already helping",
        hint: Some("For example a GP, social worker, housing officer or support group."),
        options: &[],
    },
    FieldWords {
        id: "contact",
        label: "Being contacted",
        hint: None,
        options: &["Please contact me", "Please do not contact me", "Only through the person helping me"],
    },
    FieldWords { id: "language", label: "Interpreter", hint: Some("The language, or BSL, if you would like an interpreter."), options: &[] },
    FieldWords {
        id: "referral",
        label: "Would you like to be put in touch with a support service?",
        hint: None,
        options: &["Yes", "No", "Not sure yet"],
    },
    FieldWords {
        id: "needs",
        label: "Anything that would help you take part",
        hint: Some("For example a screen or video link if you give evidence, an intermediary, easy-read letters, or step-free access."),
        options: &[],
    },
    FieldWords {
        id: "agreed",
        label: "Who the person agreed their information may go to",
        hint: Some("Then, under \"Choose what to share\", tick what each of them may have."),
        options: &["The police", "A hate incident reporting centre", "Their GP or a care service", "A support organisation"],
    },
    FieldWords { id: "safeguarding_raised", label: "Safeguarding concern raised", hint: None, options: &["Yes", "No", "Not sure"] },
    FieldWords { id: "next_steps", label: "What I will do next", hint: Some("Referrals made, details given, anything promised."), options: &[] },
    FieldWords { id: "follow_up", label: "Who will follow up, how and when", hint: None, options: &[] },
    FieldWords { id: "staff", label: "Staff member, role and service", hint: None, options: &[] },
];
