//! What the widget holds for one session, and how each mode's session starts.

use super::{PathwayRef, WipeFlag};
use crate::journey::Journey;
use crate::pathway::{Residence, StepGraph};
use crate::report::{IncidentScope, Recipient, Record, ShareChoices};
use crate::staff::{Attempt, HostMode, Mode};
use std::rc::Rc;

/// The widget's whole state: the pure [`Journey`] and [`Record`], plus what neither knows
/// about: which screen is showing, the safety page being open, the share ticks, and the
/// person having left.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
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
    /// The record has been opened once (and started from the journey's answers).
    pub record_started: bool,
    /// The include ticks for every recipient, and the summary being previewed.
    pub share: ShareChoices,
    pub recipient: Recipient,
    pub incidents: IncidentScope,
    /// The mode, and the staff member's setting and kind of health (changeable in the
    /// staff guide).
    pub host: HostMode,
    /// The practice case being worked through (training mode).
    pub attempt: Option<Attempt>,
    /// The person used quick exit: everything they chose is gone and the page is leaving.
    pub exited: bool,
    pub wipe_flag: WipeFlag,
}

/// The widget's screens besides the journey's steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Journey,
    /// The record: what has been written down, and the ways to share or save it.
    Record,
    /// Filling in one part of the record.
    Edit(crate::report::Part),
    /// Choosing what to share, with the preview and the ways to take it away.
    Share,
    /// Saving the record to an encrypted file, or opening one.
    File,
    /// The staff guide for the staff member's setting (staff mode).
    Guide,
    /// The practice cases, or the one being worked through (training mode).
    Training,
}

impl Screen {
    /// Where each mode starts.
    pub fn first(mode: Mode) -> Screen {
        match mode {
            Mode::SelfHelp => Screen::Journey,
            Mode::Staff => Screen::Guide,
            Mode::ThirdParty => Screen::Record,
            Mode::Training => Screen::Training,
        }
    }
}

impl Session {
    /// A new session for this host's mode; `journey` resumes one already under way (the
    /// component tests start part-way through).
    pub fn new(pathway: PathwayRef, journey: Option<Journey>, host: HostMode) -> Self {
        let moves_to_plan = Rc::new(StepGraph::new(&pathway).moves_to_plan(&pathway));
        let started = journey.is_some();
        let journey = journey.unwrap_or_else(|| Journey::start(&pathway));
        let screen = if started { Screen::Journey } else { Screen::first(host.mode) };
        let record_started = screen == Screen::Record;
        Session {
            pathway,
            moves_to_plan,
            journey,
            arrivals: 0,
            safety_open: false,
            screen,
            record: fresh_record(screen),
            record_started,
            share: fresh_share(host.mode),
            recipient: Recipient::Police,
            incidents: IncidentScope::All,
            host,
            attempt: None,
            exited: false,
            wipe_flag: WipeFlag::default(),
        }
    }

    /// Where the person lives, for the contacts and services on screen: in the staff guide,
    /// where the staff member said (the host's `area`, or the guide's choice); on every
    /// other screen the person's own answer, or, until they give one (or if they are not
    /// sure), that.
    pub fn residence(&self) -> Residence {
        let answered = self.journey.residence(&self.pathway);
        if self.screen == Screen::Guide || answered == Residence::Unknown {
            self.host.area
        } else {
            answered
        }
    }

    /// Nothing has been entered or chosen since the screen was new: there is nothing for
    /// the idle wipe to protect.
    pub fn is_pristine(&self) -> bool {
        let first = Screen::first(self.host.mode);
        !self.journey.can_go_back()
            && self.journey.position().answers.is_empty()
            && self.record == fresh_record(first)
            && self.share == fresh_share(self.host.mode)
            && self.attempt.is_none()
            && self.screen == first
    }
}

/// A mode that opens on the record starts it as the journey would, with no answers.
fn fresh_record(first: Screen) -> Record {
    if first == Screen::Record {
        Record::from_journey(&Default::default())
    } else {
        Record::default()
    }
}

/// Staff and reporting centres record consent: nothing is ticked until it is agreed.
fn fresh_share(mode: Mode) -> ShareChoices {
    if mode.is_shared_screen() {
        ShareChoices::explicit()
    } else {
        ShareChoices::default()
    }
}
