//! The staff, third-party and training modes rendered natively (yew's server renderer): each
//! mode's first screen, as the host's options choose it.
#![cfg(feature = "ssr")]

mod common;

use pathway_widget::load_valid;
use pathway_widget::pathway::DEFAULT_FILES;
use pathway_widget::pathway::{Cluster, Health, Residence};
use pathway_widget::staff::{HostMode, Mode};
use pathway_widget::ui::AppProps;

fn render(host: HostMode) -> String {
    common::render(move || AppProps { host, ..common::props(load_valid(&DEFAULT_FILES).expect("valid default data"), None) })
}

fn mode(mode: Mode, setting: Cluster, health: Health) -> HostMode {
    HostMode { mode, setting, health, ..HostMode::default() }
}

#[test]
fn staff_mode_opens_on_the_guide_for_the_hosts_setting() {
    let html = render(mode(Mode::Staff, Cluster::Acute, Health::Mental));
    assert!(html.find("Exit this page") < html.find("Guide for staff"), "exit still comes first");
    assert!(html.contains(r#"<input checked type="radio" id="t-setting-acute" name="t-setting">"#), "{html}");
    assert!(html.contains(r#"<input checked type="radio" id="t-health-mental" name="t-health">"#));
    for heading in ["Recognise", "Respond", "Their choices", "Refer and signpost", "Safeguarding", "Record", "Follow up"] {
        assert!(html.contains(&format!("<h3>{heading}</h3>")), "{heading}");
    }
    assert!(html.contains("NHS 111 mental health option"), "the acute mental health services are listed");
    assert!(!html.contains("Your GP practice"), "not a primary care service");
    assert!(html.contains("Ask about thoughts of self-harm"), "a note for mental health");
    assert!(!html.contains("At a GP practice, pharmacy"), "no note for another setting");
    for control in ["Consent and handover record", "Go through the questions with the person", "Clear screen", "Staying safe on this device"] {
        assert!(html.contains(&format!(">{control}</button>")), "{control}");
    }
}

#[test]
fn third_party_mode_opens_on_the_record_with_what_the_centre_must_and_must_not_do() {
    let html = render(mode(Mode::ThirdParty, Cluster::Primary, Health::Physical));
    assert!(html.contains("<h3>For the reporting centre</h3>"));
    assert!(html.contains("Do not: pass on their name or contact details without their consent"));
    assert!(html.contains("Incident 1"), "an incident is ready to fill in");
    assert!(html.contains(">Clear screen</button>"));
    assert!(!html.contains(">Staff guide</button>"), "the guide is for staff mode");
}

#[test]
fn training_mode_lists_every_practice_case_and_self_help_has_no_clear() {
    let html = render(mode(Mode::Training, Cluster::Primary, Health::Physical));
    let pathway = load_valid(&DEFAULT_FILES).expect("valid default data");
    assert!(pathway.scenarios.len() >= 8);
    for case in &pathway.scenarios {
        // Text is escaped (never markup): only `<`, `>` and `&` need it in element text.
        let title = case.title.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        assert!(html.contains(&title), "{} listed", case.title);
    }
    assert!(html.contains("Your score is only shown to you"));
    let self_help = render(HostMode::default());
    assert!(!self_help.contains("Clear screen") && !self_help.contains("Guide for staff"));
}

#[test]
fn the_guide_refers_to_the_hosts_area_and_offers_the_others() {
    let pathway = load_valid(&DEFAULT_FILES).expect("valid default data");
    let rutland = Residence::for_area(&pathway.meta.areas, "rutland").expect("an area");
    let html = render(HostMode { area: rutland, ..mode(Mode::Staff, Cluster::Community, Health::Physical) });
    assert!(html.contains("Rutland County Council: Safeguarding and Prevention Team"), "Rutland's council in the referral list");
    assert!(!html.contains("Leicester City Council: adult safeguarding") && !html.contains("Leicestershire County Council: adult safeguarding"));
    assert!(html.contains("; Physical health; Rutland (change)</summary>"), "the area in the setting's summary");
    assert!(html.contains(r#"<input checked type="radio" id="t-area-rutland" name="t-area">"#));
    assert!(html.contains(r#"<label for="t-area-every">All areas</label>"#));
    let everywhere = render(mode(Mode::Staff, Cluster::Community, Health::Physical));
    for council in
        ["Rutland County Council: Safeguarding", "Leicester City Council: adult safeguarding", "Leicestershire County Council: adult safeguarding"]
    {
        assert!(everywhere.contains(council), "{council}, with no area chosen");
    }
}
