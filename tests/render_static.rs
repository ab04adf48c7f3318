//! The static version (what shows where the widget cannot run), rendered natively as the
//! build renders it: everything a person needs without a script, and nothing that needs one.
#![cfg(feature = "ssr")]

use pathway_widget::pathway::{ServiceKind, DEFAULT_FILES};
use pathway_widget::session::PathwayRef;
use pathway_widget::ui::{StaticVersion, StaticVersionProps};
use pathway_widget::{load_valid, Pathway};
use std::rc::Rc;
use yew::LocalServerRenderer;

fn pathway() -> Pathway {
    load_valid(&DEFAULT_FILES).expect("valid default data")
}

fn render() -> String {
    let props = StaticVersionProps { pathway: PathwayRef(Rc::new(pathway())), words: Default::default() };
    futures::executor::block_on(LocalServerRenderer::<StaticVersion>::with_props(props).hydratable(false).render())
}

/// Text as the HTML escapes it.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[test]
fn it_has_the_emergency_numbers_first_then_every_route_with_every_way_to_reach_it() {
    let html = render();
    let pathway = pathway();
    let danger = html.find("In danger now?").expect("the emergency box");
    for id in &pathway.meta.emergency {
        let contact = pathway.contact(id).expect("emergency contact exists");
        assert!(html.contains(&escaped(&contact.value)), "emergency contact {id}");
    }
    assert!(html.contains(r#"href="tel:999""#));
    for route in &pathway.routes {
        let at = html.find(&escaped(&route.title)).unwrap_or_else(|| panic!("route {}", route.id));
        assert!(at > danger, "the emergency numbers come before the routes");
        for way in &route.ways {
            assert!(html.contains(&escaped(&way.text)), "route {} way {:?}", route.id, way.how);
            for id in &way.contacts {
                let contact = pathway.contact(id).expect("way contact exists");
                assert!(html.contains(&escaped(&contact.value)), "route {} contact {id}", route.id);
            }
        }
    }
}

#[test]
fn it_lists_every_support_and_advice_service_and_no_care_service_of_one_setting() {
    let html = render();
    for service in pathway().services {
        let listed = html.contains(&escaped(&service.name));
        match service.kind {
            ServiceKind::Support | ServiceKind::Advice => assert!(listed, "service {}", service.id),
            ServiceKind::Care => {}
        }
    }
}

#[test]
fn it_needs_no_script_and_has_nothing_to_type_into() {
    let html = render();
    for needs_script in ["<script", "<button", "<input", "<textarea", "<form", "style=", "onclick", "javascript:"] {
        assert!(!html.contains(needs_script), "{needs_script} in the static version");
    }
    assert!(html.starts_with(r#"<div lang="en" class="pathway pathway--static">"#), "{}", &html[..80]);
    let headings: Vec<&str> = html.match_indices("<h").map(|(i, _)| &html[i + 1..i + 3]).filter(|h| h.starts_with('h')).collect();
    assert_eq!(headings.first(), Some(&"h2"), "it starts at the widget's heading level");
    for pair in headings.windows(2) {
        let (a, b) = (pair[0].as_bytes()[1], pair[1].as_bytes()[1]);
        assert!(b <= a + 1, "no heading level skipped: {pair:?}");
    }
}
