//! Everything the widget's controls can ask for, and what each does to the [`Session`].

use super::{Screen, Session};
use crate::journey::Action;
use crate::pathway::{Cluster, Health, Residence};
use crate::report::{Edit, IncidentScope, Part, Recipient, Record};
use crate::staff::{Attempt, HostMode};

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
    /// Which incidents the summary covers.
    Incidents(IncidentScope),
    /// Ticks or unticks a field for a recipient.
    Tick(Recipient, &'static str),
    /// A record opened from a file, to add to the one on screen.
    Opened(Record),
    Setting(Cluster),
    Health(Health),
    /// Where the people the staff member helps live (the staff guide).
    Area(Residence),
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

impl Session {
    /// The session after `action`, or `None` when it changes nothing (after exit, or an
    /// action the screen could not have offered), so the UI need not render again.
    pub fn reduce(&self, action: WidgetAction) -> Option<Session> {
        if self.exited {
            return None;
        }
        let arrivals = self.arrivals + 1;
        let mut next = self.clone();
        match action {
            WidgetAction::Journey(action) => {
                next.journey.apply(&self.pathway, action).ok()?;
                // Ticking a box is not a move: focus stays on the box.
                if !matches!(action, Action::Toggle(_)) {
                    next.arrivals = arrivals;
                }
            }
            WidgetAction::OpenSafety | WidgetAction::CloseSafety => {
                let safety_open = action == WidgetAction::OpenSafety;
                if safety_open == self.safety_open {
                    return None;
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
                        next.incidents = IncidentScope::All;
                        next.arrivals = arrivals;
                    }
                    Edit::Text { .. } | Edit::Pick { .. } | Edit::Clear { .. } => {}
                }
                next.record.apply(edit);
            }
            WidgetAction::ShareWith(recipient) => next.recipient = recipient,
            WidgetAction::Incidents(scope) => next.incidents = scope,
            WidgetAction::Tick(recipient, field) => next.share.toggle(recipient, field),
            WidgetAction::Opened(record) => {
                next.record.merge(record);
                next.record_started = true;
                // Merging can renumber incidents, so a chosen one may now be another.
                next.incidents = IncidentScope::All;
            }
            WidgetAction::Setting(setting) => next.host.setting = setting,
            WidgetAction::Health(health) => next.host.health = health,
            WidgetAction::Area(area) => next.host.area = area,
            WidgetAction::Host(host) if host == self.host => return None,
            WidgetAction::Host(host) if host.mode != self.host.mode => {
                self.wipe_flag.set();
                next = Session::new(self.pathway.clone(), None, host);
            }
            WidgetAction::Host(host) => next.host = host,
            WidgetAction::Practice(practice) => {
                let cases = &self.pathway.scenarios;
                match (practice, next.attempt.as_mut()) {
                    (Practice::Open(case), _) if case < cases.len() => next.attempt = Some(Attempt::start(case)),
                    (Practice::Pick(answer), Some(attempt)) => attempt.pick(&cases[attempt.scenario], answer),
                    (Practice::Next, Some(attempt)) => attempt.next(&cases[attempt.scenario]),
                    (Practice::List, _) => next.attempt = None,
                    _ => return None,
                }
                // Picking an answer keeps focus on it; opening and moving on are moves.
                if !matches!(practice, Practice::Pick(_)) {
                    next.arrivals = arrivals;
                }
            }
            WidgetAction::Clear | WidgetAction::IdleWipe => {
                // Work started for the last person is void; the next person's gets a new flag.
                self.wipe_flag.set();
                // No arrivals yet, as on a new page: the first screen's heading does not take focus.
                let arrivals = if action == WidgetAction::Clear { arrivals } else { 0 };
                next = Session { arrivals, ..Session::new(self.pathway.clone(), None, self.host) };
            }
            WidgetAction::Exit => {
                self.wipe_flag.set();
                next = Session { exited: true, wipe_flag: self.wipe_flag.clone(), ..Session::new(self.pathway.clone(), None, self.host) };
            }
        }
        Some(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pathway::{load_valid, DEFAULT_FILES};
    use crate::report::ShareChoices;
    use crate::session::PathwayRef;
    use crate::staff::Mode;
    use std::rc::Rc;

    fn state() -> Session {
        let pathway = PathwayRef(Rc::new(load_valid(&DEFAULT_FILES).expect("valid default data")));
        Session::new(pathway, None, HostMode::default())
    }

    /// The session after `action`, which must change it.
    fn then(session: Session, action: WidgetAction) -> Session {
        let label = format!("{action:?}");
        session.reduce(action).unwrap_or_else(|| panic!("{label} changed nothing"))
    }

    fn text(part: Part, field: &'static str, text: &str) -> WidgetAction {
        WidgetAction::Edit(Edit::Text { part, field, text: text.into() })
    }

    #[test]
    fn the_record_opens_once_from_the_journey_and_typing_keeps_focus() {
        let s = then(state(), WidgetAction::Show(Screen::Record));
        assert_eq!((s.screen, s.arrivals, s.record.incidents.len()), (Screen::Record, 1, 1));
        let s = then(s, text(Part::Incident(0), "what", "Shouted at"));
        assert_eq!(s.arrivals, 1, "typing is not a move: focus stays in the box");
        let s = then(then(s, WidgetAction::Show(Screen::Journey)), WidgetAction::Show(Screen::Record));
        assert_eq!(s.record.incidents.len(), 1, "a second visit does not start the record again");
    }

    #[test]
    fn the_safety_page_opens_and_closes_once_each_and_moves_focus() {
        let s = then(state(), WidgetAction::OpenSafety);
        assert!(s.safety_open && s.arrivals == 1);
        assert!(s.reduce(WidgetAction::OpenSafety).is_none(), "already open");
        let s = then(s, WidgetAction::CloseSafety);
        assert!(!s.safety_open && s.arrivals == 2);
        assert!(s.reduce(WidgetAction::CloseSafety).is_none(), "already closed");
    }

    #[test]
    fn journey_moves_take_focus_ticks_do_not_and_impossible_ones_change_nothing() {
        let s = state();
        assert!(s.reduce(WidgetAction::Journey(Action::Back)).is_none(), "nothing to go back to");
        assert!(s.reduce(WidgetAction::Journey(Action::Choose(999))).is_none());
        let s = then(s, WidgetAction::Journey(Action::Continue));
        assert_eq!(s.arrivals, 1);
        let many = s.pathway.steps.iter().position(|step| step.kind == crate::pathway::StepKind::Many).expect("a many step");
        let mut journey = s.journey.clone();
        while journey.position().step != many {
            let step = journey.step(&s.pathway);
            let action = if step.kind == crate::pathway::StepKind::One { Action::Choose(0) } else { Action::Continue };
            journey.apply(&s.pathway, action).expect("a way on");
        }
        let s = Session { journey, ..s };
        let ticked = then(s.clone(), WidgetAction::Journey(Action::Toggle(0)));
        assert_eq!(ticked.arrivals, s.arrivals, "a tick keeps focus on the box");
        assert!(ticked.journey.is_picked(0));
    }

    #[test]
    fn who_to_share_with_which_incidents_and_what_to_tick_are_kept() {
        let s = then(state(), WidgetAction::ShareWith(Recipient::Health));
        let s = then(s, WidgetAction::Incidents(IncidentScope::One(0)));
        let s = then(s, WidgetAction::Tick(Recipient::Health, "name"));
        assert_eq!((s.recipient, s.incidents, s.arrivals), (Recipient::Health, IncidentScope::One(0), 0), "none of these is a move");
        assert_ne!(s.share, ShareChoices::default());
        let s = then(s, WidgetAction::Tick(Recipient::Health, "name"));
        assert_eq!(s.share, ShareChoices::default(), "a second tick unticks");
    }

    #[test]
    fn a_host_change_of_mode_wipes_and_of_setting_keeps_the_answers() {
        let s = then(then(state(), WidgetAction::Show(Screen::Record)), text(Part::About, "next_steps", "Call back"));
        let flag = s.wipe_flag.clone();
        let community = HostMode { setting: Cluster::Community, idle_minutes: 2.0, ..HostMode::default() };
        assert!(s.reduce(WidgetAction::Host(s.host)).is_none(), "the same options change nothing");
        let same_mode = then(s.clone(), WidgetAction::Host(community));
        assert_eq!((same_mode.host, same_mode.screen), (community, Screen::Record));
        assert!(!same_mode.record.is_empty() && !flag.is_set(), "the same person is still here");
        let staff = HostMode { mode: Mode::Staff, ..community };
        let other_mode = then(s, WidgetAction::Host(staff));
        assert!(other_mode.is_pristine() && flag.is_set(), "another kind of user gets a clean screen");
        assert_eq!((other_mode.host, other_mode.screen, other_mode.arrivals), (staff, Screen::Guide, 0));
    }

    #[test]
    fn each_mode_starts_on_its_own_screen_and_clear_keeps_the_mode() {
        let pathway = state().pathway.clone();
        let staff = HostMode { mode: Mode::Staff, setting: Cluster::Acute, ..HostMode::default() };
        let s = Session::new(pathway.clone(), None, staff);
        assert_eq!(s.screen, Screen::Guide);
        let s = then(s, WidgetAction::Setting(Cluster::Community));
        let s = then(s, WidgetAction::Health(Health::Mental));
        assert_eq!((s.host.setting, s.host.health), (Cluster::Community, Health::Mental));
        let s = then(then(s, WidgetAction::Show(Screen::Record)), text(Part::About, "next_steps", "Call back on Friday"));
        let flag = s.wipe_flag.clone();
        assert!(!s.is_pristine());
        let cleared = then(s.clone(), WidgetAction::Clear);
        assert!(cleared.record.is_empty() && !cleared.exited);
        assert!(flag.is_set() && !cleared.wipe_flag.is_set(), "work for the last person is void, not the next");
        assert!(cleared.is_pristine(), "as new, in the same mode and setting");
        assert_eq!((cleared.screen, cleared.host.mode, cleared.host.setting), (Screen::Guide, Mode::Staff, Cluster::Community));
        assert!(cleared.arrivals > s.arrivals, "focus goes to the first screen's heading");
        let wiped = then(s.clone(), WidgetAction::IdleWipe);
        assert_eq!(wiped.arrivals, 0, "the idle wipe leaves focus alone, as on a new page");
        assert!(wiped.record.is_empty());
        for (mode, screen) in [(Mode::ThirdParty, Screen::Record), (Mode::Training, Screen::Training), (Mode::SelfHelp, Screen::Journey)] {
            let host = HostMode { mode, ..HostMode::default() };
            let state = Session::new(pathway.clone(), None, host);
            assert_eq!(state.screen, screen);
            // Opening on the record starts it, with an incident to fill in.
            assert_eq!(state.record.incidents.len(), usize::from(screen == Screen::Record));
        }
    }

    #[test]
    fn practice_cases_open_answer_and_return_to_the_list() {
        assert!(state().reduce(WidgetAction::Practice(Practice::Next)).is_none(), "nothing to move on from");
        let s = then(then(state(), WidgetAction::Practice(Practice::Open(0))), WidgetAction::Practice(Practice::Pick(0)));
        let attempt = s.attempt.clone().expect("a case is open");
        assert_eq!(attempt.shown, Some(0));
        let s = then(s, WidgetAction::Practice(Practice::Next));
        assert_eq!(s.attempt.as_ref().map(|a| a.question), Some(1));
        let s = then(s, WidgetAction::Practice(Practice::List));
        assert!(s.attempt.is_none());
        assert!(s.reduce(WidgetAction::Practice(Practice::Open(999))).is_none(), "no such case");
    }

    #[test]
    fn a_removed_incident_does_not_come_back_from_the_journey() {
        let s = then(state(), WidgetAction::Show(Screen::Record));
        let s = then(s, WidgetAction::Edit(Edit::RemoveIncident(0)));
        let s = then(then(s, WidgetAction::Show(Screen::Journey)), WidgetAction::Show(Screen::Record));
        assert!(s.record.incidents.is_empty(), "{:?}", s.record);
    }

    #[test]
    fn opening_a_file_shows_all_incidents_again() {
        let s = then(then(state(), WidgetAction::Show(Screen::Record)), WidgetAction::Edit(Edit::AddIncident));
        let s = then(then(s, WidgetAction::Incidents(IncidentScope::One(1))), WidgetAction::Opened(Record::default()));
        assert_eq!(s.incidents, IncidentScope::All);
        assert!(s.record_started);
    }

    #[test]
    fn adding_an_incident_opens_it_and_removing_one_returns_to_the_record() {
        let s = then(then(state(), WidgetAction::Show(Screen::Record)), WidgetAction::Edit(Edit::AddIncident));
        assert_eq!(s.screen, Screen::Edit(Part::Incident(1)));
        let s = then(then(s, WidgetAction::Incidents(IncidentScope::One(1))), WidgetAction::Edit(Edit::RemoveIncident(1)));
        assert_eq!((s.screen, s.incidents, s.record.incidents.len()), (Screen::Record, IncidentScope::All, 1));
    }

    #[test]
    fn starting_the_journey_again_keeps_the_record_and_exit_wipes_everything() {
        let mut s = state();
        for action in [
            WidgetAction::Show(Screen::Record),
            text(Part::About, "name", "Sam"),
            WidgetAction::Tick(Recipient::Police, "name"),
            WidgetAction::Show(Screen::Journey),
            WidgetAction::Journey(Action::Continue),
            WidgetAction::Journey(Action::Restart),
        ] {
            s = then(s, action);
        }
        assert!(!s.record.is_empty(), "Start again is about the questions, not the record");
        let flag = s.wipe_flag.clone();
        assert!(!flag.is_set());
        let s = then(s, WidgetAction::Exit);
        assert!(s.exited && s.record.is_empty() && s.share == ShareChoices::default());
        assert!(flag.is_set() && s.wipe_flag == flag, "work still running sees the exit");
        assert!(s.reduce(text(Part::About, "name", "Sam")).is_none(), "nothing changes after exit");
    }
}
