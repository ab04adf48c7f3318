//! Training mode: the list of practice cases, and one case at a time: the situation, each
//! question with its answers, feedback on the answer picked (announced, with focus left on
//! it), and at the end a score the staff member keeps to themselves. Focus goes to the case
//! title when it opens, then to each new question and to the result.

use super::super::heading::StepHeading;
use super::super::state::{PathwayRef, Practice, WidgetAction};
use super::super::text;
use crate::training::Attempt;
use yew::prelude::*;

#[derive(Debug, Properties, PartialEq)]
pub struct TrainingPageProps {
    pub attempt: Option<Attempt>,
    pub arrivals: u32,
    pub dispatch: Callback<WidgetAction>,
}

#[function_component(TrainingPage)]
pub fn training_page(props: &TrainingPageProps) -> Html {
    let pathway = use_context::<PathwayRef>().expect("App provides the pathway");
    let practice = |p: Practice| props.dispatch.reform(move |_: MouseEvent| WidgetAction::Practice(p));
    let Some(attempt) = &props.attempt else {
        let cases = pathway.scenarios.iter().enumerate().map(|(i, case)| {
            html! {
                <li>
                    <button type="button" class="pathway__choice" onclick={practice(Practice::Open(i))}>{&case.title}</button>
                    <p class="pathway__hint">{text::setting_label(case.setting)}{" · "}{text::health_label(case.health)}</p>
                </li>
            }
        });
        return html! {
            <section key="cases" class="pathway__step" aria-label={text::TRAINING_TITLE}>
                <StepHeading title={text::TRAINING_TITLE} arrivals={props.arrivals} />
                { for text::TRAINING_INTRO.iter().map(|p| html! { <p>{*p}</p> }) }
                if pathway.scenarios.is_empty() { <p>{text::NO_CASES}</p> }
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
                        <strong>{if answer.best { text::BEST_ANSWER } else { text::NOT_BEST_ANSWER }}</strong>
                        {" "}{&answer.feedback}
                    </>
                }
            });
            let last = attempt.question + 1 == case.questions.len();
            html! {
                <>
                    {part_heading(text::question_of(attempt.question + 1, case.questions.len()))}
                    <p class="pathway__label">{&question.prompt}</p>
                    <ul class="pathway__choices" role="list">{ for answers }</ul>
                    <p class={classes!("pathway__feedback", feedback.is_some().then_some("pathway__feedback--shown"))} role="status">{feedback}</p>
                    if shown.is_some() {
                        <button type="button" class="pathway__button" onclick={practice(Practice::Next)}>
                            {if last { text::FINISH_CASE } else { text::NEXT_QUESTION }}
                        </button>
                    }
                </>
            }
        }
        None => {
            let (best, of) = attempt.score(case);
            html! { <>{part_heading(text::CASE_DONE.to_string())}<p>{text::score(best, of)}</p></> }
        }
    };
    html! {
        <section key={format!("case-{}", attempt.scenario)} class="pathway__step" aria-label={case.title.clone()}>
            if opening {
                <StepHeading title={case.title.clone()} arrivals={props.arrivals} />
            } else {
                <h2 class="pathway__heading">{&case.title}</h2>
            }
            <p class="pathway__hint">{text::setting_label(case.setting)}{" · "}{text::health_label(case.health)}</p>
            { for case.situation.iter().map(|p| html! { <p>{p}</p> }) }
            {body}
            <button type="button" class="pathway__button pathway__button--secondary" onclick={practice(Practice::List)}>{text::BACK_TO_CASES}</button>
        </section>
    }
}
