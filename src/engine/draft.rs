//! Answers saved as they are given, so that a reload, a crash or a closed
//! tab does not cost the patient their work: the saved form, and the
//! checks that decide whether it may be offered back. Pure; the host keeps
//! the text in localStorage.

use crate::model::read::{answer, Obj};
use crate::model::{Answers, Instrument};
use crate::engine::check_answer;
use serde_json::Value;
use std::rc::Rc;

/// The saved form's version; a draft of another version is discarded.
pub const FORMAT: i64 = 1;

/// How long a draft is kept: a day.
pub const KEEP_MS: f64 = 24.0 * 60.0 * 60.0 * 1000.0;

/// A patient's unfinished answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// When it was saved (ms since 1970).
    pub saved_at: f64,
    /// The page the patient was on.
    pub page: usize,
    /// The answers, one map per instrument, in the order shown.
    pub answers: Vec<Answers>,
}

/// Why a saved draft is not offered back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stale {
    /// Older than [`KEEP_MS`].
    Expired,
    /// Saved for other instruments or other versions of them.
    Outdated,
    /// Not a draft this widget can read; the reason.
    Corrupt(String),
}

/// The saved form, written straight to JSON text.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Saved<'a> {
    format: i64,
    saved_at: u64,
    instruments: Vec<(&'a str, &'a str)>,
    page: usize,
    answers: &'a [Answers],
}

/// The draft of `answers` (on `page`) for `instruments` as JSON text.
pub fn save(instruments: &[Rc<Instrument>], answers: &[Answers], page: usize, now: f64) -> String {
    let saved = Saved {
        format: FORMAT,
        saved_at: now as u64,
        instruments: instruments.iter().map(|i| (i.id.as_str(), i.version.as_str())).collect(),
        page,
        answers,
    };
    serde_json::to_string(&saved).unwrap_or_default()
}

/// The draft in `value` if it may be offered back for `instruments` at
/// time `now`. An answer that no longer fits its item is left out, so a
/// restored session never holds an answer the patient could not give.
pub fn restore(value: &Value, instruments: &[Rc<Instrument>], now: f64) -> Result<Draft, Stale> {
    let corrupt = |why: String| Stale::Corrupt(why);
    let o = Obj::new(value, "draft", &["format", "savedAt", "instruments", "page", "answers"]).map_err(corrupt)?;
    if o.opt_int("format").map_err(corrupt)? != Some(FORMAT as i32) {
        return Err(Stale::Outdated);
    }
    let saved_at = value["savedAt"].as_f64().ok_or_else(|| corrupt("draft.savedAt: expected a time".into()))?;
    if !(saved_at <= now && now - saved_at <= KEEP_MS) {
        return Err(Stale::Expired);
    }
    let listed: Vec<(&str, &str)> = value["instruments"]
        .as_array()
        .map(|list| list.iter().filter_map(|pair| Some((pair[0].as_str()?, pair[1].as_str()?))).collect())
        .unwrap_or_default();
    let wanted: Vec<(&str, &str)> = instruments.iter().map(|i| (i.id.as_str(), i.version.as_str())).collect();
    if listed != wanted {
        return Err(Stale::Outdated);
    }
    let saved = value["answers"].as_array().filter(|a| a.len() == instruments.len()).ok_or_else(|| corrupt("draft.answers: one map per instrument expected".into()))?;
    let mut answers = Vec::with_capacity(instruments.len());
    for (i, (instrument, saved)) in instruments.iter().zip(saved).enumerate() {
        let Value::Object(map) = saved else { return Err(corrupt(format!("draft.answers[{i}]: expected an object"))) };
        let mut kept = Answers::new();
        for (id, value) in map {
            let given = answer(value, &format!("draft.answers[{i}].{id}")).map_err(corrupt)?;
            if instrument.item(id).is_some_and(|item| check_answer(item, &given).is_ok()) {
                kept.insert(id.clone(), given);
            }
        }
        answers.push(kept);
    }
    let page = value["page"].as_u64().map_or(0, |p| p as usize).min(instruments.len().saturating_sub(1));
    Ok(Draft { saved_at, page, answers })
}
