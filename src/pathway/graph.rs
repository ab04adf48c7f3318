//! The steps as a graph: which step can lead to which.
//!
//! The validator uses it to prove every journey can end at a plan; the journey uses it to
//! say how many steps are left (the progress indicator).

use crate::pathway::{Pathway, StepKind};
use std::collections::VecDeque;

/// Edges between step indices: every `next`, branch and choice target that exists.
#[derive(Debug, Clone)]
pub struct StepGraph {
    pub edges: Vec<Vec<usize>>,
}

impl StepGraph {
    pub fn new(pathway: &Pathway) -> Self {
        let edges = pathway
            .steps
            .iter()
            .map(|step| {
                let mut targets: Vec<usize> = step
                    .next
                    .iter()
                    .chain(step.branches.iter().map(|b| &b.next))
                    .chain(step.choices.iter().filter_map(|c| c.next.as_ref()))
                    .filter_map(|id| pathway.step_index(id))
                    .collect();
                targets.sort_unstable();
                targets.dedup();
                targets
            })
            .collect();
        StepGraph { edges }
    }

    /// Which steps can be reached from `start`.
    pub fn reachable_from(&self, start: usize) -> Vec<bool> {
        let mut seen = vec![false; self.edges.len()];
        let mut stack = vec![start];
        while let Some(s) = stack.pop() {
            if !std::mem::replace(&mut seen[s], true) {
                stack.extend(self.edges[s].iter().copied().filter(|&t| !seen[t]));
            }
        }
        seen
    }

    /// For every step, the fewest moves to a plan step (`None` when no plan can be reached).
    pub fn moves_to_plan(&self, pathway: &Pathway) -> Vec<Option<usize>> {
        let mut reverse = vec![Vec::new(); self.edges.len()];
        for (from, targets) in self.edges.iter().enumerate() {
            for &to in targets {
                reverse[to].push(from);
            }
        }
        let mut moves = vec![None; self.edges.len()];
        let mut queue = VecDeque::new();
        for (s, step) in pathway.steps.iter().enumerate() {
            if step.kind == StepKind::Plan {
                moves[s] = Some(0);
                queue.push_back(s);
            }
        }
        while let Some(s) = queue.pop_front() {
            let here = moves[s].unwrap_or(0);
            for &from in &reverse[s] {
                if moves[from].is_none() {
                    moves[from] = Some(here + 1);
                    queue.push_back(from);
                }
            }
        }
        moves
    }

    /// Which steps can reach a plan step.
    pub fn can_reach_plan(&self, pathway: &Pathway) -> Vec<bool> {
        self.moves_to_plan(pathway).iter().map(Option::is_some).collect()
    }

    /// Starting at `from` (which cannot reach a plan), follows edges until a step repeats,
    /// and returns that loop, rotated to start at its smallest index. `None` if the walk
    /// ends at a dead end instead.
    pub fn trapped_cycle(&self, from: usize, finishing: &[bool]) -> Option<Vec<usize>> {
        let mut path = vec![from];
        let mut current = from;
        loop {
            let next = *self.edges[current].iter().find(|&&t| !finishing[t])?;
            if let Some(at) = path.iter().position(|&s| s == next) {
                let mut cycle = path.split_off(at);
                let min_at = cycle.iter().enumerate().min_by_key(|(_, &s)| s).map(|(i, _)| i)?;
                cycle.rotate_left(min_at);
                return Some(cycle);
            }
            path.push(next);
            current = next;
        }
    }
}
