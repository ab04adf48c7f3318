//! The staff guide, for use during a call: the care pathway's procedures (recognise,
//! respond, choices, refer, safeguarding, record, follow up), each its one-line prompt for
//! the staff member's point of entry and kind of health with the detail a disclosure away,
//! and the services of that setting to refer to, one line each, for the area where the
//! person lives. The setting and the area can be changed here.

use crate::pathway::{Cluster, Health, Residence};
use crate::session::{Screen, WidgetAction};
use crate::ui::components::StepHeading;
use crate::ui::components::{radio, Disclosure};
use crate::ui::components::{ServiceFilter, ServiceGroups};
use crate::ui::hooks::{use_pathway, use_words};
use crate::words::Word;
use yew::prelude::*;

#[derive(Debug, Properties, PartialEq)]
pub struct GuidePageProps {
    pub setting: Cluster,
    pub health: Health,
    /// Where the people the staff member helps live.
    pub area: Residence,
    pub arrivals: u32,
    pub id_prefix: AttrValue,
    pub dispatch: Callback<WidgetAction>,
}

#[function_component(GuidePage)]
pub fn guide_page(props: &GuidePageProps) -> Html {
    let words = use_words();
    let pathway = use_pathway().expect("App provides the pathway");
    let (setting, health, prefix) = (props.setting, props.health, &props.id_prefix);
    let radio =
        |group: &str, key: &str, label: &str, checked: bool, action: WidgetAction| radio(prefix, group, key, label, checked, action, &props.dispatch);
    let settings = Cluster::ALL.map(|c| radio("setting", c.key(), words.setting(c), c == setting, WidgetAction::Setting(c)));
    let healths = Health::ALL.map(|h| radio("health", h.key(), words.health(h), h == health, WidgetAction::Health(h)));
    let areas = &pathway.meta.areas;
    let area_names = std::iter::once(("every", words.get(Word::EveryArea), Residence::Unknown))
        .chain(areas.iter().enumerate().map(|(i, a)| (a.id.as_str(), a.name.as_str(), Residence::In(i))));
    let area_radios: Vec<Html> = area_names.map(|(key, name, r)| radio("area", key, name, r == props.area, WidgetAction::Area(r))).collect();
    let area_name = props.area.name(areas).unwrap_or(words.get(Word::EveryArea));
    // Each procedure: its heading and its one-line prompt for this setting, the detail a
    // disclosure away; where to refer stays in view, one line per service.
    let sections = pathway.guide.iter().map(|section| {
        let notes = section.notes.iter().filter(|n| n.applies(setting, health)).flat_map(|n| &n.paragraphs);
        html! {
            <li class="pathway__procedure">
                <h3>{&section.heading}</h3>
                <p class="pathway__prompt">{section.prompt_for(setting, health)}</p>
                if section.list_services {
                    <ServiceGroups filter={ServiceFilter::Setting(setting, health)} nested=true />
                }
                <Disclosure summary={words.fill(Word::GuideMore, &[("procedure", &section.heading)])}>
                    { for section.paragraphs.iter().chain(notes).map(|p| html! { <p>{p}</p> }) }
                </Disclosure>
            </li>
        }
    });
    let chosen = words.fill(Word::GuideSettingChosen, &[("setting", words.setting(setting)), ("health", words.health(health)), ("area", area_name)]);
    let show = |screen: Screen| props.dispatch.reform(move |_: MouseEvent| WidgetAction::Show(screen));
    html! {
        <section key="guide" class="pathway__step" aria-label={words.get(Word::GuideTitle)}>
            <StepHeading title={words.get(Word::GuideTitle)} arrivals={props.arrivals} />
            <p>{words.get(Word::GuideIntro)}</p>
            <Disclosure summary={chosen}>
                <fieldset class="pathway__fieldset">
                    <legend class="pathway__label">{words.get(Word::SettingLegend)}</legend>
                    { for settings }
                </fieldset>
                <fieldset class="pathway__fieldset">
                    <legend class="pathway__label">{words.get(Word::HealthLegend)}</legend>
                    { for healths }
                </fieldset>
                if !areas.is_empty() {
                    <fieldset class="pathway__fieldset">
                        <legend class="pathway__label">{words.get(Word::AreaLegend)}</legend>
                        { for area_radios }
                    </fieldset>
                }
            </Disclosure>
            if pathway.guide.is_empty() { <p>{words.get(Word::NoGuide)}</p> }
            <ol class="pathway__procedures" role="list">{ for sections }</ol>
            <button type="button" class="pathway__button" onclick={show(Screen::Journey)}>{words.get(Word::GuideToJourney)}</button>
            <button type="button" class="pathway__button" onclick={show(Screen::Record)}>{words.get(Word::GuideToRecord)}</button>
        </section>
    }
}
