//! Published FHIR R4 Questionnaires (tests/fhir/questionnaires, see its
//! SOURCES.md): those within the supported subset import, pass the
//! definition checks and score as their own expressions do; the others are
//! refused with the reasons named here.

use pain_assessment::import::{describe, questionnaire};
use pain_assessment::instruments::definition_from_value;
use pain_assessment::engine::{check_answer, enabled};
use pain_assessment::model::ItemKind;
use pain_assessment::{score, validate_definition, Answer, Answers, Instrument};
use serde_json::Value;

fn load(name: &str) -> Value {
    let path = format!("{}/tests/fhir/questionnaires/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[track_caller]
fn imported(name: &str) -> Value {
    questionnaire(&load(name)).unwrap_or_else(|errors| panic!("{name} refused: {}", describe(&errors)))
}

#[track_caller]
fn instrument(name: &str) -> Instrument {
    let definition = imported(name);
    let instrument = definition_from_value(&definition).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert!(validate_definition(&instrument).is_empty());
    instrument
}

/// The LOINC PHQ-9 (LHC-Forms export): the nine questions' linkIds.
const PHQ9: [&str; 9] = ["/44250-9", "/44255-8", "/44259-0", "/44254-1", "/44251-7", "/44258-2", "/44252-5", "/44253-3", "/44260-8"];

/// What the Questionnaire's own expression gives: each answered item's
/// ordinalValue, read from the resource itself, an unanswered one as 0.
fn phq9_expression(q: &Value, chosen: &[Option<usize>; 9]) -> f64 {
    PHQ9.iter().zip(chosen).filter_map(|(id, pick)| {
        let item = q["item"].as_array()?.iter().find(|i| i["linkId"] == *id)?;
        let option = &item["answerOption"][(*pick)?];
        option["extension"].as_array()?.iter().find(|e| e["url"] == "http://hl7.org/fhir/StructureDefinition/ordinalValue")?["valueDecimal"].as_f64()
    }).sum()
}

fn phq9_answers(q: &Value, chosen: &[Option<usize>; 9]) -> Answers {
    let mut answers = Answers::new();
    for (id, pick) in PHQ9.iter().zip(chosen) {
        let Some(pick) = pick else { continue };
        let item = q["item"].as_array().unwrap().iter().find(|i| i["linkId"] == *id).unwrap();
        let code = item["answerOption"][*pick]["valueCoding"]["code"].as_str().unwrap();
        answers.insert(id.to_string(), Answer::Text(code.to_string()));
    }
    answers
}

/// The FHIR Bundle of a completed response of `tool` with `answers`.
fn phq9_bundle(tool: &Instrument, answers: &Answers) -> Value {
    use pain_assessment::output::{build, fhir, uuid_v4, Meta};
    use pain_assessment::{Action, Library, Options, Session};
    let definition = imported("loinc-phq9");
    let config = Options::from_value(&serde_json::json!({ "instruments": [tool.id], "definitions": [load("loinc-phq9")] }))
        .and_then(Options::resolve)
        .unwrap();
    let mut s = Session::new(config.instruments.clone());
    for (item, answer) in answers.iter() {
        s = s.reduce(Action::Answer { item: item.clone(), value: Some(answer.clone()) });
    }
    let s = s.reduce(Action::Submit { at: "2026-11-29T08:05:00.000Z".into() });
    let envelope = build(&s, &config, &Meta { submission_id: uuid_v4([3; 16]), started_at: "2026-11-29T08:00:00.000Z".into() });
    let mut library = Library::builtin();
    library.add(definition_from_value(&definition).unwrap()).unwrap();
    fhir::bundle(&envelope, &library).unwrap()
}

#[test]
fn loinc_phq9_imports_and_totals_as_its_calculated_expression() {
    let q = load("loinc-phq9");
    let tool = instrument("loinc-phq9");
    assert_eq!((tool.id.as_str(), tool.version.as_str()), ("44249-1-x", pain_assessment::import::UNVERSIONED));
    assert_eq!(tool.codes[0].code, "44249-1");
    let total = &tool.scores[0];
    assert_eq!((total.id.as_str(), total.items.len(), total.range.max), ("/44261-6", 9, 27.0));
    // Each branch of iif(%qN.exists(), %qN, 0) with every item answered,
    // and each option of every item at least once.
    let cases: [[Option<usize>; 9]; 5] = [
        [Some(0); 9],
        [Some(3); 9],
        [Some(0), Some(1), Some(2), Some(3), Some(0), Some(1), Some(2), Some(3), Some(1)],
        [Some(3), Some(2), Some(1), Some(0), Some(3), Some(2), Some(1), Some(0), Some(2)],
        [Some(1), Some(1), Some(1), Some(1), Some(1), Some(1), Some(1), Some(1), Some(0)],
    ];
    for chosen in cases {
        let scored = score(&tool, &phq9_answers(&q, &chosen));
        assert_eq!(scored.scores[0].value, Some(phq9_expression(&q, &chosen)), "{chosen:?}");
    }
    // The Questionnaire leaves item 9 optional and would total the other
    // eight; here a total with an item missing is not computed, and the
    // definition says so.
    let mut partial = [Some(2); 9];
    partial[8] = None;
    assert_eq!(phq9_expression(&q, &partial), 16.0);
    assert_eq!(score(&tool, &phq9_answers(&q, &partial)).scores[0].value, None);
    assert!(tool.notes.iter().any(|n| n.contains("leaving out '/44260-8' (optional) has no total")), "{:?}", tool.notes);
    // The response answers with the codings as the Questionnaire gives
    // them: LOINC answer codes with no system stated.
    let bundle = phq9_bundle(&tool, &phq9_answers(&q, &[Some(1); 9]));
    let qr = &bundle["entry"][0]["resource"];
    assert_eq!(qr["questionnaire"], "urn:pain-assessment:questionnaire:44249-1-x|unversioned", "it states no url or version");
    let first = qr["item"].as_array().unwrap().iter().find(|i| i["linkId"] == "/44250-9").unwrap();
    assert_eq!(first["answer"], serde_json::json!([{ "valueCoding": { "code": "LA6569-3", "display": "Several days" } }]));
    // LHC-Forms' coding instructions shown with the difficulty question
    // come just before it; those on the total are kept as a note.
    let at = tool.items.iter().position(|i| i.id == "/69722-7").unwrap();
    assert_eq!(tool.items[at - 1].id, "/69722-7-note");
    assert_eq!(tool.items[at - 1].text, "If you checked off any problems on this questionnaire");
    assert!(tool.notes.iter().any(|n| n.starts_with("Item '/44261-6' of the Questionnaire notes: The PHQ-9 is the standard")));
}

#[test]
fn the_pain_slider_is_a_zero_to_ten_rating() {
    let tool = instrument("spezi-pain-slider");
    assert_eq!(tool.id, "sliderexample", "the id has a space, so the url's last segment names it");
    let item = &tool.items[0];
    assert_eq!(item.kind, pain_assessment::model::ItemKind::Rating { min: 0, max: 10, min_label: String::new(), max_label: String::new() });
    assert!(pain_assessment::engine::check_answer(item, &Answer::Number(7)).is_ok());
    assert!(pain_assessment::engine::check_answer(item, &Answer::Number(11)).is_err());
}

#[test]
fn the_form_example_flattens_its_group_with_an_open_choice() {
    let tool = instrument("spezi-form-example");
    assert_eq!(tool.items.len(), 5);
    let heading = &tool.items[1];
    assert_eq!(heading.kind, ItemKind::Display {}, "the group is a heading");
    assert!(tool.items[2..].iter().all(|i| i.within.as_deref() == Some(heading.id.as_str())));
    let flavour = &tool.items[3];
    assert!(matches!(&flavour.kind, ItemKind::SingleChoice { other: true, .. }), "the flavour is an open choice");
    let system = &flavour.kind.options()[0].codes[0].system;
    assert!(system.starts_with("urn:uuid:"), "each option keeps its coding's system: {system}");
    // Chosen or typed, the flavour is an answer; the heading asks nothing.
    assert!(check_answer(flavour, &Answer::Text("chocolate".into())).is_ok());
    assert!(check_answer(flavour, &Answer::Text("pistachio".into())).is_ok());
    assert!(enabled(&tool, &Answers::new()).iter().all(|on| *on), "nothing here is conditional");
}

#[test]
fn the_multiple_enable_when_example_asks_as_its_any_and_all_say() {
    let tool = instrument("spezi-multiple-enablewhen");
    let ids: Vec<&str> = tool.items.iter().map(|i| i.id.as_str()).collect();
    let (sky, grass, dozen, any, all) = (ids[0], ids[1], ids[2], 3, 4);
    assert_eq!((tool.items[any].kind.clone(), tool.items[all].kind.clone()), (ItemKind::Display {}, ItemKind::Display {}));
    let given = |answers: &[(&str, Answer)]| -> Answers { answers.iter().map(|(id, a)| (id.to_string(), a.clone())).collect() };
    // Every branch: none right, each one right alone, all right.
    let cases: Vec<(Answers, bool, bool)> = vec![
        (given(&[]), false, false),
        (given(&[(sky, Answer::Bool(false)), (grass, Answer::Text("red".into())), (dozen, Answer::Number(10))]), false, false),
        (given(&[(sky, Answer::Bool(true))]), true, false),
        (given(&[(grass, Answer::Text("green".into()))]), true, false),
        (given(&[(dozen, Answer::Number(12))]), true, false),
        (given(&[(sky, Answer::Bool(true)), (grass, Answer::Text("green".into())), (dozen, Answer::Number(12))]), true, true),
    ];
    for (answers, shown_any, shown_all) in cases {
        let asked = enabled(&tool, &answers);
        assert_eq!((asked[any], asked[all]), (shown_any, shown_all), "{answers:?}");
    }
}

/// The concepts of the ValueSet `id` contained in `q`, with the
/// ordinalValue each carries in the file.
fn contained_concepts(q: &Value, id: &str) -> Vec<(String, Option<f64>)> {
    let vs = q["contained"].as_array().unwrap().iter().find(|r| r["id"] == id).unwrap();
    vs["compose"]["include"].as_array().unwrap().iter().flat_map(|i| i["concept"].as_array().unwrap()).map(|c| {
        let ordinal = c["extension"].as_array().into_iter().flatten()
            .find(|e| e["url"] == "http://hl7.org/fhir/StructureDefinition/ordinalValue").and_then(|e| e["valueDecimal"].as_f64());
        (c["code"].as_str().unwrap().to_string(), ordinal)
    }).collect()
}

/// A small seeded generator, so each run tries the same answer sets.
struct Seeded(u64);

impl Seeded {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

#[test]
fn the_sdc_phq9_takes_its_options_from_the_contained_value_set_and_totals_as_its_expression() {
    let q = load("sdc-phq9");
    let tool = instrument("sdc-phq9");
    assert_eq!((tool.id.as_str(), tool.version.as_str()), ("SDCPHQ9", "0.0.1"));
    let concepts = contained_concepts(&q, "VSPHQ9");
    let questions: Vec<&str> = tool.items.iter().filter(|i| i.kind != ItemKind::Display {}).map(|i| i.id.as_str()).collect();
    assert_eq!(questions.len(), 9);
    for id in &questions {
        let options = tool.item(id).unwrap().kind.options();
        let ours: Vec<(String, Option<f64>)> = options.iter().map(|o| (o.value.clone(), o.score.map(f64::from))).collect();
        assert_eq!(ours, concepts, "{id}: each concept, its code and its ordinalValue");
        assert_eq!(options[0].codes[0].system, "http://hl7.org/fhir/uv/sdc/CodeSystem/CSPHQ9");
    }
    // The quantity item's %resource.answers().value.ordinal().sum() is a
    // sum over the nine, with its LOINC code.
    let total = &tool.scores[0];
    assert_eq!((total.id.as_str(), total.items.len(), total.range.max, total.codes[0].code.as_str()), ("H1/TS", 9, 27.0, "44261-6"));
    // The expression, read from the file: the ordinals of the answers given.
    let expression = |picks: &[usize]| -> f64 { picks.iter().map(|p| concepts[*p].1.unwrap()).sum() };
    let answers = |picks: &[usize]| -> Answers {
        questions.iter().zip(picks).map(|(id, p)| (id.to_string(), Answer::Text(concepts[*p].0.clone()))).collect()
    };
    let mut cases = vec![vec![0; 9], vec![3; 9]];
    let mut seeded = Seeded(9);
    cases.extend((0..40).map(|_| (0..9).map(|_| seeded.below(4)).collect::<Vec<_>>()));
    for picks in &cases {
        assert_eq!(score(&tool, &answers(picks)).scores[0].value, Some(expression(picks)), "{picks:?}");
    }
    // Its questions are optional, and the expression sums what is there;
    // here a total with a gap is not computed, and the notes say so.
    let mut gap = answers(&[2; 9]);
    gap.remove(questions[4]);
    assert_eq!(score(&tool, &gap).scores[0].value, None);
    assert!(tool.notes.iter().any(|n| n.contains("'H1/TS' counts an unanswered item as 0")), "{:?}", tool.notes);
}

#[test]
fn the_gad7_and_ipss_take_their_options_from_contained_value_sets() {
    for (name, vs, questions, scored) in [("spezi-gad7", "VSGAD7", 7, 7), ("spezi-ipss", "VSIPSS", 7, 6)] {
        let q = load(name);
        let tool = instrument(name);
        let concepts = contained_concepts(&q, vs);
        let asked: Vec<_> = tool.items.iter().filter(|i| i.kind != ItemKind::Display {}).collect();
        assert_eq!(asked.len(), questions, "{name}");
        assert!(asked.iter().all(|i| i.required), "{name}: every question is required");
        let from_vs: Vec<_> = asked.iter().filter(|i| {
            let ours: Vec<(String, Option<f64>)> = i.kind.options().iter().map(|o| (o.value.clone(), o.score.map(f64::from))).collect();
            ours == concepts
        }).collect();
        assert_eq!(from_vs.len(), scored, "{name}: the questions on {vs}, each concept with its ordinalValue");
        // Neither states a total, so none is made up.
        assert!(tool.scores.is_empty(), "{name}");
    }
    // The IPSS's nocturia question lists its options inline, codes '0' to
    // '5' with no weight: they are options, unscored.
    let ipss = instrument("spezi-ipss");
    let nocturia = ipss.item("0c29668e-2c78-40cc-827f-d9c200284aa2").unwrap();
    let values: Vec<&str> = nocturia.kind.options().iter().map(|o| o.value.as_str()).collect();
    assert_eq!(values, ["0", "1", "2", "3", "4", "5"]);
    assert!(nocturia.kind.options().iter().all(|o| o.score.is_none()));
    // The GAD-7's group, required with every question in it required, is
    // the heading its questions sit within.
    let gad7 = instrument("spezi-gad7");
    assert_eq!(gad7.items[0].kind, ItemKind::Display {});
    assert!(gad7.items[1..].iter().all(|i| i.within.as_deref() == Some(gad7.items[0].id.as_str())));
}

/// The published Questionnaires that import in full.
#[test]
fn seven_published_questionnaires_import_in_full() {
    let all = ["loinc-phq9", "sdc-phq9", "spezi-gad7", "spezi-ipss", "spezi-pain-slider", "spezi-form-example", "spezi-multiple-enablewhen"];
    for name in all {
        instrument(name);
    }
}

/// The refusals of each Questionnaire outside the subset, in full.
#[test]
fn questionnaires_outside_the_subset_are_refused_with_their_reasons() {
    let table: &[(&str, &[&str])] = &[
        ("fhir-r4-gcs", &[
            "item '1.1' (linkId 1.1): a choice item needs text to show (text, or a prefix): it has none",
            "item '1.2' (linkId 1.2): a choice item needs text to show",
            "item '1.3' (linkId 1.3): a choice item needs text to show",
        ]),
        ("sdc-framingham-hchd", &[
            "item '/8480-6' (linkId /8480-6): a unit (questionnaire-unit) is not supported",
            "item 'riskDecimal' (linkId riskDecimal): calculatedExpression '%risk' is not supported",
            "item 'riskPercentage' (linkId riskPercentage): a calculated item of type 'string' is not supported",
        ]),
        ("sdc-enablewhen", &[
            "item 'date_of_birth_question' (linkId date_of_birth_question): type 'date' is not supported",
            "item 'datetime_question' (linkId datetime_question): type 'time' is not supported",
            "enableWhen[0]: answerDecimal does not fit question 's3-radio'",
        ]),
        ("sdc-all-data-types", &[
            "item 'id-date' (linkId id-date): type 'date' is not supported",
            "item 'id-attachment' (linkId id-attachment): type 'attachment' is not supported",
            "item 'id-choice' (linkId id-choice): answerValueSet 'http://sqlonfhir-r4.azurewebsites.net/fhir/ValueSet/866d7924e20711d48c540020182939f7' is not supported: only a ValueSet contained in the Questionnaire ('#id') is read, nothing is fetched",
        ]),
        ("lhc-enablewhen-test", &[
            "the Questionnaire: neither name (absent), id (absent) nor the url's last segment (absent) fits an instrument id",
            "item 'Q4' (linkId Q4): type 'date' is not supported",
            "item 'Q9c' (linkId Q9c): answerOption on a date item is not supported",
            "item 'Q4-exists' (linkId Q4-exists): enableWhen[0]: question 'Q4' is refused itself",
        ]),
    ];
    for (name, expected) in table {
        let errors = match questionnaire(&load(name)) {
            Ok(_) => panic!("{name} imported"),
            Err(errors) => describe(&errors),
        };
        for reason in *expected {
            assert!(errors.contains(reason), "{name}: {errors}\n  does not say: {reason}");
        }
    }
}

fn from_fhir(stdin: &str) -> (i32, String, String) {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_pa-score"))
        .arg("from-fhir")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

#[test]
fn pa_score_from_fhir_prints_the_definition_or_every_refusal() {
    let phq9 = load("loinc-phq9").to_string();
    let (code, out, _) = from_fhir(&phq9);
    assert_eq!(code, 0);
    let printed: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(printed, imported("loinc-phq9"));
    assert!(out.contains("\n  \"id\""), "pretty-printed");

    let (code, out, err) = from_fhir(&load("fhir-r4-gcs").to_string());
    assert_eq!((code, out.as_str()), (1, ""));
    assert_eq!(err.lines().count(), 3, "{err}");
    assert!(err.lines().all(|l| l.starts_with("pa-score: item '1.") && l.contains("needs text to show")), "{err}");

    let (code, _, err) = from_fhir("not json");
    assert_eq!(code, 2, "{err}");
}
