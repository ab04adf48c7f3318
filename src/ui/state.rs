//! The widget's state as a Yew reducer over the pure [`Journey`] and [`Record`], plus what
//! neither knows about: which screen is showing, the safety page being open, the share
//! ticks, and the person having left.

use crate::graph::StepGraph;
use crate::journey::{Action, Journey};
use crate::mode::{HostMode, Mode};
use crate::model::{Cluster, Health, Pathway};
use crate::report::{Cover, Edit, Part, Recipient, Record, ShareChoices};
use crate::training::Attempt;
use std::cell::Cell;
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

/// Set at quick exit or when a shared screen is cleared, and held by work that finishes
/// later (locking or opening a file), which checks it before doing anything: a file locked
/// before exit is not downloaded, and a record opened before "Clear" does not come back.
#[derive(Debug, Clone, Default)]
pub struct ExitFlag(Rc<Cell<bool>>);

impl ExitFlag {
    pub fn is_set(&self) -> bool {
        self.0.get()
    }
}

impl PartialEq for ExitFlag {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
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
    /// The record has been opened once (and started from the journey's answers).
    pub record_started: bool,
    /// The include ticks for every recipient, and the summary being previewed.
    pub share: ShareChoices,
    pub recipient: Recipient,
    pub cover: Cover,
    /// The mode, and the staff member's setting and kind of health (changeable in the
    /// staff guide).
    pub host: HostMode,
    /// The practice case being worked through (training mode).
    pub attempt: Option<Attempt>,
    /// The person used quick exit: everything they chose is gone and the page is leaving.
    pub exited: bool,
    pub exit_flag: ExitFlag,
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

/// What the practice screens can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Practice {
    /// Open a case (its index in `Pathway::scenarios`).
    Open(usize),
    /// Pick an answer to the question on screen.
    Pick(usize),
    Next,
    /// Back to the list of cases.
    List,
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
    Setting(Cluster),
    Health(Health),
    /// The host changed its options (an attribute or `update()`). Another mode means
    /// another kind of user, so everything goes as with Clear; a new setting, kind of
    /// health or idle time just applies.
    Host(HostMode),
    Practice(Practice),
    /// "Clear screen" on a shared screen: everything goes, the mode stays, and focus goes
    /// to the first screen's heading.
    Clear,
    /// The idle wipe: as Clear, but focus is left alone (nobody is there to follow it, and
    /// moving it could scroll the host page).
    IdleWipe,
    /// Quick exit: wipe every answer at once.
    Exit,
}

