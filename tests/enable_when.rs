//! Conditional items: which items the answers ask, for every operator and
//! both behaviours (FHIR R4 Questionnaire.item.enableWhen, enableBehavior and
//! the questionnaire-enable-operator codes), answers removed when an item
//! stops being asked, and scoring and `verify` with items not asked.

use pain_assessment::engine::{enabled, is_enabled};
use pain_assessment::instruments::definition_from_value;
use pain_assessment::{Action, Answer, Answers, Instrument, Session};
use serde_json::{json, Value};
use std::rc::Rc;

/// A clinic form: a rating, a choice, yes/no, a multiple choice, a text, a
/// number and a body map, then one conditional item per test case.
fn form(conditional: Value) -> Instrument {
    let mut def = json!({
        "id": "branching", "version": "1", "title": "Branching",
        "licence": { "copyright": "Example Clinic", "terms": "Internal use", "source": "Clinic protocol 9" },
        "items": [
            { "id": "pain", "text": "Pain now", "kind": { "type": "rating", "min": 0, "max": 10, "minLabel": "None", "maxLabel": "Worst" }, "required": false },
            { "id": "sleep", "text": "Sleep", "kind": { "type": "singleChoice", "options": [
                { "value": "good", "label": "Good", "score": 0 }, { "value": "poor", "label": "Poor", "score": 1 } ] }, "required": false },
            { "id": "meds", "text": "Taking pain medicine?", "kind": { "type": "yesNo", "yesScore": 1 }, "required": false },
            { "id": "where", "text": "Where?", "kind": { "type": "multiChoice", "options": [
                { "value": "back", "label": "Back", "score": 1 }, { "value": "neck", "label": "Neck", "score": 1 } ] }, "required": false },
            { "id": "note", "text": "Anything else?", "kind": { "type": "text", "maxLength": 100 }, "required": false },
            { "id": "days", "text": "Days off work", "kind": { "type": "number", "min": 0, "max": 30 }, "required": false },
            { "id": "map", "text": "Mark where it hurts", "kind": { "type": "bodyMap" }, "required": false }
        ]
    });
    let mut item = json!({ "id": "then", "text": "Then", "kind": { "type": "rating", "min": 0, "max": 4, "minLabel": "Never", "maxLabel": "Always" } });
    for (key, value) in conditional.as_object().unwrap() {
        item[key] = value.clone();
    }
    def["items"].as_array_mut().unwrap().push(item);
    definition_from_value(&def).unwrap()
}

fn answers(given: &[(&str, Answer)]) -> Answers {
    given.iter().map(|(id, a)| (id.to_string(), a.clone())).collect()
}

fn text(v: &str) -> Answer {
    Answer::Text(v.into())
}

/// Whether `then` is asked under `conditions` for each set of answers.
#[track_caller]
fn assert_asked(conditions: Value, cases: &[(&[(&str, Answer)], bool)]) {
    let tool = form(conditions.clone());
    for (given, expected) in cases {
        assert_eq!(is_enabled(&tool, &answers(given), "then"), *expected, "{conditions} with {given:?}");
    }
}

#[test]
fn exists_asks_on_an_answer_or_on_none() {
    let answered = json!({ "enableWhen": [{ "item": "pain", "operator": "exists", "answer": true }] });
    assert_asked(answered, &[(&[], false), (&[("pain", Answer::Number(0))], true)]);
    let unanswered = json!({ "enableWhen": [{ "item": "note", "operator": "exists", "answer": false }] });
    assert_asked(unanswered, &[(&[], true), (&[("note", text("x"))], false)]);
    // A multiple choice with nothing chosen and a map with nothing marked
    // are no answer.
    let chosen = json!({ "enableWhen": [{ "item": "where", "operator": "exists", "answer": true }] });
    assert_asked(chosen, &[(&[("where", Answer::Many(vec![]))], false), (&[("where", Answer::Many(vec!["neck".into()]))], true)]);
    let marked = json!({ "enableWhen": [{ "item": "map", "operator": "exists", "answer": true }] });
    let map: Answer = serde_json::from_value(json!({ "regions": { "left_knee_front": { "intensity": 4 } } })).unwrap();
    let empty: Answer = serde_json::from_value(json!({ "regions": {} })).unwrap();
    assert_asked(marked, &[(&[("map", empty)], false), (&[("map", map)], true)]);
}

