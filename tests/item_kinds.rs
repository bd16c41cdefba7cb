//! The item kinds FHIR Questionnaires need: text between questions
//! (display), numbers with decimals, and choices that take an answer of the
//! patient's own (open-choice); and item ids as FHIR linkIds are written.

use pain_assessment::engine::{check_answer, item_score, parse_decimal, Problem};
use pain_assessment::instruments::definition_from_value;
use pain_assessment::model::ItemKind;
use pain_assessment::{validate_definition, Action, Answer, Instrument, Session};
use serde_json::{json, Value};
use std::rc::Rc;

fn definition(items: Value) -> Value {
    json!({ "id": "kinds", "version": "1", "title": "Kinds",
        "licence": { "copyright": "Example Clinic", "terms": "Internal use", "source": "Clinic protocol 7" },
        "items": items })
}

#[track_caller]
fn read(items: Value) -> Instrument {
    match definition_from_value(&definition(items)) {
        Ok(instrument) => instrument,
        Err(e) => panic!("refused: {e}"),
    }
}

#[track_caller]
fn refused(items: Value, expected: &str) {
    match definition_from_value(&definition(items)) {
        Ok(_) => panic!("accepted, expected: {expected}"),
        Err(e) => assert!(e.to_string().contains(expected), "{e}\n  does not say: {expected}"),
    }
}

fn choice(other: bool, kind: &str) -> Value {
    json!([{ "id": "q1", "text": "Where?", "kind": { "type": kind, "other": other, "options": [
        { "value": "back", "label": "Back", "score": 1 }, { "value": "neck", "label": "Neck", "score": 2 } ] } }])
}

#[track_caller]
fn fits(instrument: &Instrument, answer: Answer) -> Result<(), String> {
    check_answer(&instrument.items[0], &answer)
}

#[test]
fn a_display_item_is_text_never_answered_required_or_scored() {
    let tool = read(json!([
        { "id": "intro", "text": "The next questions are about last week.", "kind": { "type": "display" } },
        { "id": "q1", "text": "Pain now", "kind": { "type": "number", "min": 0, "max": 10 } }
    ]));
    assert_eq!(tool.items[0].kind, ItemKind::Display {});
    assert!(!tool.items[0].required, "a display item defaults to not required");
    assert!(fits(&tool, Answer::Text("x".into())).is_err());
    assert_eq!(item_score(&tool.items[0], &Answer::Bool(true)), None);
    refused(json!([{ "id": "d", "text": "Heading", "kind": { "type": "display" }, "required": true }]), "cannot be required");
    // A session never asks a display item to be answered.
    let s = Session::new(vec![Rc::new(tool)])
        .reduce(Action::Answer { item: "q1".into(), value: Some(Answer::Number(3)) })
        .reduce(Action::Submit { at: "2026-11-29T08:00:00.000Z".into() });
    assert_eq!(s.problems, vec![]);
}

#[test]
fn one_question_a_screen_shows_text_with_the_question_after_it_and_does_not_count_it() {
    use pain_assessment::engine::Layout;
    use pain_assessment::i18n::Locale;
    let tool = read(json!([
        { "id": "intro", "text": "The next questions are about last week.", "kind": { "type": "display" } },
        { "id": "q1", "text": "Pain now", "kind": { "type": "number", "min": 0, "max": 10 } },
        { "id": "q2", "text": "Pain at worst", "kind": { "type": "number", "min": 0, "max": 10 } },
        { "id": "mid", "text": "Now about sleep.", "kind": { "type": "display" } },
        { "id": "q3", "text": "Nights woken", "kind": { "type": "number", "min": 0, "max": 7 } },
        { "id": "end", "text": "Thank you for these answers.", "kind": { "type": "display" } }
    ]));
    let s = Session::new(vec![Rc::new(tool)]).with_view(Locale::En, Layout::Question);
    // Screens: intro + q1, q2, mid + q3, end.
    assert_eq!((s.items_shown(), s.question(), s.screen()), (vec![0, 1], (1, 4), (1, 4)));
    assert!(s.is_first_screen());
    // Next checks the question on the screen, not the text.
    let s = s.reduce(Action::Next);
    assert_eq!(s.problems, vec![("q1".to_string(), Problem::Unanswered)]);
    let s = s.reduce(Action::Answer { item: "q1".into(), value: Some(Answer::Number(3)) }).reduce(Action::Next);
    assert_eq!((s.items_shown(), s.question()), (vec![2], (2, 4)));
    assert!(!s.is_first_screen());
    let s = s.reduce(Action::Answer { item: "q2".into(), value: Some(Answer::Number(5)) }).reduce(Action::Next);
    assert_eq!((s.items_shown(), s.question()), (vec![3, 4], (3, 4)));
    let s = s.reduce(Action::Answer { item: "q3".into(), value: Some(Answer::Number(1)) }).reduce(Action::Next);
    assert_eq!((s.items_shown(), s.question()), (vec![5], (4, 4)));
    assert!(s.is_last_screen());
    let s = s.reduce(Action::Back).reduce(Action::Back);
    assert_eq!(s.items_shown(), vec![2]);
    let s = s.reduce(Action::Back);
    assert_eq!(s.items_shown(), vec![0, 1]);
    assert!(s.is_first_screen());
}

