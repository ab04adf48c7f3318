//! Choosing what to share: who it is for, which incidents, and a tick for every answered
//! field; then the preview of exactly what will leave, and copy, print or download. Each
//! recipient keeps its own ticks, so the police and a GP can get different summaries.

use super::record_page::incident_name;
use crate::pathway::{Cluster, Health};
use crate::report::{agreed, answered_fields, summary, IncidentScope, Recipient, Record, Referrals, ShareChoices, SummaryContext};
use crate::session::{Screen, WidgetAction};
use crate::ui::components::radio;
use crate::ui::components::StepHeading;
use crate::ui::components::{SummaryView, TakeAway};
use crate::ui::hooks::{use_pathway, use_words};
use crate::words::Word;
use yew::prelude::*;

#[derive(Debug, Properties, PartialEq)]
pub struct SharePageProps {
    pub record: Record,
    pub share: ShareChoices,
    pub recipient: Recipient,
    pub incidents: IncidentScope,
    /// Offer the handover record (staff and third-party modes).
    #[prop_or_default]
    pub handover: bool,
    /// Staff mode: the handover record ends with the services of this setting.
    #[prop_or_default]
    pub referrals_for: Option<(Cluster, Health)>,
    pub arrivals: u32,
    pub id_prefix: AttrValue,
    pub dispatch: Callback<WidgetAction>,
}

#[function_component(SharePage)]
pub fn share_page(props: &SharePageProps) -> Html {
    let words = use_words();
    let (recipient, cover, prefix) = (props.recipient, props.incidents, &props.id_prefix);
    let pathway = use_pathway();
    let referrals = props.referrals_for.zip(pathway.as_ref()).map(|((setting, health), pathway)| Referrals { pathway, setting, health });
    let summary = summary(&props.record, &props.share, recipient, cover, &SummaryContext { words, referrals });
    let radio =
        |group: &str, key: &str, label: &str, checked: bool, action: WidgetAction| radio(prefix, group, key, label, checked, action, &props.dispatch);
    let recipients = Recipient::offered(props.handover)
        .iter()
        .enumerate()
        .map(|(n, &r)| radio("for", &n.to_string(), words.get(r.label()), r == recipient, WidgetAction::ShareWith(r)));
    let covers = (props.record.incidents.len() > 1).then(|| {
        let one = props.record.by_date().into_iter().map(|i| {
            radio("cover", &i.to_string(), &incident_name(&words, &props.record, i), cover == IncidentScope::One(i), WidgetAction::Incidents(IncidentScope::One(i)))
        });
        html! {
            <fieldset class="pathway__fieldset">
                <legend class="pathway__label">{words.get(Word::CoverLegend)}</legend>
                {radio("cover", "all", &words.fill(Word::AllIncidents, &[("n", &props.record.incidents.len().to_string())]), cover == IncidentScope::All, WidgetAction::Incidents(IncidentScope::All))}
                { for one }
            </fieldset>
        }
    });
    let answered = answered_fields(&props.record, cover, recipient);
    let ticks = answered.iter().map(|&field| {
        let id = format!("{prefix}-include-{}", field.id);
        let hint_id = format!("{id}-hint");
        let onchange = props.dispatch.reform(move |_: Event| WidgetAction::Tick(recipient, field.id));
        html! {
            <div class="pathway__checkbox">
                <input
                    type="checkbox"
                    id={id.clone()}
                    checked={props.share.includes(recipient, field)}
                    aria-describedby={field.private.then(|| hint_id.clone())}
                    {onchange}
                />
                <label for={id}>{words.field(field.id).label}</label>
                if field.private { <p class="pathway__hint" id={hint_id}>{words.get(Word::PrivateField)}</p> }
            </div>
        }
    });
    html! {
        <section key="share" class="pathway__step" aria-label={words.get(Word::ShareTitle)}>
            <StepHeading title={words.get(Word::ShareTitle)} arrivals={props.arrivals} />
            { for words.paragraphs(Word::ShareIntro).map(|p| html! { <p>{p}</p> }) }
            <fieldset class="pathway__fieldset">
                <legend class="pathway__label">{words.get(Word::RecipientLegend)}</legend>
                { for recipients }
            </fieldset>
            {covers}
            <fieldset class="pathway__fieldset">
                <legend class="pathway__label">{words.get(Word::IncludeLegend)}</legend>
                if answered.is_empty() { <p>{words.get(Word::NothingToTick)}</p> }
                { for ticks }
            </fieldset>
            // Staff and centres: a reminder when this recipient was not agreed to.
            if props.handover && Recipient::OUTSIDE.contains(&recipient) && !agreed(&props.record).contains(&recipient) {
                <p class="pathway__status pathway__status--problem">{words.get(Word::NotAgreed)}</p>
            }
            <h3>{words.get(Word::PreviewHeading)}</h3>
            <SummaryView summary={summary.clone()} />
            <TakeAway text={summary.to_text()} />
            <button type="button" class="pathway__button pathway__button--secondary" onclick={props.dispatch.reform(|_: MouseEvent| WidgetAction::Show(Screen::Record))}>{words.get(Word::BackToRecord)}</button>
        </section>
    }
}
