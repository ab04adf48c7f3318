//! One idea of the text: as it is, or in Easy Read, each line with its picture beside it
//! (picture first, then the words). The picture is found by the line's text in the Easy
//! Read pack, so a component only says which text is an idea. Lines with no picture (a
//! text Easy Read leaves as the English) stay plain. Each picture is drawn inline (it came
//! with the pack) and has its alt text, except inside a control, whose name is its words.

use crate::ui::hooks::use_easy_read;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct IdeaProps {
    pub text: AttrValue,
    /// What to show instead of the text, beside the picture of the text's first line (a
    /// contact's line, found by its label; a text with its `{placeholders}` filled in, found
    /// by the text as the pack has it).
    #[prop_or_default]
    pub children: Html,
    /// Inside a button or a label: the picture is left out of the control's name, which is
    /// its words (a screen reader would otherwise say the picture before every answer).
    #[prop_or_default]
    pub in_control: bool,
}

#[function_component(Idea)]
pub fn idea(props: &IdeaProps) -> Html {
    let easy_read = use_easy_read();
    let shown = |text: &str| {
        if props.children == Html::default() {
            html! { {text.to_string()} }
        } else {
            props.children.clone()
        }
    };
    let Some(pictures) = easy_read.as_ref().map(|pack| &pack.pictures) else { return shown(&props.text) };
    // Children stand for the whole text; a text's lines are each an idea.
    let lines: Vec<&str> =
        if props.children == Html::default() { props.text.split('\n').collect() } else { props.text.split('\n').take(1).collect() };
    lines
        .into_iter()
        .map(|line| match pictures.beside(line) {
            // The picture's SVG is the build's, from the picture set (never data or input).
            Some(picture) => html! {
                <span class="pathway__idea">
                    if props.in_control {
                        <span class="pathway__picture" aria-hidden="true">{Html::from_html_unchecked(picture.svg.clone().into())}</span>
                    } else {
                        <span class="pathway__picture" role="img" aria-label={picture.alt.clone()}>{Html::from_html_unchecked(picture.svg.clone().into())}</span>
                    }
                    <span>{shown(line)}</span>
                </span>
            },
            None => html! { <>{shown(line)}{" "}</> },
        })
        .collect()
}
