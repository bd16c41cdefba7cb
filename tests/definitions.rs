//! Instrument definitions: the built-ins are valid, and every kind of
//! mistake in a custom definition is named precisely.

mod common;
use common::assert_rejected;
use pain_assessment::instruments::{builtin_ids, parse_definition};
use pain_assessment::{validate_definition, Library};
use serde_json::{json, Value};

/// A small valid custom instrument to break in one place at a time.
fn custom() -> Value {
    json!({
        "id": "clinic_sleep",
        "version": "1",
        "title": "Sleep",
        "licence": { "copyright": "Example Clinic", "terms": "Internal use", "source": "Clinic protocol 7" },
        "items": [
            { "id": "q1", "text": "Nights woken by pain", "kind": { "type": "rating", "min": 0, "max": 7, "minLabel": "None", "maxLabel": "Every night" } },
            { "id": "q2", "text": "Sleep quality", "kind": { "type": "singleChoice", "options": [
                { "value": "good", "label": "Good", "score": 0 }, { "value": "poor", "label": "Poor", "score": 2 } ] } },
            { "id": "q3", "text": "Anything else?", "kind": { "type": "text" }, "required": false }
        ],
        "scores": [ { "id": "total", "label": "Total", "method": "sum", "items": ["q1", "q2"],
            "range": { "min": 0, "max": 9 },
            "bands": [ { "id": "low", "label": "Low", "min": 0, "max": 4 }, { "id": "high", "label": "High", "min": 5, "max": 9 } ],
            "source": "Clinic protocol 7" } ]
    })
}

fn with(path: &[&str], value: Value) -> Value {
    let mut def = custom();
    let mut at = &mut def;
    for key in &path[..path.len() - 1] {
        at = match key.parse::<usize>() {
            Ok(i) => &mut at[i],
            Err(_) => &mut at[*key],
        };
    }
    let last = path[path.len() - 1];
    match last.parse::<usize>() {
        Ok(i) => at[i] = value,
        Err(_) => at[last] = value,
    }
    def
}


#[test]
fn every_builtin_is_valid() {
    let library = Library::builtin();
    for id in builtin_ids() {
        let instrument = library.get(id).unwrap();
        assert_eq!(validate_definition(&instrument), Vec::<String>::new(), "{id}");
        assert_eq!(instrument.id, id);
        assert!(!instrument.licence.copyright.is_empty() && !instrument.licence.source.is_empty());
        for score in &instrument.scores {
            assert!(!score.source.is_empty(), "{id}.{} cites no source", score.id);
        }
    }
}

#[test]
fn the_example_custom_instrument_is_valid() {
    assert!(parse_definition(&custom().to_string()).is_ok());
}

#[test]
fn each_mistake_is_named_with_its_field() {
    let table: Vec<(Value, &str)> = vec![
        (with(&["id"], json!("has space")), "id: 'has space' must be"),
        (with(&["version"], json!(" ")), "version: must not be empty"),
        (with(&["items"], json!([])), "items: an instrument needs at least one item"),
        (with(&["items", "1", "id"], json!("q1")), "items[1].id: 'q1' is used by an earlier item"),
        (with(&["items", "0", "text"], json!("")), "items[0].text: must not be empty"),
        (with(&["items", "0", "kind", "max"], json!(0)), "items[0].kind: min (0) must be below max (0)"),
        (with(&["items", "1", "kind", "options", "1", "value"], json!("good")), "items[1].kind.options[1].value: 'good' is used"),
        (with(&["items", "1", "kind", "options"], json!([{ "value": "a", "label": "A" }])), "at least two options"),
        (with(&["scores", "0", "items"], json!(["q1", "q9"])), "scores[0].items[1]: no item 'q9'"),
        (with(&["scores", "0", "items"], json!(["q1", "q3"])), "scores[0].items[1]: item 'q3' is not scored"),
        (with(&["scores", "0", "range", "max"], json!(0)), "scores[0].range: min must be below max"),
        (with(&["scores", "0", "bands", "1", "min"], json!(4)), "scores[0].bands[1].min: 4 overlaps"),
        (with(&["scores", "0", "bands", "1", "max"], json!(8)), "scores[0].bands[1].max: 8 must equal range.max"),
        (with(&["scores", "0", "missing"], json!({ "rule": "prorate", "minAnswered": 5, "source": "x" })), "minAnswered: 5 must be from 1"),
        (with(&["safety"], json!([{ "id": "s", "item": "q3", "minScore": 1, "message": "m", "source": "s" }])), "safety[0].item: 'q3' has no scores"),
        (with(&["items", "0", "kind", "type"], json!("slider")), "items[0].kind.type: unknown kind 'slider'"),
        (with(&["colour"], json!("red")), "the definition: unknown field `colour`"),
        (with(&["items", "0", "required"], json!("yes")), "items[0].required: expected true or false, found a string"),
        (with(&["items", "0", "kind", "options"], json!([])), "items[0].kind: unknown field `options` (expected one of: type, min, max, minLabel, maxLabel); a rating item takes min, max, minLabel, maxLabel"),
        (with(&["items", "0", "kind", "max"], json!(7.5)), "items[0].kind.max: expected a whole number, found a number"),
        (with(&["scores", "0", "method"], json!("median")), "scores[0].method: unknown method 'median'"),
        (with(&["scores", "0", "range"], json!({ "min": 0 })), "scores[0].range.max: missing"),
        (with(&["licence"], json!("free")), "licence: expected an object, found a string"),
        (with(&["items", "0", "kind"], json!({ "type": "number", "min": 5, "max": 5 })), "items[0].kind: min (5) must be below max (5)"),
        (with(&["items", "0", "kind"], json!({ "type": "number", "min": 0, "max": 7, "minLabel": "x" })), "a number item takes min, max"),
        (with(&["scores", "0", "ceiling"], json!(12)), "scores[0].ceiling: 12 is outside the range"),
        (
            {
                let mut def = with(&["scores", "0", "method"], json!("mean"));
                def["scores"][0]["ceiling"] = json!(5);
                def
            },
            "scores[0].ceiling: only a sum takes a ceiling",
        ),
    ];
    for (def, expected) in table {
        assert_rejected(def, expected);
    }
}

