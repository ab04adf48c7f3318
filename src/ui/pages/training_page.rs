//! Training mode: the list of practice cases, and one case at a time: the situation, each
//! question with its answers, feedback on the answer picked (announced, with focus left on
//! it), and at the end a score the staff member keeps to themselves. Focus goes to the case
//! title when it opens, then to each new question and to the result.

use crate::session::{Practice, WidgetAction};
use crate::staff::Attempt;
use crate::ui::components::StepHeading;
use crate::ui::hooks::{use_pathway, use_words};
use crate::words::Word;
use yew::prelude::*;

#[derive(Debug, Properties, PartialEq)]
pub struct TrainingPageProps {
    pub attempt: Option<Attempt>,
    pub arrivals: u32,
    pub dispatch: Callback<WidgetAction>,
}

#[function_component(TrainingPage)]
pub fn training_page(props: &TrainingPageProps) -> Html {
    let words = use_words();
    let pathway = use_pathway().expect("App provides the pathway");
    let practice = |p: Practice| props.dispatch.reform(move |_: MouseEvent| WidgetAction::Practice(p));
    let Some(attempt) = &props.attempt else {
        let cases = pathway.scenarios.iter().enumerate().map(|(i, case)| {
            html! {
                <li>
                    <button type="button" class="pathway__choice" onclick={practice(Practice::Open(i))}>{&case.title}</button>
                    <p class="pathway__hint">{words.setting(case.setting)}{" · "}{words.health(case.health)}</p>
                </li>
            }
        });
        return html! {
            <section key="cases" class="pathway__step" aria-label={words.get(Word::TrainingTitle)}>
                <StepHeading title={words.get(Word::TrainingTitle)} arrivals={props.arrivals} />
                { for words.paragraphs(Word::TrainingIntro).map(|p| html! { <p>{p}</p> }) }
                if pathway.scenarios.is_empty() { <p>{words.get(Word::NoCases)}</p> }
                <ul class="pathway__choices" role="list">{ for cases }</ul>
            </section>
        };
    };
    let Some(case) = pathway.scenarios.get(attempt.scenario) else { return html! {} };
    // The case title takes focus when the case opens; each later question, and the result,
    // take it as they come.
    let opening = attempt.question == 0;
    let part_heading = |title: String| {
        if opening {
            html! { <h3>{title}</h3> }
        } else {
            html! { <StepHeading title={title} arrivals={props.arrivals} level={3} /> }
        }
    };
    let body = match case.questions.get(attempt.question) {
        Some(question) => {
            let shown = attempt.shown;
            let answers = question.answers.iter().enumerate().map(|(i, answer)| {
                html! {
                    <li>
                        <button type="button" class="pathway__choice" aria-pressed={if shown == Some(i) { "true" } else { "false" }} onclick={practice(Practice::Pick(i))}>
                            {&answer.label}
                        </button>
                    </li>
                }
            });
            let feedback = shown.map(|i| &question.answers[i]).map(|answer| {
                html! {
                    <>
                        <strong>{if answer.best { words.get(Word::BestAnswer) } else { words.get(Word::NotBestAnswer) }}</strong>
                        {" "}{&answer.feedback}
                    </>
                }
            });
            let last = attempt.question + 1 == case.questions.len();
            html! {
                <>
                    {part_heading(words.fill(Word::QuestionOf, &[("n", &(attempt.question + 1).to_string()), ("total", &case.questions.len().to_string())]))}
                    <p class="pathway__label">{&question.prompt}</p>
                    <ul class="pathway__choices" role="list">{ for answers }</ul>
                    <p class={classes!("pathway__feedback", feedback.is_some().then_some("pathway__feedback--shown"))} role="status">{feedback}</p>
                    if shown.is_some() {
                        <button type="button" class="pathway__button" onclick={practice(Practice::Next)}>
                            {if last { words.get(Word::FinishCase) } else { words.get(Word::NextQuestion) }}
                        </button>
                    }
                </>
            }
        }
        None => {
            let (best, of) = attempt.score(case);
            html! { <>{part_heading(words.get(Word::CaseDone).to_string())}<p>{words.fill(Word::Score, &[("best", &best.to_string()), ("of", &of.to_string())])}</p></> }
        }
    };
    html! {
        <section key={format!("case-{}", attempt.scenario)} class="pathway__step" aria-label={case.title.clone()}>
            if opening {
                <StepHeading title={case.title.clone()} arrivals={props.arrivals} />
            } else {
                <h2 class="pathway__heading">{&case.title}</h2>
            }
            <p class="pathway__hint">{words.setting(case.setting)}{" · "}{words.health(case.health)}</p>
            { for case.situation.iter().map(|p| html! { <p>{p}</p> }) }
            {body}
            <button type="button" class="pathway__button pathway__button--secondary" onclick={practice(Practice::List)}>{words.get(Word::BackToCases)}</button>
        </section>
    }
}
