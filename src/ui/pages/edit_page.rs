//! Filling in one part of the record: the questions about the person, or those about one
//! incident, section by section. Every answer is kept as it is typed; "Done" returns to
//! the record. An incident can be removed, after a second click to confirm; focus goes to
//! the question and back to the button, so keyboard users never lose their place.

use crate::report::{Edit, Part, Record};
use crate::report::{Scope, FORM};
use crate::session::{Screen, WidgetAction};
use crate::ui::components::FieldInput;
use crate::ui::components::StepHeading;
use crate::ui::hooks::use_words;
use crate::words::Word;
use yew::prelude::*;

#[derive(Debug, Properties, PartialEq)]
pub struct EditPageProps {
    pub record: Record,
    pub part: Part,
    /// Also ask the handover questions (staff and third-party modes).
    #[prop_or_default]
    pub handover: bool,
    pub arrivals: u32,
    pub id_prefix: AttrValue,
    pub dispatch: Callback<WidgetAction>,
}

#[function_component(EditPage)]
pub fn edit_page(props: &EditPageProps) -> Html {
    let words = use_words();
    let confirming = use_state(|| false);
    let (remove_button, question) = (use_node_ref(), use_node_ref());
    {
        let (remove_button, question) = (remove_button.clone(), question.clone());
        let asked = use_mut_ref(|| false);
        use_effect_with(*confirming, move |&confirming| {
            let target = if confirming { Some(&question) } else { asked.borrow().then_some(&remove_button) };
            if let Some(element) = target.and_then(|node| node.cast::<web_sys::HtmlElement>()) {
                let _ = element.focus();
            }
            *asked.borrow_mut() |= confirming;
        });
    }
    let Some(answers) = props.record.answers(props.part) else {
        return html! {};
    };
    let (scope, title, key) = match props.part {
        Part::About => (Scope::Person, words.get(Word::EditAbout).to_string(), "about".to_string()),
        Part::Incident(i) => (Scope::Incident, words.incident_title(props.record.date_position(i)), format!("incident-{i}")),
    };
    let on_edit = props.dispatch.reform(WidgetAction::Edit);
    let asked = |s: Scope| s == scope || (props.handover && scope == Scope::Person && s == Scope::Staff);
    let sections = FORM.iter().filter(|s| asked(s.scope)).map(|section| {
        let fields = section.fields.iter().map(|field| {
            html! {
                <FieldInput
                    {field}
                    part={props.part}
                    answer={answers.get(field.id).cloned()}
                    id={format!("{}-{key}-{}", props.id_prefix, field.id)}
                    on_edit={on_edit.clone()}
                />
            }
        });
        html! { <div class="pathway__section"><h3>{words.section(section.id)}</h3>{ for fields }</div> }
    });
    let done = props.dispatch.reform(|_: MouseEvent| WidgetAction::Show(Screen::Record));
    let remove = match props.part {
        Part::About => html! {},
        Part::Incident(_) if !*confirming => {
            let confirming = confirming.clone();
            html! { <button type="button" class="pathway__button pathway__button--secondary" ref={remove_button.clone()} onclick={move |_| confirming.set(true)}>{words.get(Word::RemoveIncident)}</button> }
        }
        Part::Incident(i) => html! {
            <div class="pathway__confirm" role="group" aria-label={words.get(Word::RemoveIncident)}>
                <p tabindex="-1" ref={question.clone()}>{words.get(Word::RemoveConfirm)}</p>
                <button type="button" class="pathway__button pathway__button--warning" onclick={props.dispatch.reform(move |_: MouseEvent| WidgetAction::Edit(Edit::RemoveIncident(i)))}>{words.get(Word::RemoveYes)}</button>
                <button type="button" class="pathway__button pathway__button--secondary" onclick={{ let confirming = confirming.clone(); move |_| confirming.set(false) }}>{words.get(Word::RemoveNo)}</button>
            </div>
        },
    };
    html! {
        <section key={key.clone()} class="pathway__step" aria-label={title.clone()}>
            <StepHeading title={title} arrivals={props.arrivals} />
            <p>{words.get(Word::EditIntro)}</p>
            { for sections }
            <button type="button" class="pathway__button" onclick={done}>{words.get(Word::Done)}</button>
            {remove}
        </section>
    }
}
