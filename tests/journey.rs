//! The journey state machine and the plan it derives, on the default LLR data: unit tests
//! for each action and property tests over random walks.

use pathway_widget::journey::{chosen_routes, plan_text, recap, services_by_urgency, visible_sections};
use pathway_widget::pathway::{ServiceKind, StepKind};
use pathway_widget::pathway::{AREA_TAG, DEFAULT_FILES};
use pathway_widget::words::Words;
use pathway_widget::{load_valid, Action, Journey, Pathway};
use proptest::prelude::*;

fn pathway() -> Pathway {
    load_valid(&DEFAULT_FILES).expect("the default data is valid")
}

fn choice(p: &Pathway, j: &Journey, id: &str) -> usize {
    let step = j.step(p);
    step.choices.iter().position(|c| c.id == id).unwrap_or_else(|| panic!("no choice `{id}` on `{}`", step.id))
}

fn tick(p: &Pathway, j: &mut Journey, id: &str) {
    let c = choice(p, j, id);
    go(p, j, Action::Toggle(c));
}

fn go(p: &Pathway, j: &mut Journey, action: Action) {
    j.apply(p, action).unwrap_or_else(|e| panic!("{action:?} on `{}`: {e:?}", j.step(p).id));
}

#[test]
fn starts_at_the_start_with_nothing_answered() {
    let p = pathway();
    let j = Journey::start(&p);
    assert_eq!(j.step(&p).id, p.meta.start);
    assert!(!j.can_go_back());
    assert!(j.tags(&p).is_empty());
}

#[test]
fn a_full_journey_reaches_a_plan_with_the_chosen_routes() {
    let p = pathway();
    let mut j = Journey::start(&p);
    go(&p, &mut j, Action::Continue); // start
    let me = choice(&p, &j, "me");
    go(&p, &mut j, Action::Choose(me));
    assert_eq!(j.step(&p).id, "where");
    let rutland = choice(&p, &j, "rutland");
    go(&p, &mut j, Action::Choose(rutland));
    assert_eq!(j.step(&p).id, "what-happened");
    tick(&p, &mut j, "verbal");
    go(&p, &mut j, Action::Continue);
    assert_eq!(j.step(&p).id, "why");
    tick(&p, &mut j, "race");
    go(&p, &mut j, Action::Continue);
    assert_eq!(j.step(&p).id, "meaning");
    go(&p, &mut j, Action::Continue);
    tick(&p, &mut j, "mental");
    go(&p, &mut j, Action::Continue);
    assert_eq!(j.step(&p).id, "care");
    go(&p, &mut j, Action::Continue);
    assert_eq!(j.step(&p).id, "options");
    tick(&p, &mut j, "police");
    tick(&p, &mut j, "support");
    go(&p, &mut j, Action::Continue);
    let plan = j.step(&p);
    assert_eq!(plan.kind, StepKind::Plan);
    let routes: Vec<&str> = chosen_routes(&p, &j).iter().map(|r| r.id.as_str()).collect();
    assert_eq!(routes, ["support-only", "police"], "in the order offered");
    let answered = recap(&p, &j);
    assert_eq!(answered.len(), 6, "{answered:?}");
    assert_eq!(answered[0].1, ["It happened to me"]);
    assert_eq!(j.residence(&p).name(&p.meta.areas), Some("Rutland"));
    // Mental health support shows because of what they said; an injury service does not.
    let tags = j.tags(&p);
    let care: Vec<&str> =
        services_by_urgency(&p, &tags, &[ServiceKind::Care]).into_iter().flat_map(|(_, s)| s.into_iter().map(|s| s.id.as_str())).collect();
    assert!(care.iter().any(|id| id.contains("mental") || id.contains("111")), "{care:?}");
    assert!(!care.contains(&"a-and-e"), "{care:?}");
}

