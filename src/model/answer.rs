//! What the patient answered.

use schemars::JsonSchema;
use serde::Serialize;
use std::collections::BTreeMap;

/// One answer. Its JSON form follows the item kind: a choice's `value`
/// (string), a rating (integer), yes/no (boolean), a multi-choice (array of
/// values) or free text (string).
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Answer {
    /// Yes (`true`) or no (`false`).
    Bool(bool),
    /// A number picked on a rating scale.
    Number(i64),
    /// A single choice's value, or free text.
    Text(String),
    /// The values of every option chosen in a multi-choice item.
    Many(Vec<String>),
}

/// Answers to one instrument, by item id. Unanswered items are absent.
pub type Answers = BTreeMap<String, Answer>;
