//! Items not asked are left out of scores, not counted as missing (FHIR R4:
//! a disabled item's answers are not part of the response), and `verify`
//! refuses a response that answers an item its own answers do not ask.

mod common;
use common::*;
use pain_assessment::instruments::definition_from_value;
use pain_assessment::{verify_json, Answer, Answers, Library};
use serde_json::{json, Value};

/// Four 0–3 items scored by `method` under `missing`; items c and d are
/// asked only when a is answered above 0.
fn scored(method: &str, missing: Value) -> pain_assessment::Instrument {
    let item = |id: &str, conditional: bool| {
        let mut item = json!({ "id": id, "text": id, "kind": { "type": "rating", "min": 0, "max": 3, "minLabel": "Never", "maxLabel": "Always" } });
        if conditional {
            item["enableWhen"] = json!([{ "item": "a", "operator": ">", "answer": 0 }]);
        }
        item
    };
    let mut score = json!({ "id": "s", "label": "S", "method": method, "items": ["a", "b", "c", "d"],
        "range": { "min": 0, "max": if method == "percent" { 100 } else { 12 } }, "source": "Clinic protocol 9" });
    if !missing.is_null() {
        score["missing"] = missing;
    }
    definition_from_value(&json!({
        "id": "skips", "version": "1", "title": "Skips",
        "licence": { "copyright": "Example Clinic", "terms": "Internal use", "source": "Clinic protocol 9" },
        "items": [item("a", false), item("b", false), item("c", true), item("d", true)],
        "scores": [score]
    }))
    .unwrap()
}

fn given(values: &[(&str, i64)]) -> Answers {
    values.iter().map(|(id, v)| (id.to_string(), Answer::Number(*v))).collect()
}

#[test]
fn a_sum_mean_and_percentage_leave_out_what_was_not_asked() {
    // a = 0: c and d are not asked; a and b make the whole score.
    let skipped = given(&[("a", 0), ("b", 2)]);
    let sum = score_of(&scored("sum", Value::Null), &skipped, "s");
    assert_score(&sum, Some(2.0), None);
    assert!(!sum.prorated);
    assert_eq!((sum.items_used.len(), sum.items_missing.len()), (2, 0));
    assert_score(&score_of(&scored("mean", Value::Null), &skipped, "s"), Some(1.0), None);
    assert_score(&score_of(&scored("percent", Value::Null), &skipped, "s"), Some(2.0 * 100.0 / 6.0), None);
    // An answer sent for an item not asked is not scored.
    let extra = given(&[("a", 0), ("b", 2), ("c", 3)]);
    assert_score(&score_of(&scored("sum", Value::Null), &extra, "s"), Some(2.0), None);
    // a = 1: all four are asked, and an unanswered one is missing.
    let asked = given(&[("a", 1), ("b", 2), ("c", 3)]);
    let sum = score_of(&scored("sum", Value::Null), &asked, "s");
    assert_score(&sum, None, None);
    assert_eq!(sum.items_missing, vec!["d".to_string()]);
}

#[test]
fn proration_allows_the_same_number_of_gaps_among_the_items_asked() {
    // Four items, at least three answered: one gap allowed.
    let rule = json!({ "rule": "prorate", "minAnswered": 3, "source": "Clinic protocol 9" });
    let tool = scored("sum", rule);
    // a = 0: two items asked; one may still be missing.
    let one_gap = given(&[("a", 0)]);
    let result = score_of(&tool, &one_gap, "s");
    assert_score(&result, Some(0.0), None);
    assert!(result.prorated);
    // b answered too: complete, not prorated.
    let result = score_of(&tool, &given(&[("a", 0), ("b", 3)]), "s");
    assert_score(&result, Some(3.0), None);
    assert!(!result.prorated);
    // a = 2, everything asked, two gaps: not computed.
    assert_score(&score_of(&tool, &given(&[("a", 2), ("b", 1)]), "s"), None, None);
    // a = 2 and one gap: prorated, mean 2 × 4 items.
    let result = score_of(&tool, &given(&[("a", 2), ("b", 1), ("c", 3)]), "s");
    assert_score(&result, Some(8.0), None);
    assert!(result.prorated);
}

#[test]
fn a_score_none_of_whose_items_was_asked_is_not_computed() {
    let mut def = serde_json::to_value(scored("sum", Value::Null)).unwrap();
    def["scores"][0]["items"] = json!(["c", "d"]);
    let tool = definition_from_value(&def).unwrap();
    let result = score_of(&tool, &given(&[("a", 0), ("b", 1)]), "s");
    assert_score(&result, None, None);
    assert_eq!(result.not_scorable.as_deref(), Some("none of its items was asked"));
}

#[test]
fn the_phq9_difficulty_question_and_its_total() {
    let phq9 = builtin("phq9");
    // Nothing checked off: the difficulty question is not asked, and the
    // total is complete without it (it is never scored).
    let mut answers = phq9_all([0; 9]);
    assert!(!pain_assessment::engine::is_enabled(&phq9, &answers, "phq9_difficulty"));
    assert_score(&score_of(&phq9, &answers, "total"), Some(0.0), Some("minimal"));
    answers.insert("phq9_7".into(), Answer::Text("1".into()));
    assert!(pain_assessment::engine::is_enabled(&phq9, &answers, "phq9_difficulty"));
}

fn envelope(id: &str, answers: Value) -> String {
    let library = Library::builtin();
    let instrument = library.get(id).unwrap();
    let scored = pain_assessment::score(&instrument, &serde_json::from_value(answers.clone()).unwrap());
    json!({
        "schemaVersion": 1, "widget": { "name": "pain-assessment", "version": "0.1.0" },
        "submissionId": "3f1c2a9e-8b7d-4c51-9e0a-6d2b1f4c7a88", "startedAt": "2026-12-08T08:00:00Z", "completedAt": "2026-12-08T08:03:00Z",
        "locale": "en",
        "instruments": [{ "id": id, "version": instrument.version, "answers": answers, "scores": scored.scores, "safety": scored.safety }]
    })
    .to_string()
}

#[test]
fn verify_refuses_an_answer_to_an_item_that_was_not_asked() {
    let zeros: serde_json::Map<String, Value> = (1..=9).map(|i| (format!("phq9_{i}"), json!("0"))).collect();
    let mut answers = Value::Object(zeros);
    assert!(verify_json(&envelope("phq9", answers.clone()), &Library::builtin()).unwrap().ok);
    answers["phq9_difficulty"] = json!("somewhat");
    let err = verify_json(&envelope("phq9", answers.clone()), &Library::builtin()).unwrap_err();
    assert!(err.message.contains("phq9: item 'phq9_difficulty' is answered, but with these answers it is not asked (asked when phq9_1 in [\"1\", \"2\", \"3\"] or"), "{}", err.message);
    answers["phq9_4"] = json!("2");
    assert!(verify_json(&envelope("phq9", answers), &Library::builtin()).unwrap().ok);
    let never = json!({ "nhis_pain_frequency": "1", "nhis_pain_limit": "3" });
    let err = verify_json(&envelope("nhis_pain", never), &Library::builtin()).unwrap_err();
    assert!(err.message.contains("'nhis_pain_limit' is answered, but with these answers it is not asked (asked when nhis_pain_frequency in [\"2\", \"3\", \"4\"])"), "{}", err.message);
}
