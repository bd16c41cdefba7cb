//! FHIR R4: each instrument as a Questionnaire, with its codes (LOINC where
//! the definition carries them). Pure: JSON in the shape of the FHIR R4
//! resources, checked in the tests by an independent validator.

use crate::model::{Code, Instrument, ItemKind};
use serde_json::{json, Map, Value};

/// The canonical URL of an instrument's Questionnaire.
pub fn questionnaire_url(instrument: &Instrument) -> String {
    format!("urn:pain-assessment:questionnaire:{}|{}", instrument.id, instrument.version)
}

fn coding(code: &Code) -> Value {
    let mut c = json!({ "system": code.system, "code": code.code });
    if let Some(display) = &code.display {
        c["display"] = json!(display);
    }
    c
}

/// Puts `text` under `key` unless it is blank (FHIR strings may not be empty).
fn put(object: &mut Map<String, Value>, key: &str, text: &str) {
    if !text.trim().is_empty() {
        object.insert(key.into(), json!(text));
    }
}

/// `instrument` as a FHIR R4 Questionnaire. Wording a licensed instrument
/// does not ship is left out, never replaced.
pub fn questionnaire(instrument: &Instrument) -> Value {
    let mut q = Map::new();
    q.insert("resourceType".into(), json!("Questionnaire"));
    q.insert("id".into(), json!(instrument.id.replace('_', "-")));
    q.insert("url".into(), json!(questionnaire_url(instrument)));
    q.insert("version".into(), json!(instrument.version));
    q.insert("name".into(), json!(instrument.id.to_uppercase()));
    put(&mut q, "title", &instrument.title);
    q.insert("status".into(), json!("active"));
    put(&mut q, "copyright", &format!("{} {}", instrument.licence.copyright, instrument.licence.terms));
    if !instrument.codes.is_empty() {
        q.insert("code".into(), Value::Array(instrument.codes.iter().map(coding).collect()));
    }
    let items: Vec<Value> = instrument.items.iter().map(|item| {
        let mut i = Map::new();
        i.insert("linkId".into(), json!(item.id));
        put(&mut i, "text", &item.text);
        if !item.codes.is_empty() {
            i.insert("code".into(), Value::Array(item.codes.iter().map(coding).collect()));
        }
        let (kind, repeats) = match &item.kind {
            ItemKind::SingleChoice { .. } => ("choice", false),
            ItemKind::MultiChoice { .. } | ItemKind::Checklist { .. } | ItemKind::BodyMap {} => ("choice", true),
            ItemKind::Rating { .. } | ItemKind::Vas { .. } => ("integer", false),
            ItemKind::YesNo { .. } => ("boolean", false),
            ItemKind::Text { .. } => ("text", false),
        };
        i.insert("type".into(), json!(kind));
        i.insert("required".into(), json!(item.required && !matches!(item.kind, ItemKind::Checklist { .. })));
        if repeats {
            i.insert("repeats".into(), json!(true));
        }
        let options: Vec<Value> = match &item.kind {
            ItemKind::SingleChoice { options } | ItemKind::MultiChoice { options } | ItemKind::Checklist { options } => options
                .iter()
                .map(|o| {
                    let mut c = json!({ "system": format!("urn:pain-assessment:options:{}:{}", instrument.id, item.id), "code": o.value });
                    if !o.label.trim().is_empty() {
                        c["display"] = json!(o.label);
                    }
                    json!({ "valueCoding": c })
                })
                .collect(),
            // The body map's answers are its regions (their SNOMED CT codes
            // travel with each marked region in the response).
            ItemKind::BodyMap {} => crate::bodymap::REGIONS
                .iter()
                .map(|r| json!({ "valueCoding": { "system": "urn:pain-assessment:bodymap-region", "code": r.id, "display": r.name } }))
                .collect(),
            _ => Vec::new(),
        };
        if !options.is_empty() {
            i.insert("answerOption".into(), Value::Array(options));
        }
        if let ItemKind::Rating { min, max, .. } = &item.kind {
            i.insert("extension".into(), json!([
                { "url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueInteger": min },
                { "url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueInteger": max }
            ]));
        }
        Value::Object(i)
    }).collect();
    q.insert("item".into(), Value::Array(items));
    Value::Object(q)
}
