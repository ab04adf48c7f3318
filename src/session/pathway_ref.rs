//! A shared pathway, compared by identity so that contexts and props stay cheap.

use crate::pathway::Pathway;
use std::rc::Rc;

/// One loaded pathway, shared by every screen of a widget.
#[derive(Debug, Clone)]
pub struct PathwayRef(pub Rc<Pathway>);

impl PartialEq for PathwayRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for PathwayRef {
    type Target = Pathway;
    fn deref(&self) -> &Pathway {
        &self.0
    }
}
