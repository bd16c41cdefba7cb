//! Every mistake in an item's conditions is a definition error named by its
//! path: a forward reference, a cycle, an unknown item, an operator the
//! item's answers do not take, and a value the item can never give.

mod common;
use common::assert_rejected;
use pain_assessment::instruments::parse_definition;
use serde_json::{json, Value};

/// Items q1 (rating 0–10), q2 (choice good/poor), q3 (yes/no), q4 (text),
/// q5 (body map), q6 (multiple choice), with `conditional` added to item
/// `at`.
fn def(at: usize, conditional: Value) -> Value {
    let mut d = json!({
        "id": "branching", "version": "1", "title": "Branching",
        "licence": { "copyright": "Example Clinic", "terms": "Internal use", "source": "Clinic protocol 9" },
        "items": [
            { "id": "q1", "text": "Pain", "kind": { "type": "rating", "min": 0, "max": 10, "minLabel": "None", "maxLabel": "Worst" } },
            { "id": "q2", "text": "Sleep", "kind": { "type": "singleChoice", "options": [{ "value": "good", "label": "Good" }, { "value": "poor", "label": "Poor" }] } },
            { "id": "q3", "text": "Medicine?", "kind": { "type": "yesNo", "yesScore": 1 } },
            { "id": "q4", "text": "Notes", "kind": { "type": "text", "maxLength": 50 } },
            { "id": "q5", "text": "Where", "kind": { "type": "bodyMap" } },
            { "id": "q6", "text": "Which", "kind": { "type": "multiChoice", "options": [{ "value": "a", "label": "A" }, { "value": "b", "label": "B" }] } },
            { "id": "q7", "text": "Then", "kind": { "type": "yesNo", "yesScore": 1 } }
        ]
    });
    for (key, value) in conditional.as_object().unwrap() {
        d["items"][at][key] = value.clone();
    }
    d
}

fn when(item: &str, operator: &str, answer: Value) -> Value {
    json!({ "enableWhen": [{ "item": item, "operator": operator, "answer": answer }] })
}


#[test]
fn conditions_that_fit_their_items_are_accepted() {
    for (item, op, answer) in [
        ("q1", ">=", json!(7)),
        ("q1", "in", json!([0, 10])),
        ("q2", "=", json!("poor")),
        ("q2", "!=", json!("good")),
        ("q3", "=", json!(false)),
        ("q4", "=", json!("worse")),
        ("q5", "exists", json!(true)),
        ("q6", "=", json!("b")),
        ("q6", "in", json!(["a", "b"])),
    ] {
        parse_definition(&def(6, when(item, op, answer.clone())).to_string()).unwrap_or_else(|e| panic!("{item} {op} {answer}: {e}"));
    }
}

#[test]
fn forward_references_cycles_and_unknown_items() {
    assert_rejected(def(1, when("q3", "=", json!(true))), "items[1].enableWhen[0].item: 'q3' comes later: a condition names an item asked before it, so conditions cannot go round in a circle");
    assert_rejected(def(2, when("q3", "=", json!(true))), "items[2].enableWhen[0].item: 'q3' is this item itself");
    assert_rejected(def(6, when("q9", "exists", json!(true))), "items[6].enableWhen[0].item: 'q9' is not an item of this instrument");
    // Two items each waiting on the other: the first names a later item.
    let mut cycle = def(2, when("q4", "exists", json!(true)));
    cycle["items"][3]["enableWhen"] = json!([{ "item": "q3", "operator": "exists", "answer": true }]);
    assert_rejected(cycle, "items[2].enableWhen[0].item: 'q4' comes later");
    assert_rejected(def(6, json!({ "within": "q9" })), "items[6].within: 'q9' is not an item of this instrument");
    assert_rejected(def(0, json!({ "within": "q7" })), "items[0].within: 'q7' comes later");
}

#[test]
fn operators_the_items_answers_do_not_take() {
    assert_rejected(def(6, when("q2", ">", json!(1))), "items[6].enableWhen[0]: `>` compares numbers, and 'q2' is not answered with a number");
    assert_rejected(def(6, when("q4", "<=", json!(3))), "`<=` compares numbers, and 'q4' is not answered with a number");
    assert_rejected(def(6, when("q5", "=", json!("left_knee_front"))), "'q5' is a body map: only `exists` applies");
    assert_rejected(def(6, when("q1", "exists", json!(1))), "`exists` takes true or false");
    assert_rejected(def(6, when("q1", "=", json!([1, 2]))), "`=` takes one value, not an array");
    assert_rejected(def(6, when("q1", "in", json!(3))), "items[6].enableWhen[0].answer: `in` takes an array of values, found a number");
    assert_rejected(def(6, when("q1", "in", json!([]))), "`in` needs at least one value");
    assert_rejected(def(6, when("q1", "~", json!(3))), "items[6].enableWhen[0].operator: '~' is not an operator (expected one of: exists, =, !=, >, <, >=, <=, in)");
    assert_rejected(def(6, json!({ "enableWhen": [{ "item": "q1", "operator": "=", "answer": 1 }], "enableBehavior": "either" })), "items[6].enableBehavior: 'either' is not a behaviour (expected all or any)");
    assert_rejected(def(6, json!({ "enableWhen": [{ "item": "q1", "operator": "=" }] })), "items[6].enableWhen[0].answer: missing");
    assert_rejected(def(6, json!({ "enableWhen": [{ "item": "q1", "operator": "=", "answer": 1, "value": 2 }] })), "items[6].enableWhen[0]: unknown field `value`");
}

#[test]
fn values_the_item_can_never_give() {
    assert_rejected(def(6, when("q2", "=", json!("awful"))), "items[6].enableWhen[0]: 'awful' is not an option of 'q2'");
    assert_rejected(def(6, when("q6", "in", json!(["a", "c"]))), "'c' is not an option of 'q6'");
    assert_rejected(def(6, when("q2", "=", json!(1))), "'q2' is not answered with a number");
    assert_rejected(def(6, when("q3", "=", json!("yes"))), "'q3' is never answered with text");
    assert_rejected(def(6, when("q1", "=", json!(11))), "'q1' takes whole numbers from 0 to 10, never 11");
    assert_rejected(def(6, when("q1", "=", json!(2.5))), "'q1' takes whole numbers from 0 to 10, never 2.5");
    assert_rejected(def(6, when("q1", ">", json!(10))), "'q1' takes 0 to 10, so `> 10` can never hold");
    assert_rejected(def(6, when("q1", "<", json!(0))), "'q1' takes 0 to 10, so `< 0` can never hold");
    assert_rejected(def(6, when("q1", ">=", json!(11))), "`>= 11` can never hold");
    assert_rejected(def(6, when("q1", "<=", json!(-1))), "`<= -1` can never hold");
    assert_rejected(def(6, when("q4", "=", json!(true))), "'q4' is never answered with true or false");
}
