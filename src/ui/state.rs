//! The widget's state as a Yew reducer over the pure [`Journey`].

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
    /// Counts moves between steps, so the new step's heading takes focus after each one
    /// (and not on the first render, which must not steal focus from the host page).
    pub arrivals: u32,
}

impl WidgetState {
    pub fn new(pathway: PathwayRef, journey: Option<Journey>) -> Self {
        let moves_to_plan = Rc::new(StepGraph::new(&pathway).moves_to_plan(&pathway));
        let journey = journey.unwrap_or_else(|| Journey::start(&pathway));
        WidgetState { pathway, moves_to_plan, journey, arrivals: 0 }
    }
}

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut journey = self.journey.clone();
        if journey.apply(&self.pathway, action).is_err() {
            return self; // same Rc: Yew skips the re-render
        }
        let arrivals = self.arrivals + u32::from(!matches!(action, Action::Toggle(_)));
        Rc::new(WidgetState { journey, arrivals, ..(*self).clone() })
    }
}
