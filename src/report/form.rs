//! The report form: every field a person may fill in about what happened, in the order
//! police and third-party reporting forms ask for them, so a summary can be pasted into
//! those forms top to bottom.
//!
//! The form is fixed, plain data. Every field is optional. Its labels are user-facing
//! strings, kept here (beside `ui::text`) so the whole form can be translated in one place.

/// Whether a section is about the person (asked once), about one incident (asked for each
/// incident in a series), or the staff member's own handover (asked once, in staff and
/// third-party modes only, and shared only in the handover record).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Person,
    Incident,
    Staff,
}

impl Scope {
    /// Answered once per record, so kept with the answers about the person.
    pub fn is_once(self) -> bool {
        self != Scope::Incident
    }
}

/// What kind of answer a field takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One line of text.
    Line,
    /// A paragraph or more.
    Lines,
    /// A date (`YYYY-MM-DD`).
    Date,
    /// Pick one option.
    One(&'static [Opt]),
    /// Tick any options.
    Many(&'static [Opt]),
}

/// An option of a `One` or `Many` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opt {
    pub label: &'static str,
    /// A journey tag that ticks this option when the record starts from the journey.
    pub tag: Option<&'static str>,
}

/// One question of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// Stable id, used in saved records. Never change one that has shipped.
    pub id: &'static str,
    pub label: &'static str,
    pub hint: Option<&'static str>,
    pub kind: Kind,
    /// Contact details and details that identify other people: left out of every summary
    /// until the person ticks them.
    pub private: bool,
}

/// A headed group of fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    pub heading: &'static str,
    pub scope: Scope,
    pub fields: &'static [Field],
}

const fn opt(label: &'static str) -> Opt {
    Opt { label, tag: None }
}

const fn tagged(label: &'static str, tag: &'static str) -> Opt {
    Opt { label, tag: Some(tag) }
}

const fn field(id: &'static str, label: &'static str, kind: Kind) -> Field {
    Field { id, label, hint: None, kind, private: false }
}

const fn hinted(id: &'static str, label: &'static str, hint: &'static str, kind: Kind) -> Field {
    Field { id, label, hint: Some(hint), kind, private: false }
}

/// A field left out of summaries until the person ticks it.
const fn private(field: Field) -> Field {
    Field { private: true, ..field }
}

const YES_NO_NOT_SURE: &[Opt] = &[opt("Yes"), opt("No"), opt("Not sure")];

