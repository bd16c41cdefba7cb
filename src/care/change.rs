//! Change over time: each score of today's response against the same score
//! in the patient's earlier responses, and whether the change reaches the
//! instrument's minimal clinically important difference (MCID). The MCID
//! and its source come from the instrument's definition (`scores[].mcid`).
//!
//! Published MCIDs were derived for improvement. A change as large in the
//! worse direction is reported as "worsened" by the same yardstick; the
//! output says which MCID was used so a clinician can judge.

use super::time;
use crate::model::{Better, Instrument, Mcid};
use crate::output::Envelope;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How a score moved against the earlier one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum ChangeStatus {
    /// Better by at least the MCID.
    Improved,
    /// Worse by at least the MCID.
    Worsened,
    /// Changed by less than the MCID either way.
    NoImportantChange,
    /// The score has no published MCID in its definition.
    NoMcid,
}

/// One score's change since an earlier response.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ScoreChange {
    /// The instrument's id.
    pub instrument: String,
    /// The score's id within the instrument.
    pub score: String,
    /// The score now.
    pub value: f64,
    /// The same score in the earlier response.
    pub earlier: f64,
    /// When the earlier response was completed (RFC 3339).
    pub earlier_at: String,
    /// `value − earlier`.
    pub change: f64,
    /// The change as a percentage of the earlier score; absent when that was 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent: Option<f64>,
    /// Whether the change reaches the MCID, and which way.
    pub status: ChangeStatus,
    /// The MCID used, with its source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mcid: Option<Mcid>,
}

/// Every score in `now` that also has a value in an earlier response (the
/// most recent completed one holding the same instrument version), with
/// its change. Responses to other versions of an instrument are never
/// compared: their scores need not mean the same.
pub fn changes(now: &Envelope, earlier: &[Envelope], instruments: &[impl AsRef<Instrument>]) -> Vec<ScoreChange> {
    let mut ordered: Vec<(i64, &Envelope)> =
        earlier.iter().filter_map(|e| Some((time::parse(e.completed_at.as_deref()?)?, e))).collect();
    ordered.sort_by_key(|(at, _)| std::cmp::Reverse(*at));
    let mut out = Vec::new();
    for response in &now.instruments {
        let definition = instruments.iter().map(AsRef::as_ref).find(|i| i.id == response.id && i.version == response.version);
        for score in &response.scores {
            let Some(value) = score.value else { continue };
            let before = ordered.iter().find_map(|(_, envelope)| {
                let same = envelope.instruments.iter().find(|r| r.id == response.id && r.version == response.version)?;
                let earlier = same.scores.iter().find(|s| s.id == score.id)?.value?;
                Some((earlier, envelope.completed_at.clone().unwrap_or_default()))
            });
            let Some((earlier, earlier_at)) = before else { continue };
            let mcid = definition.and_then(|d| d.scores.iter().find(|s| s.id == score.id)).and_then(|s| s.mcid.as_ref());
            out.push(ScoreChange {
                instrument: response.id.clone(),
                score: score.id.clone(),
                value,
                earlier,
                earlier_at,
                change: value - earlier,
                percent: (earlier != 0.0).then(|| (value - earlier) / earlier.abs() * 100.0),
                status: mcid.map_or(ChangeStatus::NoMcid, |m| judge(m, earlier, value)),
                mcid: mcid.cloned(),
            });
        }
    }
    out
}

/// Improved or worsened when the change in the better (or worse) direction
/// reaches the points bound or, where given, the percentage of the earlier
/// score: "X points or Y %" as the sources state them (e.g. Ostelo 2008).
/// A change exactly at the bound reaches it.
pub fn judge(mcid: &Mcid, earlier: f64, now: f64) -> ChangeStatus {
    const EPSILON: f64 = 1e-9;
    let gain = match mcid.better {
        Better::Lower => earlier - now,
        Better::Higher => now - earlier,
    };
    let reaches = |size: f64| {
        mcid.points.is_some_and(|p| size >= p - EPSILON)
            || (earlier != 0.0 && mcid.percent.is_some_and(|p| size / earlier.abs() * 100.0 >= p - EPSILON))
    };
    if gain > 0.0 && reaches(gain) {
        ChangeStatus::Improved
    } else if gain < 0.0 && reaches(-gain) {
        ChangeStatus::Worsened
    } else {
        ChangeStatus::NoImportantChange
    }
}

/// One score over time, for a trend plot: (completed at, value) in time
/// order, across `responses` (any order), one series per instrument
/// version and score.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Series {
    /// The instrument's id.
    pub instrument: String,
    /// The score's id.
    pub score: String,
    /// The score's label.
    pub label: String,
    /// The score's range, for the plot's axis.
    pub range: (f64, f64),
    /// (ms since 1970, value), oldest first.
    pub points: Vec<(i64, f64)>,
}

/// Every score's series across `responses`.
pub fn series(responses: &[Envelope]) -> Vec<Series> {
    let mut out: Vec<Series> = Vec::new();
    let mut dated: Vec<(i64, &Envelope)> = responses.iter().filter_map(|e| Some((time::parse(e.completed_at.as_deref()?)?, e))).collect();
    dated.sort_by_key(|(at, _)| *at);
    for (at, envelope) in dated {
        for response in &envelope.instruments {
            for score in &response.scores {
                let Some(value) = score.value else { continue };
                let key = |s: &&mut Series| s.instrument == response.id && s.score == score.id;
                match out.iter_mut().find(key) {
                    Some(line) => line.points.push((at, value)),
                    None => out.push(Series {
                        instrument: response.id.clone(),
                        score: score.id.clone(),
                        label: score.label.clone(),
                        range: (score.range.min, score.range.max),
                        points: vec![(at, value)],
                    }),
                }
            }
        }
    }
    out
}
