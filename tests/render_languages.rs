//! The widget in another language, rendered natively: the root marked with the pack's
//! `lang` and `dir`, the pathway's and the widget's words from the pack, the line that
//! the translation is not yet checked with the way back to English, and the start
//! screen's languages, each in its own script and marked as such.
#![cfg(feature = "ssr")]

mod common;

use pathway_widget::host::LANGUAGES;
use pathway_widget::language::{Direction, LanguagePack, PackMeta};
use pathway_widget::pathway::DEFAULT_FILES;
use pathway_widget::ui::AppProps;
use pathway_widget::words::Words;
use pathway_widget::{load_valid, Action, Journey};
use std::collections::HashMap;
use std::rc::Rc;

fn urdu() -> LanguagePack {
    let words = HashMap::from([("exit".to_string(), "یہ صفحہ چھوڑیں".to_string()), ("continue".to_string(), "آگے".to_string())]);
    LanguagePack {
        meta: PackMeta {
            code: "ur".into(),
            name: "اردو".into(),
            english_name: "Urdu".into(),
            dir: Direction::RightToLeft,
            translated_by: "the test".into(),
            reviewed: false,
            unreviewed: "اس ترجمے کی ابھی جانچ نہیں ہوئی۔".into(),
            easy_read: false,
        },
        words: Words::replaced_by(words),
        pathway: HashMap::from([("step.who.title".to_string(), "یہ کس کے بارے میں ہے؟".to_string())]),
        pictures: Default::default(),
    }
}

/// Easy Read, as the widget reads its pack: two lines for the who step's intro, each with
/// its picture, and a picture for one answer.
fn easy_read() -> LanguagePack {
    let pack = serde_json::json!({
        "language": { "code": "en-x-easyread", "name": "Easy Read", "english_name": "Easy Read English", "dir": "ltr", "easy_read": true,
                      "translated_by": "the test", "reviewed": false, "unreviewed": "Not checked yet." },
        "widget": {},
        "pathway": { "step.who.intro.0": "This helps us.\nWe show the right things.", "step.who.choice.me.label": "It happened to me" },
        "pictures": { "pathway": { "step.who.intro.0": "information light-bulb", "step.who.choice.me.label": "person-raising-hand" } },
        "picture_alt": { "information": "The letter i", "light-bulb": "A light bulb", "person-raising-hand": "A person with a hand up" },
        "picture_svg": {
            "information": ["svg", { "viewBox": "0 0 32 32" }, [["path", { "d": "M1 1", "onclick": "x()" }, []], ["script", {}, []]]],
            "light-bulb": ["svg", { "viewBox": "0 0 32 32" }, [["rect", { "width": "2", "style": "x" }, []]]],
            "person-raising-hand": ["svg", { "viewBox": "0 0 32 32" }, [["g", {}, [["ellipse", { "rx": "3" }, []]]]]]
        }
    });
    pathway_widget::language::read_checked_pack(&pack.to_string()).expect("a pack")
}

fn render(language: Option<LanguagePack>, at_who: bool) -> String {
    common::render(move || {
        let pathway = load_valid(&DEFAULT_FILES).expect("valid default data");
        let mut journey = Journey::start(&pathway);
        if at_who {
            journey.apply(&pathway, Action::Continue).expect("start continues");
        }
        AppProps { language: language.map(Rc::new), offered: LANGUAGES.iter().collect(), ..common::props(pathway, Some(journey)) }
    })
}

#[test]
fn the_start_screen_offers_each_language_in_its_own_words() {
    let html = render(None, false);
    assert!(html.starts_with(r#"<div lang="en" dir="ltr" class="pathway">"#), "{}", &html[..200]);
    assert!(html.contains("Read this in another language"));
    for language in LANGUAGES {
        let dir = if language.right_to_left { "rtl" } else { "ltr" };
        assert!(
            html.contains(&format!(r#"lang="{}" dir="{dir}""#, language.code)) && html.contains(&format!(">{}</button>", language.name)),
            "{}",
            language.code
        );
    }
    assert!(!html.contains(">English</button>"), "English is showing already");
    let later = render(None, true);
    assert!(later.contains(r#"<summary class="pathway__details-summary">Read this in another language"#), "later, a disclosure away");
    assert!(later.find("Read this in another language") > later.find("</nav>"), "after the journey's buttons");
}

#[test]
fn a_pack_sets_the_language_direction_and_words_and_says_it_is_not_yet_checked() {
    let html = render(Some(urdu()), true);
    assert!(html.starts_with(r#"<div lang="ur" dir="rtl" class="pathway">"#), "{}", &html[..200]);
    assert!(html.contains("یہ صفحہ چھوڑیں"), "the widget's words");
    assert!(html.contains("یہ کس کے بارے میں ہے؟"), "the pathway's words");
    assert!(html.contains("It happened to me"), "what the pack does not give stays English");
    assert!(html.contains(r#"<p class="pathway__unreviewed">اس ترجمے کی ابھی جانچ نہیں ہوئی۔<button type="button" lang="en" dir="ltr" class="pathway__button pathway__button--secondary">English</button></p>"#), "{html}");
    let at_start = render(Some(urdu()), false);
    assert!(!at_start.contains(">اردو</button>") && at_start.contains(r#">English</button></li>"#), "the start offers English back, not Urdu again");
}

#[test]
fn easy_read_is_larger_and_puts_a_picture_with_its_alt_text_beside_each_idea() {
    let html = render(Some(easy_read()), true);
    assert!(html.starts_with(r#"<div lang="en-x-easyread" dir="ltr" class="pathway pathway--easy-read">"#), "{}", &html[..200]);
    let idea = |svg: &str, alt: &str, text: &str| {
        format!(r#"<span class="pathway__idea"><span role="img" aria-label="{alt}" class="pathway__picture">{svg}</span><span>{text}</span></span>"#)
    };
    let intro = format!(
        "<p>{}{}</p>",
        idea(r#"<svg viewBox="0 0 32 32"><path d="M1 1"></path></svg>"#, "The letter i", "This helps us."),
        idea(r#"<svg viewBox="0 0 32 32"><rect width="2"></rect></svg>"#, "A light bulb", "We show the right things.")
    );
    assert!(html.contains(&intro), "{html}");
    assert!(!html.contains("onclick") && !html.contains("script") && !html.contains("style="), "nothing that runs or styles");
    let answer = r#"<span class="pathway__idea"><span aria-hidden="true" class="pathway__picture"><svg viewBox="0 0 32 32"><g><ellipse rx="3"></ellipse></g></svg></span><span>It happened to me</span></span>"#;
    assert!(html.contains(answer), "inside a button the picture adds nothing to its name: {html}");
    assert!(!render(None, true).contains("pathway__picture"), "no pictures outside Easy Read");
}