impl WidgetState {
    pub fn new(pathway: PathwayRef, journey: Option<Journey>, host: HostMode) -> Self {
        let moves_to_plan = Rc::new(StepGraph::new(&pathway).moves_to_plan(&pathway));
        let started = journey.is_some();
        let journey = journey.unwrap_or_else(|| Journey::start(&pathway));
        let screen = if started { Screen::Journey } else { Screen::first(host.mode) };
        let record_started = screen == Screen::Record;
        WidgetState {
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
            cover: Cover::All,
            host,
            attempt: None,
            exited: false,
            exit_flag: ExitFlag::default(),
        }
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

impl WidgetState {
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
                if screen == Screen::Record && !self.record_started {
                    next.record = Record::from_journey(&self.journey.tags(&self.pathway));
                    next.record_started = true;
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
                    Edit::Text { .. } | Edit::Pick { .. } | Edit::Clear { .. } => {}
                }
                next.record.apply(edit);
            }
            WidgetAction::ShareWith(recipient) => next.recipient = recipient,
            WidgetAction::Cover(cover) => next.cover = cover,
            WidgetAction::Tick(recipient, field) => next.share.toggle(recipient, field),
            WidgetAction::Opened(record) => {
                next.record.merge(record);
                next.record_started = true;
                // Merging can renumber incidents, so a chosen one may now be another.
                next.cover = Cover::All;
            }
            WidgetAction::Setting(setting) => next.host.setting = setting,
            WidgetAction::Health(health) => next.host.health = health,
            WidgetAction::Host(host) if host == self.host => return self,
            WidgetAction::Host(host) if host.mode != self.host.mode => {
                self.exit_flag.0.set(true);
                next = WidgetState::new(self.pathway.clone(), None, host);
            }
            WidgetAction::Host(host) => next.host = host,
            WidgetAction::Practice(practice) => {
                let cases = &self.pathway.scenarios;
                match (practice, next.attempt.as_mut()) {
                    (Practice::Open(case), _) if case < cases.len() => next.attempt = Some(Attempt::start(case)),
                    (Practice::Pick(answer), Some(attempt)) => attempt.pick(&cases[attempt.scenario], answer),
                    (Practice::Next, Some(attempt)) => attempt.next(&cases[attempt.scenario]),
                    (Practice::List, _) => next.attempt = None,
                    _ => return self,
                }
                // Picking an answer keeps focus on it; opening and moving on are moves.
                if !matches!(practice, Practice::Pick(_)) {
                    next.arrivals = arrivals;
                }
            }
            WidgetAction::Clear | WidgetAction::IdleWipe => {
                // Work started for the last person is void; the next person's gets a new flag.
                self.exit_flag.0.set(true);
                // No arrivals yet, as on a new page: the first screen's heading does not take focus.
                let arrivals = if action == WidgetAction::Clear { arrivals } else { 0 };
                next = WidgetState { arrivals, host: self.host, ..WidgetState::new(self.pathway.clone(), None, self.host) };
            }
            WidgetAction::Exit => {
                self.exit_flag.0.set(true);
                next = WidgetState {
                    exited: true,
                    exit_flag: self.exit_flag.clone(),
                    ..WidgetState::new(self.pathway.clone(), None, self.host)
                };
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DEFAULT_FILES;
    use crate::load_valid;

    fn state() -> Rc<WidgetState> {
        let pathway = PathwayRef(Rc::new(load_valid(&DEFAULT_FILES).expect("valid default data")));
        Rc::new(WidgetState::new(pathway, None, HostMode::default()))
    }

    fn text(part: Part, field: &'static str, text: &str) -> WidgetAction {
        WidgetAction::Edit(Edit::Text { part, field, text: text.into() })
    }

    #[test]
    fn the_record_opens_once_from_the_journey_and_typing_keeps_focus() {
        let s = state().reduce(WidgetAction::Show(Screen::Record));
        assert_eq!((s.screen, s.arrivals, s.record.incidents.len()), (Screen::Record, 1, 1));
        let s = s.reduce(text(Part::Incident(0), "what", "Shouted at"));
        assert_eq!(s.arrivals, 1, "typing is not a move: focus stays in the box");
        let s = s.reduce(WidgetAction::Show(Screen::Journey)).reduce(WidgetAction::Show(Screen::Record));
        assert_eq!(s.record.incidents.len(), 1, "a second visit does not start the record again");
    }

    #[test]
    fn a_host_change_of_mode_wipes_and_of_setting_keeps_the_answers() {
        let s = state().reduce(WidgetAction::Show(Screen::Record)).reduce(text(Part::About, "next_steps", "Call back"));
        let flag = s.exit_flag.clone();
        let community = HostMode { setting: Cluster::Community, idle_minutes: 2.0, ..HostMode::default() };
        let same_mode = s.clone().reduce(WidgetAction::Host(community));
        assert_eq!((same_mode.host, same_mode.screen), (community, Screen::Record));
        assert!(!same_mode.record.is_empty() && !flag.is_set(), "the same person is still here");
        let staff = HostMode { mode: Mode::Staff, ..community };
        let other_mode = s.reduce(WidgetAction::Host(staff));
        assert!(other_mode.is_pristine() && flag.is_set(), "another kind of user gets a clean screen");
        assert_eq!((other_mode.host, other_mode.screen, other_mode.arrivals), (staff, Screen::Guide, 0));
    }

    #[test]
    fn each_mode_starts_on_its_own_screen_and_clear_keeps_the_mode() {
        let pathway = state().pathway.clone();
        let staff = HostMode { mode: Mode::Staff, setting: Cluster::Acute, ..HostMode::default() };
        let s = Rc::new(WidgetState::new(pathway.clone(), None, staff));
        assert_eq!(s.screen, Screen::Guide);
        let s = s
            .reduce(WidgetAction::Setting(Cluster::Community))
            .reduce(WidgetAction::Show(Screen::Record))
            .reduce(text(Part::About, "next_steps", "Call back on Friday"));
        let flag = s.exit_flag.clone();
        assert!(!s.is_pristine());
        let cleared = s.clone().reduce(WidgetAction::Clear);
        assert!(cleared.record.is_empty() && !cleared.exited);
        assert!(flag.is_set() && !cleared.exit_flag.is_set(), "work for the last person is void, not the next");
        assert!(cleared.is_pristine(), "as new, in the same mode and setting");
        assert_eq!((cleared.screen, cleared.host.mode, cleared.host.setting), (Screen::Guide, Mode::Staff, Cluster::Community));
        assert!(cleared.arrivals > s.arrivals, "focus goes to the first screen's heading");
        let wiped = s.clone().reduce(WidgetAction::IdleWipe);
        assert_eq!(wiped.arrivals, 0, "the idle wipe leaves focus alone, as on a new page");
        assert!(wiped.record.is_empty());
        for (mode, screen) in [(Mode::ThirdParty, Screen::Record), (Mode::Training, Screen::Training), (Mode::SelfHelp, Screen::Journey)] {
            let host = HostMode { mode, ..HostMode::default() };
            let state = WidgetState::new(pathway.clone(), None, host);
            assert_eq!(state.screen, screen);
            // Opening on the record starts it, with an incident to fill in.
            assert_eq!(state.record.incidents.len(), usize::from(screen == Screen::Record));
        }
    }

    #[test]
    fn practice_cases_open_answer_and_return_to_the_list() {
        let s = state().reduce(WidgetAction::Practice(Practice::Next));
        assert!(s.attempt.is_none(), "nothing to move on from");
        let s = s.reduce(WidgetAction::Practice(Practice::Open(0))).reduce(WidgetAction::Practice(Practice::Pick(0)));
        let attempt = s.attempt.clone().expect("a case is open");
        assert_eq!(attempt.shown, Some(0));
        let s = s.reduce(WidgetAction::Practice(Practice::Next));
        assert_eq!(s.attempt.as_ref().map(|a| a.question), Some(1));
        let s = s.reduce(WidgetAction::Practice(Practice::List));
        assert!(s.attempt.is_none());
        let same = s.clone().reduce(WidgetAction::Practice(Practice::Open(999)));
        assert!(Rc::ptr_eq(&s, &same), "no such case");
    }

    #[test]
    fn a_removed_incident_does_not_come_back_from_the_journey() {
        let s = state()
            .reduce(WidgetAction::Show(Screen::Record))
            .reduce(WidgetAction::Edit(Edit::RemoveIncident(0)))
            .reduce(WidgetAction::Show(Screen::Journey))
            .reduce(WidgetAction::Show(Screen::Record));
        assert!(s.record.incidents.is_empty(), "{:?}", s.record);
    }

    #[test]
    fn opening_a_file_shows_all_incidents_again() {
        let s = state()
            .reduce(WidgetAction::Show(Screen::Record))
            .reduce(WidgetAction::Edit(Edit::AddIncident))
            .reduce(WidgetAction::Cover(Cover::One(1)))
            .reduce(WidgetAction::Opened(Record::default()));
        assert_eq!(s.cover, Cover::All);
        assert!(s.record_started);
    }

    #[test]
    fn adding_an_incident_opens_it_and_removing_one_returns_to_the_record() {
        let s = state().reduce(WidgetAction::Show(Screen::Record)).reduce(WidgetAction::Edit(Edit::AddIncident));
        assert_eq!(s.screen, Screen::Edit(Part::Incident(1)));
        let s = s.reduce(WidgetAction::Cover(Cover::One(1))).reduce(WidgetAction::Edit(Edit::RemoveIncident(1)));
        assert_eq!((s.screen, s.cover, s.record.incidents.len()), (Screen::Record, Cover::All, 1));
    }

    #[test]
    fn starting_the_journey_again_keeps_the_record_and_exit_wipes_everything() {
        let s = state()
            .reduce(WidgetAction::Show(Screen::Record))
            .reduce(text(Part::About, "name", "Sam"))
            .reduce(WidgetAction::Tick(Recipient::Police, "name"))
            .reduce(WidgetAction::Show(Screen::Journey))
            .reduce(WidgetAction::Journey(Action::Continue))
            .reduce(WidgetAction::Journey(Action::Restart));
        assert!(!s.record.is_empty(), "Start again is about the questions, not the record");
        let flag = s.exit_flag.clone();
        assert!(!flag.is_set());
        let s = s.reduce(WidgetAction::Exit);
        assert!(s.exited && s.record.is_empty() && s.share == ShareChoices::default());
        assert!(flag.is_set() && s.exit_flag == flag, "work still running sees the exit");
        let after = s.clone().reduce(text(Part::About, "name", "Sam"));
        assert!(Rc::ptr_eq(&s, &after), "nothing changes after exit");
    }
}