#[test]
fn a_score_cannot_read_a_display_item() {
    let mut d = definition(json!([
        { "id": "d", "text": "Heading", "kind": { "type": "display" } },
        { "id": "q", "text": "Q", "kind": { "type": "yesNo" } }
    ]));
    d["scores"] = json!([{ "id": "t", "label": "T", "method": "sum", "items": ["d"], "range": { "min": 0, "max": 1 }, "source": "s" }]);
    let e = definition_from_value(&d).unwrap_err().to_string();
    assert!(e.contains("scores[0].items[0]: item 'd' is not scored"), "{e}");
}

#[test]
fn a_decimal_takes_whole_and_fractional_numbers_within_its_bounds() {
    let tool = read(json!([{ "id": "weight", "text": "Weight (kg)", "kind": { "type": "decimal", "min": 20, "max": 300.5 } }]));
    let cases = [
        (Answer::Decimal(72.5), true),
        (Answer::Number(72), true),
        (Answer::Decimal(300.5), true),
        (Answer::Decimal(300.6), false),
        (Answer::Decimal(19.99), false),
        (Answer::Decimal(f64::NAN), false),
        (Answer::Text("72.5".into()), false),
    ];
    for (answer, ok) in cases {
        assert_eq!(fits(&tool, answer.clone()).is_ok(), ok, "{answer:?}");
    }
    assert_eq!(item_score(&tool.items[0], &Answer::Decimal(72.5)), None, "a decimal is never scored");
    let open = read(json!([{ "id": "t", "text": "Temperature", "kind": { "type": "decimal" } }]));
    assert!(fits(&open, Answer::Decimal(-40.25)).is_ok(), "no bounds: any finite number");
    refused(json!([{ "id": "t", "text": "T", "kind": { "type": "decimal", "min": 5, "max": 5 } }]), "min (5) must be below max (5)");
}

#[test]
fn a_decimal_answer_reads_and_writes_as_a_json_number() {
    let answer: Answer = serde_json::from_str("72.5").unwrap();
    assert_eq!(answer, Answer::Decimal(72.5));
    let whole: Answer = serde_json::from_str("72").unwrap();
    assert_eq!(whole, Answer::Number(72), "a whole number still reads as Number");
    assert_eq!(serde_json::to_string(&Answer::Decimal(72.5)).unwrap(), "72.5");
}

#[test]
fn typed_numbers_are_read_whatever_the_decimal_separator() {
    let table = [
        ("72.5", Some(72.5)),
        ("72,5", Some(72.5)),
        (" -3,25 ", Some(-3.25)),
        ("+4", Some(4.0)),
        ("72", Some(72.0)),
        ("1,234.5", None),
        ("1.234,5", None),
        ("72kg", None),
        ("", None),
        (".", None),
        ("1e3", None),
        ("72.", Some(72.0)),
        ("-", None),
        ("0.1", Some(0.1)),
        ("36,6", Some(36.6)),
        ("123456.789", Some(123456.789)),
        ("0.00000000000001", Some(1e-14)),
        ("0.000000000000001", None),
        ("1234567890123456", None),
    ];
    for (typed, expected) in table {
        assert_eq!(parse_decimal(typed), expected, "{typed:?}");
    }
}

