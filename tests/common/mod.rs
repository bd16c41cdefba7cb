//! Helpers shared by the native tests: answers in, expected scores out.
#![allow(dead_code)]

use pain_assessment::{score, Answer, Answers, Instrument, Library, ScoreResult};
use std::rc::Rc;

pub fn builtin(id: &str) -> Rc<Instrument> {
    match Library::builtin().get(id) {
        Ok(instrument) => instrument,
        Err(e) => panic!("built-in {id} does not load: {e}"),
    }
}

/// PHQ-9 answers from item scores; `None` leaves the item unanswered.
pub fn phq9_answers(items: [Option<u8>; 9]) -> Answers {
    choices("phq9", &items)
}

/// PHQ-9 answers with every item answered.
pub fn phq9_all(items: [u8; 9]) -> Answers {
    phq9_answers(items.map(Some))
}

/// The score with `id` of `instrument` for `answers`.
pub fn score_of(instrument: &Instrument, answers: &Answers, id: &str) -> ScoreResult {
    let scored = score(instrument, answers);
    match scored.scores.into_iter().find(|s| s.id == id) {
        Some(s) => s,
        None => panic!("{} has no score {id}", instrument.id),
    }
}

/// Asserts the value and band id of a score.
#[track_caller]
pub fn assert_score(result: &ScoreResult, value: Option<f64>, band: Option<&str>) {
    assert_eq!(result.value, value, "value of {}", result.id);
    assert_eq!(result.band.as_ref().map(|b| b.id.as_str()), band, "band of {}", result.id);
}

/// Choice answers for items `<prefix>_1`, `<prefix>_2`, … from their
/// option values (the item scores); `None` leaves the item unanswered.
pub fn choices(prefix: &str, items: &[Option<u8>]) -> Answers {
    items
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.map(|v| (format!("{prefix}_{}", i + 1), Answer::Text(v.to_string()))))
        .collect()
}

/// `N` item scores of at most `max` adding up to `total`, filling items
/// from the first on.
#[track_caller]
pub fn items_summing_to<const N: usize>(total: u8, max: u8) -> [u8; N] {
    let mut items = [0u8; N];
    let mut left = total;
    for item in items.iter_mut() {
        *item = left.min(max);
        left -= *item;
    }
    assert_eq!(left, 0, "{total} is above {N} × {max}");
    items
}

/// Fails unless `def` is refused as a definition error mentioning `expected`.
#[track_caller]
pub fn assert_rejected(def: serde_json::Value, expected: &str) {
    match pain_assessment::instruments::parse_definition(&def.to_string()) {
        Ok(_) => panic!("accepted a definition that should fail with '{expected}'"),
        Err(e) => {
            assert_eq!(e.category, pain_assessment::Category::Definition);
            assert!(e.message.contains(expected), "'{}' does not mention '{expected}'", e.message);
        }
    }
}
