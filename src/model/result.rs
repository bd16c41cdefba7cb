//! What the engine computes from answers: scores and safety flags.

use super::instrument::{Code, Range};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One computed score.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ScoreResult {
    /// The score's id within its instrument, e.g. `total`.
    pub id: String,
    /// What the score is called.
    pub label: String,
    /// The score, or `null` when it could not be computed (see `notScorable`).
    pub value: Option<f64>,
    /// The lowest and highest value the score can take.
    pub range: Range,
    /// The standard error of the value, where its conversion table gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standard_error: Option<f64>,
    /// The interpretation band the value falls in, when the instrument has bands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub band: Option<BandResult>,
    /// How it was computed: `sum` or `mean`.
    pub method: String,
    /// The items whose answers went into the value.
    pub items_used: Vec<String>,
    /// The items the rule reads that were not answered.
    pub items_missing: Vec<String>,
    /// True when missing items were allowed for by the published proration rule.
    pub prorated: bool,
    /// Why the score is `null`, in words; absent when there is a value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_scorable: Option<String>,
    /// Codes for the score (e.g. LOINC).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<Code>,
}

/// The band a score fell in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BandResult {
    /// The band's stable id, e.g. `moderate`.
    pub id: String,
    /// The band's published name.
    pub label: String,
}

/// An answer that needs a clinician's attention whatever the scores say.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SafetyFlag {
    /// The flag's id, e.g. `self_harm_thoughts`.
    pub id: String,
    /// The instrument whose answer raised it.
    pub instrument: String,
    /// The item whose answer raised it.
    pub item: String,
    /// The score of that answer.
    pub item_score: i32,
    /// What the flag means.
    pub message: String,
}

/// Everything computed for one instrument.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Scored {
    /// The scores, in the order the instrument defines them.
    pub scores: Vec<ScoreResult>,
    /// The safety flags raised.
    pub safety: Vec<SafetyFlag>,
}
