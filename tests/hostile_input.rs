#![cfg(not(target_arch = "wasm32"))]
//! Property tests: every entry point that reads outside data returns a
//! value or a typed error, and never panics, whatever it is given. Inputs
//! are arbitrary JSON and, more searchingly, valid inputs with one part
//! replaced by arbitrary JSON (a type, a number, a string, a missing key).

mod common;
use pain_assessment::care::{diary, time};
use pain_assessment::engine::draft::restore;
use pain_assessment::model::{Answer, Answers, BodyMapAnswer, TextPack};
use pain_assessment::output::read::envelope;
use pain_assessment::{score, verify_json, Library, Options};
use proptest::prelude::*;
use serde_json::{json, Value};
use std::rc::Rc;

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        prop_oneof![Just(0.5), Just(-1.0), Just(1e300), Just(-0.0), Just(2.5e-8), Just(11.0), Just(4294967296.0)].prop_map(|f: f64| json!(f)),
        "\\PC{0,12}".prop_map(Value::String),
        prop_oneof![Just(""), Just("0"), Just("1"), Just("true"), Just("left_knee_front"), Just("2026-11-29T08:00:00Z"), Just("<script>")].prop_map(|s| Value::String(s.into())),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-zA-Z]{1,10}", inner, 0..4).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// `base` with the node reached by `path` (indices taken modulo each
/// level's size) replaced by `with`, or removed from its object when
/// `with` is `None`.
fn mutate(base: &Value, path: &[usize], with: Option<Value>) -> Value {
    let mut out = base.clone();
    replace(&mut out, path, with);
    out
}

fn replace(node: &mut Value, path: &[usize], with: Option<Value>) {
    let Some((&step, rest)) = path.split_first() else {
        if let Some(v) = with {
            *node = v;
        }
        return;
    };
    match node {
        Value::Object(map) if !map.is_empty() => {
            let key = map.keys().nth(step % map.len()).cloned().unwrap_or_default();
            match (rest.is_empty(), with) {
                (true, Some(v)) => { map.insert(key, v); }
                (true, None) => { map.remove(&key); }
                (false, with) => { if let Some(child) = map.get_mut(&key) { replace(child, rest, with) } }
            }
        }
        Value::Array(items) if !items.is_empty() => {
            let i = step % items.len();
            match (rest.is_empty(), with) {
                (true, Some(v)) => items[i] = v,
                (true, None) => { items.remove(i); }
                (false, with) => replace(&mut items[i], rest, with),
            }
        }
        _ => {
            if let Some(v) = with {
                *node = v;
            }
        }
    }
}

fn mutation() -> impl Strategy<Value = (Vec<usize>, Option<Value>)> {
    (prop::collection::vec(any::<usize>(), 1..7), prop::option::weighted(0.85, arb_json()))
}

fn definitions() -> Vec<Value> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/instruments");
    let mut all: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "json")).collect();
    all.sort();
    all.iter().map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()).collect()
}

fn example(name: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(format!("{}/www/examples/{name}.json", env!("CARGO_MANIFEST_DIR"))).unwrap()).unwrap()
}

