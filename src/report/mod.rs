//! The person's own account of what happened, and choosing what to share of it.
//!
//! The form is the list of questions, the record the answers (one set about the person,
//! one per incident), the summary what goes to each recipient from the ticks the person
//! chose (with, for staff, the consent given and the services to refer to), and the sealed
//! file the format a record can be saved to, locked with a passphrase. Everything that can
//! leave the page is made here, in plain Rust; the browser parts (clipboard, print,
//! download, Web Crypto) are in the `browser` layer.

mod form;
mod passphrase;
mod record;
mod referrals;
mod sealed;
mod share;

pub use form::{field_by_id, fields, Field, Kind, Opt, Scope, Section, FORM};
pub use passphrase::{passphrase_problem, PassphraseProblem, MIN_CHARACTERS};
pub use record::{first_words, Edit, FieldAnswer, FieldAnswers, Part, Record};
pub use referrals::{Referrals, REFERRAL_FIELD};
pub use sealed::{record_bytes, record_from_bytes, OpenError, SealedFile, FILE_NAME, ITERATIONS, IV_BYTES, MAX_FILE_BYTES, SALT_BYTES};
pub use share::{
    agreed, answer_text, answered_fields, summary, Block, IncidentScope, Line, Recipient, ShareChoices, Summary, SummaryContext, SummaryPart,
    CONSENT_FIELD, SUMMARY_FILE_NAME,
};
