//! The rule for a locked file's passphrase, checked before the file is locked.

use crate::words::Word;

/// Why a passphrase cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PassphraseProblem {
    /// Fewer than [`MIN_CHARACTERS`] characters.
    TooShort,
    /// The two boxes differ.
    Different,
}

/// The shortest passphrase accepted.
pub const MIN_CHARACTERS: usize = 8;

impl PassphraseProblem {
    /// What the person is told.
    pub fn message(self) -> Word {
        match self {
            PassphraseProblem::TooShort => Word::PassphraseTooShort,
            PassphraseProblem::Different => Word::PassphraseDifferent,
        }
    }
}

/// Checks a new passphrase and its repeat.
pub fn passphrase_problem(passphrase: &str, again: &str) -> Option<PassphraseProblem> {
    if passphrase.chars().count() < MIN_CHARACTERS {
        Some(PassphraseProblem::TooShort)
    } else if passphrase != again {
        Some(PassphraseProblem::Different)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passphrase_needs_eight_characters_typed_the_same_twice() {
        assert_eq!(passphrase_problem("short", "short"), Some(PassphraseProblem::TooShort));
        assert_eq!(passphrase_problem("ééééééé", "ééééééé"), Some(PassphraseProblem::TooShort), "characters, not bytes");
        assert_eq!(passphrase_problem("long enough", "long enougH"), Some(PassphraseProblem::Different));
        assert_eq!(passphrase_problem("long enough", "long enough"), None);
    }
}
