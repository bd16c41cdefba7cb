//! Our own Questionnaires read back. `crate::output::fhir::questionnaire`
//! writes what FHIR has no element for in two extensions of ours: each
//! item's kind (`urn:pain-assessment:item-kind`) and the definition beyond
//! its items (`urn:pain-assessment:definition`: id, licence, instructions,
//! scores, safety rules, translations, notes, clinician items, required
//! checklists). With them an export imports as the definition it came
//! from. They are trusted only as far as the FHIR beside them agrees: an
//! item whose type or options no longer match its kind is refused, so an
//! edit made in another tool is never silently overridden.

use super::ext::{self, Known};
use super::items::{Kind, Opt};
use super::ImportError;
use crate::model::ItemKind;
use serde_json::{json, Map, Value};

/// The fields of the definition extension.
const FIELDS: &[&str] = &["id", "licence", "scores", "instructions", "safety", "translations", "notes", "clinician", "requiredChecklists"];

/// The definition extension of `q`, if it has one.
pub(super) fn definition(q: &Value, errors: &mut Vec<ImportError>) -> Option<Map<String, Value>> {
    let text = ext::list(q).find_map(|e| match ext::known(e) {
        Known::OwnDefinition(text) => Some(text),
        _ => None,
    })?;
    let at = crate::output::fhir::DEFINITION_EXTENSION;
    let parsed = text.and_then(|t| serde_json::from_str::<Value>(t).ok());
    let Some(Value::Object(own)) = parsed else {
        errors.push(ImportError::top(format!("extension {at}: expected a valueString holding a JSON object")));
        return None;
    };
    if let Some(key) = own.keys().find(|k| !FIELDS.contains(&k.as_str())) {
        errors.push(ImportError::top(format!("extension {at}: {key} is not supported")));
        return None;
    }
    Some(own)
}

/// True when the definition extension says the wording does not ship.
pub(super) fn wordless(own: &Map<String, Value>) -> bool {
    own.get("licence").and_then(|l| l.get("textRequired")).and_then(Value::as_bool) == Some(true)
}

/// The item's kind from our item-kind extension (`text`), checked against
/// the FHIR type and options beside it; its options for the conditions
/// that name it.
pub(super) fn kind(it: &Value, fhir_type: &str, text: Option<&str>) -> Result<(Value, Kind, Vec<Opt>), String> {
    let url = crate::output::fhir::KIND_EXTENSION;
    let value: Value = text.and_then(|t| serde_json::from_str(t).ok()).ok_or(format!("extension {url}: expected a valueString holding the kind's JSON"))?;
    let kind = crate::model::read::kind(&value, "kind").map_err(|e| format!("extension {url}: {e}"))?;
    let repeats = it.get("repeats").and_then(Value::as_bool).unwrap_or(false);
    let expected = crate::output::fhir::fhir_type(&kind);
    if expected != (fhir_type, repeats) {
        return Err(format!(
            "extension {url}: the kind '{}' is a FHIR {}{}, but the item is a {fhir_type}{}",
            value["type"].as_str().unwrap_or_default(),
            expected.0,
            if expected.1 { " that repeats" } else { "" },
            if repeats { " that repeats" } else { "" }
        ));
    }
    let options = kind.options();
    // The body map's answerOption are its regions, not options of ours.
    if !matches!(kind, ItemKind::BodyMap {}) && !options.is_empty() {
        let listed = it.get("answerOption").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
        if listed.len() != options.len() {
            return Err(format!("extension {url}: the kind has {} options, answerOption {}", options.len(), listed.len()));
        }
        for (i, (o, fhir)) in options.iter().zip(listed).enumerate() {
            let code = fhir.pointer("/valueCoding/code").and_then(Value::as_str).map(String::from)
                .or_else(|| fhir.get("valueString").and_then(Value::as_str).map(String::from))
                .or_else(|| fhir.get("valueInteger").and_then(Value::as_i64).map(|n| n.to_string()));
            let score = ext::list(fhir).find_map(|e| match ext::known(e) {
                Known::Score(v) => v,
                _ => None,
            });
            let ours = o.codes.first().map_or(o.value.as_str(), |c| c.code.as_str());
            if code.as_deref() != Some(ours) || score != o.score.map(f64::from) {
                return Err(format!("extension {url}: option {i} of the kind ('{}') does not match answerOption[{i}]", o.value));
            }
        }
    }
    let opts = options
        .iter()
        .map(|o| {
            let coding = o.codes.first();
            Opt {
                value: o.value.clone(),
                code: coding.map_or_else(|| o.value.clone(), |c| c.code.clone()),
                system: coding.map(|c| c.system.clone()).filter(|s| !s.is_empty()),
                score: o.score,
            }
        })
        .collect();
    let seen = match kind {
        ItemKind::Display {} => Kind::Display,
        ItemKind::YesNo { .. } => Kind::Boolean,
        ItemKind::Rating { .. } | ItemKind::Vas { .. } | ItemKind::Number { .. } | ItemKind::Decimal { .. } => Kind::Number,
        ItemKind::Text { .. } => Kind::Text,
        _ => Kind::Choice,
    };
    Ok((value, seen, opts))
}

