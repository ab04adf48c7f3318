//! One idea of the text: as it is, or in Easy Read, each line with its picture beside it
//! (picture first, then the words). The picture is found by the line's text in the Easy
//! Read pack, so a component only says which text is an idea. Lines with no picture (a
//! text Easy Read leaves as the English) stay plain. Each picture is drawn inline, element
//! by element (it came with the pack, as a tree, never as markup), and has its alt text,
//! except inside a control, whose name is its words.

use crate::ui::hooks::use_easy_read;
use serde_json::Value;
use yew::prelude::*;
use yew::virtual_dom::VTag;

/// The SVG elements a picture may have: shapes and groups, nothing that runs, links or styles.
const ELEMENTS: [&str; 9] = ["svg", "g", "path", "rect", "ellipse", "circle", "line", "polyline", "polygon"];

/// The attributes they may have: geometry and paint (never an `on…` handler, a link or a
/// style), and the root's own.
const ATTRIBUTES: [&str; 24] = [
    "viewBox",
    "width",
    "height",
    "focusable",
    "aria-hidden",
    "d",
    "fill",
    "fill-rule",
    "clip-rule",
    "fill-opacity",
    "opacity",
    "stroke",
    "stroke-width",
    "stroke-linecap",
    "stroke-linejoin",
    "transform",
    "x",
    "y",
    "rx",
    "ry",
    "cx",
    "cy",
    "r",
    "points",
];

/// A picture's tree (`[tag, {attributes}, [children]]`) as yew nodes; an element not in
/// [`ELEMENTS`], or an attribute not in [`ATTRIBUTES`], is left out.
fn drawn(node: &Value) -> Html {
    let Some([Value::String(tag), Value::Object(attributes), rest @ ..]) = node.as_array().map(Vec::as_slice) else { return Html::default() };
    if !ELEMENTS.contains(&tag.as_str()) {
        return Html::default();
    }
    let mut element = VTag::new(AttrValue::from(tag.clone()));
    for (name, value) in attributes {
        if let (Some(name), Some(value)) = (ATTRIBUTES.iter().find(|a| *a == name), value.as_str()) {
            element.add_attribute(name, value.to_string());
        }
    }
    if let Some(Value::Array(children)) = rest.first() {
        element.add_children(children.iter().map(drawn));
    }
    element.into()
}

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
    let last = lines.len().saturating_sub(1);
    lines
        .into_iter()
        .enumerate()
        .map(|(at, line)| match pictures.beside(line) {
            Some(picture) => html! {
                <span class="pathway__idea">
                    if props.in_control {
                        <span class="pathway__picture" aria-hidden="true">{drawn(&picture.svg)}</span>
                    } else {
                        <span class="pathway__picture" role="img" aria-label={picture.alt.clone()}>{drawn(&picture.svg)}</span>
                    }
                    <span>{shown(line)}</span>
                </span>
            },
            // A line with no picture (a text left as the English) runs on into the next.
            None => html! { <>{shown(line)}if at < last { {" "} }</> },
        })
        .collect()
}
