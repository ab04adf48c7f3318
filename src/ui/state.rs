//! The widget's state as a Yew reducer over the pure [`Journey`] and [`Record`], plus what
//! neither knows about: which screen is showing, the safety page being open, the share
//! ticks, and the person having left.

use crate::graph::StepGraph;
use crate::journey::{Action, Journey};
use crate::model::Pathway;
use crate::report::{Cover, Edit, Part, Recipient, Record, ShareChoices};
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
    /// The safety page is showing over the present screen.
    pub safety_open: bool,
    pub screen: Screen,
    /// What the person has written down. Kept when the journey starts again; gone at exit.
    pub record: Record,
    /// The include ticks for every recipient, and the summary being previewed.
    pub share: ShareChoices,
    pub recipient: Recipient,
    pub cover: Cover,
    /// The person used quick exit: everything they chose is gone and the page is leaving.
    pub exited: bool,
}

/// The widget's screens besides the journey's steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Journey,
    /// The record: what has been written down, and the ways to share or save it.
    Record,
    /// Filling in one part of the record.
    Edit(Part),
    /// Choosing what to share, with the preview and the ways to take it away.
    Share,
    /// Saving the record to an encrypted file, or opening one.
    File,
}

/// Everything the widget's controls can ask for.
#[derive(Debug, Clone, PartialEq)]
pub enum WidgetAction {
    Journey(Action),
    OpenSafety,
    CloseSafety,
    Show(Screen),
    Edit(Edit),
    ShareWith(Recipient),
    Cover(Cover),
    /// Ticks or unticks a field for a recipient.
    Tick(Recipient, &'static str),
    /// A record opened from a file, to add to the one on screen.
    Opened(Record),
    /// Quick exit: wipe every answer at once.
    Exit,
}

impl WidgetState {
    pub fn new(pathway: PathwayRef, journey: Option<Journey>) -> Self {
        let moves_to_plan = Rc::new(StepGraph::new(&pathway).moves_to_plan(&pathway));
        let journey = journey.unwrap_or_else(|| Journey::start(&pathway));
        WidgetState {
            pathway,
            moves_to_plan,
            journey,
            arrivals: 0,
            safety_open: false,
            screen: Screen::Journey,
            record: Record::default(),
            share: ShareChoices::default(),
            recipient: Recipient::Police,
            cover: Cover::All,
            exited: false,
        }
    }
}

impl Reducible for WidgetState {
    type Action = WidgetAction;

    fn reduce(self: Rc<Self>, action: WidgetAction) -> Rc<Self> {
        if self.exited {
            return self; // same Rc: Yew skips the re-render
        }
        let arrivals = self.arrivals + 1;
        let mut next = (*self).clone();
        match action {
            WidgetAction::Journey(action) => {
                if next.journey.apply(&self.pathway, action).is_err() {
                    return self;
                }
                // Ticking a box is not a move: focus stays on the box.
                if !matches!(action, Action::Toggle(_)) {
                    next.arrivals = arrivals;
                }
            }
            WidgetAction::OpenSafety | WidgetAction::CloseSafety => {
                let safety_open = action == WidgetAction::OpenSafety;
                if safety_open == self.safety_open {
                    return self;
                }
                next.safety_open = safety_open;
                next.arrivals = arrivals;
            }
            WidgetAction::Show(screen) => {
                // The first visit starts from what the journey already knows.
                if screen == Screen::Record && self.record == Record::default() {
                    next.record = Record::from_journey(&self.journey.tags(&self.pathway));
                }
                next.screen = screen;
                next.arrivals = arrivals;
            }
            WidgetAction::Edit(edit) => {
                match edit {
                    Edit::AddIncident => {
                        next.screen = Screen::Edit(Part::Incident(self.record.incidents.len()));
                        next.arrivals = arrivals;
                    }
                    Edit::RemoveIncident(_) => {
                        next.screen = Screen::Record;
                        next.cover = Cover::All;
                        next.arrivals = arrivals;
                    }
                    Edit::Text { .. } | Edit::Pick { .. } => {}
                }
                next.record.apply(edit);
            }
            WidgetAction::ShareWith(recipient) => next.recipient = recipient,
            WidgetAction::Cover(cover) => next.cover = cover,
            WidgetAction::Tick(recipient, field) => next.share.toggle(recipient, field),
            WidgetAction::Opened(record) => next.record.merge(record),
            WidgetAction::Exit => {
                next = WidgetState { exited: true, ..WidgetState::new(self.pathway.clone(), None) };
            }
        }
        Rc::new(next)
    }
}
