//! Response envelopes read by hand from JSON, for the browser widget (a
//! patient's `history`, the clinician's summary): the same checks a reader
//! needs, without serde's derived deserializers, which would more than
//! double the code the widget ships. Reads every field the envelope can
//! have; each mistake names its path.

use super::{Envelope, InstrumentResponse, Widget};
use crate::model::read::{answer, as_int, as_string, code, Obj};
use crate::model::{BandResult, Range, SafetyFlag, ScoreResult};
use serde_json::Value;

/// Reads a response envelope (schema version 1).
pub fn envelope(value: &Value, path: &str) -> Result<Envelope, String> {
    let o = Obj::new(
        value,
        path,
        &["schemaVersion", "widget", "submissionId", "startedAt", "completedAt", "locale", "patientId", "encounterId", "plan", "instruments", "changes", "diary"],
    )?;
    let version = as_int(o.need("schemaVersion")?, &o.at("schemaVersion"))?;
    if version != 1 {
        return Err(format!("{}: version {version} is not 1", o.at("schemaVersion")));
    }
    let widget = Obj::new(o.need("widget")?, &o.at("widget"), &["name", "version"])?;
    Ok(Envelope {
        schema_version: 1,
        widget: Widget { name: widget.string("name")?, version: widget.string("version")? },
        submission_id: o.string("submissionId")?,
        started_at: o.string("startedAt")?,
        completed_at: match o.get("completedAt") {
            None | Some(Value::Null) => None,
            Some(v) => Some(as_string(v, &o.at("completedAt"))?),
        },
        locale: o.string("locale")?,
        patient_id: o.opt_string("patientId")?,
        encounter_id: o.opt_string("encounterId")?,
        plan: o.opt_string("plan")?,
        instruments: o.list("instruments", instrument)?,
        // Earlier changes and diary readings are not carried forward: they
        // are recomputed.
        changes: Vec::new(),
        diary: None,
    })
}

fn instrument(value: &Value, path: &str) -> Result<InstrumentResponse, String> {
    let o = Obj::new(value, path, &["id", "version", "language", "answers", "scores", "safety", "regions"])?;
    let mut answers = crate::model::Answers::new();
    if let Some(given) = o.get("answers") {
        let Value::Object(map) = given else { return Err(format!("{}: expected an object", o.at("answers"))) };
        for (item, v) in map {
            answers.insert(item.clone(), answer(v, &format!("{}.{item}", o.at("answers")))?);
        }
    }
    Ok(InstrumentResponse {
        id: o.string("id")?,
        version: o.string("version")?,
        language: o.opt_string("language")?.unwrap_or_default(),
        answers,
        scores: o.list("scores", score)?,
        safety: o.list("safety", safety)?,
        // Coded regions are derived from the answers when needed.
        regions: Vec::new(),
    })
}

fn score(value: &Value, path: &str) -> Result<ScoreResult, String> {
    let o = Obj::new(
        value,
        path,
        &["id", "label", "value", "range", "standardError", "band", "method", "itemsUsed", "itemsMissing", "prorated", "notScorable", "codes"],
    )?;
    let range = Obj::new(o.need("range")?, &o.at("range"), &["min", "max"])?;
    Ok(ScoreResult {
        id: o.string("id")?,
        label: o.string("label")?,
        value: match o.get("value") {
            None | Some(Value::Null) => None,
            Some(_) => o.opt_number("value")?,
        },
        range: Range { min: range.number("min")?, max: range.number("max")? },
        standard_error: o.opt_number("standardError")?,
        band: match o.get("band") {
            None | Some(Value::Null) => None,
            Some(v) => {
                let b = Obj::new(v, &o.at("band"), &["id", "label"])?;
                Some(BandResult { id: b.string("id")?, label: b.string("label")? })
            }
        },
        method: o.string("method")?,
        items_used: o.list("itemsUsed", as_string)?,
        items_missing: o.list("itemsMissing", as_string)?,
        prorated: o.flag("prorated", false)?,
        not_scorable: o.opt_string("notScorable")?,
        codes: o.list("codes", code)?,
    })
}

fn safety(value: &Value, path: &str) -> Result<SafetyFlag, String> {
    let o = Obj::new(value, path, &["id", "instrument", "item", "itemScore", "message"])?;
    Ok(SafetyFlag {
        id: o.string("id")?,
        instrument: o.string("instrument")?,
        item: o.string("item")?,
        item_score: as_int(o.need("itemScore")?, &o.at("itemScore"))?,
        message: o.string("message")?,
    })
}
