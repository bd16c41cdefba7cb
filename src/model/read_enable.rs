//! Reads an item's `enableWhen` conditions and `enableBehavior`, naming the
//! path of any field at fault.

use super::read::{as_string, kind_of, Obj};
use super::{EnableBehavior, EnableWhen, Expected, Operator};
use serde_json::Value;

/// One `enableWhen` condition.
pub(crate) fn condition(value: &Value, path: &str) -> Result<EnableWhen, String> {
    let o = Obj::new(value, path, &["item", "operator", "answer"])?;
    let symbol = o.string("operator")?;
    let operator = Operator::ALL.iter().find(|(s, _)| *s == symbol).map(|(_, op)| *op).ok_or_else(|| {
        let known: Vec<&str> = Operator::ALL.iter().map(|(s, _)| *s).collect();
        format!("{}: '{symbol}' is not an operator (expected one of: {})", o.at("operator"), known.join(", "))
    })?;
    let at = o.at("answer");
    let answer = match (operator, o.need("answer")?) {
        (Operator::In, Value::Array(values)) => Expected::OneOf(
            values.iter().enumerate().map(|(i, v)| expected(v, &format!("{at}[{i}]"))).collect::<Result<_, _>>()?,
        ),
        (Operator::In, other) => return Err(format!("{at}: `in` takes an array of values, found {}", kind_of(other))),
        (op, Value::Array(_)) => return Err(format!("{at}: `{}` takes one value, not an array (`in` takes several)", op.symbol())),
        (_, v) => expected(v, &at)?,
    };
    Ok(EnableWhen { item: as_string(o.need("item")?, &o.at("item"))?, operator, answer })
}

fn expected(value: &Value, path: &str) -> Result<Expected, String> {
    match value {
        Value::Bool(b) => Ok(Expected::Bool(*b)),
        Value::Number(n) => n.as_f64().filter(|f| f.is_finite()).map(Expected::Number).ok_or_else(|| format!("{path}: not a usable number")),
        Value::String(s) => Ok(Expected::Text(s.clone())),
        other => Err(format!("{path}: expected true/false, a number or a string, found {}", kind_of(other))),
    }
}

/// `enableBehavior`: `all` (the default) or `any`.
pub(crate) fn behavior(o: &Obj) -> Result<EnableBehavior, String> {
    match o.opt_string("enableBehavior")?.as_deref() {
        None | Some("all") => Ok(EnableBehavior::All),
        Some("any") => Ok(EnableBehavior::Any),
        Some(other) => Err(format!("{}: '{other}' is not a behaviour (expected all or any)", o.at("enableBehavior"))),
    }
}
