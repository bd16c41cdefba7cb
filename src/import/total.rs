//! Totals: an item the Questionnaire computes as the sum of its answers'
//! weights becomes our `sum` score over those items. Two shapes of FHIRPath
//! are recognised, and nothing else is guessed at:
//!
//! - an aggregate over the answers' weights, e.g. the SDC examples'
//!   `%resource.answers().value.ordinal().sum()` (every scored item) or one
//!   narrowed by `linkId in ('a' | 'b')` / `linkId = 'a' or …`;
//! - a sum of variables, each the weight of one item's answer, as LHC-Forms
//!   writes its TOTALSCORE: `iif(%any_questions_answered, iif(%a.exists(),
//!   %a, 0) + …, {})`, with `%a` reading `ordinalValue` for linkId 'x'.

use super::ext::{self, Known};
use super::items::{Kind, Walk};
use super::ImportError;
use serde_json::{json, Value};

/// The scores of the Questionnaire's totals; an expression that is not a
/// sum of weights is refused.
pub(super) fn scores(q: &Value, walk: &Walk, notes: &mut Vec<String>, errors: &mut Vec<ImportError>) -> Vec<Value> {
    let mut scores = Vec::new();
    for total in &walk.calculated {
        let mut variables = variables(q);
        variables.extend(variables_of(&total.item));
        let items = match summed(&total.expression, &variables, walk) {
            Ok(items) => items,
            Err(why) => {
                errors.push(ImportError::at(&total.link_id, format!(
                    "calculatedExpression '{}' is not supported: {why}; only a total summing the answers' weights is computed here",
                    total.expression
                )));
                continue;
            }
        };
        // FHIRPath sums the answers there are; our sum, like every score
        // here, is not computed with an item missing rather than counting
        // it as 0. Where an item may be left out, say so.
        let optional: Vec<&str> = items.iter().filter(|id| walk.seen.iter().any(|s| &s.link_id == *id && !s.required)).map(String::as_str).collect();
        if !optional.is_empty() {
            notes.push(format!(
                "The Questionnaire's total '{}' counts an unanswered item as 0; here it is computed only when every item it adds is answered, so a response leaving out {} (optional) has no total rather than a smaller one.",
                total.link_id,
                optional.iter().map(|id| format!("'{id}'")).collect::<Vec<_>>().join(", ")
            ));
        }
        let (mut low, mut high) = (0i64, 0i64);
        for id in &items {
            let Some(seen) = walk.seen.iter().find(|s| &s.link_id == id) else { continue };
            let scores: Vec<i64> = seen.options.iter().filter_map(|o| o.score).map(i64::from).collect();
            low += scores.iter().min().copied().unwrap_or(0);
            high += scores.iter().max().copied().unwrap_or(0);
        }
        let mut score = json!({
            "id": total.link_id, "label": if total.text.is_empty() { &total.link_id } else { &total.text },
            "method": "sum", "items": items, "range": { "min": low, "max": high },
            "source": format!("The Questionnaire's calculatedExpression on item '{}': {}", total.link_id, total.expression),
        });
        if !total.codes.is_empty() {
            score["codes"] = json!(total.codes);
        }
        scores.push(score);
    }
    scores
}

