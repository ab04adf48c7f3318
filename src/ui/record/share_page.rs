//! Choosing what to share: who it is for, which incidents, and a tick for every answered
//! field; then the preview of exactly what will leave, and copy, print or download. Each
//! recipient keeps its own ticks, so the police and a GP can get different summaries.

use super::super::heading::StepHeading;
use super::super::radio::radio;
use super::super::state::{PathwayRef, Screen, WidgetAction};
use super::super::text;
use super::summary_view::SummaryView;
use super::record_page::incident_name;
use super::take_away;
use crate::model::{Cluster, Health};
use crate::plan::referral_list;
use crate::report::share::{agreed, answered_fields, SUMMARY_FILE_NAME};
use crate::report::{summary, Cover, Recipient, Record, ShareChoices};
use yew::prelude::*;

#[derive(Debug, Properties, PartialEq)]
pub struct SharePageProps {
    pub record: Record,
    pub share: ShareChoices,
    pub recipient: Recipient,
    pub cover: Cover,
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
    let status = use_state(|| None::<&'static str>);
    let (recipient, cover, prefix) = (props.recipient, props.cover, &props.id_prefix);
    {
        // A message about the last summary is not about this one.
        let status = status.clone();
        use_effect_with((recipient, cover, props.share.clone()), move |_| status.set(None));
    }
    let pathway = use_context::<PathwayRef>();
    let mut summary = summary(&props.record, &props.share, recipient, cover);
    if let (Recipient::Handover, Some((setting, health)), Some(pathway)) = (recipient, props.referrals_for, pathway) {
        summary.blocks.push(referral_list(&pathway, setting, health, text::referral_heading(setting, health)));
    }
    let radio = |group: &str, key: &str, label: &str, checked: bool, action: WidgetAction| {
        radio(prefix, group, key, label, checked, action, &props.dispatch)
    };
    let recipients = Recipient::offered(props.handover).iter().enumerate().map(|(n, &r)| {
        radio("for", &n.to_string(), r.label(), r == recipient, WidgetAction::ShareWith(r))
    });
    let covers = (props.record.incidents.len() > 1).then(|| {
        let one = props.record.by_date().into_iter().map(|i| {
            radio("cover", &i.to_string(), &incident_name(&props.record, i), cover == Cover::One(i), WidgetAction::Cover(Cover::One(i)))
        });
        html! {
            <fieldset class="pathway__fieldset">
                <legend class="pathway__label">{text::COVER_LEGEND}</legend>
                {radio("cover", "all", &text::all_incidents(props.record.incidents.len()), cover == Cover::All, WidgetAction::Cover(Cover::All))}
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
                <label for={id}>{field.label}</label>
                if field.private { <p class="pathway__hint" id={hint_id}>{text::PRIVATE_FIELD}</p> }
            </div>
        }
    });
    let take = |output: fn(&str, &str) -> Result<(), wasm_bindgen::JsValue>, done: &'static str, failed: &'static str| {
        let (status, text) = (status.clone(), summary.to_text());
        Callback::from(move |_: MouseEvent| status.set(Some(if output(SUMMARY_FILE_NAME, &text).is_ok() { done } else { failed })))
    };
    let copy = {
        let (status, text) = (status.clone(), summary.to_text());
        Callback::from(move |_: MouseEvent| {
            let (status, text) = (status.clone(), text.clone());
            wasm_bindgen_futures::spawn_local(async move {
                status.set(Some(if take_away::copy(&text).await.is_ok() { text::COPIED } else { text::COPY_FAILED }));
            });
        })
    };
    let print = take(|_, _| take_away::print(), text::PRINTED, text::PRINT_FAILED);
    let download = take(|name, text| take_away::download(name, "text/plain;charset=utf-8", text), text::DOWNLOADED, text::DOWNLOAD_FAILED);
    html! {
        <section key="share" class="pathway__step" aria-label={text::SHARE_TITLE}>
            <StepHeading title={text::SHARE_TITLE} arrivals={props.arrivals} />
            { for text::SHARE_INTRO.iter().map(|p| html! { <p>{*p}</p> }) }
            <fieldset class="pathway__fieldset">
                <legend class="pathway__label">{text::RECIPIENT_LEGEND}</legend>
                { for recipients }
            </fieldset>
            {covers}
            <fieldset class="pathway__fieldset">
                <legend class="pathway__label">{text::INCLUDE_LEGEND}</legend>
                if answered.is_empty() { <p>{text::NOTHING_TO_TICK}</p> }
                { for ticks }
            </fieldset>
            // Staff and centres: a reminder when this recipient was not agreed to.
            if props.handover && Recipient::OUTSIDE.contains(&recipient) && !agreed(&props.record).contains(&recipient) {
                <p class="pathway__status pathway__status--problem">{text::NOT_AGREED}</p>
            }
            <h3>{text::PREVIEW_HEADING}</h3>
            <SummaryView summary={summary.clone()} />
            <div class="pathway__actions">
                <button type="button" class="pathway__button" onclick={copy}>{text::COPY}</button>
                <button type="button" class="pathway__button" onclick={print}>{text::PRINT}</button>
                <button type="button" class="pathway__button" onclick={download}>{text::DOWNLOAD}</button>
            </div>
            <p class="pathway__status" role="status">{*status}</p>
            <button type="button" class="pathway__button pathway__button--secondary" onclick={props.dispatch.reform(|_: MouseEvent| WidgetAction::Show(Screen::Record))}>{text::BACK_TO_RECORD}</button>
        </section>
    }
}
