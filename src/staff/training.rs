//! Training mode: working through the practice cases. The staff member answers each
//! question, reads the feedback on their answer, may try another, and moves on. The score
//! (best answer at the first try) stays on their screen only.

use crate::pathway::Scenario;

/// Progress through one case.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Attempt {
    /// Index into `Pathway::scenarios`.
    pub scenario: usize,
    /// The question on screen; equal to the number of questions once the case is done.
    pub question: usize,
    /// For each question reached, the answers picked so far, each once, in the order
    /// first picked (so the first is what scores).
    pub picks: Vec<Vec<usize>>,
    /// The answer whose feedback shows: the last one picked.
    pub shown: Option<usize>,
}

impl Attempt {
    pub fn start(scenario: usize) -> Self {
        Attempt { scenario, question: 0, picks: vec![Vec::new()], shown: None }
    }

    /// Picks an answer to the question on screen (again, to read its feedback too).
    pub fn pick(&mut self, case: &Scenario, answer: usize) {
        let in_range = case.questions.get(self.question).is_some_and(|q| answer < q.answers.len());
        if let (true, Some(picks)) = (in_range, self.picks.get_mut(self.question)) {
            if !picks.contains(&answer) {
                picks.push(answer);
            }
            self.shown = Some(answer);
        }
    }

    /// Moves to the next question once this one has an answer.
    pub fn next(&mut self, case: &Scenario) {
        if self.shown.is_some() && self.question < case.questions.len() {
            self.question += 1;
            self.shown = None;
            if self.question < case.questions.len() {
                self.picks.push(Vec::new());
            }
        }
    }

    pub fn is_done(&self, case: &Scenario) -> bool {
        self.question >= case.questions.len()
    }

    /// `(questions answered best at the first try, questions)`.
    pub fn score(&self, case: &Scenario) -> (usize, usize) {
        let first_best = case.questions.iter().zip(&self.picks).filter(|(q, picks)| picks.first().is_some_and(|&p| q.answers[p].best)).count();
        (first_best, case.questions.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load_valid;
    use crate::pathway::DEFAULT_FILES;

    #[test]
    fn every_case_can_be_finished_and_scored() {
        let pathway = load_valid(&DEFAULT_FILES).expect("valid default data");
        assert!(pathway.scenarios.len() >= 8, "at least eight practice cases");
        for (index, case) in pathway.scenarios.iter().enumerate() {
            let mut attempt = Attempt::start(index);
            attempt.next(case);
            assert_eq!(attempt.question, 0, "no moving on without an answer");
            for question in &case.questions {
                let worst = question.answers.iter().position(|a| !a.best).expect("a wrong answer to learn from");
                let best = question.answers.iter().position(|a| a.best).expect("a best answer");
                attempt.pick(case, worst);
                attempt.pick(case, best);
                assert_eq!(attempt.shown, Some(best));
                attempt.next(case);
            }
            assert!(attempt.is_done(case));
            assert_eq!(attempt.score(case), (0, case.questions.len()), "second tries do not score");
        }
    }

    #[test]
    fn only_the_first_try_scores_whatever_is_picked_after() {
        let pathway = load_valid(&DEFAULT_FILES).expect("valid default data");
        let case = &pathway.scenarios[0];
        let mut attempt = Attempt::start(0);
        for question in &case.questions {
            let best = question.answers.iter().position(|a| a.best).expect("best");
            let wrong = question.answers.iter().position(|a| !a.best).expect("wrong");
            attempt.pick(case, best);
            attempt.pick(case, wrong);
            attempt.pick(case, best);
            attempt.pick(case, 99);
            assert_eq!(attempt.shown, Some(best), "an answer out of range changes nothing");
            attempt.next(case);
        }
        assert_eq!(attempt.score(case), (case.questions.len(), case.questions.len()));
        // Wrong, then best, then wrong again: still wrong at the first try.
        let mut attempt = Attempt::start(0);
        let question = &case.questions[0];
        let (best, wrong) =
            (question.answers.iter().position(|a| a.best).expect("best"), question.answers.iter().position(|a| !a.best).expect("wrong"));
        for answer in [wrong, best, wrong] {
            attempt.pick(case, answer);
        }
        assert_eq!(attempt.score(case).0, 0);
    }
}