#[test]
fn equals_and_not_equals_for_each_kind_of_answer() {
    let poor = json!({ "enableWhen": [{ "item": "sleep", "operator": "=", "answer": "poor" }] });
    assert_asked(poor, &[(&[], false), (&[("sleep", text("good"))], false), (&[("sleep", text("poor"))], true)]);
    let not_poor = json!({ "enableWhen": [{ "item": "sleep", "operator": "!=", "answer": "poor" }] });
    // `!=` holds when no answer equals the value, so also with no answer.
    assert_asked(not_poor, &[(&[], true), (&[("sleep", text("good"))], true), (&[("sleep", text("poor"))], false)]);
    let yes = json!({ "enableWhen": [{ "item": "meds", "operator": "=", "answer": true }] });
    assert_asked(yes, &[(&[("meds", Answer::Bool(false))], false), (&[("meds", Answer::Bool(true))], true)]);
    let seven = json!({ "enableWhen": [{ "item": "pain", "operator": "=", "answer": 7 }] });
    assert_asked(seven, &[(&[("pain", Answer::Number(6))], false), (&[("pain", Answer::Number(7))], true)]);
    let back = json!({ "enableWhen": [{ "item": "where", "operator": "=", "answer": "back" }] });
    let both = Answer::Many(vec!["neck".into(), "back".into()]);
    assert_asked(back.clone(), &[(&[("where", Answer::Many(vec!["neck".into()]))], false), (&[("where", both.clone())], true)]);
    let not_back = json!({ "enableWhen": [{ "item": "where", "operator": "!=", "answer": "back" }] });
    assert_asked(not_back, &[(&[("where", Answer::Many(vec!["neck".into()]))], true), (&[("where", both)], false)]);
    let words = json!({ "enableWhen": [{ "item": "note", "operator": "=", "answer": "worse" }] });
    assert_asked(words, &[(&[("note", text("better"))], false), (&[("note", text("worse"))], true)]);
}

#[test]
fn orderings_compare_numbers_at_their_boundaries() {
    let cases: &[(&str, i64, [bool; 3])] = &[
        // operator, value, asked with pain 4, 5 and 6
        (">", 5, [false, false, true]),
        ("<", 5, [true, false, false]),
        (">=", 5, [false, true, true]),
        ("<=", 5, [true, true, false]),
    ];
    for (op, value, expected) in cases {
        let conditions = json!({ "enableWhen": [{ "item": "pain", "operator": op, "answer": value }] });
        let tool = form(conditions);
        for (pain, asked) in [4, 5, 6].into_iter().zip(expected) {
            assert_eq!(is_enabled(&tool, &answers(&[("pain", Answer::Number(pain))]), "then"), *asked, "{pain} {op} {value}");
        }
        assert!(!is_enabled(&tool, &answers(&[]), "then"), "no answer is never {op} {value}");
    }
    let days = json!({ "enableWhen": [{ "item": "days", "operator": ">=", "answer": 1 }] });
    assert_asked(days, &[(&[("days", Answer::Number(0))], false), (&[("days", Answer::Number(12))], true)]);
}

#[test]
fn in_asks_on_any_of_the_values() {
    let either = json!({ "enableWhen": [{ "item": "pain", "operator": "in", "answer": [8, 9, 10] }] });
    assert_asked(either, &[(&[("pain", Answer::Number(7))], false), (&[("pain", Answer::Number(9))], true), (&[], false)]);
    let choice = json!({ "enableWhen": [{ "item": "sleep", "operator": "in", "answer": ["poor"] }] });
    assert_asked(choice, &[(&[("sleep", text("good"))], false), (&[("sleep", text("poor"))], true)]);
}

