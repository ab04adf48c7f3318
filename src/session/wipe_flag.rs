//! The signal that a session was wiped, for work that finishes later.

use std::cell::Cell;
use std::rc::Rc;

/// Set whenever the session is wiped (quick exit, Clear, the idle wipe, a host's change of
/// mode), and held by work that finishes later (locking or opening a file), which checks it
/// before doing anything: a file locked before exit is not downloaded, and a record opened
/// before "Clear" does not come back. The next person's session gets a new flag.
#[derive(Debug, Clone, Default)]
pub struct WipeFlag(Rc<Cell<bool>>);

impl WipeFlag {
    /// The session this flag belongs to has been wiped.
    pub fn is_set(&self) -> bool {
        self.0.get()
    }

    pub(super) fn set(&self) {
        self.0.set(true);
    }
}

impl PartialEq for WipeFlag {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
