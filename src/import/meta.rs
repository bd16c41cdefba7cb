//! The Questionnaire as a whole: id, version, title, licence, codes.

use super::ext::{self, Known};
use super::{ImportError, UNVERSIONED};
use serde_json::{json, Value};

/// Fields of a Questionnaire that describe it (catalogue metadata) and
/// change nothing about what is asked or how it scores.
const DESCRIPTIVE: &[&str] = &[
    "resourceType", "id", "meta", "language", "text", "contained", "extension", "url", "identifier", "version", "name",
    "title", "derivedFrom", "status", "experimental", "subjectType", "date", "publisher", "contact", "description",
    "useContext", "jurisdiction", "purpose", "copyright", "approvalDate", "lastReviewDate", "effectivePeriod", "code", "item",
];

/// The definition's fields other than items and scores.
pub(super) fn read(q: &Value, errors: &mut Vec<ImportError>) -> Value {
    for (key, _) in q.as_object().into_iter().flatten() {
        // `_title` and the like carry translations and rendering of a
        // primitive; the plain value is what is shown.
        if !DESCRIPTIVE.contains(&key.as_str()) && !key.starts_with('_') {
            errors.push(ImportError::top(format!("{key} is not supported")));
        }
    }
    for e in ext::list(q) {
        match ext::known(e) {
            // Ours, read by `own`.
            Known::Variable | Known::Ignored | Known::OwnDefinition(_) => {}
            _ => errors.push(ImportError::top(format!("extension {} is not supported", ext::url(e)))),
        }
    }
    let text = |key: &str| q.get(key).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty());
    // The last segment of the canonical URL, when neither name nor id fits.
    let tail = text("url").and_then(|u| u.trim_end_matches('/').rsplit('/').next());
    let id = [text("name"), text("id"), tail].into_iter().flatten().find(|id| crate::engine::is_instrument_id(id));
    let id = match id {
        Some(id) => id.to_string(),
        None => {
            errors.push(ImportError::top(format!(
                "neither name ({}), id ({}) nor the url's last segment ({}) fits an instrument id: 1 to 64 letters, digits, '_' or '-'",
                text("name").unwrap_or("absent"),
                text("id").unwrap_or("absent"),
                tail.unwrap_or("absent")
            )));
            String::new()
        }
    };
    let title = text("title").or(text("name")).unwrap_or_else(|| {
        errors.push(ImportError::top("title: a Questionnaire needs a title (or a name) to show"));
        ""
    });
    let mut notes = Vec::new();
    let version = match text("version") {
        Some(v) => v,
        None => {
            notes.push(format!(
                "The Questionnaire states no version; '{UNVERSIONED}' stands in for one, so a later change to it would not be told apart."
            ));
            UNVERSIONED
        }
    };
    let url = text("url");
    let name = || match (text("id"), url) {
        (_, Some(url)) => url.to_string(),
        (Some(id), None) => format!("The FHIR Questionnaire '{title}' (id {id})"),
        (None, None) => format!("The FHIR Questionnaire '{title}'"),
    };
    // The licence says only what the resource says.
    let licence = match (text("copyright"), text("publisher")) {
        (Some(copyright), _) => json!({ "copyright": copyright, "terms": "As stated in the Questionnaire's copyright", "source": name() }),
        (None, Some(publisher)) => json!({
            "copyright": format!("Published by {publisher}"),
            "terms": "The Questionnaire states no copyright or terms of use; check them with its publisher",
            "source": name(),
        }),
        (None, None) => json!({
            "copyright": "Not stated in the Questionnaire",
            "terms": "The Questionnaire states no copyright, publisher or terms of use; check them before use",
            "source": name(),
        }),
    };
    if let Some(description) = text("description") {
        notes.push(format!("From the Questionnaire's description: {description}"));
    }
    let mut definition = json!({ "id": id, "version": version, "title": title, "licence": licence });
    if let Some(url) = url {
        definition["url"] = json!(url);
    }
    if let Some(language) = text("language") {
        definition["language"] = json!(language);
    }
    let codes = ext::codes(q.get("code"), "code").unwrap_or_else(|e| {
        errors.push(ImportError::top(e));
        Vec::new()
    });
    if !codes.is_empty() {
        definition["codes"] = json!(codes);
    }
    if !notes.is_empty() {
        definition["notes"] = json!(notes);
    }
    definition
}