/// The whole form, in the order report forms ask. Person sections come first and last;
/// the incident sections sit between them and repeat for each incident.
pub static FORM: &[Section] = &[
    Section {
        heading: "Who is reporting",
        scope: Scope::Person,
        fields: &[
            field(
                "reporter",
                "Who is telling this",
                Kind::One(&[
                    tagged("The person it happened to", "who:me"),
                    tagged("Someone who saw it happen", "who:witness"),
                    tagged("Someone helping the person it happened to", "who:helper"),
                ]),
            ),
            field(
                "anonymous",
                "Giving a name",
                Kind::One(&[
                    tagged("I want to stay anonymous", "want:anonymous"),
                    opt("I am willing to give my name and contact details"),
                ]),
            ),
            private(field("name", "Name", Kind::Line)),
            private(field("phone", "Phone number", Kind::Line)),
            private(field("email", "Email address", Kind::Line)),
            private(field("address", "Home address", Kind::Lines)),
            private(hinted(
                "safe_contact",
                "A safe way and time to contact",
                "For example: text only, after 6pm, never leave a voicemail.",
                Kind::Lines,
            )),
        ],
    },
    Section {
        heading: "Why it happened",
        scope: Scope::Incident,
        fields: &[
            field(
                "because_of",
                "Why you think it happened",
                Kind::Many(&[
                    tagged("Disability", "strand:disability"),
                    tagged("Race, nationality or ethnicity", "strand:race"),
                    tagged("Religion or belief", "strand:religion"),
                    tagged("Sexual orientation", "strand:sexual-orientation"),
                    tagged("Being transgender", "strand:trans"),
                    tagged("Another difference", "strand:other"),
                    tagged("Not sure", "strand:not-sure"),
                ]),
            ),
            hinted(
                "signs",
                "What showed it was hostility",
                "Words used, gestures, symbols, or anything else. Write the words as they were said if you can.",
                Kind::Lines,
            ),
        ],
    },
    Section {
        heading: "What happened",
        scope: Scope::Incident,
        fields: &[
            hinted("what", "What happened", "In your own words. Write as much or as little as you like.", Kind::Lines),
        ],
    },
    Section {
        heading: "When",
        scope: Scope::Incident,
        fields: &[
            field("date", "Date", Kind::Date),
            hinted("time", "Time", "Or roughly when, for example \"evening\".", Kind::Line),
        ],
    },
    Section {
        heading: "Where",
        scope: Scope::Incident,
        fields: &[
            field(
                "place",
                "Kind of place",
                Kind::One(&[
                    opt("At or near home"),
                    opt("In the street or another public place"),
                    opt("On public transport or a taxi"),
                    opt("In a shop, pub or other business"),
                    opt("At work, school or college"),
                    tagged("In a care home, hospital or other care setting", "involves:carer"),
                    tagged("Online or by phone", "what:online"),
                    opt("Somewhere else"),
                ]),
            ),
            hinted("location", "Address or area", "As exact as you can, or a landmark nearby.", Kind::Lines),
            hinted("platform", "Website, app or platform", "If it happened online.", Kind::Line),
            // A profile link usually identifies the person who posted it.
            private(field("link", "Link to the post, profile or message", Kind::Line)),
        ],
    },
    Section {
        heading: "Harm",
        scope: Scope::Incident,
        fields: &[
            field("injury", "Injuries, and any treatment", Kind::Lines),
            field("damage", "Anything damaged", Kind::Lines),
            field("taken", "Anything taken", Kind::Lines),
            field("threats", "Threats made", Kind::Lines),
            field("effect", "How it has affected you", Kind::Lines),
        ],
    },
    Section {
        heading: "The people who did it",
        scope: Scope::Incident,
        fields: &[
            field("how_many", "How many people", Kind::Line),
            field(
                "known",
                "Whether you know them",
                Kind::One(&[
                    opt("Yes, I know who they are"),
                    opt("I have seen them before"),
                    opt("No, they were strangers"),
                    opt("Not sure"),
                ]),
            ),
            private(hinted(
                "who",
                "Names, or what they look like",
                "Anything that could help identify them: names, age, clothes, voice, where they live.",
                Kind::Lines,
            )),
            private(field("vehicle", "Vehicle (type, colour, registration)", Kind::Line)),
        ],
    },
    Section {
        heading: "Witnesses",
        scope: Scope::Incident,
        fields: &[
            field("witnessed", "Did anyone else see or hear it?", Kind::One(YES_NO_NOT_SURE)),
            private(field("witnesses", "Who they are and how to reach them", Kind::Lines)),
        ],
    },
    Section {
        heading: "Evidence",
        scope: Scope::Incident,
        fields: &[
            hinted(
                "evidence",
                "Evidence you have or know about",
                "Keep the evidence itself somewhere safe: this tool does not store files.",
                Kind::Many(&[
                    opt("Photos"),
                    opt("Video"),
                    opt("CCTV nearby"),
                    opt("Screenshots"),
                    opt("Messages, letters or emails"),
                    opt("Medical notes"),
                ]),
            ),
            field("evidence_notes", "Where it is kept, or other evidence", Kind::Lines),
        ],
    },
    Section {
        heading: "Reporting this incident",
        scope: Scope::Incident,
        fields: &[
            field("reported", "Has this incident been reported?", Kind::One(YES_NO_NOT_SURE)),
            hinted("reported_to", "Who to, and any reference number", "For example a crime number.", Kind::Line),
        ],
    },
    Section {
        heading: "Earlier incidents",
        scope: Scope::Person,
        fields: &[
            field(
                "before",
                "Has anything like this happened before?",
                Kind::One(&[tagged("Yes", "what:repeated"), opt("No"), opt("Not sure")]),
            ),
            field("before_notes", "What happened before, and whether it was reported", Kind::Lines),
        ],
    },
    Section {
        heading: "Who else is involved",
        scope: Scope::Person,
        fields: &[hinted(
            "agencies",
            "Other services already helping",
            "For example a GP, social worker, housing officer or support group.",
            Kind::Lines,
        )],
    },
    Section {
        heading: "What you would like",
        scope: Scope::Person,
        fields: &[
            field(
                "contact",
                "Being contacted",
                Kind::One(&[opt("Please contact me"), opt("Please do not contact me"), opt("Only through the person helping me")]),
            ),
            hinted("language", "Interpreter", "The language, or BSL, if you would like an interpreter.", Kind::Line),
            field(
                "referral",
                "Would you like to be put in touch with a support service?",
                Kind::One(&[tagged("Yes", "want:support"), opt("No"), opt("Not sure yet")]),
            ),
            hinted(
                "needs",
                "Anything that would help you take part",
                "For example a screen or video link if you give evidence, an intermediary, easy-read letters, or step-free access.",
                Kind::Lines,
            ),
        ],
    },
    Section {
        heading: "Consent and next steps",
        scope: Scope::Staff,
        fields: &[
            hinted(
                "agreed",
                "Who the person agreed their information may go to",
                "Then, under \"Choose what to share\", tick what each of them may have.",
                Kind::Many(&AGREED),
            ),
            field("safeguarding_raised", "Safeguarding concern raised", Kind::One(YES_NO_NOT_SURE)),
            hinted("next_steps", "What I will do next", "Referrals made, details given, anything promised.", Kind::Lines),
            field("follow_up", "Who will follow up, how and when", Kind::Lines),
            field("staff", "Staff member, role and service", Kind::Line),
        ],
    },
];