/// The definition extension's fields put into the imported definition:
/// they are the definition's own, so they replace what the importer made
/// of the Questionnaire's FHIR elements.
pub(super) fn apply(definition: &mut Value, own: Map<String, Value>, errors: &mut Vec<ImportError>) {
    let at = crate::output::fhir::DEFINITION_EXTENSION;
    if let Some(id) = own.get("id") {
        match id.as_str().filter(|id| crate::engine::is_instrument_id(id)) {
            Some(id) => definition["id"] = json!(id),
            None => errors.push(ImportError::top(format!("extension {at}: id {id} is not an instrument id"))),
        }
    }
    // A definition without a Questionnaire of its own is exported under
    // our URN, which names no Questionnaire it came from.
    let id = definition["id"].as_str().unwrap_or_default().to_string();
    if definition.get("url").and_then(Value::as_str) == Some(&format!("urn:pain-assessment:questionnaire:{id}")) {
        definition.as_object_mut().map(|d| d.remove("url"));
    }
    for key in ["licence", "instructions", "safety", "translations"] {
        if let Some(v) = own.get(key) {
            definition[key] = v.clone();
        }
    }
    for key in ["notes", "scores"] {
        // Ours first, then any the importer made (a note, a total).
        let made = definition.get(key).and_then(Value::as_array).cloned().unwrap_or_default();
        let mut all = own.get(key).and_then(Value::as_array).cloned().unwrap_or_default();
        all.extend(made);
        if !all.is_empty() {
            definition[key] = json!(all);
        }
    }
    let items = definition["items"].as_array_mut();
    let Some(items) = items else { return };
    let mut mark = |key: &str, field: &str, check: &dyn Fn(&Value) -> bool| {
        for id in own.get(key).and_then(Value::as_array).into_iter().flatten() {
            match items.iter_mut().find(|i| i["id"] == *id) {
                Some(item) if check(item) => item[field] = json!(true),
                _ => errors.push(ImportError::top(format!("extension {at}: {key}: {id} is not such an item"))),
            }
        }
    };
    mark("clinician", "clinician", &|_| true);
    mark("requiredChecklists", "required", &|i| i["kind"]["type"] == "checklist");
    for item in items.iter_mut() {
        fold_in(item);
    }
}

/// Our export writes an `in` as one `=` per value under `any`; the run of
/// `=` on one item becomes the `in` again, and a lone condition needs no
/// behaviour.
fn fold_in(item: &mut Value) {
    if item.get("enableBehavior").and_then(Value::as_str) != Some("any") {
        return;
    }
    let Some(list) = item.get("enableWhen").and_then(Value::as_array) else { return };
    let mut folded: Vec<Value> = Vec::new();
    for c in list {
        let same = folded.last().is_some_and(|last| last["item"] == c["item"] && c["operator"] == "=" && matches!(last["operator"].as_str(), Some("=" | "in")));
        if same {
            if let Some(last) = folded.last_mut() {
                let mut values = if last["operator"] == "in" { last["answer"].as_array().cloned().unwrap_or_default() } else { vec![last["answer"].clone()] };
                values.push(c["answer"].clone());
                *last = json!({ "item": last["item"], "operator": "in", "answer": values });
            }
        } else {
            folded.push(c.clone());
        }
    }
    let lone = folded.len() == 1;
    item["enableWhen"] = json!(folded);
    if lone {
        item.as_object_mut().map(|i| i.remove("enableBehavior"));
    }
}
