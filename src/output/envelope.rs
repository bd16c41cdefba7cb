//! The response envelope, version 1: what the widget emits on completion,
//! posts to the host's endpoint and what `verify` re-scores.

use crate::config::Config;
use crate::engine::{score, Session};
use crate::model::{Answers, SafetyFlag, ScoreResult};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The envelope's schema version. Raised only for changes a reader must know about.
pub const SCHEMA_VERSION: u32 = 1;

/// A completed (or, from `getResponse()`, in-progress) assessment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Envelope {
    /// Always 1 for this format.
    pub schema_version: u32,
    /// The widget that produced the response.
    pub widget: Widget,
    /// A random (version 4) UUID identifying this submission.
    pub submission_id: String,
    /// When the widget was shown to the patient (RFC 3339, UTC).
    pub started_at: String,
    /// When the patient submitted (RFC 3339, UTC); `null` while in progress.
    pub completed_at: Option<String>,
    /// The language of the widget's own words when the patient submitted
    /// (BCP 47). Each instrument records the language of its wording.
    pub locale: String,
    /// The host's opaque patient id, as given in the options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patient_id: Option<String>,
    /// The host's opaque encounter id, as given in the options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encounter_id: Option<String>,
    /// The assessment plan the instruments came from, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<String>,
    /// One entry per instrument, in the order shown.
    pub instruments: Vec<InstrumentResponse>,
    /// Each score's change since the patient's latest earlier response
    /// (given in the `history` option), judged against its MCID.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<crate::care::change::ScoreChange>,
    /// With the `diary` option, once submitted: the new diary entry and
    /// what the diary shows with it (relief, peak, durations, next due).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diary: Option<DiaryReport>,
}

/// A procedure diary's new entry and its reading.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DiaryReport {
    /// The procedure.
    pub procedure: crate::care::diary::Procedure,
    /// The entry this response adds.
    pub entry: crate::care::diary::DiaryEntry,
    /// The diary read with it.
    pub response: crate::care::diary::ProcedureResponse,
}

/// The widget's name and version.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Widget {
    /// Always `pain-assessment`.
    pub name: String,
    /// The widget's version (semver).
    pub version: String,
}

/// The answers to one instrument and what they score.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InstrumentResponse {
    /// The instrument's id, e.g. `phq9`.
    pub id: String,
    /// The version of the instrument definition used.
    pub version: String,
    /// The language of the wording the patient read (BCP 47): the
    /// instrument's own, or a validated translation's.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub language: String,
    /// The answers, by item id; unanswered items are absent.
    pub answers: Answers,
    /// Every score the instrument defines, computed from `answers`.
    pub scores: Vec<ScoreResult>,
    /// Safety flags raised by the answers; empty when none.
    pub safety: Vec<SafetyFlag>,
    /// The regions marked on a body map, coded (SNOMED CT site, laterality
    /// and topography); absent when the instrument has no body map.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<super::MarkedRegion>,
}

/// The parts of an envelope that come from outside the session.
#[derive(Clone, Debug, PartialEq)]
pub struct Meta {
    /// The submission's UUID.
    pub submission_id: String,
    /// When the session started (RFC 3339).
    pub started_at: String,
}

impl Envelope {
    /// Every safety flag in the envelope, across instruments.
    pub fn safety_flags(&self) -> impl Iterator<Item = &SafetyFlag> {
        self.instruments.iter().flat_map(|i| i.safety.iter())
    }
}

/// The envelope for `session` as it stands, scored by the engine.
pub fn build(session: &Session, config: &Config, meta: &Meta) -> Envelope {
    let mut envelope = build_scored(session, config, meta);
    if !config.history.is_empty() {
        envelope.changes = crate::care::change::changes(&envelope, &config.history, &session.instruments);
    }
    envelope.diary = diary_report(&envelope, config);
    envelope
}

/// The `diary` instrument's answer as the diary's next entry, timed at
/// submission, and the diary read with it.
fn diary_report(envelope: &Envelope, config: &Config) -> Option<DiaryReport> {
    let diary = config.diary.as_ref()?;
    let at = envelope.completed_at.clone()?;
    let answers = &envelope.instruments.iter().find(|r| r.id == "diary")?.answers;
    let pain = match answers.get("diary_pain")? {
        crate::model::Answer::Number(n) => u8::try_from(*n).ok()?,
        _ => return None,
    };
    let activity_tried = match answers.get("diary_activity") {
        Some(crate::model::Answer::Bool(b)) => Some(*b),
        _ => None,
    };
    let entry = crate::care::diary::DiaryEntry { at, pain, activity_tried };
    let response = crate::care::diary::read_all(diary, std::slice::from_ref(&entry));
    Some(DiaryReport { procedure: diary.procedure.clone(), entry, response })
}

fn build_scored(session: &Session, config: &Config, meta: &Meta) -> Envelope {
    let completed_at = match &session.stage {
        crate::engine::Stage::Complete { completed_at } => Some(completed_at.clone()),
        crate::engine::Stage::Filling => None,
    };
    Envelope {
        schema_version: SCHEMA_VERSION,
        widget: widget(),
        submission_id: meta.submission_id.clone(),
        started_at: meta.started_at.clone(),
        completed_at,
        locale: session.locale.tag().into(),
        patient_id: config.patient_id.clone(),
        encounter_id: config.encounter_id.clone(),
        plan: config.plan.clone(),
        instruments: session
            .instruments
            .iter()
            .zip(&session.answers)
            .enumerate()
            .map(|(i, (instrument, answers))| {
                let scored = score(instrument, answers);
                let language = config.wording(i, session.locale).map_or_else(|| instrument.language.clone(), |w| w.language.clone());
                InstrumentResponse {
                    id: instrument.id.clone(),
                    version: instrument.version.clone(),
                    language,
                    answers: answers.clone(),
                    scores: scored.scores,
                    safety: scored.safety,
                    regions: super::marked_regions(instrument, answers),
                }
            })
            .collect(),
        changes: Vec::new(),
        diary: None,
    }
}

/// This widget's name and version.
pub fn widget() -> Widget {
    Widget { name: "pain-assessment".into(), version: env!("CARGO_PKG_VERSION").into() }
}

/// A version 4 UUID from 16 random bytes (RFC 9562 §5.4): the version and
/// variant bits are set, the rest is the caller's randomness.
pub fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}
