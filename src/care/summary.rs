//! What a clinician's summary shows, computed from one patient's responses
//! and, where there is one, a procedure diary: the latest response's safety
//! flags first, its scores with their bands and their change since the
//! response before, every score over time, the latest body map, and the
//! procedure's response. The UI only draws this.

use super::change::{changes, series, ScoreChange, Series};
use super::diary::{read_all, Diary, ProcedureResponse};
use super::time;
use crate::model::{Answer, BodyMapAnswer, Instrument, SafetyFlag};
use crate::output::Envelope;
use std::rc::Rc;

/// The summary of one patient.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// When the latest response was completed (RFC 3339).
    pub latest_at: Option<String>,
    /// Its safety flags.
    pub safety: Vec<SafetyFlag>,
    /// Its scores, in the order of its instruments.
    pub rows: Vec<Row>,
    /// Every score over all responses.
    pub series: Vec<Series>,
    /// Its body map, if it has one.
    pub body_map: Option<BodyMapAnswer>,
    /// The procedure diary's response, with its positive and high thresholds.
    pub procedure: Option<(Diary, ProcedureResponse)>,
}

/// One score of the latest response.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The instrument's id.
    pub instrument: String,
    /// The instrument's title, from its definition (else its id).
    pub title: String,
    /// The score's label.
    pub label: String,
    /// The value; `None` when it could not be computed.
    pub value: Option<f64>,
    /// The band's label.
    pub band: Option<String>,
    /// The change since the response before.
    pub change: Option<ScoreChange>,
}

/// Summarises `responses` (completed ones, any order) and `diary`, with
/// `instruments` for titles and MCIDs.
pub fn summarise(responses: &[Envelope], diary: Option<&Diary>, instruments: &[Rc<Instrument>]) -> Summary {
    let mut dated: Vec<(i64, &Envelope)> = responses.iter().filter_map(|e| Some((time::parse(e.completed_at.as_deref()?)?, e))).collect();
    dated.sort_by_key(|(at, _)| *at);
    let latest = dated.last().map(|(_, e)| *e);
    let earlier: Vec<Envelope> = dated.iter().rev().skip(1).map(|(_, e)| (*e).clone()).collect();
    let found = latest.map(|l| changes(l, &earlier, instruments)).unwrap_or_default();
    // A body map's measures are shown with the map itself.
    let is_map = |r: &crate::output::InstrumentResponse| r.answers.values().any(|a| matches!(a, Answer::BodyMap(_)));
    let body_map_scores: Vec<(String, String)> = responses
        .iter()
        .flat_map(|e| e.instruments.iter())
        .filter(|r| is_map(r))
        .flat_map(|r| r.scores.iter().map(|s| (r.id.clone(), s.id.clone())))
        .collect();
    let rows = latest
        .into_iter()
        .flat_map(|l| l.instruments.iter())
        .flat_map(|response| {
            let title = instruments.iter().find(|i| i.id == response.id).map_or_else(|| response.id.clone(), |i| i.title.clone());
            let found = &found;
            let skip = is_map(response);
            response.scores.iter().filter(move |_| !skip).map(move |score| Row {
                instrument: response.id.clone(),
                title: title.clone(),
                label: score.label.clone(),
                value: score.value,
                band: score.band.as_ref().map(|b| b.label.clone()),
                change: found.iter().find(|c| c.instrument == response.id && c.score == score.id).cloned(),
            })
        })
        .collect();
    Summary {
        latest_at: latest.and_then(|l| l.completed_at.clone()),
        safety: latest.map(|l| l.safety_flags().cloned().collect()).unwrap_or_default(),
        rows,
        series: series(responses).into_iter().filter(|l| !body_map_scores.contains(&(l.instrument.clone(), l.score.clone()))).collect(),
        body_map: latest.and_then(|l| {
            l.instruments.iter().flat_map(|r| r.answers.values()).find_map(|a| match a {
                Answer::BodyMap(map) => Some(map.clone()),
                _ => None,
            })
        }),
        procedure: diary.map(|d| (d.clone(), read_all(d, &[]))),
    }
}
