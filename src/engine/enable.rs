//! Which items are asked, from the answers so far. An item is asked when the
//! item heading its group (`within`) is asked and its `enableWhen`
//! conditions hold, all of them or any one as `enableBehavior` says.
//! Conditions name earlier items only, so one pass in order decides every
//! item, and the answer of an item that is not asked counts as no answer
//! (FHIR R4 Questionnaire.item.enableWhen: "If enableWhen logic depends on
//! an item that is disabled, the logic should proceed as though the item is
//! not valued").

use crate::model::{Answer, Answers, EnableBehavior, EnableWhen, Expected, Instrument, Operator};

/// For each item of `instrument`, in order, whether it is asked.
pub fn enabled(instrument: &Instrument, answers: &Answers) -> Vec<bool> {
    let mut asked: Vec<bool> = Vec::with_capacity(instrument.items.len());
    for item in &instrument.items {
        let answer_of = |id: &str| {
            let index = instrument.items.iter().position(|i| i.id == id)?;
            if *asked.get(index)? { answers.get(id) } else { None }
        };
        let heading = item.within.as_deref().map_or(true, |id| {
            instrument.items.iter().position(|i| i.id == id).and_then(|index| asked.get(index).copied()).unwrap_or(false)
        });
        let holds = |c: &EnableWhen| condition_holds(c, answer_of(&c.item));
        let conditions = item.enable_when.is_empty()
            || match item.enable_behavior {
                EnableBehavior::All => item.enable_when.iter().all(holds),
                EnableBehavior::Any => item.enable_when.iter().any(holds),
            };
        asked.push(heading && conditions);
    }
    asked
}

/// True when the item `id` is asked; false for an unknown id.
pub fn is_enabled(instrument: &Instrument, answers: &Answers, id: &str) -> bool {
    let asked = enabled(instrument, answers);
    instrument.items.iter().position(|i| i.id == id).is_some_and(|index| asked[index])
}

/// Removes the answers of items that are not asked, and returns their ids
/// in item order.
pub fn clear_disabled(instrument: &Instrument, answers: &mut Answers) -> Vec<String> {
    let asked = enabled(instrument, answers);
    let mut cleared = Vec::new();
    for (item, on) in instrument.items.iter().zip(asked) {
        if !on && answers.remove(&item.id).is_some() {
            cleared.push(item.id.clone());
        }
    }
    cleared
}

/// Whether `condition` holds for `answer` (`None`: unanswered or not asked).
/// FHIR's operator definitions: `=` holds when at least one answer equals
/// the value, `!=` when none does (so also for no answer), the orderings
/// when at least one answer compares so, and `exists` when whether there is
/// an answer equals the value (FHIR ValueSet questionnaire-enable-operator).
pub fn condition_holds(condition: &EnableWhen, answer: Option<&Answer>) -> bool {
    let expected = &condition.answer;
    match condition.operator {
        Operator::Exists => matches!(expected, Expected::Bool(b) if *b == answer.is_some_and(is_given)),
        Operator::Equals => answer.is_some_and(|a| any_value(a, |v| equals(v, expected))),
        Operator::NotEquals => !answer.is_some_and(|a| any_value(a, |v| equals(v, expected))),
        Operator::In => match expected {
            Expected::OneOf(values) => answer.is_some_and(|a| any_value(a, |v| values.iter().any(|e| equals(v, e)))),
            _ => false,
        },
        op => {
            let (Some(Value::Number(n)), Expected::Number(limit)) = (answer.and_then(single), expected) else {
                return false;
            };
            match op {
                Operator::Greater => n > *limit,
                Operator::Less => n < *limit,
                Operator::AtLeast => n >= *limit,
                _ => n <= *limit,
            }
        }
    }
}

/// One value of an answer, for comparison.
enum Value<'a> {
    Bool(bool),
    Number(f64),
    Text(&'a str),
}

/// An empty multiple choice or an empty body map is no answer.
fn is_given(answer: &Answer) -> bool {
    match answer {
        Answer::Many(values) => !values.is_empty(),
        Answer::BodyMap(map) => !map.regions.is_empty(),
        _ => true,
    }
}

fn single(answer: &Answer) -> Option<Value<'_>> {
    match answer {
        Answer::Bool(b) => Some(Value::Bool(*b)),
        Answer::Number(n) => Some(Value::Number(*n as f64)),
        Answer::Decimal(x) => Some(Value::Number(*x)),
        Answer::Text(t) => Some(Value::Text(t)),
        Answer::Many(_) | Answer::BodyMap(_) => None,
    }
}

/// True when `test` holds for at least one value of `answer`.
fn any_value(answer: &Answer, test: impl Fn(&Value) -> bool) -> bool {
    match answer {
        Answer::Many(values) => values.iter().any(|v| test(&Value::Text(v))),
        other => single(other).is_some_and(|v| test(&v)),
    }
}

fn equals(value: &Value, expected: &Expected) -> bool {
    match (value, expected) {
        (Value::Bool(a), Expected::Bool(b)) => a == b,
        (Value::Number(a), Expected::Number(b)) => a == b,
        (Value::Text(a), Expected::Text(b)) => a == b,
        _ => false,
    }
}

/// The conditions of `item` in words, e.g. `asked when q2 = "poor"`.
pub fn describe(item: &crate::model::Item) -> String {
    let shown: Vec<String> = item.enable_when.iter().map(|c| format!("{} {} {}", c.item, c.operator.symbol(), show(&c.answer))).collect();
    let joined = shown.join(match item.enable_behavior {
        EnableBehavior::All => " and ",
        EnableBehavior::Any => " or ",
    });
    match (&item.within, joined.is_empty()) {
        (Some(heading), true) => format!("asked with {heading}"),
        (Some(heading), false) => format!("asked with {heading} when {joined}"),
        (None, _) => format!("asked when {joined}"),
    }
}

fn show(expected: &Expected) -> String {
    match expected {
        Expected::Bool(b) => b.to_string(),
        Expected::Number(n) => crate::engine::show_number(*n),
        Expected::Text(t) => format!("\"{t}\""),
        Expected::OneOf(values) => format!("[{}]", values.iter().map(show).collect::<Vec<_>>().join(", ")),
    }
}