const OPTIONS: &str = r#"{"instruments":["nrs11","phq9","bodymap"],"locale":"es","endpoint":"/api","patientId":"p","layout":"question",
  "previousBodyMap":["left_knee_front"],"timeoutSeconds":30,"autosave":true,"format":"both",
  "education":{"next":"Call us"},"textPacks":[{"instrument":"odi","version":"2.1a","locale":"en","items":{}}]}"#;

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn options_of_any_shape_resolve_or_are_refused(value in arb_json(), (path, with) in mutation()) {
        let _ = Options::from_value(&value).and_then(Options::resolve);
        let base: Value = serde_json::from_str(OPTIONS).unwrap();
        let _ = Options::from_value(&mutate(&base, &path, with)).and_then(Options::resolve);
    }

    #[test]
    fn a_questionnaire_of_any_shape_is_imported_or_refused((path, with) in mutation(), value in arb_json(), which in 0usize..4) {
        let name = ["loinc-phq9", "spezi-form-example", "spezi-multiple-enablewhen", "sdc-enablewhen"][which];
        let text = std::fs::read_to_string(format!("{}/tests/fhir/questionnaires/{name}.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let base: Value = serde_json::from_str(&text).unwrap();
        let _ = pain_assessment::import::questionnaire(&value);
        let mut as_questionnaire = value;
        if let Value::Object(map) = &mut as_questionnaire {
            map.insert("resourceType".into(), json!("Questionnaire"));
        }
        let _ = pain_assessment::import::questionnaire(&as_questionnaire);
        let mutated = mutate(&base, &path, with);
        if let Ok(definition) = pain_assessment::import::questionnaire(&mutated) {
            let _ = Options::from_value(&json!({ "instruments": [definition["id"].clone()], "definitions": [mutated] })).and_then(Options::resolve);
        }
    }

    #[test]
    fn options_text_that_is_not_json_is_refused(text in "\\PC{0,40}") {
        let object = text.trim_start().starts_with(|c| c == '\u{7b}');
        prop_assert!(Options::from_json(&text).is_err() || object);
    }

    #[test]
    fn plans_and_diaries_of_any_shape_resolve_or_are_refused((path, with) in mutation()) {
        let plan = json!({ "plan": { "id": "x", "title": "X", "visit": "review", "steps": [{ "instrument": "phq9", "required": ["phq9_difficulty"] }] },
            "planOverrides": { "add": [{ "instrument": "nrs11" }], "remove": [] } });
        let _ = Options::from_value(&mutate(&plan, &path, with.clone())).and_then(Options::resolve);
        let diary_json = example("summary-diary");
        let mutated = mutate(&diary_json, &path, with);
        if let Ok(d) = diary::read(&mutated, "diary") {
            let read = diary::read_all(&d, &[]);
            for p in &read.points { prop_assert!(p.relief.map_or(true, |r| r <= 100.0)); }
        }
        let _ = diary::analyse_json(&mutated.to_string());
    }

    #[test]
    fn a_definition_of_any_shape_is_checked_and_then_scores_any_answers(
        index in 0usize..64, (path, with) in mutation(), answers in prop::collection::vec(arb_json(), 0..12),
    ) {
        let all = definitions();
        let base = &all[index % all.len()];
        let mut mutated = mutate(base, &path, with);
        if let Some(id) = mutated.get_mut("id") { *id = json!("custom_one"); }
        let options = json!({ "instruments": ["custom_one"], "definitions": [mutated] });
        if let Ok(config) = Options::from_value(&options).and_then(Options::resolve) {
            let instrument = &config.instruments[0];
            let mut given = Answers::new();
            for (item, value) in instrument.items.iter().zip(&answers) {
                if let Ok(a) = serde_json::from_value::<Answer>(value.clone()) { given.insert(item.id.clone(), a); }
            }
            for s in score(instrument, &given).scores {
                if let Some(v) = s.value { prop_assert!(v.is_finite(), "{} {v}", s.id); }
            }
        }
    }

    #[test]
    fn every_built_in_scores_answers_of_any_type(answers in prop::collection::vec(arb_json(), 0..40)) {
        for instrument in Library::builtin().builtins().unwrap() {
            let mut given = Answers::new();
            for (item, value) in instrument.items.iter().zip(&answers) {
                if let Ok(a) = serde_json::from_value::<Answer>(value.clone()) { given.insert(item.id.clone(), a); }
            }
            for s in score(&instrument, &given).scores {
                if let Some(v) = s.value { prop_assert!(v.is_finite()); }
            }
        }
    }

    #[test]
    fn text_packs_saved_drafts_and_envelopes_of_any_shape_are_read_or_refused((path, with) in mutation(), value in arb_json()) {
        let pack = json!({ "instrument": "odi", "version": "2.1a", "locale": "en", "title": "", "items": { "odi_1": { "text": "x", "options": { "0": "a" } } } });
        let _ = TextPack::read(&mutate(&pack, &path, with.clone()), "pack");
        let instruments: Vec<Rc<_>> = ["nrs11", "bodymap"].iter().map(|id| Library::builtin().get(id).unwrap()).collect();
        let draft = json!({ "format": 1, "savedAt": 1.0e12, "instruments": ["nrs11@x", "bodymap@y"], "page": 1,
            "answers": [{ "nrs11_now": 4 }, { "bodymap": { "regions": { "left_knee_front": { "intensity": 3 } } } }] });
        let _ = restore(&mutate(&draft, &path, with.clone()), &instruments, 1.0e12);
        let _ = restore(&value, &instruments, 1.0e12);
        let responses = example("summary-responses");
        let one = mutate(&responses[0], &path, with);
        let _ = envelope(&one, "response");
        let _ = envelope(&value, "response");
        let _ = verify_json(&one.to_string(), &Library::builtin());
        let _ = verify_json(&value.to_string(), &Library::builtin());
    }

    #[test]
    fn times_of_any_text_parse_or_are_refused(text in "\\PC{0,30}", ms in any::<i64>()) {
        let _ = time::parse(&text);
        let shown = time::format(ms.clamp(-8_000_000_000_000, 250_000_000_000_000));
        prop_assert_eq!(time::parse(&shown), Some(ms.clamp(-8_000_000_000_000, 250_000_000_000_000)));
    }

    #[test]
    fn body_map_answers_of_any_shape_are_read_or_refused(value in arb_json()) {
        if let Ok(map) = serde_json::from_value::<BodyMapAnswer>(value) {
            let _ = pain_assessment::bodymap::measures(&map, &pain_assessment::bodymap::areas(), map.previous.as_deref());
        }
    }
}
