//! Conditional items: the conditions on earlier answers under which an item
//! is asked, after FHIR R4's `Questionnaire.item.enableWhen` and
//! `enableBehavior` (<http://hl7.org/fhir/R4/questionnaire.html>).

use schemars::JsonSchema;
use serde::Serialize;

/// One condition on the answer to an earlier item.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct EnableWhen {
    /// The id of an item asked before this one.
    pub item: String,
    /// How its answer is compared with `answer`.
    pub operator: Operator,
    /// What the answer is compared with: `true`/`false` for `exists` and
    /// yes/no items, an option's value for choices, a number for ratings
    /// and numbers, text for free text, and for `in` an array of these.
    pub answer: Expected,
}

/// How an answer is compared (FHIR's `questionnaire-enable-operator` codes,
/// plus `in`, one of several values).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub enum Operator {
    /// The item is answered (`answer: true`) or unanswered (`answer: false`).
    #[serde(rename = "exists")]
    Exists,
    /// At least one answer equals the value (for a multiple choice: the
    /// value is among those chosen).
    #[serde(rename = "=")]
    Equals,
    /// No answer equals the value; true of an unanswered item.
    #[serde(rename = "!=")]
    NotEquals,
    /// A number answer above the value.
    #[serde(rename = ">")]
    Greater,
    /// A number answer below the value.
    #[serde(rename = "<")]
    Less,
    /// A number answer at least the value.
    #[serde(rename = ">=")]
    AtLeast,
    /// A number answer at most the value.
    #[serde(rename = "<=")]
    AtMost,
    /// At least one answer equals one of the values listed.
    #[serde(rename = "in")]
    In,
}

impl Operator {
    /// Every operator with its JSON spelling.
    pub const ALL: [(&'static str, Operator); 8] = [
        ("exists", Operator::Exists),
        ("=", Operator::Equals),
        ("!=", Operator::NotEquals),
        (">", Operator::Greater),
        ("<", Operator::Less),
        (">=", Operator::AtLeast),
        ("<=", Operator::AtMost),
        ("in", Operator::In),
    ];

    /// The operator's JSON spelling.
    pub fn symbol(self) -> &'static str {
        Operator::ALL.iter().find(|(_, op)| *op == self).map_or("?", |(s, _)| s)
    }

    /// True for the comparisons that only numbers take.
    pub fn is_ordering(self) -> bool {
        matches!(self, Operator::Greater | Operator::Less | Operator::AtLeast | Operator::AtMost)
    }
}

/// A value an answer is compared with.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Expected {
    /// For `exists`, and for yes/no items.
    Bool(bool),
    /// For ratings, numbers and the visual analogue scale.
    Number(f64),
    /// An option's value, or free text.
    Text(String),
    /// For `in`: the values, any of which will do.
    OneOf(Vec<Expected>),
}

/// How an item's conditions combine.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum EnableBehavior {
    /// Every condition must hold.
    #[default]
    All,
    /// One condition holding is enough.
    Any,
}

impl EnableBehavior {
    /// True for the default, which definitions leave out.
    pub fn is_all(&self) -> bool {
        *self == EnableBehavior::All
    }
}