#[test]
fn a_carer_answer_branches_to_the_care_setting_step() {
    let p = pathway();
    let mut j = Journey::start(&p);
    go(&p, &mut j, Action::Continue);
    go(&p, &mut j, Action::Choose(0));
    go(&p, &mut j, Action::Choose(0)); // where
    tick(&p, &mut j, "carer");
    go(&p, &mut j, Action::Continue);
    assert_eq!(j.step(&p).id, "care-setting");
    // And the meaning step shows its carer section later on.
    go(&p, &mut j, Action::Continue);
    go(&p, &mut j, Action::Continue);
    assert_eq!(j.step(&p).id, "meaning");
    let tags = j.tags(&p);
    let shown = visible_sections(j.step(&p), &tags).len();
    assert!(shown > visible_sections(j.step(&p), &Default::default()).len());
}

#[test]
fn exclusive_answers_clear_the_others_and_are_cleared_by_them() {
    let p = pathway();
    let mut j = Journey::start(&p);
    go(&p, &mut j, Action::Continue);
    go(&p, &mut j, Action::Choose(0));
    go(&p, &mut j, Action::Choose(0)); // where
    go(&p, &mut j, Action::Continue); // what-happened, nothing ticked
    let race = choice(&p, &j, "race");
    let unsure = choice(&p, &j, "not-sure");
    go(&p, &mut j, Action::Toggle(race));
    go(&p, &mut j, Action::Toggle(unsure));
    assert!(j.is_picked(unsure) && !j.is_picked(race));
    go(&p, &mut j, Action::Toggle(race));
    assert!(j.is_picked(race) && !j.is_picked(unsure));
    go(&p, &mut j, Action::Toggle(race));
    assert!(!j.is_picked(race), "a second tick unticks");
}

#[test]
fn actions_that_do_not_fit_the_step_change_nothing() {
    let p = pathway();
    let mut j = Journey::start(&p);
    let before = j.clone();
    assert!(j.apply(&p, Action::Choose(0)).is_err(), "start is not a `one` step");
    assert!(j.apply(&p, Action::Toggle(0)).is_err());
    assert!(j.apply(&p, Action::Back).is_err(), "nothing to go back to");
    assert_eq!(j, before);
    go(&p, &mut j, Action::Continue);
    let before = j.clone();
    assert!(j.apply(&p, Action::Choose(99)).is_err());
    assert!(j.apply(&p, Action::Continue).is_err(), "a `one` step moves on by choosing");
    assert_eq!(j, before);
}

#[test]
fn progress_counts_up_to_the_plan() {
    let p = pathway();
    let moves = pathway_widget::pathway::StepGraph::new(&p).moves_to_plan(&p);
    let mut j = Journey::start(&p);
    let (first, total) = j.progress(&moves);
    assert_eq!(first, 1);
    while j.step(&p).kind != StepKind::Plan {
        let action = if j.step(&p).kind == StepKind::One { Action::Choose(0) } else { Action::Continue };
        go(&p, &mut j, action);
    }
    assert_eq!(j.progress(&moves), (total, total), "the plan is the last step");
}

/// One random move, picked from what the present step offers.
/// The journey after the random actions `rolls` pick, from the start.
fn walked(p: &Pathway, rolls: Vec<(u8, u8)>) -> Journey {
    let mut j = Journey::start(p);
    for roll in rolls {
        let action = pick(p, &j, roll);
        j.apply(p, action).unwrap();
    }
    j
}

