//! The Yew components rendered natively to HTML (yew's server renderer) for named example
//! states, asserting on what a person and a screen reader would meet.
#![cfg(feature = "ssr")]

mod common;

use pathway_widget::pathway::DEFAULT_FILES;
use pathway_widget::{load_valid, Action, Journey, Pathway};

/// Renders the widget with the default data, after the given actions (choices by id).
fn render_after(steps: &'static [&'static str]) -> String {
    render_with(|p| p, steps)
}

fn render_with(change: fn(Pathway) -> Pathway, steps: &'static [&'static str]) -> String {
    common::render(move || {
        let pathway = change(load_valid(&DEFAULT_FILES).expect("valid default data"));
        let mut journey = Journey::start(&pathway);
        for &step in steps {
            let action = match step.split_once(':') {
                Some(("choose", id)) => Action::Choose(index_of(&pathway, &journey, id)),
                Some(("tick", id)) => Action::Toggle(index_of(&pathway, &journey, id)),
                _ if step == "continue" => Action::Continue,
                _ => panic!("unknown test step {step}"),
            };
            journey.apply(&pathway, action).expect("test actions are valid");
        }
        common::props(pathway, Some(journey))
    })
}

fn index_of(p: &Pathway, j: &Journey, id: &str) -> usize {
    j.step(p).choices.iter().position(|c| c.id == id).unwrap_or_else(|| panic!("no choice {id}"))
}

fn at(html: &str, needle: &str) -> usize {
    html.find(needle).unwrap_or_else(|| panic!("`{needle}` not in:\n{html}"))
}

#[test]
fn the_start_step_has_exit_first_then_progress_heading_and_danger_numbers() {
    let html = render_after(&[]);
    let exit = at(&html, "Exit this page");
    assert!(exit < at(&html, "<h2"), "exit comes before everything else");
    assert!(html.contains(r#"href="https://www.bbc.co.uk/weather""#));
    assert!(html.contains("Step 1 of 10"), "{html}");
    assert!(html.contains(r#"tabindex="-1""#), "the heading can take focus");
    for number in ["tel:999", "18000", "999 BSL", "55"] {
        assert!(html.contains(number), "in danger now lists {number}");
    }
    assert!(html.contains("Taken from public web pages in November 2026."), "where the numbers came from, said honestly");
    assert_eq!(html.matches(r#"class="pathway__checked""#).count(), 1, "said once, not once per line");
    assert!(!html.contains(">Back<"), "nothing to go back to yet");
}

#[test]
fn every_screen_has_an_empty_status_region_for_the_shift_count_and_a_way_to_the_safety_page() {
    for steps in [&[][..], &["continue", "choose:me", "choose:not-sure"][..]] {
        let html = render_after(steps);
        let status = at(&html, r#"role="status""#);
        assert!(at(&html, "Exit this page") < status && status < at(&html, "<h2"), "the count is read next to exit");
        assert!(html.contains(r#"role="status" class="pathway__exit-status"></p>"#), "empty until Shift is pressed: {html}");
        assert!(html.contains(">Staying safe on this device</button>"));
    }
}

#[test]
fn a_one_step_offers_each_answer_as_a_button_with_its_hint() {
    let html = render_after(&["continue"]);
    assert!(html.contains("Who is this about?"));
    assert!(html.contains(r#"<button type="button" class="pathway__choice">It happened to me</button>"#), "{html}");
    assert!(html.contains(r#"aria-describedby="t-who-helping-hint""#));
    assert!(html.contains(r#"id="t-who-helping-hint""#));
    assert!(html.contains(">Back<") && html.contains(">Start again<"));
}

#[test]
fn a_many_step_is_a_fieldset_of_labelled_checkboxes_with_the_heading_as_legend() {
    let html = render_after(&["continue", "choose:me", "choose:not-sure", "tick:verbal"]);
    assert!(html.contains(r#"<legend class="pathway__legend"><h2 tabindex="-1" class="pathway__heading">What happened?</h2></legend>"#), "{html}");
    assert!(html.contains(r#"<input checked type="checkbox" id="t-what-happened-verbal""#), "ticked");
    assert!(html.contains(r#"<label for="t-what-happened-verbal">"#));
    assert!(html.contains(r#"<input type="checkbox" id="t-what-happened-threats""#), "not ticked");
    assert!(html.contains(">Continue<"));
}

#[test]
fn the_care_step_lists_services_for_what_was_said_by_urgency() {
    let html = render_after(&["continue", "choose:me", "choose:not-sure", "continue", "continue", "continue", "tick:injury", "continue"]);
    let now = at(&html, ">Right now<");
    let today = at(&html, ">Today<");
    assert!(now < today, "most urgent first");
    assert!(html.contains("A&amp;E") || html.contains("Emergency Department"), "{html}");
}

#[test]
fn the_plan_shows_each_chosen_route_with_everything_needed_to_decide() {
    let html = render_after(&[
        "continue",
        "choose:me",
        "choose:rutland",
        "tick:verbal",
        "continue",
        "tick:race",
        "continue",
        "continue",
        "continue",
        "continue",
        "tick:police",
        "tick:anonymous",
        "continue",
    ]);
    assert!(html.contains("Your plan") || html.contains("plan"), "{html}");
    assert_eq!(html.matches(r#"<article class="pathway__route">"#).count(), 2);
    for heading in [
        "What usually happens next",
        "Who will know",
        "Can I stay anonymous?",
        "Can I change my mind?",
        "By phone",
        "By text message",
        "Online",
        "In person",
        "In British Sign Language (BSL)",
        "With an interpreter",
    ] {
        assert_eq!(html.matches(&format!(">{heading}<")).count(), 2, "{heading} once per route");
    }
    assert!(html.contains("What you told us"));
    assert!(html.contains("Names, insults or shouting"), "the recap repeats their answer");
    assert!(html.contains("Step 10 of 10"));
    // They live in Rutland: the county's hate incident line is not theirs.
    assert!(html.contains("Local services are for Rutland."), "{html}");
    assert!(html.contains("Crimestoppers") && !html.contains("0116 305 8263"), "what serves everyone, and not another area's");
}

#[test]
fn a_plan_with_nothing_chosen_says_that_is_fine() {
    let html = render_after(&["continue", "choose:me", "choose:not-sure", "continue", "continue", "continue", "continue", "continue", "continue"]);
    assert!(html.contains("You have not chosen anything to do yet. That is fine"), "{html}");
}

#[test]
fn text_from_data_is_escaped_and_unsafe_links_never_render() {
    fn poison(mut p: Pathway) -> Pathway {
        p.steps[0].title = "<img src=x onerror=alert(1)>".into();
        let first = p.meta.emergency[0].clone();
        let contact = p.contacts.iter_mut().find(|c| c.id == first).unwrap();
        contact.href = Some("javascript:alert(1)".into());
        p
    }
    let html = render_with(poison, &[]);
    assert!(!html.contains("<img"), "markup in data is shown as text");
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(!html.contains("javascript:"), "an unsafe link is not rendered");
}
