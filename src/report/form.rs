//! The report form: every field a person may fill in about what happened, in the order
//! police and third-party reporting forms ask for them, so a summary can be pasted into
//! those forms top to bottom.
//!
//! The form is fixed, plain data: ids, kinds and journey tags. Every field is optional.
//! Its words (headings, labels, hints and option labels) are in the catalogue, under the
//! same ids (`crate::words`), so the form can be translated without touching it.

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

/// An option of a `One` or `Many` field (its label is in the catalogue, by position).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opt {
    /// A journey tag that ticks this option when the record starts from the journey.
    pub tag: Option<&'static str>,
}

/// One question of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// Stable id, used in saved records. Never change one that has shipped.
    pub id: &'static str,
    pub kind: Kind,
    /// Contact details and details that identify other people: left out of every summary
    /// until the person ticks them.
    pub private: bool,
}

/// A headed group of fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    /// Stable id, the key of its heading in the catalogue.
    pub id: &'static str,
    pub scope: Scope,
    pub fields: &'static [Field],
}

const fn opt() -> Opt {
    Opt { tag: None }
}

const fn tagged(tag: &'static str) -> Opt {
    Opt { tag: Some(tag) }
}

const fn field(id: &'static str, kind: Kind) -> Field {
    Field { id, kind, private: false }
}

/// A field left out of summaries until the person ticks it.
const fn private(field: Field) -> Field {
    Field { private: true, ..field }
}

const YES_NO_NOT_SURE: &[Opt] = &[opt(), opt(), opt()];

/// The whole form, in the order report forms ask. Person sections come first and last;
/// the incident sections sit between them and repeat for each incident.
pub static FORM: &[Section] = &[
    Section {
        id: "who_is_reporting",
        scope: Scope::Person,
        fields: &[
            field("reporter", Kind::One(&[tagged("who:me"), tagged("who:witness"), tagged("who:helper")])),
            field("anonymous", Kind::One(&[tagged("want:anonymous"), opt()])),
            private(field("name", Kind::Line)),
            private(field("phone", Kind::Line)),
            private(field("email", Kind::Line)),
            private(field("address", Kind::Lines)),
            private(field("safe_contact", Kind::Lines)),
        ],
    },
    Section {
        id: "why_it_happened",
        scope: Scope::Incident,
        fields: &[
            field(
                "because_of",
                Kind::Many(&[
                    tagged("strand:disability"),
                    tagged("strand:race"),
                    tagged("strand:religion"),
                    tagged("strand:sexual-orientation"),
                    tagged("strand:trans"),
                    tagged("strand:other"),
                    tagged("strand:not-sure"),
                ]),
            ),
            field("signs", Kind::Lines),
        ],
    },
    Section { id: "what_happened", scope: Scope::Incident, fields: &[field("what", Kind::Lines)] },
    Section { id: "when", scope: Scope::Incident, fields: &[field("date", Kind::Date), field("time", Kind::Line)] },
    Section {
        id: "where",
        scope: Scope::Incident,
        fields: &[
            field("place", Kind::One(&[opt(), opt(), opt(), opt(), opt(), tagged("involves:carer"), tagged("what:online"), opt()])),
            field("location", Kind::Lines),
            field("platform", Kind::Line),
            private(field("link", Kind::Line)),
        ],
    },
    Section {
        id: "harm",
        scope: Scope::Incident,
        fields: &[
            field("injury", Kind::Lines),
            field("damage", Kind::Lines),
            field("taken", Kind::Lines),
            field("threats", Kind::Lines),
            field("effect", Kind::Lines),
        ],
    },
    Section {
        id: "the_people_who_did_it",
        scope: Scope::Incident,
        fields: &[
            field("how_many", Kind::Line),
            field("known", Kind::One(&[opt(), opt(), opt(), opt()])),
            private(field("who", Kind::Lines)),
            private(field("vehicle", Kind::Line)),
        ],
    },
    Section {
        id: "witnesses",
        scope: Scope::Incident,
        fields: &[field("witnessed", Kind::One(YES_NO_NOT_SURE)), private(field("witnesses", Kind::Lines))],
    },
    Section {
        id: "evidence",
        scope: Scope::Incident,
        fields: &[field("evidence", Kind::Many(&[opt(), opt(), opt(), opt(), opt(), opt()])), field("evidence_notes", Kind::Lines)],
    },
    Section {
        id: "reporting_this_incident",
        scope: Scope::Incident,
        fields: &[field("reported", Kind::One(YES_NO_NOT_SURE)), field("reported_to", Kind::Line)],
    },
    Section {
        id: "earlier_incidents",
        scope: Scope::Person,
        fields: &[field("before", Kind::One(&[tagged("what:repeated"), opt(), opt()])), field("before_notes", Kind::Lines)],
    },
    Section { id: "who_else_is_involved", scope: Scope::Person, fields: &[field("agencies", Kind::Lines)] },
    Section {
        id: "what_you_would_like",
        scope: Scope::Person,
        fields: &[
            field("contact", Kind::One(&[opt(), opt(), opt()])),
            field("language", Kind::Line),
            field("referral", Kind::One(&[tagged("want:support"), opt(), opt()])),
            field("needs", Kind::Lines),
        ],
    },
    Section {
        id: "consent_and_next_steps",
        scope: Scope::Staff,
        fields: &[
            field("agreed", Kind::Many(&AGREED)),
            field("safeguarding_raised", Kind::One(YES_NO_NOT_SURE)),
            field("next_steps", Kind::Lines),
            field("follow_up", Kind::Lines),
            field("staff", Kind::Line),
        ],
    },
];

/// The recipients a person can agree to, in the order of [`super::share::Recipient::OUTSIDE`].
const AGREED: [Opt; 4] = [opt(), opt(), opt(), opt()];

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