#[test]
fn a_decimal_box_keeps_what_it_cannot_read_and_marks_it() {
    let tool = read(json!([{ "id": "w", "text": "Weight", "kind": { "type": "decimal", "min": 1, "max": 500 } }]));
    let s = Session::new(vec![Rc::new(tool)]).reduce(Action::Answer { item: "w".into(), value: Some(Answer::Text("7x".into())) });
    assert_eq!(s.problem("w"), Some(Problem::Invalid));
    let s = s.reduce(Action::Answer { item: "w".into(), value: Some(Answer::Decimal(72.5)) });
    assert_eq!((s.problem("w"), s.answers[0].get("w")), (None, Some(&Answer::Decimal(72.5))));
}

#[test]
fn an_open_choice_takes_one_answer_of_the_patients_own() {
    let single = read(choice(true, "singleChoice"));
    assert!(fits(&single, Answer::Text("back".into())).is_ok());
    assert!(fits(&single, Answer::Text("left hip".into())).is_ok());
    assert!(fits(&single, Answer::Text("  ".into())).is_err(), "nothing typed is no answer");
    assert!(fits(&single, Answer::Text("x".repeat(2001))).is_err());
    assert_eq!(item_score(&single.items[0], &Answer::Text("left hip".into())), None, "a typed answer scores nothing");
    assert_eq!(item_score(&single.items[0], &Answer::Text("neck".into())), Some(2));

    let closed = read(choice(false, "singleChoice"));
    assert!(fits(&closed, Answer::Text("left hip".into())).is_err());

    let many = read(choice(true, "multiChoice"));
    assert!(fits(&many, Answer::Many(vec!["back".into(), "left hip".into()])).is_ok());
    assert!(fits(&many, Answer::Many(vec!["left hip".into(), "jaw".into()])).is_err(), "one typed answer, not two");
    assert_eq!(item_score(&many.items[0], &Answer::Many(vec!["neck".into(), "left hip".into()])), Some(2));
    refused(json!([{ "id": "q", "text": "Q", "kind": { "type": "checklist", "other": true, "options": [
        { "value": "a", "label": "A" }, { "value": "b", "label": "B" } ] } }]), "unknown field `other`");
}

#[test]
fn item_ids_may_be_written_as_fhir_link_ids() {
    let ok = ["/44249-1/44250-9", "1.1", "H1/T1/Q1", "q:2", "a_b-c"];
    for id in ok {
        let tool = read(json!([{ "id": id, "text": "Q", "kind": { "type": "yesNo" } }]));
        assert!(validate_definition(&tool).is_empty(), "{id}");
    }
    for id in ["has space", "quote\"d", "back\\slash", "<b>", ""] {
        refused(json!([{ "id": id, "text": "Q", "kind": { "type": "yesNo" } }]), "is not a valid item id");
    }
    refused(json!([{ "id": "x".repeat(129), "text": "Q", "kind": { "type": "yesNo" } }]), "is not a valid item id");
}

/// The FHIR Bundle of one completed session of `definition`.
fn fhir(definition: Value, answers: &[(&str, Answer)]) -> Value {
    use pain_assessment::output::{build, uuid_v4, Meta};
    use pain_assessment::{Library, Options};
    let id = definition["id"].as_str().unwrap_or_default().to_string();
    let config = Options::from_value(&json!({ "instruments": [id], "definitions": [definition.clone()] }))
        .and_then(Options::resolve)
        .unwrap();
    let mut s = Session::new(config.instruments.clone());
    for (item, answer) in answers {
        s = s.reduce(Action::Answer { item: item.to_string(), value: Some(answer.clone()) });
    }
    let s = s.reduce(Action::Submit { at: "2026-11-29T08:05:00.000Z".into() });
    let meta = Meta { submission_id: uuid_v4([7; 16]), started_at: "2026-11-29T08:00:00.000Z".into() };
    let envelope = build(&s, &config, &meta);
    let mut library = Library::builtin();
    library.add(definition_from_value(&definition).unwrap()).unwrap();
    pain_assessment::output::fhir::bundle(&envelope, &library).unwrap()
}

fn answers_of(bundle: &Value) -> Vec<(String, Value)> {
    let qr = &bundle["entry"][0]["resource"];
    qr["item"].as_array().unwrap().iter().map(|i| (i["linkId"].as_str().unwrap().to_string(), i["answer"].clone())).collect()
}

