//! An item's conditions as FHIR R4 `enableWhen` and `enableBehavior`
//! (<http://hl7.org/fhir/R4/questionnaire-definitions.html#Questionnaire.item.enableWhen>).
//! FHIR has no `in`: one value of several becomes one `=` per value under
//! `any`, which says the same when the item has no other condition or its
//! conditions already combine by `any`. A definition whose `in` sits beside
//! other conditions under `all` has no plain enableWhen form and is refused.

use crate::model::{EnableBehavior, Expected, Instrument, Item, ItemKind, Operator};
use serde_json::{json, Map, Value};

/// Adds `enableWhen` and `enableBehavior` for `item` to `out`.
pub(super) fn put(instrument: &Instrument, item: &Item, out: &mut Map<String, Value>) -> Result<(), String> {
    if item.enable_when.is_empty() {
        return Ok(());
    }
    let has_in = item.enable_when.iter().any(|c| c.operator == Operator::In);
    let behavior = match (item.enable_behavior, has_in, item.enable_when.len()) {
        (EnableBehavior::Any, _, _) | (EnableBehavior::All, true, 1) => "any",
        (EnableBehavior::All, false, _) => "all",
        (EnableBehavior::All, true, _) => {
            return Err(format!(
                "item '{}': `in` beside other conditions that must all hold has no FHIR R4 enableWhen form",
                item.id
            ))
        }
    };
    let mut conditions = Vec::new();
    for condition in &item.enable_when {
        let target = instrument.item(&condition.item).ok_or_else(|| format!("item '{}': no item '{}'", item.id, condition.item))?;
        match (&condition.answer, condition.operator) {
            (Expected::OneOf(values), Operator::In) => {
                for value in values {
                    conditions.push(one(instrument, target, "=", value));
                }
            }
            (value, op) => conditions.push(one(instrument, target, op.symbol(), value)),
        }
    }
    out.insert("enableWhen".into(), Value::Array(conditions));
    if conditions_len(out) > 1 {
        out.insert("enableBehavior".into(), json!(behavior));
    }
    Ok(())
}

fn conditions_len(out: &Map<String, Value>) -> usize {
    out.get("enableWhen").and_then(Value::as_array).map_or(0, Vec::len)
}

/// One FHIR condition on `target`; the answer's type follows the item's.
fn one(instrument: &Instrument, target: &Item, operator: &str, value: &Expected) -> Value {
    let answer = match (value, &target.kind) {
        (Expected::Bool(b), _) => json!({ "answerBoolean": b }),
        // The option as its answerOption gives it (its own coding, or the
        // string or integer it was published as), so a renderer comparing
        // the two finds it.
        (Expected::Text(value), kind) if !kind.options().is_empty() => match kind.options().iter().find(|o| &o.value == value) {
            Some(option) => as_answer(super::fhir::option_value(instrument, target, option)),
            None => json!({ "answerCoding": { "system": super::fhir::option_system(instrument, target), "code": value } }),
        },
        (Expected::Text(text), _) => json!({ "answerString": text }),
        (Expected::Number(n), ItemKind::Rating { .. } | ItemKind::Number { .. } | ItemKind::Vas { .. }) if n.fract() == 0.0 => {
            json!({ "answerInteger": *n as i64 })
        }
        (Expected::Number(n), _) => json!({ "answerDecimal": n }),
        (Expected::OneOf(_), _) => Value::Null,
    };
    let mut condition = json!({ "question": target.id, "operator": operator });
    if let (Value::Object(c), Value::Object(a)) = (&mut condition, answer) {
        c.extend(a);
    }
    condition
}

/// An option's `value[x]` as the `answer[x]` of a condition.
fn as_answer(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(map.into_iter().map(|(k, v)| (k.replacen("value", "answer", 1), v)).collect()),
        other => other,
    }
}
