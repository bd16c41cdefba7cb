//! FHIR R4: each instrument as a Questionnaire, with its codes (LOINC where
//! the definition carries them). Pure: JSON in the shape of the FHIR R4
//! resources, checked in the tests by an independent validator.

use crate::model::{Code, Instrument, ItemKind};
use serde_json::{json, Map, Value};

/// The canonical URL of an instrument's Questionnaire: the Questionnaire's
/// own for a definition imported from one.
pub fn questionnaire_url(instrument: &Instrument) -> String {
    match &instrument.url {
        Some(url) => url.clone(),
        None => format!("urn:pain-assessment:questionnaire:{}", instrument.id),
    }
}

/// The coding of an option: its own code where it has one (an imported
/// Questionnaire's answer codes, a LOINC answer), else one in the system of
/// this item's options.
fn option_coding(instrument: &Instrument, item: &crate::model::Item, option: &crate::model::Choice) -> Value {
    let mut c = match option.codes.first() {
        Some(code) => coding(code),
        None => json!({ "system": option_system(instrument, item), "code": option.value }),
    };
    if c.get("display").is_none() && !option.label.trim().is_empty() {
        c["display"] = json!(option.label);
    }
    c
}

/// An option as FHIR gives it, as one `value[x]` entry: its coding, or the
/// plain string or integer it was published as (see `Choice::fhir_value`).
pub(super) fn option_value(instrument: &Instrument, item: &crate::model::Item, option: &crate::model::Choice) -> Value {
    use crate::model::FhirValue;
    match option.fhir_value {
        FhirValue::Coding => json!({ "valueCoding": option_coding(instrument, item, option) }),
        FhirValue::String => json!({ "valueString": option.value }),
        // The reader accepts an integer option only with a whole-number value.
        FhirValue::Integer => match option.value.parse::<i64>() {
            Ok(n) => json!({ "valueInteger": n }),
            Err(_) => json!({ "valueString": option.value }),
        },
    }
}

/// The Questionnaire a response answers: its canonical URL and version (a
/// Questionnaire imported without a version is named by its URL alone).
pub fn questionnaire_reference(instrument: &Instrument) -> String {
    if instrument.url.is_some() && instrument.version == crate::import::UNVERSIONED {
        return questionnaire_url(instrument);
    }
    format!("{}|{}", questionnaire_url(instrument), instrument.version)
}

/// The code system of an item's options, whose codes are the option values.
pub fn option_system(instrument: &Instrument, item: &crate::model::Item) -> String {
    format!("urn:pain-assessment:options:{}:{}", instrument.id, item.id)
}

/// The extension carrying what FHIR has no element for and this format
/// needs to read its own Questionnaire back unchanged: the licence, the
/// instructions, the scores and the safety rules, as definition JSON.
pub const DEFINITION_EXTENSION: &str = "urn:pain-assessment:definition";

/// The extension carrying an item's kind as definition JSON (the words at
/// both ends of a rating, a visual analogue scale, a checklist, the score
/// of "yes"), beside the FHIR type other renderers read.
pub const KIND_EXTENSION: &str = "urn:pain-assessment:item-kind";

/// The SDC extension giving an option its score.
const ORDINAL_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

fn coding(code: &Code) -> Value {
    // An empty system is one the source did not state (an imported
    // Questionnaire's coding): FHIR's system is optional, so it is left out.
    let mut c = if code.system.is_empty() { json!({ "code": code.code }) } else { json!({ "system": code.system, "code": code.code }) };
    if let Some(display) = &code.display {
        c["display"] = json!(display);
    }
    c
}

/// The FHIR item type of a kind, and whether it repeats. Options given as
/// plain strings or integers (all of them) keep the type they were
/// published with, so that answers are of that type too.
pub fn fhir_type(kind: &ItemKind) -> (&'static str, bool) {
    use crate::model::FhirValue;
    let plain = |options: &[crate::model::Choice]| match options.first().map(|o| o.fhir_value) {
        Some(first @ (FhirValue::String | FhirValue::Integer)) if options.iter().all(|o| o.fhir_value == first) => {
            Some(if first == FhirValue::String { "string" } else { "integer" })
        }
        _ => None,
    };
    match kind {
        ItemKind::SingleChoice { other: true, .. } => ("open-choice", false),
        ItemKind::MultiChoice { other: true, .. } => ("open-choice", true),
        ItemKind::SingleChoice { options, .. } => (plain(options).unwrap_or("choice"), false),
        ItemKind::MultiChoice { options, .. } => (plain(options).unwrap_or("choice"), true),
        ItemKind::Checklist { .. } | ItemKind::BodyMap {} => ("choice", true),
        ItemKind::Decimal { .. } => ("decimal", false),
        ItemKind::Display {} => ("display", false),
        ItemKind::Rating { .. } | ItemKind::Vas { .. } | ItemKind::Number { .. } => ("integer", false),
        ItemKind::YesNo { .. } => ("boolean", false),
        ItemKind::Text { .. } => ("text", false),
    }
}

