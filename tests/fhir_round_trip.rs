//! Every built-in instrument, exported as a FHIR R4 Questionnaire and
//! imported again, is the same instrument: it asks the same questions and
//! scores the same answers the same way.

use pain_assessment::import::{describe, questionnaire};
use pain_assessment::instruments::{builtin_ids, definition_from_value};
use pain_assessment::model::{Item, ItemKind};
use pain_assessment::output::fhir;
use pain_assessment::{score, validate_definition, Answer, Answers, Instrument, Library};
use serde_json::{json, Value};

/// The built-in `id` after export and import, read and checked.
#[track_caller]
fn round_trip(original: &Instrument) -> Instrument {
    let id = &original.id;
    let exported = fhir::questionnaire(original).unwrap_or_else(|e| panic!("{id}: not exported: {e}"));
    let definition = questionnaire(&exported).unwrap_or_else(|errors| panic!("{id}: refused: {}", describe(&errors)));
    let back = definition_from_value(&definition).unwrap_or_else(|e| panic!("{id}: {e}"));
    assert!(validate_definition(&back).is_empty(), "{id}");
    back
}

/// A small seeded generator, so each run tries the same answer sets.
struct Seeded(u64);

impl Seeded {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n.max(1) as u64) as usize
    }
}

/// Which answer an item gets: its lowest, its highest, or one at random.
#[derive(Clone, Copy)]
enum Pick {
    Min,
    Max,
    Random,
}

/// An answer `item` takes, or none (a gap).
fn answer(item: &Item, pick: Pick, r: &mut Seeded) -> Option<Answer> {
    let choose = |n: usize, r: &mut Seeded| match pick {
        Pick::Min => 0,
        Pick::Max => n.saturating_sub(1),
        Pick::Random => r.below(n),
    };
    let between = |min: i64, max: i64, r: &mut Seeded| match pick {
        Pick::Min => min,
        Pick::Max => max,
        Pick::Random => min + r.below((max - min).min(1000) as usize + 1) as i64,
    };
    Some(match &item.kind {
        ItemKind::Display {} => return None,
        ItemKind::SingleChoice { options, .. } => {
            // Options by score, so that min and max are the lowest and highest.
            let mut sorted: Vec<_> = options.iter().collect();
            sorted.sort_by_key(|o| o.score.unwrap_or(0));
            Answer::Text(sorted[choose(sorted.len(), r)].value.clone())
        }
        ItemKind::MultiChoice { options, .. } | ItemKind::Checklist { options } => Answer::Many(match pick {
            Pick::Min => Vec::new(),
            Pick::Max => options.iter().map(|o| o.value.clone()).collect(),
            Pick::Random => options.iter().filter(|_| r.below(2) == 1).map(|o| o.value.clone()).collect(),
        }),
        ItemKind::Rating { min, max, .. } | ItemKind::Number { min, max } => Answer::Number(between(i64::from(*min), i64::from(*max), r)),
        ItemKind::Vas { .. } => Answer::Number(between(0, 100, r)),
        ItemKind::Decimal { min, max } => Answer::Decimal(min.unwrap_or(0.0).max(max.unwrap_or(10.0).min(42.5))),
        ItemKind::YesNo { .. } => Answer::Bool(!matches!(pick, Pick::Min) && (matches!(pick, Pick::Max) || r.below(2) == 1)),
        ItemKind::Text { .. } => Answer::Text("as the patient put it".into()),
        ItemKind::BodyMap {} => {
            let regions = pain_assessment::bodymap::REGIONS;
            let count = choose(regions.len() + 1, r);
            let marked: serde_json::Map<String, Value> = (0..count)
                .map(|_| (regions[r.below(regions.len())].id.to_string(), json!({ "intensity": r.below(11) })))
                .collect();
            serde_json::from_value(json!({ "regions": marked })).ok()?
        }
    })
}

/// Answer sets for `instrument`: all lowest, all highest, and seeded
/// random ones, some with gaps.
fn answer_sets(instrument: &Instrument) -> Vec<Answers> {
    let mut r = Seeded(instrument.id.bytes().fold(7, |h, b| h * 31 + u64::from(b)));
    let mut sets = Vec::new();
    for (n, pick) in [Pick::Min, Pick::Max].into_iter().chain(std::iter::repeat(Pick::Random).take(60)).enumerate() {
        let gaps = n >= 32;
        let set: Answers = instrument
            .items
            .iter()
            .filter_map(|item| {
                let a = answer(item, pick, &mut r)?;
                (!gaps || r.below(5) != 0).then(|| (item.id.clone(), a))
            })
            .collect();
        sets.push(set);
    }
    sets
}

