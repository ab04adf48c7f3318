//! One question of the report form, as the input its kind needs: a text box, a text area,
//! a date, radios or checkboxes. Every field is optional and never autocompleted, so the
//! browser keeps no copy of what is typed, and spelling and writing help is off (Chrome's
//! enhanced spell check, Edge's Microsoft Editor and Grammarly-type extensions send what is
//! typed to their servers): docs/PRIVACY.md, rule 4.

use crate::report::{Edit, Field, FieldAnswer, Kind, Part};
use crate::ui::hooks::use_words;
use crate::words::{FieldWords, Word, Words};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FieldInputProps {
    pub field: &'static Field,
    pub part: Part,
    pub answer: Option<FieldAnswer>,
    /// Unique per widget and part, for labels and hints.
    pub id: AttrValue,
    pub on_edit: Callback<Edit>,
}

#[function_component(FieldInput)]
pub fn field_input(props: &FieldInputProps) -> Html {
    let words = use_words();
    let (field, part, id) = (props.field, props.part, props.id.clone());
    let said = words.field(field.id);
    let hint_id = format!("{id}-hint");
    let hint = said.hint.map(|hint| html! { <p class="pathway__hint" id={hint_id.clone()}>{hint}</p> });
    let described = said.hint.map(|_| hint_id.clone());
    let text = match &props.answer {
        Some(FieldAnswer::Text(text)) => text.clone(),
        _ => String::new(),
    };
    let set_text = move |text: String| Edit::Text { part, field: field.id, text };
    match field.kind {
        Kind::Line | Kind::Date => {
            let oninput = props.on_edit.reform(move |e: InputEvent| set_text(e.target_unchecked_into::<HtmlInputElement>().value()));
            let kind = if field.kind == Kind::Date { "date" } else { "text" };
            html! {
                <div class="pathway__field">
                    <label class="pathway__label" for={id.clone()}>{said.label}</label>
                    {hint}
                    <input class="pathway__input" type={kind} {id} value={text} autocomplete="off" spellcheck="false" autocorrect="off" writingsuggestions="false" data-gramm="false" data-gramm_editor="false" data-enable-grammarly="false" aria-describedby={described} {oninput} />
                </div>
            }
        }
        Kind::Lines => {
            let oninput = props.on_edit.reform(move |e: InputEvent| set_text(e.target_unchecked_into::<HtmlTextAreaElement>().value()));
            html! {
                <div class="pathway__field">
                    <label class="pathway__label" for={id.clone()}>{said.label}</label>
                    {hint}
                    <textarea class="pathway__input" rows="4" {id} value={text} autocomplete="off" spellcheck="false" autocorrect="off" writingsuggestions="false" data-gramm="false" data-gramm_editor="false" data-enable-grammarly="false" aria-describedby={described} {oninput} />
                </div>
            }
        }
        Kind::One(_) => options_group(props, &words, &said, "radio", hint, described),
        Kind::Many(_) => options_group(props, &words, &said, "checkbox", hint, described),
    }
}

/// Radios or checkboxes in a fieldset whose legend is the question.
fn options_group(
    props: &FieldInputProps,
    words: &Words,
    said: &FieldWords,
    kind: &'static str,
    hint: Option<Html>,
    described: Option<String>,
) -> Html {
    let (field, part) = (props.field, props.part);
    let picked = |i: usize| matches!(&props.answer, Some(FieldAnswer::Picks(p)) if p.contains(&i));
    let items = said.options.iter().enumerate().map(|(option, label)| {
        let input_id = format!("{}-{option}", props.id);
        let onchange = props.on_edit.reform(move |_: Event| Edit::Pick { part, field: field.id, option });
        html! {
            <div class="pathway__checkbox">
                <input type={kind} id={input_id.clone()} name={props.id.clone()} checked={picked(option)} {onchange} />
                <label for={input_id}>{*label}</label>
            </div>
        }
    });
    let clear = props.on_edit.reform(move |_: MouseEvent| Edit::Clear { part, field: field.id });
    html! {
        <fieldset class="pathway__fieldset pathway__field" aria-describedby={described}>
            <legend class="pathway__label">{said.label}</legend>
            {hint}
            { for items }
            // A picked radio cannot be unpicked, so every answer can be taken back here.
            if props.answer.is_some() {
                <button type="button" class="pathway__button pathway__button--secondary pathway__button--small" onclick={clear}>
                    {words.get(Word::ClearAnswer)}<span class="pathway__visually-hidden">{format!(": {}", said.label)}</span>
                </button>
            }
        </fieldset>
    }
}
