//! How the enums with a type field are read from JSON. A flat struct with
//! every possible field, checked by hand, reads the same JSON as serde's
//! tagged enums but without their buffering of the whole object — most of
//! the widget's download — and names the field that does not fit the kind.

use super::answer::Answer;
use super::instrument::{Choice, ItemKind, MissingRule};
use schemars::JsonSchema;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::Deserialize;
use std::fmt;

/// An item's `kind` object as written.
#[derive(Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RawKind {
    /// `singleChoice`, `multiChoice`, `rating`, `yesNo` or `text`.
    #[serde(rename = "type")]
    kind: KindName,
    /// Choice items: the options.
    options: Option<Vec<Choice>>,
    /// Rating: the lowest number.
    min: Option<i32>,
    /// Rating: the highest number.
    max: Option<i32>,
    /// Rating: the words at the low end.
    min_label: Option<String>,
    /// Rating: the words at the high end.
    max_label: Option<String>,
    /// Yes/no: the score of "yes" (default 1).
    yes_score: Option<i32>,
    /// Text: the longest answer (default 2000).
    max_length: Option<u32>,
}

#[derive(Clone, Copy, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
enum KindName {
    SingleChoice,
    MultiChoice,
    Rating,
    YesNo,
    Text,
}

impl TryFrom<RawKind> for ItemKind {
    type Error = String;

    fn try_from(raw: RawKind) -> Result<Self, String> {
        let present = [
            ("options", raw.options.is_some()),
            ("min", raw.min.is_some()),
            ("max", raw.max.is_some()),
            ("minLabel", raw.min_label.is_some()),
            ("maxLabel", raw.max_label.is_some()),
            ("yesScore", raw.yes_score.is_some()),
            ("maxLength", raw.max_length.is_some()),
        ];
        let (name, allowed): (&str, &[&str]) = match raw.kind {
            KindName::SingleChoice => ("singleChoice", &["options"]),
            KindName::MultiChoice => ("multiChoice", &["options"]),
            KindName::Rating => ("rating", &["min", "max", "minLabel", "maxLabel"]),
            KindName::YesNo => ("yesNo", &["yesScore"]),
            KindName::Text => ("text", &["maxLength"]),
        };
        if let Some((field, _)) = present.iter().find(|(f, set)| *set && !allowed.contains(f)) {
            return Err(format!("field `{field}` does not apply to a {name} item"));
        }
        let need = |field: &str| format!("a {name} item needs `{field}`");
        Ok(match raw.kind {
            KindName::SingleChoice => ItemKind::SingleChoice { options: raw.options.ok_or_else(|| need("options"))? },
            KindName::MultiChoice => ItemKind::MultiChoice { options: raw.options.ok_or_else(|| need("options"))? },
            KindName::Rating => ItemKind::Rating {
                min: raw.min.ok_or_else(|| need("min"))?,
                max: raw.max.ok_or_else(|| need("max"))?,
                min_label: raw.min_label.ok_or_else(|| need("minLabel"))?,
                max_label: raw.max_label.ok_or_else(|| need("maxLabel"))?,
            },
            KindName::YesNo => ItemKind::YesNo { yes_score: raw.yes_score.unwrap_or(1) },
            KindName::Text => ItemKind::Text { max_length: raw.max_length.unwrap_or(2000) },
        })
    }
}

/// A score's `missing` object as written.
#[derive(Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RawMissing {
    /// `allRequired` or `prorate`.
    rule: RuleName,
    /// Prorate: the fewest answered items that still give a score.
    min_answered: Option<u32>,
    /// Prorate: the published source of the rule.
    source: Option<String>,
}

#[derive(Clone, Copy, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
enum RuleName {
    AllRequired,
    Prorate,
}

impl TryFrom<RawMissing> for MissingRule {
    type Error = String;

    fn try_from(raw: RawMissing) -> Result<Self, String> {
        match raw.rule {
            RuleName::AllRequired if raw.min_answered.is_some() || raw.source.is_some() => {
                Err("the allRequired rule takes no other fields".into())
            }
            RuleName::AllRequired => Ok(MissingRule::AllRequired),
            RuleName::Prorate => Ok(MissingRule::Prorate {
                min_answered: raw.min_answered.ok_or("the prorate rule needs `minAnswered`")?,
                source: raw.source.ok_or("the prorate rule needs `source`")?,
            }),
        }
    }
}

/// An answer is read by its JSON type: boolean, whole number, string, or an
/// array of strings.
impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(AnswerVisitor)
    }
}

struct AnswerVisitor;

impl<'de> Visitor<'de> for AnswerVisitor {
    type Value = Answer;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an answer: true/false, a whole number, a string or an array of strings")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Answer, E> {
        Ok(Answer::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Answer, E> {
        Ok(Answer::Number(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Answer, E> {
        i64::try_from(v).map(Answer::Number).map_err(|_| E::custom("the number is too large"))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Answer, E> {
        Ok(Answer::Text(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Answer, E> {
        Ok(Answer::Text(v))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Answer, A::Error> {
        let mut values = Vec::new();
        while let Some(value) = seq.next_element::<String>()? {
            values.push(value);
        }
        Ok(Answer::Many(values))
    }
}
