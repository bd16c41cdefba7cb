//! Assessment plans: the built-in presets, a clinic's own plan, per-patient
//! overrides, and the required items a plan sets.

use pain_assessment::care::plan::{builtin, builtin_ids};
use pain_assessment::engine::Problem;
use pain_assessment::output::{build, Meta};
use pain_assessment::{Action, Category, Options, Session};
use serde_json::json;

fn resolve(value: serde_json::Value) -> Result<pain_assessment::Config, pain_assessment::Error> {
    Options::from_json(&value.to_string()).and_then(Options::resolve)
}

fn ids(config: &pain_assessment::Config) -> Vec<&str> {
    config.instruments.iter().map(|i| i.id.as_str()).collect()
}

#[test]
fn every_built_in_plan_runs_without_licensed_text() {
    let expected = [
        ("intake", vec!["bodymap", "nrs11", "nhis_pain", "rand36", "phq9", "gad7"]),
        ("pre-procedure", vec!["nrs11", "bodymap"]),
        ("post-procedure", vec!["nrs11", "pgic", "bodymap"]),
        ("review", vec!["nrs11", "pgic", "bodymap", "phq9", "gad7"]),
        ("block-diary", vec!["diary"]),
    ];
    assert_eq!(builtin_ids().collect::<Vec<_>>(), expected.iter().map(|(id, _)| *id).collect::<Vec<_>>());
    for (id, instruments) in expected {
        let config = resolve(json!({ "plan": id })).unwrap();
        assert_eq!(ids(&config), instruments, "{id}");
        assert_eq!(config.plan.as_deref(), Some(id));
        assert!(!builtin(id).unwrap().title.is_empty());
    }
}

#[test]
fn a_patients_overrides_remove_and_add() {
    let config = resolve(json!({ "plan": "review", "planOverrides": { "remove": ["phq9", "gad7"], "add": [{ "instrument": "vas" }] } })).unwrap();
    assert_eq!(ids(&config), ["nrs11", "pgic", "bodymap", "vas"]);
    let options = Options::from_json(&json!({ "plan": "intake", "planOverrides": { "add": [{ "instrument": "peg" }] } }).to_string()).unwrap();
    assert_eq!(options.builtins_wanted(), ["bodymap", "nrs11", "nhis_pain", "rand36", "phq9", "gad7", "peg"], "the definitions to load follow the plan");
}

#[test]
fn a_plan_sets_which_items_must_be_answered_and_the_response_names_it() {
    let own = json!({ "id": "clinic-follow-up", "title": "Follow-up", "visit": "review",
        "steps": [{ "instrument": "phq9", "required": ["phq9_difficulty"] }] });
    let config = resolve(json!({ "plan": own })).unwrap();
    let phq9 = &config.instruments[0];
    assert!(phq9.item("phq9_difficulty").unwrap().required);
    let answered = |first: &str| {
        let mut session = Session::new(config.instruments.clone());
        for i in 1..=9 {
            let value = if i == 1 { first } else { "0" };
            session = session.reduce(Action::Answer { item: format!("phq9_{i}"), value: Some(pain_assessment::Answer::Text(value.into())) });
        }
        session.reduce(Action::Submit { at: "2026-11-29T08:00:00Z".into() })
    };
    // Required once it is asked: a problem checked off asks it.
    let session = answered("1");
    assert_eq!(session.problems, vec![("phq9_difficulty".to_string(), Problem::Unanswered)]);
    // With nothing checked off it is not asked, so not required.
    assert!(matches!(answered("0").stage, pain_assessment::engine::Stage::Complete { .. }));
    let envelope = build(&session, &config, &Meta { submission_id: "s".into(), started_at: "2026-11-29T08:00:00Z".into() });
    assert_eq!(envelope.plan.as_deref(), Some("clinic-follow-up"));
}

#[test]
fn every_plan_mistake_is_named() {
    let cases = [
        (json!({ "plan": "weekly" }), "unknown plan 'weekly' (built-in: intake, pre-procedure, post-procedure, review, block-diary)"),
        (json!({ "plan": "intake", "instruments": ["nrs11"] }), "give instruments or a plan, not both"),
        (json!({ "instruments": ["nrs11"], "planOverrides": { "remove": ["nrs11"] } }), "options.planOverrides: there is no plan to change"),
        (json!({ "plan": "intake", "planOverrides": { "remove": ["odi"] } }), "planOverrides.remove[0]: plan 'intake' does not ask 'odi'"),
        (json!({ "plan": "intake", "planOverrides": { "add": [{ "instrument": "nrs11" }] } }), "planOverrides.add[0]: plan 'intake' already asks 'nrs11'"),
        (json!({ "plan": "pre-procedure", "planOverrides": { "remove": ["nrs11", "bodymap"] } }), "nothing of plan 'pre-procedure' is left to ask"),
        (json!({ "plan": { "id": "x", "title": "X", "visit": "review", "steps": [{ "instrument": "nrs11", "optional": ["nrs11_later"] }] } }), "plan step 'nrs11': 'nrs11' has no item 'nrs11_later'"),
        (json!({ "plan": { "id": "x", "title": "X", "visit": "review", "steps": [] } }), "options.plan.steps: a plan needs at least one step"),
        (json!({ "plan": { "id": "x", "steps": [{ "instrument": "nrs11" }] } }), "options.plan.title: missing"),
    ];
    for (options, expected) in cases {
        let err = resolve(options.clone()).expect_err(&options.to_string());
        assert_eq!(err.category, Category::Config, "{}", err.message);
        assert!(err.message.contains(expected), "'{}' lacks '{expected}'", err.message);
    }
}

#[test]
fn a_diary_entry_through_its_plan_reads_the_block_with_the_entries_so_far() {
    let diary = json!({
        "procedure": { "kind": "medialBranchBlock", "performedAt": "2026-11-29T08:00:00Z", "localAnaesthetic": "lidocaine" },
        "entries": [{ "at": "2026-11-29T07:55:00Z", "pain": 8 }, { "at": "2026-11-29T08:30:00Z", "pain": 2 }]
    });
    let config = resolve(json!({ "plan": "block-diary", "diary": diary })).unwrap();
    let session = Session::new(config.instruments.clone())
        .reduce(Action::Answer { item: "diary_pain".into(), value: Some(pain_assessment::Answer::Number(3)) })
        .reduce(Action::Answer { item: "diary_activity".into(), value: Some(pain_assessment::Answer::Bool(true)) })
        .reduce(Action::Submit { at: "2026-11-29T09:00:00.000Z".into() });
    let envelope = build(&session, &config, &Meta { submission_id: "s".into(), started_at: "2026-11-29T08:58:00Z".into() });
    let report = envelope.diary.expect("a diary report");
    assert_eq!((report.entry.pain, report.entry.activity_tried, report.entry.at.as_str()), (3, Some(true), "2026-11-29T09:00:00.000Z"));
    let reliefs: Vec<f64> = report.response.points.iter().map(|p| p.relief.unwrap()).collect();
    assert_eq!(reliefs, [75.0, 62.5]);
    assert_eq!(report.response.peak_relief_with_activity, Some(62.5));
    assert_eq!(report.response.next_due_at.as_deref(), Some("2026-11-29T10:00:00.000Z"));
    let err = resolve(json!({ "plan": "block-diary", "diary": { "procedure": { "kind": "surgery", "performedAt": "x" }, "entries": [] } })).unwrap_err();
    assert!(err.message.contains("options.diary.procedure.kind: 'surgery' is not"), "{}", err.message);
}
