//! The journey state machine: where the person is and what they have answered.
//!
//! All behaviour lives here as plain functions over plain data, so it can be tested without
//! a browser: choose one answer, tick several, continue, go back, start again. Going back
//! restores the exact earlier state, so answers given on later steps are forgotten rather
//! than kept out of sight. Nothing here is ever stored outside memory.

use crate::pathway::{Pathway, Residence, Step, StepKind};
use std::collections::{HashMap, HashSet};

/// Step index to the indices of the choices picked there, in the order they are offered.
pub type Answers = HashMap<usize, Vec<usize>>;

/// A moment in the journey: the step on screen and the answers that led there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    /// Index into `Pathway::steps`.
    pub step: usize,
    pub answers: Answers,
}

/// The whole state: the present position and every earlier one, for Back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Journey {
    now: Position,
    history: Vec<Position>,
}

/// Everything a person can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Pick this choice on a `one` step and move on.
    Choose(usize),
    /// Tick or untick this choice on a `many` step.
    Toggle(usize),
    /// Leave an `info` or `many` step.
    Continue,
    /// Return to the previous position exactly as it was.
    Back,
    /// Forget everything and return to the start.
    Restart,
}

/// Why an action could not be applied. The UI never offers these, so they mean a bug or a
/// stale event; the journey is left as it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JourneyError {
    NoSuchChoice,
    WrongStepKind,
    NothingToGoBackTo,
    NoWayOn,
}

impl Journey {
    /// A journey at the pathway's start step with nothing answered.
    pub fn start(pathway: &Pathway) -> Self {
        Journey { now: Position { step: pathway.step_index(&pathway.meta.start).unwrap_or(0), answers: HashMap::new() }, history: Vec::new() }
    }

    /// Applies an action, or leaves the journey untouched and says why not.
    pub fn apply(&mut self, pathway: &Pathway, action: Action) -> Result<(), JourneyError> {
        let step = &pathway.steps[self.now.step];
        match action {
            Action::Choose(choice) => {
                if step.kind != StepKind::One {
                    return Err(JourneyError::WrongStepKind);
                }
                let target = step.choices.get(choice).ok_or(JourneyError::NoSuchChoice)?;
                let next = target.next.as_deref().and_then(|id| pathway.step_index(id)).ok_or(JourneyError::NoWayOn)?;
                let mut answers = self.now.answers.clone();
                answers.insert(self.now.step, vec![choice]);
                self.move_to(next, answers);
            }
            Action::Toggle(choice) => {
                if step.kind != StepKind::Many {
                    return Err(JourneyError::WrongStepKind);
                }
                let exclusive = step.choices.get(choice).ok_or(JourneyError::NoSuchChoice)?.exclusive;
                let picked = self.now.answers.entry(self.now.step).or_default();
                if let Some(at) = picked.iter().position(|&c| c == choice) {
                    picked.remove(at);
                } else {
                    // Ticking "None of these" clears the rest; ticking anything clears it.
                    picked.retain(|&c| !exclusive && !step.choices[c].exclusive);
                    picked.push(choice);
                    picked.sort_unstable();
                }
                if picked.is_empty() {
                    self.now.answers.remove(&self.now.step);
                }
            }
            Action::Continue => {
                if !matches!(step.kind, StepKind::Info | StepKind::Many) {
                    return Err(JourneyError::WrongStepKind);
                }
                let next = self.next_step(pathway, step).ok_or(JourneyError::NoWayOn)?;
                let answers = self.now.answers.clone();
                self.move_to(next, answers);
            }
            Action::Back => {
                self.now = self.history.pop().ok_or(JourneyError::NothingToGoBackTo)?;
            }
            Action::Restart => *self = Journey::start(pathway),
        }
        Ok(())
    }

    fn move_to(&mut self, step: usize, answers: Answers) {
        let previous = std::mem::replace(&mut self.now, Position { step, answers });
        self.history.push(previous);
    }

    /// Where Continue leads: the first branch whose tags were answered, else `next`.
    fn next_step(&self, pathway: &Pathway, step: &Step) -> Option<usize> {
        let tags = self.tags(pathway);
        step.branches
            .iter()
            .find(|b| b.when_any.iter().any(|t| tags.contains(t.as_str())))
            .map(|b| &b.next)
            .or(step.next.as_ref())
            .and_then(|id| pathway.step_index(id))
    }

    /// The present position.
    pub fn position(&self) -> &Position {
        &self.now
    }

    /// The step on screen.
    pub fn step<'p>(&self, pathway: &'p Pathway) -> &'p Step {
        &pathway.steps[self.now.step]
    }

    /// True when this choice of the present step is picked.
    pub fn is_picked(&self, choice: usize) -> bool {
        self.now.answers.get(&self.now.step).is_some_and(|picked| picked.contains(&choice))
    }

    pub fn can_go_back(&self) -> bool {
        !self.history.is_empty()
    }

    /// The steps walked so far, ending with the present one.
    pub fn path(&self) -> Vec<usize> {
        self.history.iter().map(|p| p.step).chain(std::iter::once(self.now.step)).collect()
    }

    /// Every tag of every picked choice.
    pub fn tags<'p>(&self, pathway: &'p Pathway) -> HashSet<&'p str> {
        self.now
            .answers
            .iter()
            .flat_map(|(&step, picked)| picked.iter().flat_map(move |&c| pathway.steps[step].choices[c].tags.iter().map(String::as_str)))
            .collect()
    }

    /// Where the answers say the person lives.
    pub fn residence(&self, pathway: &Pathway) -> Residence {
        Residence::from_tags(&pathway.meta.areas, self.tags(pathway))
    }

    /// `(this step's number, the number of the plan step on the shortest way from here)`.
    /// `moves_to_plan` comes from [`crate::pathway::StepGraph::moves_to_plan`].
    pub fn progress(&self, moves_to_plan: &[Option<usize>]) -> (usize, usize) {
        let number = self.history.len() + 1;
        let left = moves_to_plan.get(self.now.step).copied().flatten().unwrap_or(0);
        (number, number + left)
    }
}