#[test]
fn several_mistakes_are_reported_together() {
    let def = with(&["items", "0", "text"], json!(""));
    let mut def = def;
    def["version"] = json!("");
    let err = parse_definition(&def.to_string()).unwrap_err();
    assert!(err.message.contains("version: must not be empty"));
    assert!(err.message.contains("items[0].text: must not be empty"));
}

#[test]
fn a_custom_instrument_cannot_take_a_builtin_id() {
    let mut library = Library::builtin();
    let def: pain_assessment::Instrument = serde_json::from_value(with(&["id"], json!("phq9"))).unwrap();
    let err = library.add(def).unwrap_err();
    assert!(err.message.contains("belongs to a built-in instrument"));
}

#[test]
fn a_custom_instrument_scores_through_the_same_engine() {
    let mut library = Library::builtin();
    let def: pain_assessment::Instrument = serde_json::from_value(custom()).unwrap();
    library.add(def).unwrap();
    let sleep = library.get("clinic_sleep").unwrap();
    let answers = [
        ("q1".to_string(), pain_assessment::Answer::Number(3)),
        ("q2".to_string(), pain_assessment::Answer::Text("poor".into())),
    ]
    .into_iter()
    .collect();
    let result = common::score_of(&sleep, &answers, "total");
    common::assert_score(&result, Some(5.0), Some("high"));
}

#[test]
fn a_classification_must_read_earlier_scores_and_end_with_a_catch_all() {
    let mut def = custom();
    def["scores"].as_array_mut().unwrap().push(json!({
        "id": "group", "label": "Group", "method": "classify", "items": ["q1"],
        "range": { "min": 0, "max": 1 },
        "classify": [{ "value": 3, "when": [{ "score": "later" }] }, { "value": 1, "when": [{ "score": "total", "min": 5 }] }],
        "source": "s"
    }));
    let err = parse_definition(&def.to_string()).unwrap_err();
    for expected in [
        "scores[1].items: a classification reads scores, not items",
        "scores[1].classify: the last rule must have no conditions",
        "scores[1].classify[0].value: 3 is outside the range",
        "scores[1].classify[0].when[0].score: no score 'later' before this one",
        "scores[1].classify[0].when[0]: needs min or max",
    ] {
        assert!(err.message.contains(expected), "'{}' lacks '{expected}'", err.message);
    }
}

#[test]
fn grouped_weights_need_a_full_row_for_every_option() {
    let mut def = custom();
    def["scores"][0]["weightedBy"] = json!({ "item": "q2", "weights": { "good": { "q1": 1, "q2": 1 }, "poor": { "q1": 2 }, "other": {} } });
    let err = parse_definition(&def.to_string()).unwrap_err();
    for expected in [
        "scores[0].weightedBy.weights.poor.q2: missing",
        "scores[0].weightedBy.weights.other: 'q2' has no such option",
    ] {
        assert!(err.message.contains(expected), "'{}' lacks '{expected}'", err.message);
    }
    def["scores"][0]["weightedBy"] = json!({ "item": "q1", "weights": {} });
    let err = parse_definition(&def.to_string()).unwrap_err();
    assert!(err.message.contains("scores[0].weightedBy.item: 'q1' is not a single-choice item"), "{}", err.message);
}

#[test]
fn a_number_item_scores_the_whole_number_typed_and_a_ceiling_caps_a_sum() {
    let def = json!({
        "id": "clinic_days", "version": "1", "title": "Days",
        "licence": { "copyright": "Example Clinic", "terms": "Internal use", "source": "Clinic protocol 8" },
        "items": [
            { "id": "d1", "text": "Days kept from work by pain, past 14 days", "kind": { "type": "number", "min": 0, "max": 14 } },
            { "id": "d2", "text": "Days kept from housework by pain, past 14 days", "kind": { "type": "number", "min": 0, "max": 14 } }
        ],
        "scores": [ { "id": "either", "label": "Days", "method": "sum", "items": ["d1", "d2"],
            "range": { "min": 0, "max": 14 }, "ceiling": 14, "source": "Clinic protocol 8" } ]
    });
    let instrument = parse_definition(&def.to_string()).unwrap();
    let answers = |a: i64, b: i64| -> pain_assessment::Answers {
        [("d1".to_string(), pain_assessment::Answer::Number(a)), ("d2".to_string(), pain_assessment::Answer::Number(b))].into_iter().collect()
    };
    for (a, b, expected) in [(0, 0, 0.0), (3, 4, 7.0), (7, 7, 14.0), (10, 9, 14.0), (14, 14, 14.0)] {
        assert_eq!(common::score_of(&instrument, &answers(a, b), "either").value, Some(expected), "{a} + {b}");
    }
    assert_eq!(common::score_of(&instrument, &answers(15, 0), "either").value, None, "15 is above the item's maximum");
}