/// The linkIds an expression sums the weights of.
fn summed(expression: &str, variables: &[(String, String)], walk: &Walk) -> Result<Vec<String>, String> {
    let e: String = expression.chars().filter(|c| !c.is_whitespace()).collect();
    let scored = |id: &str| walk.seen.iter().any(|s| s.link_id == id && s.kind == Kind::Choice && s.options.iter().any(|o| o.score.is_some()));
    let check = |ids: Vec<String>| -> Result<Vec<String>, String> {
        if ids.is_empty() {
            return Err("it names no item".into());
        }
        match ids.iter().find(|id| !scored(id)) {
            Some(id) => Err(format!("'{id}' is not an earlier choice item with weights")),
            None => Ok(ids),
        }
    };
    // An aggregate over the answers' weights.
    if e.ends_with(".sum()") && weighs(&e, variables) {
        let named = link_ids(&e);
        if named.is_empty() {
            let all: Vec<String> = walk.seen.iter().filter(|s| scored(&s.link_id)).map(|s| s.link_id.clone()).collect();
            return check(all);
        }
        return check(named);
    }
    // iif(%any, A + B + …, {}): the sum when anything is answered.
    let body = match e.strip_prefix("iif(").and_then(|r| r.strip_suffix(",{})")) {
        Some(inner) => {
            let (guard, body) = inner.split_once(',').ok_or("an iif() without a sum")?;
            let name = guard.strip_prefix('%').ok_or("an iif() whose condition is not a variable")?;
            let presence = lookup(variables, name)?;
            if !presence.split("or").all(|p| p.starts_with('%') && p.ends_with(".exists()")) {
                return Err(format!("the condition %{name} is not a test that some answer exists"));
            }
            body.to_string()
        }
        None => e.clone(),
    };
    let mut ids = Vec::new();
    for term in body.split('+') {
        let name = term
            .strip_prefix("iif(%")
            .and_then(|t| t.split_once(".exists(),%"))
            .and_then(|(a, rest)| (rest.strip_suffix(",0)") == Some(a)).then_some(a))
            .or_else(|| term.strip_prefix('%'))
            .ok_or_else(|| format!("the term '{term}' is not a variable"))?;
        let read = lookup(variables, name)?;
        let named = link_ids(read);
        match (&named[..], weighs(read, variables)) {
            ([one], true) => ids.push(one.clone()),
            _ => return Err(format!("%{name} is not the weight of one item's answer")),
        }
    }
    check(ids)
}

/// True when an expression reads answer weights: by the SDC functions, or
/// by the weight extensions' URLs, written out or in a variable holding
/// the URL (LHC-Forms' `%scoreExt`).
fn weighs(e: &str, variables: &[(String, String)]) -> bool {
    let names = |text: &str| ["ordinal()", "weight()", "ordinalValue", "itemWeight", "iso21090-CO-value"].iter().any(|w| text.contains(w));
    names(e)
        || variables.iter().any(|(name, value)| {
            value.starts_with('\'') && names(value) && e.contains(&format!("%{name}"))
        })
}

/// The linkIds an expression names: `linkId='x'` and `linkId in ('a'|'b')`.
fn link_ids(e: &str) -> Vec<String> {
    let e: String = e.chars().filter(|c| !c.is_whitespace()).collect();
    let mut ids: Vec<String> = Vec::new();
    let mut add = |id: &str| {
        if !ids.iter().any(|i| i == id) {
            ids.push(id.to_string());
        }
    };
    for part in e.split("linkId=").skip(1) {
        if let Some(id) = part.strip_prefix('\'').and_then(|p| p.split('\'').next()) {
            add(id);
        }
    }
    for part in e.split("linkIdin(").skip(1) {
        for id in part.split(')').next().unwrap_or_default().split('|') {
            if let Some(id) = id.strip_prefix('\'').and_then(|i| i.strip_suffix('\'')) {
                add(id);
            }
        }
    }
    ids
}

fn lookup<'a>(variables: &'a [(String, String)], name: &str) -> Result<&'a str, String> {
    variables.iter().rev().find(|(n, _)| n == name).map(|(_, e)| e.as_str()).ok_or_else(|| format!("no variable %{name}"))
}

fn variables(q: &Value) -> Vec<(String, String)> {
    variables_of(q)
}

/// The `variable` extensions of `value`, by name, without whitespace.
fn variables_of(value: &Value) -> Vec<(String, String)> {
    ext::list(value)
        .filter(|e| matches!(ext::known(e), Known::Variable))
        .filter_map(|e| {
            let name = e.pointer("/valueExpression/name")?.as_str()?;
            let expression = e.pointer("/valueExpression/expression")?.as_str()?;
            Some((name.to_string(), expression.chars().filter(|c| !c.is_whitespace()).collect()))
        })
        .collect()
}
