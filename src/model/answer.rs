//! What the patient answered.

use schemars::JsonSchema;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;

use super::BodyMapAnswer;

/// One answer. Its JSON form follows the item kind: a choice's `value`
/// (string), a rating (integer), a decimal (number), yes/no (boolean), a multi-choice (array of
/// values) or free text (string).
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Answer {
    /// Yes (`true`) or no (`false`).
    Bool(bool),
    /// A number picked on a rating scale, or a whole number typed.
    Number(i64),
    /// A number with a fractional part, typed in a decimal item (a whole
    /// number given there reads as `Number`).
    Decimal(f64),
    /// A single choice's value, or free text.
    Text(String),
    /// The values of every option chosen in a multi-choice item.
    Many(Vec<String>),
    /// A body map: the marked regions (an object, `{"regions": {...}}`).
    BodyMap(BodyMapAnswer),
}

/// Answers to one instrument, by item id. Unanswered items are absent.
pub type Answers = super::SortedMap<String, Answer>;

/// An answer is read by its JSON type: boolean, whole number, string, an
/// array of strings, or a body map object.
impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(AnswerVisitor)
    }
}

struct AnswerVisitor;

impl<'de> Visitor<'de> for AnswerVisitor {
    type Value = Answer;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an answer: true/false, a number, a string, an array of strings or a body map")
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

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Answer, E> {
        Ok(Answer::Decimal(v))
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

    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Answer, A::Error> {
        BodyMapAnswer::deserialize(de::value::MapAccessDeserializer::new(map)).map(Answer::BodyMap)
    }
}
