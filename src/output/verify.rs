//! Re-scoring a submitted envelope, so a backend never has to trust the
//! browser's arithmetic.

use super::envelope::{Envelope, InstrumentResponse};
use crate::engine::{check_answer, score};
use crate::error::{Category, Error};
use crate::instruments::Library;
use crate::model::{Instrument, ScoreResult};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Two scores closer than this are the same score (means are not rounded).
const TOLERANCE: f64 = 1e-9;

/// The outcome of re-scoring an envelope.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Verification {
    /// True when every submitted score, band and flag equals the re-scored one.
    pub ok: bool,
    /// Each difference or problem found, in words.
    pub differences: Vec<String>,
    /// The envelope with every score and flag recomputed by this engine.
    pub rescored: Envelope,
}

/// Parses `json` as an envelope and re-scores it against `library`.
pub fn verify_json(json: &str, library: &Library) -> Result<Verification, Error> {
    let envelope: Envelope = serde_json::from_str(json)
        .map_err(|e| Error::new(Category::Response, format!("not a response envelope: {e}")))?;
    verify(&envelope, library)
}

/// Re-scores `envelope` and lists where the submitted results differ.
/// An unknown instrument, a different instrument version or an answer that
/// does not fit its item is an error: such a submission cannot be scored.
pub fn verify(envelope: &Envelope, library: &Library) -> Result<Verification, Error> {
    if envelope.schema_version != super::SCHEMA_VERSION {
        return Err(response_error(format!(
            "schemaVersion {} is not supported (expected {})",
            envelope.schema_version,
            super::SCHEMA_VERSION
        )));
    }
    let mut differences = Vec::new();
    let mut rescored = envelope.clone();
    for response in &mut rescored.instruments {
        let instrument = library.get(&response.id).map_err(|e| response_error(e.message))?;
        check_answers(&instrument, response)?;
        let fresh = score(&instrument, &response.answers);
        compare_scores(&response.id, &response.scores, &fresh.scores, &mut differences);
        if response.safety != fresh.safety {
            differences.push(format!("{}: submitted safety flags differ from the re-scored ones", response.id));
        }
        let regions = super::marked_regions(&instrument, &response.answers);
        if response.regions != regions {
            differences.push(format!("{}: submitted body map regions differ from the answers", response.id));
        }
        response.scores = fresh.scores;
        response.safety = fresh.safety;
        response.regions = regions;
    }
    Ok(Verification { ok: differences.is_empty(), differences, rescored })
}

fn response_error(message: impl Into<String>) -> Error {
    Error::new(Category::Response, message)
}

fn check_answers(instrument: &Instrument, response: &InstrumentResponse) -> Result<(), Error> {
    if response.version != instrument.version {
        return Err(response_error(format!(
            "{}: version {} was submitted but this engine scores version {}",
            response.id, response.version, instrument.version
        )));
    }
    for (id, answer) in &response.answers {
        let item = instrument
            .item(id)
            .ok_or_else(|| response_error(format!("{}: no item '{id}'", response.id)))?;
        check_answer(item, answer).map_err(|why| response_error(format!("{}: {why}", response.id)))?;
    }
    // The widget removes the answer of an item that its conditions no
    // longer ask; one in a submission was not given to this form as shown.
    let asked = crate::engine::enabled(instrument, &response.answers);
    if let Some(item) = instrument.items.iter().zip(asked).find(|(item, on)| !on && response.answers.contains_key(&item.id)) {
        return Err(response_error(format!(
            "{}: item '{}' is answered, but with these answers it is not asked ({})",
            response.id,
            item.0.id,
            crate::engine::enable::describe(item.0)
        )));
    }
    Ok(())
}

fn compare_scores(instrument: &str, submitted: &[ScoreResult], fresh: &[ScoreResult], out: &mut Vec<String>) {
    for expected in fresh {
        let Some(given) = submitted.iter().find(|s| s.id == expected.id) else {
            out.push(format!("{instrument}.{}: score missing from the submission", expected.id));
            continue;
        };
        let same_value = match (given.value, expected.value) {
            (Some(a), Some(b)) => (a - b).abs() < TOLERANCE,
            (None, None) => true,
            _ => false,
        };
        if !same_value {
            out.push(format!(
                "{instrument}.{}: submitted {} but re-scored {}",
                expected.id,
                show(given.value),
                show(expected.value)
            ));
        }
        if given.band != expected.band {
            let label = |s: &ScoreResult| s.band.as_ref().map_or("none".to_string(), |b| b.id.clone());
            out.push(format!(
                "{instrument}.{}: submitted band {} but re-scored {}",
                expected.id,
                label(given),
                label(expected)
            ));
        }
        if given.standard_error != expected.standard_error {
            out.push(format!("{instrument}.{}: the standard error differs", expected.id));
        }
        if given.prorated != expected.prorated {
            out.push(format!("{instrument}.{}: the prorated flag differs", expected.id));
        }
    }
    for given in submitted {
        if !fresh.iter().any(|s| s.id == given.id) {
            out.push(format!("{instrument}.{}: no such score", given.id));
        }
    }
}

fn show(value: Option<f64>) -> String {
    value.map_or("not scorable".into(), crate::engine::show_number)
}
