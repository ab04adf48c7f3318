//! A problem in pathway data, written for the person who has to fix it.
//!
//! Every problem names the file, the JSON path inside it, what is wrong and how to fix it.
//! The validator CLI prints them; the widget logs them to the host's console (data only,
//! never anything a person typed or chose).

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The data file, as the author named it (for example `pathway-data/routes.json`).
    pub file: String,
    /// Where in the file, for example `steps[4].choices[2].next`; `.` for the whole file.
    pub path: String,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub fix: String,
}

impl Problem {
    pub fn new(file: impl Into<String>, path: impl Into<String>, message: impl Into<String>, fix: impl Into<String>) -> Self {
        Problem { file: file.into(), path: path.into(), message: message.into(), fix: fix.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}\n    fix: {}", self.file, self.path, self.message, self.fix)
    }
}