#[test]
fn fhir_answers_decimals_typed_choices_and_coded_options_as_fhir_types() {
    let mut d = definition(json!([
        { "id": "intro", "text": "About your pain", "kind": { "type": "display" } },
        { "id": "/w", "text": "Weight (kg)", "kind": { "type": "decimal", "min": 1 } },
        { "id": "/site", "text": "Where?", "kind": { "type": "singleChoice", "other": true, "options": [
            { "value": "LA1-1", "label": "Back", "codes": [{ "system": "http://loinc.org", "code": "LA1-1", "display": "Back" }] },
            { "value": "neck", "label": "Neck" } ] } },
        { "id": "/more", "text": "Anywhere else?", "kind": { "type": "multiChoice", "other": true, "options": [
            { "value": "LA1-1", "label": "Back", "codes": [{ "system": "http://loinc.org", "code": "LA1-1", "display": "Back" }] },
            { "value": "neck", "label": "Neck" } ] } }
    ]));
    d["url"] = json!("http://example.org/Questionnaire/kinds");
    let bundle = fhir(d.clone(), &[
        ("/w", Answer::Decimal(72.5)),
        ("/site", Answer::Text("LA1-1".into())),
        ("/more", Answer::Many(vec!["neck".into(), "left hip".into()])),
    ]);
    let qr = &bundle["entry"][0]["resource"];
    assert_eq!(qr["questionnaire"], "http://example.org/Questionnaire/kinds|1", "the Questionnaire's own canonical");
    let mut got = answers_of(&bundle);
    got.sort_by(|x, y| x.0.cmp(&y.0));
    assert_eq!(got, vec![
        ("/more".to_string(), json!([
            { "valueCoding": { "system": "urn:pain-assessment:options:kinds:/more", "code": "neck", "display": "Neck" } },
            { "valueString": "left hip" } ])),
        ("/site".to_string(), json!([{ "valueCoding": { "system": "http://loinc.org", "code": "LA1-1", "display": "Back" } }])),
        ("/w".to_string(), json!([{ "valueDecimal": 72.5 }])),
    ]);
    let typed = fhir(d.clone(), &[("/w", Answer::Number(80)), ("/site", Answer::Text("hip".into())), ("/more", Answer::Many(vec![]))]);
    let a = answers_of(&typed);
    assert!(a.contains(&("/site".into(), json!([{ "valueString": "hip" }]))), "{a:?}");
    assert!(a.contains(&("/w".into(), json!([{ "valueDecimal": 80 }]))), "a whole number in a decimal item is still a valueDecimal: {a:?}");

    let q = pain_assessment::output::fhir::questionnaire(&definition_from_value(&d).unwrap()).unwrap();
    let item = |id: &str| q["item"].as_array().unwrap().iter().find(|i| i["linkId"] == id).unwrap().clone();
    assert_eq!(item("intro")["type"], "display");
    assert!(item("intro").get("required").is_none(), "FHIR allows no required on a display item");
    assert_eq!(item("/w")["type"], "decimal");
    let bounds: Vec<Value> = item("/w")["extension"].as_array().unwrap().iter().filter(|e| e["url"].as_str().unwrap().ends_with("Value")).cloned().collect();
    assert_eq!(bounds, vec![json!({ "url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueDecimal": 1.0 })]);
    assert_eq!((item("/site")["type"].clone(), item("/more")["repeats"].clone()), (json!("open-choice"), json!(true)));
    assert_eq!(item("/site")["answerOption"][0]["valueCoding"]["system"], "http://loinc.org");
}

#[test]
fn a_plan_cannot_require_a_display_item() {
    use pain_assessment::Options;
    let d = definition(json!([
        { "id": "intro", "text": "About last week", "kind": { "type": "display" } },
        { "id": "q1", "text": "Pain now", "kind": { "type": "number", "min": 0, "max": 10 } }
    ]));
    let plan = |required: &str| json!({ "definitions": [d.clone()], "plan": { "id": "p", "title": "P", "visit": "review",
        "steps": [{ "instrument": "kinds", "required": [required] }] } });
    assert!(Options::from_value(&plan("q1")).and_then(Options::resolve).is_ok());
    let e = Options::from_value(&plan("intro")).and_then(Options::resolve).unwrap_err();
    assert!(e.message.contains("'intro' is text, not a question, so it cannot be required"), "{e}");
}
