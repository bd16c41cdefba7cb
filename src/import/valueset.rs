//! `answerValueSet`: a ValueSet contained in the Questionnaire (`"#id"`)
//! gives a choice its options, exactly as if they were listed with
//! `answerOption`. Its concepts come from `expansion.contains` (the list
//! already worked out) or else from `compose.include[].concept`; anything a
//! ValueSet can say beyond a plain list of codes (a whole code system, a
//! filter, another ValueSet, exclusions, nested entries) is refused, as is
//! a ValueSet anywhere else: the importer fetches nothing.

use super::ext::{self, Known};
use serde_json::{json, Value};

/// ValueSet fields that describe it and change nothing about its codes.
const DESCRIPTIVE: &[&str] = &[
    "resourceType", "id", "meta", "text", "extension", "url", "identifier", "version", "name", "title", "status",
    "experimental", "date", "publisher", "contact", "description", "useContext", "jurisdiction", "immutable",
    "purpose", "copyright", "compose", "expansion", "language",
];

/// The options of the contained ValueSet `reference` names, as
/// `answerOption` entries (`valueCoding` with the concept's score
/// extensions), for the importer's one reading of options. `contained` is
/// the Questionnaire's `contained` list (or null).
pub(super) fn options(contained: &Value, reference: &str) -> Result<Vec<Value>, String> {
    let Some(id) = reference.strip_prefix('#') else {
        return Err(format!(
            "answerValueSet '{reference}' is not supported: only a ValueSet contained in the Questionnaire ('#id') is read, nothing is fetched; list the options with answerOption"
        ));
    };
    let Some(vs) = contained.as_array().into_iter().flatten().find(|r| r.get("resourceType").and_then(Value::as_str) == Some("ValueSet") && r.get("id").and_then(Value::as_str) == Some(id)) else {
        return Err(format!("answerValueSet '{reference}' names no ValueSet contained in the Questionnaire"));
    };
    let at = format!("answerValueSet '{reference}'");
    for (key, _) in vs.as_object().into_iter().flatten() {
        if !DESCRIPTIVE.contains(&key.as_str()) && !key.starts_with('_') {
            return Err(format!("{at}: {key} is not supported"));
        }
    }
    for e in ext::list(vs) {
        if !matches!(ext::known(e), Known::Ignored) {
            return Err(format!("{at}: extension {} is not supported", ext::url(e)));
        }
    }
    let list = match vs.pointer("/expansion/contains") {
        Some(contains) => expansion(contains, &at)?,
        None => compose(vs, &at)?,
    };
    if list.is_empty() {
        return Err(format!("{at}: the ValueSet lists no codes"));
    }
    Ok(list)
}

/// `expansion.contains`: each entry names its own system.
fn expansion(contains: &Value, at: &str) -> Result<Vec<Value>, String> {
    let list = contains.as_array().ok_or(format!("{at}: expansion.contains must be a list"))?;
    list.iter()
        .enumerate()
        .map(|(i, c)| {
            let here = format!("{at}: expansion.contains[{i}]");
            if c.get("contains").is_some() {
                return Err(format!("{here}: nested contains (a hierarchy) is not supported"));
            }
            if c.get("abstract").and_then(Value::as_bool) == Some(true) {
                return Err(format!("{here}: an abstract entry (not selectable) is not supported"));
            }
            concept(c, c.get("system").and_then(Value::as_str), &["system", "version", "abstract", "inactive"], &here)
        })
        .collect()
}

/// `compose.include[].concept`, each include naming the system.
fn compose(vs: &Value, at: &str) -> Result<Vec<Value>, String> {
    let compose = vs.get("compose").ok_or(format!("{at}: the ValueSet has neither expansion.contains nor compose"))?;
    for (key, _) in compose.as_object().into_iter().flatten() {
        match key.as_str() {
            "include" => {}
            "exclude" => return Err(format!("{at}: compose.exclude is not supported")),
            "lockedDate" | "inactive" | "extension" | "id" => {}
            other => return Err(format!("{at}: compose.{other} is not supported")),
        }
    }
    let includes = compose.get("include").and_then(Value::as_array).ok_or(format!("{at}: compose.include must be a list"))?;
    let mut out = Vec::new();
    for (i, include) in includes.iter().enumerate() {
        let here = format!("{at}: compose.include[{i}]");
        for (key, _) in include.as_object().into_iter().flatten() {
            match key.as_str() {
                "system" | "version" | "concept" | "id" => {}
                "filter" | "valueSet" => return Err(format!("{here}: {key} is not supported: list the concepts")),
                other => return Err(format!("{here}: {other} is not supported")),
            }
        }
        let system = include.get("system").and_then(Value::as_str);
        let concepts = include.get("concept").and_then(Value::as_array).ok_or(format!(
            "{here}: an include without concept (a whole code system) is not supported: list the concepts"
        ))?;
        for (j, c) in concepts.iter().enumerate() {
            out.push(concept(c, system, &[], &format!("{here}.concept[{j}]"))?);
        }
    }
    Ok(out)
}

/// One concept as an answerOption; its score extensions travel with it.
fn concept(c: &Value, system: Option<&str>, also: &[&str], at: &str) -> Result<Value, String> {
    for (key, _) in c.as_object().into_iter().flatten() {
        // A designation is the same concept's wording in another language
        // or use; the display is what is shown.
        if !matches!(key.as_str(), "code" | "display" | "extension" | "id" | "designation") && !also.contains(&key.as_str()) {
            return Err(format!("{at}: {key} is not supported"));
        }
    }
    let code = c.get("code").and_then(Value::as_str).ok_or(format!("{at}: needs a code"))?;
    let mut coding = json!({ "code": code });
    if let Some(system) = system {
        coding["system"] = json!(system);
    }
    if let Some(display) = c.get("display") {
        coding["display"] = display.clone();
    }
    let mut option = json!({ "valueCoding": coding });
    if let Some(extensions) = c.get("extension") {
        option["extension"] = extensions.clone();
    }
    Ok(option)
}
