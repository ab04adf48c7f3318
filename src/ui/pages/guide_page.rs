//! The staff guide: the care pathway's procedures (recognise, respond, choices, refer,
//! safeguarding, record, follow up) for the staff member's point of entry and kind of
//! health, both changeable here, with the services of that setting to refer to.

use crate::pathway::{Cluster, Health};
use crate::session::{Screen, WidgetAction};
use crate::ui::components::radio;
use crate::ui::components::StepHeading;
use crate::ui::components::{ServiceFilter, ServiceGroups};
use crate::ui::hooks::{use_pathway, use_words};
use crate::words::Word;
use yew::prelude::*;

#[derive(Debug, Properties, PartialEq)]
pub struct GuidePageProps {
    pub setting: Cluster,
    pub health: Health,
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
    let sections = pathway.guide.iter().map(|section| {
        let notes = section.notes.iter().filter(|n| n.applies(setting, health)).flat_map(|n| &n.paragraphs);
        html! {
            <div class="pathway__section">
                <h3>{&section.heading}</h3>
                { for section.paragraphs.iter().chain(notes).map(|p| html! { <p>{p}</p> }) }
                if section.list_services {
                    <ServiceGroups filter={ServiceFilter::Setting(setting, health)} nested=true />
                }
            </div>
        }
    });
    let show = |screen: Screen| props.dispatch.reform(move |_: MouseEvent| WidgetAction::Show(screen));
    html! {
        <section key="guide" class="pathway__step" aria-label={words.get(Word::GuideTitle)}>
            <StepHeading title={words.get(Word::GuideTitle)} arrivals={props.arrivals} />
            <p>{words.get(Word::GuideIntro)}</p>
            <fieldset class="pathway__fieldset">
                <legend class="pathway__label">{words.get(Word::SettingLegend)}</legend>
                { for settings }
            </fieldset>
            <fieldset class="pathway__fieldset">
                <legend class="pathway__label">{words.get(Word::HealthLegend)}</legend>
                { for healths }
            </fieldset>
            if pathway.guide.is_empty() { <p>{words.get(Word::NoGuide)}</p> }
            { for sections }
            <button type="button" class="pathway__button" onclick={show(Screen::Journey)}>{words.get(Word::GuideToJourney)}</button>
            <button type="button" class="pathway__button" onclick={show(Screen::Record)}>{words.get(Word::GuideToRecord)}</button>
        </section>
    }
}