#[test]
fn all_needs_every_condition_and_any_needs_one() {
    let conditions = json!([
        { "item": "pain", "operator": ">=", "answer": 7 },
        { "item": "sleep", "operator": "=", "answer": "poor" }
    ]);
    let cases: [(&[(&str, Answer)], bool, bool); 4] = [
        (&[("pain", Answer::Number(3)), ("sleep", text("good"))], false, false),
        (&[("pain", Answer::Number(8)), ("sleep", text("good"))], false, true),
        (&[("pain", Answer::Number(3)), ("sleep", text("poor"))], false, true),
        (&[("pain", Answer::Number(8)), ("sleep", text("poor"))], true, true),
    ];
    let all = form(json!({ "enableWhen": conditions }));
    let any = form(json!({ "enableWhen": conditions, "enableBehavior": "any" }));
    assert_eq!(all, form(json!({ "enableWhen": conditions, "enableBehavior": "all" })), "all is the default");
    for (given, in_all, in_any) in cases {
        assert_eq!(is_enabled(&all, &answers(given), "then"), in_all, "all {given:?}");
        assert_eq!(is_enabled(&any, &answers(given), "then"), in_any, "any {given:?}");
    }
}

#[test]
fn an_item_not_asked_counts_as_unanswered_down_the_chain() {
    // q "then" asks on meds = yes; a second conditional item asks on "then"
    // being answered. With meds = no, "then" is not asked, so its answer
    // (if any was sent) does not ask the second.
    let tool = form(json!({ "enableWhen": [{ "item": "meds", "operator": "=", "answer": true }] }));
    let mut def = serde_json::to_value(&tool).unwrap();
    def["items"].as_array_mut().unwrap().push(json!({ "id": "after", "text": "After", "kind": { "type": "yesNo", "yesScore": 1 },
        "enableWhen": [{ "item": "then", "operator": "exists", "answer": true }] }));
    def["items"].as_array_mut().unwrap().push(json!({ "id": "heading_child", "text": "Inside", "kind": { "type": "yesNo", "yesScore": 1 },
        "within": "then" }));
    let tool = definition_from_value(&def).unwrap();
    let no = answers(&[("meds", Answer::Bool(false)), ("then", Answer::Number(2))]);
    let yes = answers(&[("meds", Answer::Bool(true)), ("then", Answer::Number(2))]);
    let asked = |a: &Answers| enabled(&tool, a)[7..].to_vec();
    assert_eq!(asked(&no), vec![false, false, false]);
    assert_eq!(asked(&yes), vec![true, true, true]);
}

#[test]
fn a_changed_answer_removes_what_is_no_longer_asked_and_remembers_it() {
    let tool = Rc::new(form(json!({ "enableWhen": [{ "item": "sleep", "operator": "=", "answer": "poor" }] })));
    let s = Session::new(vec![tool])
        .reduce(Action::Answer { item: "sleep".into(), value: Some(text("poor")) })
        .reduce(Action::Answer { item: "then".into(), value: Some(Answer::Number(3)) });
    assert_eq!(s.answers[0].get("then"), Some(&Answer::Number(3)));
    let s = s.reduce(Action::Answer { item: "sleep".into(), value: Some(text("good")) });
    assert_eq!(s.answers[0].get("then"), None);
    assert!(s.was_cleared("then"));
    assert!(!s.items_shown().contains(&7), "an item not asked is not shown");
    let s = s.reduce(Action::Answer { item: "sleep".into(), value: Some(text("poor")) });
    assert!(s.items_shown().contains(&7));
    assert!(s.was_cleared("then"), "asked again, blank, with the reason shown");
    // A required item that is not asked never stops a submission.
    let s = s.reduce(Action::Answer { item: "sleep".into(), value: Some(text("good")) }).reduce(Action::Submit { at: "2026-12-08T08:00:00Z".into() });
    assert!(matches!(s.stage, pain_assessment::engine::Stage::Complete { .. }), "{:?}", s.problems);
}