/// Puts `text` under `key` unless it is blank (FHIR strings may not be empty).
fn put(object: &mut Map<String, Value>, key: &str, text: &str) {
    if !text.trim().is_empty() {
        object.insert(key.into(), json!(text));
    }
}

/// `instrument` as a FHIR R4 Questionnaire. Wording a licensed instrument
/// does not ship is left out, never replaced. An item asked only within
/// another (`within`) is nested in it, since FHIR disables an item's
/// descendants with it. Fails only for conditions FHIR R4's enableWhen
/// cannot say (see `fhir_enable`).
pub fn questionnaire(instrument: &Instrument) -> Result<Value, String> {
    let mut q = Map::new();
    q.insert("resourceType".into(), json!("Questionnaire"));
    q.insert("id".into(), json!(instrument.id.replace('_', "-")));
    q.insert("url".into(), json!(questionnaire_url(instrument)));
    q.insert("version".into(), json!(instrument.version));
    q.insert("name".into(), json!(instrument.id.to_uppercase()));
    put(&mut q, "title", &instrument.title);
    q.insert("language".into(), json!(instrument.language));
    q.insert("status".into(), json!("active"));
    put(&mut q, "copyright", &format!("{} {}", instrument.licence.copyright, instrument.licence.terms));
    if !instrument.codes.is_empty() {
        q.insert("code".into(), Value::Array(instrument.codes.iter().map(coding).collect()));
    }
    q.insert("extension".into(), json!([{ "url": DEFINITION_EXTENSION, "valueString": own_definition(instrument).to_string() }]));
    let items = instrument.items.iter().map(|item| {
        let mut i = Map::new();
        i.insert("linkId".into(), json!(item.id));
        put(&mut i, "text", &item.text);
        if !item.codes.is_empty() {
            i.insert("code".into(), Value::Array(item.codes.iter().map(coding).collect()));
        }
        let (kind, repeats) = fhir_type(&item.kind);
        i.insert("type".into(), json!(kind));
        // FHIR allows no `required` on a display item (que-6).
        if !matches!(item.kind, ItemKind::Display {}) {
            i.insert("required".into(), json!(item.required && !matches!(item.kind, ItemKind::Checklist { .. })));
        }
        if repeats {
            i.insert("repeats".into(), json!(true));
        }
        let options: Vec<Value> = match &item.kind {
            ItemKind::SingleChoice { options, .. } | ItemKind::MultiChoice { options, .. } | ItemKind::Checklist { options } => options
                .iter()
                .map(|o| {
                    let mut option = option_value(instrument, item, o);
                    if let Some(score) = o.score {
                        option["extension"] = json!([{ "url": ORDINAL_VALUE, "valueDecimal": score }]);
                    }
                    option
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
        let mut extensions = vec![json!({ "url": KIND_EXTENSION, "valueString": serde_json::to_string(&item.kind).unwrap_or_default() })];
        let bounds = match &item.kind {
            ItemKind::Rating { min, max, .. } | ItemKind::Number { min, max } => Some((*min, *max)),
            ItemKind::Vas { .. } => Some((0, 100)),
            _ => None,
        };
        if let Some((min, max)) = bounds {
            extensions.push(json!({ "url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueInteger": min }));
            extensions.push(json!({ "url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueInteger": max }));
        }
        if let ItemKind::Decimal { min, max } = &item.kind {
            for (name, bound) in [("minValue", min), ("maxValue", max)] {
                if let Some(b) = bound {
                    extensions.push(json!({ "url": format!("http://hl7.org/fhir/StructureDefinition/{name}"), "valueDecimal": b }));
                }
            }
        }
        i.insert("extension".into(), Value::Array(extensions));
        super::fhir_enable::put(instrument, item, &mut i)?;
        Ok((item, Value::Object(i)))
    }).collect::<Result<Vec<_>, String>>()?;
    q.insert("item".into(), Value::Array(nest(&items, None)));
    Ok(Value::Object(q))
}

/// The items whose heading is `within`, each with the items within it
/// nested as its own `item`.
fn nest(items: &[(&crate::model::Item, Value)], within: Option<&str>) -> Vec<Value> {
    items
        .iter()
        .filter(|(item, _)| item.within.as_deref() == within)
        .map(|(item, value)| {
            let mut value = value.clone();
            let children = nest(items, Some(&item.id));
            if !children.is_empty() {
                value["item"] = Value::Array(children);
            }
            value
        })
        .collect()
}

/// What the definition says beyond its items and FHIR has no element for,
/// as its own JSON, for the definition extension: its id (FHIR's `id` and
/// `name` have other rules), licence, instructions, scores, safety rules,
/// translations and notes, and the items FHIR cannot mark: those the
/// clinician completes, and the checklists that are required (a checklist
/// is never `required` in FHIR, since ticking none is an answer).
fn own_definition(instrument: &Instrument) -> Value {
    let mut own = json!({ "id": instrument.id, "licence": instrument.licence, "scores": instrument.scores });
    if let Some(text) = &instrument.instructions {
        own["instructions"] = json!(text);
    }
    if !instrument.safety.is_empty() {
        own["safety"] = json!(instrument.safety);
    }
    if !instrument.translations.is_empty() {
        own["translations"] = json!(instrument.translations);
    }
    if !instrument.notes.is_empty() {
        own["notes"] = json!(instrument.notes);
    }
    let ids = |keep: &dyn Fn(&crate::model::Item) -> bool| -> Vec<&str> { instrument.items.iter().filter(|i| keep(i)).map(|i| i.id.as_str()).collect() };
    let clinician = ids(&|i| i.clinician);
    if !clinician.is_empty() {
        own["clinician"] = json!(clinician);
    }
    let checklists = ids(&|i| i.required && matches!(i.kind, ItemKind::Checklist { .. }));
    if !checklists.is_empty() {
        own["requiredChecklists"] = json!(checklists);
    }
    own
}

/// A submission as one FHIR R4 transaction Bundle: per instrument a
/// QuestionnaireResponse, an Observation per score (LOINC where the
/// definition has a code; the band as the interpretation), and per marked
/// body map region a BodyStructure (site, laterality, front or back) and an
/// Observation of pain there with its intensity. `library` holds the
/// definitions the answers were given to.
pub fn bundle(envelope: &super::Envelope, library: &crate::Library) -> Result<Value, crate::Error> {
    let mut entries = Vec::new();
    let mut n = 0u32;
    let mut next_url = || {
        n += 1;
        // Ids within the bundle, from the submission's own UUID.
        format!("urn:uuid:{}{:012x}", &envelope.submission_id[..24], n)
    };
    let subject = envelope.patient_id.as_ref().map(|id| json!({ "identifier": { "value": id } }));
    let encounter = envelope.encounter_id.as_ref().map(|id| json!({ "identifier": { "value": id } }));
    let when = envelope.completed_at.clone().unwrap_or_else(|| envelope.started_at.clone());
    let mut add = |url: String, mut resource: Value| {
        if let Some(subject) = &subject {
            let key = if resource["resourceType"] == "BodyStructure" { "patient" } else { "subject" };
            resource[key] = subject.clone();
        }
        if let (Some(encounter), false) = (&encounter, resource["resourceType"] == "BodyStructure") {
            resource["encounter"] = encounter.clone();
        }
        let kind = resource["resourceType"].as_str().unwrap_or_default().to_string();
        entries.push(json!({ "fullUrl": url, "resource": resource, "request": { "method": "POST", "url": kind } }));
    };
    for response in &envelope.instruments {
        let instrument = library.get(&response.id)?;
        let answers_url = next_url();
        add(answers_url.clone(), questionnaire_response(&instrument, response, &envelope.submission_id, &when, envelope.completed_at.is_some()));
        for score in &response.scores {
            add(next_url(), score_observation(&instrument, score, &answers_url, &when));
        }
        for region in &response.regions {
            let structure = next_url();
            let mut body = json!({
                "resourceType": "BodyStructure",
                "location": { "coding": [coding(&region.site)], "text": region.name },
                "locationQualifier": [{ "coding": [coding(&region.laterality)] }, { "coding": [coding(&region.topography)] }],
                "description": format!("{} (CHOIR body map region {})", region.name, region.number),
            });
            if subject.is_none() {
                body["patient"] = json!({ "display": "the patient who answered" });
            }
            add(structure.clone(), body);
            let mut pain = json!({
                "resourceType": "Observation",
                "status": "final",
                "code": { "coding": [{ "system": "http://loinc.org", "code": "38204-4", "display": "Pain primary location" }], "text": "Pain location" },
                "effectiveDateTime": when,
                "valueCodeableConcept": { "coding": [coding(&region.site)], "text": region.name },
                "bodySite": { "coding": [coding(&region.site)], "text": region.name },
                "extension": [{ "url": "http://hl7.org/fhir/StructureDefinition/bodySite", "valueReference": { "reference": structure } }],
                "derivedFrom": [{ "reference": answers_url }],
            });
            if let Some(intensity) = region.intensity {
                pain["component"] = json!([{
                    "code": { "coding": [{ "system": "http://loinc.org", "code": "72514-3", "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported" }] },
                    "valueInteger": intensity,
                }]);
            }
            add(next_url(), pain);
        }
    }
    Ok(json!({ "resourceType": "Bundle", "type": "transaction", "entry": entries }))
}

fn questionnaire_response(instrument: &Instrument, response: &super::InstrumentResponse, submission: &str, when: &str, complete: bool) -> Value {
    use crate::model::Answer;
    let items: Vec<Value> = instrument
        .items
        .iter()
        .filter_map(|item| {
            let answer = response.answers.get(&item.id)?;
            // An option chosen is its coding; an answer of the patient's
            // own (an open choice's) is the text they typed.
            let option = |value: &str| match item.kind.options().iter().find(|o| o.value == value) {
                Some(o) => option_value(instrument, item, o),
                None => json!({ "valueString": value }),
            };
            let values: Vec<Value> = match (answer, &item.kind) {
                (Answer::Text(text), ItemKind::Text { .. }) => vec![json!({ "valueString": text })],
                (Answer::Text(value), _) => vec![option(value)],
                (Answer::Many(values), _) => values.iter().map(|v| option(v)).collect(),
                (Answer::Number(n), ItemKind::Decimal { .. }) => vec![json!({ "valueDecimal": n })],
                (Answer::Decimal(x), _) => vec![json!({ "valueDecimal": x })],
                (Answer::Number(n), _) => vec![json!({ "valueInteger": n })],
                (Answer::Bool(b), _) => vec![json!({ "valueBoolean": b })],
                (Answer::BodyMap(map), _) => crate::bodymap::REGIONS
                    .iter()
                    .filter(|r| map.regions.contains_key(r.id))
                    .map(|r| json!({ "valueCoding": { "system": "urn:pain-assessment:bodymap-region", "code": r.id, "display": r.name } }))
                    .collect(),
            };
            (!values.is_empty()).then(|| json!({ "linkId": item.id, "answer": values }))
        })
        .collect();
    let mut qr = json!({
        "resourceType": "QuestionnaireResponse",
        "identifier": { "system": "urn:pain-assessment:submission", "value": format!("{submission}/{}", instrument.id) },
        "questionnaire": questionnaire_reference(instrument),
        "status": if complete { "completed" } else { "in-progress" },
        "authored": when,
    });
    if !items.is_empty() {
        qr["item"] = json!(items);
    }
    qr
}

fn score_observation(instrument: &Instrument, score: &crate::model::ScoreResult, answers: &str, when: &str) -> Value {
    let mut codes: Vec<Value> = score.codes.iter().map(coding).collect();
    codes.push(json!({ "system": format!("urn:pain-assessment:score:{}", instrument.id), "code": score.id, "display": score.label }));
    let mut observation = json!({
        "resourceType": "Observation",
        "status": "final",
        "code": { "coding": codes, "text": score.label },
        "effectiveDateTime": when,
        "derivedFrom": [{ "reference": answers }],
    });
    match score.value {
        Some(value) => {
            observation["valueQuantity"] = json!({ "value": value, "unit": "{score}", "system": "http://unitsofmeasure.org", "code": "{score}" });
        }
        None => {
            observation["dataAbsentReason"] = json!({
                "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/data-absent-reason", "code": "unknown", "display": "Unknown" }],
                "text": score.not_scorable.clone().unwrap_or_default(),
            });
        }
    }
    if let Some(band) = &score.band {
        observation["interpretation"] = json!([{ "coding": [{ "system": format!("urn:pain-assessment:band:{}:{}", instrument.id, score.id), "code": band.id, "display": band.label }], "text": band.label }]);
    }
    observation
}
