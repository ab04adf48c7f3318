//! The widget's state as a Yew reducer over the pure [`Journey`], plus the two things the
//! journey does not know about: the safety page being open, and the person having left.

use crate::graph::StepGraph;
use crate::journey::{Action, Journey};
use crate::model::Pathway;
use std::rc::Rc;
use yew::Reducible;

/// A shared pathway, compared by identity so that contexts and props stay cheap.
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

#[derive(Debug, Clone, PartialEq)]
pub struct WidgetState {
    pub pathway: PathwayRef,
    pub moves_to_plan: Rc<Vec<Option<usize>>>,
    pub journey: Journey,
    /// Counts moves between screens, so the new screen's heading takes focus after each one
    /// (and not on the first render, which must not steal focus from the host page).
    pub arrivals: u32,
    /// The safety page is showing over the journey.
    pub safety_open: bool,
    /// The person used quick exit: everything they chose is gone and the page is leaving.
    pub exited: bool,
}

/// Everything the widget's controls can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WidgetAction {
    Journey(Action),
    OpenSafety,
    CloseSafety,
    /// Quick exit: wipe every answer at once.
    Exit,
}

impl WidgetState {
    pub fn new(pathway: PathwayRef, journey: Option<Journey>) -> Self {
        let moves_to_plan = Rc::new(StepGraph::new(&pathway).moves_to_plan(&pathway));
        let journey = journey.unwrap_or_else(|| Journey::start(&pathway));
        WidgetState { pathway, moves_to_plan, journey, arrivals: 0, safety_open: false, exited: false }
    }
}

impl Reducible for WidgetState {
    type Action = WidgetAction;

    fn reduce(self: Rc<Self>, action: WidgetAction) -> Rc<Self> {
        let arrivals = self.arrivals + 1;
        let next = match action {
            WidgetAction::Journey(action) => {
                let mut journey = self.journey.clone();
                if self.exited || journey.apply(&self.pathway, action).is_err() {
                    return self; // same Rc: Yew skips the re-render
                }
                // Ticking a box is not a move: focus stays on the box.
                let arrivals = if matches!(action, Action::Toggle(_)) { self.arrivals } else { arrivals };
                WidgetState { journey, arrivals, ..(*self).clone() }
            }
            WidgetAction::OpenSafety | WidgetAction::CloseSafety => {
                let safety_open = action == WidgetAction::OpenSafety;
                if self.exited || safety_open == self.safety_open {
                    return self;
                }
                WidgetState { safety_open, arrivals, ..(*self).clone() }
            }
            WidgetAction::Exit => {
                WidgetState { exited: true, ..WidgetState::new(self.pathway.clone(), None) }
            }
        };
        Rc::new(next)
    }
}