#[test]
fn every_built_in_asks_the_same_questions_after_export_and_import() {
    let library = Library::builtin();
    let mut checked = 0;
    for id in builtin_ids() {
        let original = library.get(id).unwrap();
        let back = round_trip(&original);
        assert_eq!((back.id.as_str(), back.version.as_str(), back.title.as_str()), (id, original.version.as_str(), original.title.as_str()));
        assert_eq!(back.items.len(), original.items.len(), "{id}");
        for (b, o) in back.items.iter().zip(&original.items) {
            assert_eq!((&b.id, &b.text, &b.kind, b.required), (&o.id, &o.text, &o.kind, o.required), "{id}");
            assert_eq!((&b.enable_when, b.enable_behavior, &b.within, &b.codes, b.clinician), (&o.enable_when, o.enable_behavior, &o.within, &o.codes, o.clinician), "{id}: {}", o.id);
        }
        assert_eq!((&back.licence, &back.codes, &back.url, &back.language), (&original.licence, &original.codes, &original.url, &original.language), "{id}");
        assert_eq!((&back.scores, &back.safety, &back.instructions), (&original.scores, &original.safety, &original.instructions), "{id}");
        // And nothing else differs either.
        assert_eq!(back, *original, "{id}");
        checked += 1;
    }
    assert_eq!(checked, builtin_ids().count());
    assert!(checked >= 30, "{checked}");
}

#[test]
fn every_built_in_scores_the_same_answers_the_same_way_after_export_and_import() {
    let library = Library::builtin();
    for id in builtin_ids() {
        let original = library.get(id).unwrap();
        let back = round_trip(&original);
        let sets = answer_sets(&original);
        let mut computed = 0;
        for answers in &sets {
            let (want, got) = (score(&original, answers), score(&back, answers));
            assert_eq!(got, want, "{id}: {answers:?}");
            computed += want.scores.iter().filter(|s| s.value.is_some()).count();
        }
        // The sets reach the scores, not only their refusals.
        assert!(original.scores.is_empty() || computed > 0, "{id}: no score was computed");
    }
}

#[test]
fn licensed_wording_stays_out_of_the_round_trip() {
    let library = Library::builtin();
    let licensed: Vec<_> = builtin_ids().map(|id| library.get(id).unwrap()).filter(|i| i.licence.text_required).collect();
    assert!(!licensed.is_empty());
    for original in licensed {
        let exported = fhir::questionnaire(&original).unwrap();
        assert!(exported["item"].as_array().unwrap().iter().all(|i| i.get("text").is_none()), "{}: no wording in FHIR", original.id);
        let back = round_trip(&original);
        assert!(back.licence.text_required && back.items.iter().all(|i| i.text.is_empty()), "{}", original.id);
    }
}

/// Our extensions are trusted only while the FHIR beside them agrees.
#[test]
fn an_export_edited_elsewhere_is_refused_not_overridden() {
    let phq9 = Library::builtin().get("phq9").unwrap();
    let mut q = fhir::questionnaire(&phq9).unwrap();
    q["item"][0]["answerOption"][1]["valueCoding"]["code"] = json!("LA-other");
    let errors = describe(&questionnaire(&q).unwrap_err());
    assert!(errors.contains("item 'phq9_1' (linkId phq9_1): extension urn:pain-assessment:item-kind: option 1 of the kind ('1') does not match answerOption[1]"), "{errors}");
    let mut q = fhir::questionnaire(&phq9).unwrap();
    q["item"][0]["type"] = json!("string");
    q["item"][0].as_object_mut().unwrap().remove("answerOption");
    let errors = describe(&questionnaire(&q).unwrap_err());
    assert!(errors.contains("the kind 'singleChoice' is a FHIR choice, but the item is a string"), "{errors}");
    // The item kind without the definition beside it is not ours.
    let mut q = fhir::questionnaire(&phq9).unwrap();
    q.as_object_mut().unwrap().remove("extension");
    let errors = describe(&questionnaire(&q).unwrap_err());
    assert!(errors.contains("extension urn:pain-assessment:item-kind is read only with urn:pain-assessment:definition on the Questionnaire"), "{errors}");
}

#[test]
fn pa_score_pipes_an_export_into_from_fhir() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let cli = env!("CARGO_BIN_EXE_pa-score");
    for id in ["phq9", "odi", "bodymap"] {
        let exported = Command::new(cli).args(["fhir-questionnaire", id]).output().unwrap();
        assert!(exported.status.success(), "{id}");
        let mut child = Command::new(cli).arg("from-fhir").stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        child.stdin.take().unwrap().write_all(&exported.stdout).unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{id}: {}", String::from_utf8_lossy(&out.stderr));
        let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
        let back = definition_from_value(&printed).unwrap();
        assert_eq!(back, *Library::builtin().get(id).unwrap(), "{id}");
    }
}
