//! enableWhen: FHIR's conditions become ours, answers mapped to our
//! answer values (an option's code is its value).

use super::items::{Kind, Seen};
use serde_json::{json, Value};

const OPERATORS: &[&str] = &["exists", "=", "!=", ">", "<", ">=", "<="];

/// The item's conditions in our JSON, and its enableBehavior.
pub(super) fn conditions(it: &Value, seen: &[Seen], refused: &[String]) -> Result<(Vec<Value>, Option<&'static str>), String> {
    let Some(list) = it.get("enableWhen") else {
        if it.get("enableBehavior").is_some() {
            return Err("enableBehavior without enableWhen".into());
        }
        return Ok((Vec::new(), None));
    };
    let list = list.as_array().filter(|l| !l.is_empty()).ok_or("enableWhen must be a non-empty list")?;
    let behaviour = match it.get("enableBehavior").and_then(Value::as_str) {
        None if list.len() == 1 => None,
        None => return Err("several enableWhen need an enableBehavior ('all' or 'any')".into()),
        Some("all") => Some("all"),
        Some("any") => Some("any"),
        Some(other) => return Err(format!("enableBehavior '{other}' is not 'all' or 'any'")),
    };
    let conditions = list.iter().enumerate().map(|(i, c)| condition(c, seen, refused).map_err(|e| format!("enableWhen[{i}]: {e}"))).collect::<Result<_, _>>()?;
    Ok((conditions, behaviour))
}

fn condition(c: &Value, seen: &[Seen], refused: &[String]) -> Result<Value, String> {
    let question = c.get("question").and_then(Value::as_str).ok_or("needs a question")?;
    let operator = c.get("operator").and_then(Value::as_str).filter(|o| OPERATORS.contains(o)).ok_or_else(|| {
        format!("operator '{}' is not one of {}", c.get("operator").and_then(Value::as_str).unwrap_or(""), OPERATORS.join(" "))
    })?;
    let target = seen.iter().find(|s| s.link_id == question).ok_or_else(|| {
        if refused.iter().any(|r| r == question) {
            format!("question '{question}' is refused itself")
        } else {
            format!("question '{question}' is not an earlier item: a condition reads only the answers before it")
        }
    })?;
    if target.kind == Kind::Display {
        return Err(format!("question '{question}' is a group or display item, which has no answer"));
    }
    let keys: Vec<&str> = c.as_object().into_iter().flatten().map(|(k, _)| k.as_str()).filter(|k| k.starts_with("answer")).collect();
    let [key] = keys[..] else { return Err("needs exactly one answer[x]".into()) };
    let given = &c[key];
    let answer = match (key, target.kind) {
        ("answerBoolean", _) if operator == "exists" => given.as_bool().map(Value::Bool),
        (_, _) if operator == "exists" => return Err("exists takes answerBoolean".into()),
        ("answerBoolean", Kind::Boolean) => given.as_bool().map(Value::Bool),
        ("answerInteger" | "answerDecimal", Kind::Number) => given.as_f64().map(|_| given.clone()),
        ("answerString", Kind::Text) => given.as_str().map(|s| json!(s)),
        ("answerCoding", Kind::Choice) => {
            let code = given.get("code").and_then(Value::as_str).ok_or("answerCoding needs a code")?;
            let system = given.get("system").and_then(Value::as_str);
            let found = target.options.iter().find(|o| o.code == code && (system.is_none() || o.system.is_none() || o.system.as_deref() == system));
            Some(json!(found.ok_or_else(|| format!("'{question}' has no option with code '{code}'"))?.value))
        }
        // Options listed as strings or integers: the option's value.
        ("answerString" | "answerInteger", Kind::Choice) => {
            let value = given.as_str().map(String::from).or_else(|| given.as_i64().map(|n| n.to_string()));
            let value = value.ok_or(format!("{key} has the wrong JSON type"))?;
            let found = target.options.iter().find(|o| o.value == value);
            Some(json!(found.ok_or_else(|| format!("'{question}' has no option '{value}'"))?.value))
        }
        (key, _) => return Err(format!("{key} does not fit question '{question}' (or is not supported)")),
    };
    let answer = answer.ok_or(format!("{key} has the wrong JSON type"))?;
    Ok(json!({ "item": question, "operator": operator, "answer": answer }))
}