fn pick(p: &Pathway, j: &Journey, roll: (u8, u8)) -> Action {
    let step = j.step(p);
    let n = step.choices.len().max(1);
    match (roll.0 % 10, step.kind) {
        (0, _) if j.can_go_back() => Action::Back,
        (1, _) => Action::Restart,
        (_, StepKind::One) => Action::Choose(roll.1 as usize % n),
        (2..=5, StepKind::Many) => Action::Toggle(roll.1 as usize % n),
        (_, StepKind::Plan) => Action::Back,
        _ => Action::Continue,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn random_walks_never_meet_a_dead_end(rolls in prop::collection::vec((any::<u8>(), any::<u8>()), 1..120)) {
        let p = pathway();
        let mut j = Journey::start(&p);
        for roll in rolls {
            let step = j.step(&p);
            // Every step that is not a plan offers a way on that works.
            match step.kind {
                StepKind::Plan => {}
                StepKind::One => prop_assert!(!step.choices.is_empty()),
                StepKind::Info | StepKind::Many => {
                    let mut probe = j.clone();
                    prop_assert!(probe.apply(&p, Action::Continue).is_ok(), "no way on from `{}`", step.id);
                }
            }
            let action = pick(&p, &j, roll);
            prop_assert!(j.apply(&p, action).is_ok(), "{:?} failed on `{}`", action, j.step(&p).id);
        }
    }

    #[test]
    fn the_plan_to_take_away_has_every_chosen_route_and_none_of_the_answers(rolls in prop::collection::vec((any::<u8>(), any::<u8>()), 1..120)) {
        let whole = pathway();
        let j = walked(&whole, rolls);
        // As the widget shows it: from where the person lives. The plan is for their area,
        // so the area may be named in it (by its council's contacts), unlike any other answer.
        let p = whole.seen_from(j.residence(&whole));
        let text = plan_text(&p, &j, &Words::default());
        for route in chosen_routes(&p, &j) {
            prop_assert!(text.contains(&route.title), "route {}", route.id);
            for id in route.ways.iter().flat_map(|w| &w.contacts) {
                prop_assert!(text.contains(&p.contact(id).unwrap().value), "route {} contact {id}", route.id);
            }
        }
        // What the person answered (anything but a choice of route) is never in it.
        for (question, labels) in recap(&p, &j) {
            prop_assert!(!text.contains(question), "the question {question:?}");
            let an_area = |l: &str| p.steps.iter().flat_map(|s| &s.choices).any(|c| c.label == l && c.tags.iter().any(|t| t.starts_with(AREA_TAG)));
            for label in labels.iter().filter(|l| !p.routes.iter().any(|r| r.title == **l) && !an_area(l)) {
                prop_assert!(!text.contains(label), "the answer {label:?}");
            }
        }
    }

    #[test]
    fn back_returns_exactly_the_previous_state(rolls in prop::collection::vec((any::<u8>(), any::<u8>()), 1..80)) {
        let p = pathway();
        let mut j = Journey::start(&p);
        for roll in rolls {
            let action = pick(&p, &j, roll);
            let before = j.clone();
            j.apply(&p, action).unwrap();
            if matches!(action, Action::Choose(_) | Action::Continue) {
                let mut back = j.clone();
                back.apply(&p, Action::Back).unwrap();
                prop_assert_eq!(&back, &before);
            }
        }
    }

    #[test]
    fn start_again_forgets_everything(rolls in prop::collection::vec((any::<u8>(), any::<u8>()), 0..80)) {
        let p = pathway();
        let mut j = walked(&p, rolls);
        j.apply(&p, Action::Restart).unwrap();
        prop_assert_eq!(&j, &Journey::start(&p));
        prop_assert!(j.tags(&p).is_empty());
    }

    #[test]
    fn always_moving_forward_ends_at_a_plan(rolls in prop::collection::vec((any::<u8>(), any::<u8>()), 64)) {
        let p = pathway();
        let mut j = Journey::start(&p);
        for roll in rolls {
            if j.step(&p).kind == StepKind::Plan {
                break;
            }
            let step = j.step(&p);
            let n = step.choices.len().max(1);
            let action = match step.kind {
                StepKind::One => Action::Choose(roll.1 as usize % n),
                StepKind::Many if roll.0 % 2 == 0 => Action::Toggle(roll.1 as usize % n),
                _ => Action::Continue,
            };
            j.apply(&p, action).unwrap();
        }
        prop_assert_eq!(j.step(&p).kind, StepKind::Plan);
    }
}
