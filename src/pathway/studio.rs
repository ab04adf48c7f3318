//! What the studio (`dist/studio.html`, docs/DATA.md) shows for an author's files, as
//! JSON for its page to draw: every problem `pathway-check` would print (file, JSON path,
//! message, fix), whether the files add to the built-in pathway, and the pathway itself
//! as a picture needs it: each step with its kind, whether it can be reached and can reach
//! a plan, and its ways on (each answer, with its label, and a plain "continue"); each
//! route with which of the six ways it has contacts for; each service with its point of
//! entry, health and areas. Files that do not parse give their problems and no picture.

use super::graph::StepGraph;
use super::load::{adds_to_default, load, DataFile};
use super::model::{Pathway, StepKind, WayKind};
use super::validate::load_valid;
use super::{Problem, DEFAULT_FILES};
use serde_json::{json, Value};

/// The studio's view of `files`: `{ adds, problems, pathway }` (`pathway` is `null` when
/// the files do not parse into one).
pub fn studio_view(files: &[DataFile<'_>]) -> Value {
    let adds = adds_to_default(files);
    let all: Vec<DataFile<'_>> = if adds { DEFAULT_FILES.iter().copied().chain(files.iter().copied()).collect() } else { files.to_vec() };
    let problems = load_valid(&all).err().unwrap_or_default();
    let pathway = load(&all).ok().map(|loaded| picture(&loaded.pathway));
    json!({ "adds": adds, "problems": problems.iter().map(problem).collect::<Vec<_>>(), "pathway": pathway })
}

fn problem(p: &Problem) -> Value {
    json!({ "file": p.file, "path": p.path, "message": p.message, "fix": p.fix })
}

fn picture(pathway: &Pathway) -> Value {
    let graph = StepGraph::new(pathway);
    let start = pathway.steps.iter().position(|s| s.id == pathway.meta.start);
    let reached = start.map_or_else(|| vec![false; pathway.steps.len()], |s| graph.reachable_from(s));
    let finishing = graph.can_reach_plan(pathway);
    let steps: Vec<Value> = pathway
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let answers = step.choices.iter().filter_map(|c| c.next.as_ref().map(|next| json!({ "label": c.label, "to": next })));
            let on = step.next.iter().map(|next| json!({ "label": "", "to": next }));
            let branches = step.branches.iter().map(|b| json!({ "label": format!("if {}", b.when_any.join(" or ")), "to": b.next }));
            json!({
                "id": step.id,
                "title": step.title,
                "kind": step.kind.key(),
                "plan": step.kind == StepKind::Plan,
                "reached": reached.get(i).copied().unwrap_or(false),
                "finishes": finishing.get(i).copied().unwrap_or(false),
                "next": answers.chain(branches).chain(on).collect::<Vec<_>>(),
            })
        })
        .collect();
    let routes: Vec<Value> = pathway
        .routes
        .iter()
        .map(|route| {
            let ways: Vec<Value> = WayKind::ALL
                .iter()
                .map(|&how| {
                    let contacts = route.ways.iter().filter(|w| w.how == how).map(|w| w.contacts.len()).sum::<usize>();
                    json!({ "how": how.key(), "given": route.ways.iter().any(|w| w.how == how), "contacts": contacts })
                })
                .collect();
            json!({ "id": route.id, "title": route.title, "ways": ways })
        })
        .collect();
    let services: Vec<Value> = pathway
        .services
        .iter()
        .map(|s| {
            json!({
                "id": s.id, "name": s.name, "kind": s.kind.key(), "cluster": s.cluster.map(|c| c.key()),
                "health": s.health.iter().map(|h| h.key()).collect::<Vec<_>>(), "areas": s.areas,
            })
        })
        .collect();
    let areas: Vec<Value> = pathway.meta.areas.iter().map(|a| json!({ "id": a.id, "name": a.name })).collect();
    json!({ "title": pathway.meta.title, "start": pathway.meta.start, "steps": steps, "routes": routes, "services": services, "areas": areas })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_pathway_is_drawn_whole_and_a_broken_file_gives_its_problems_at_their_paths() {
        let view = studio_view(&DEFAULT_FILES);
        assert_eq!(view["problems"], json!([]));
        let steps = view["pathway"]["steps"].as_array().unwrap();
        assert_eq!(steps.len(), 11);
        assert!(steps.iter().all(|s| s["reached"] == json!(true) && s["finishes"] == json!(true)), "the default has no unreachable step or dead end");
        let who = steps.iter().find(|s| s["id"] == "who").unwrap();
        assert!(who["next"].as_array().unwrap().iter().any(|n| n["label"] == "It happened to me"), "answers are labelled arrows");
        assert_eq!(view["pathway"]["routes"][0]["ways"].as_array().unwrap().len(), 6, "six ways");

        let broken = r#"{"meta": {"title": "T", "area": "A", "start": "a", "emergency": []},
            "steps": [{"id": "a", "kind": "info", "title": "A", "next": "nowhere"}, {"id": "b", "kind": "plan", "title": "B"}]}"#;
        let view = studio_view(&[DataFile { name: "mine.json", text: broken }]);
        assert_eq!(view["adds"], json!(false));
        let problems = view["problems"].as_array().unwrap();
        assert!(problems.iter().any(|p| p["file"] == "mine.json" && p["path"] == "steps[0].next"), "{problems:?}");
        let steps = view["pathway"]["steps"].as_array().unwrap();
        assert_eq!((steps[1]["reached"].clone(), steps[0]["finishes"].clone()), (json!(false), json!(false)), "unreachable, and a dead end");
        let view = studio_view(&[DataFile { name: "bad.json", text: "{" }]);
        assert_eq!(view["pathway"], Value::Null);
        assert_eq!(view["problems"][0]["file"], "bad.json");
    }
}