/// The recipients a person can agree to, in the order of [`super::share::Recipient::OUTSIDE`].
const AGREED: [Opt; 4] = [
    opt("The police"),
    opt("A hate incident reporting centre"),
    opt("Their GP or a care service"),
    opt("A support organisation"),
];

/// Every field with its section, in form order.
pub fn fields() -> impl Iterator<Item = (&'static Section, &'static Field)> {
    FORM.iter().flat_map(|s| s.fields.iter().map(move |f| (s, f)))
}

/// The field with this id.
pub fn field_by_id(id: &str) -> Option<&'static Field> {
    fields().map(|(_, f)| f).find(|f| f.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn field_ids_are_unique() {
        let mut seen = HashSet::new();
        for (_, f) in fields() {
            assert!(seen.insert(f.id), "duplicate field id {}", f.id);
        }
    }

    #[test]
    fn incident_sections_sit_together_between_person_sections() {
        let scopes: Vec<Scope> = FORM.iter().map(|s| s.scope).collect();
        let first = scopes.iter().position(|&s| s == Scope::Incident).expect("incident sections");
        let last = scopes.iter().rposition(|&s| s == Scope::Incident).expect("incident sections");
        assert!(scopes[first..=last].iter().all(|&s| s == Scope::Incident), "{scopes:?}");
    }

    #[test]
    fn the_handover_comes_last() {
        assert_eq!(FORM.last().map(|s| s.scope), Some(Scope::Staff));
        assert_eq!(FORM.iter().filter(|s| s.scope == Scope::Staff).count(), 1);
    }

    #[test]
    fn contact_details_and_other_peoples_details_are_private() {
        for id in ["name", "phone", "email", "address", "safe_contact", "link", "who", "vehicle", "witnesses"] {
            assert!(field_by_id(id).expect(id).private, "{id} must be off by default");
        }
        assert!(!field_by_id("what").expect("what").private);
    }
}
