//! FHIR R4 Questionnaire import: a Questionnaire becomes our own definition
//! JSON, which then goes through the normal reader and
//! [`crate::validate_definition`] like any other definition.
//!
//! Pure, and deliberately narrow: what the importer cannot honour is
//! refused, naming the item's linkId and the reason, and never dropped.
//! The README's section on custom definitions lists what is supported.
//!
//! ```
//! use serde_json::json;
//! let q = json!({ "resourceType": "Questionnaire", "name": "sleep", "version": "1",
//!     "title": "Sleep", "status": "active", "item": [
//!     { "linkId": "q1", "text": "Did pain wake you?", "type": "boolean", "required": true } ] });
//! let definition = pain_assessment::import::questionnaire(&q).unwrap();
//! assert_eq!(definition["items"][0]["kind"]["type"], "yesNo");
//! ```

mod enable;
mod ext;
mod items;
mod meta;
mod own;
mod total;
mod valueset;

use serde_json::{json, Value};
use std::fmt;

/// The version given to a definition whose Questionnaire states none.
pub const UNVERSIONED: &str = "unversioned";

/// Something in a Questionnaire the importer cannot honour, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    link_id: Option<String>,
    message: String,
}

impl ImportError {
    fn at(link_id: &str, message: impl Into<String>) -> Self {
        ImportError { link_id: Some(link_id.to_string()), message: message.into() }
    }

    fn top(message: impl Into<String>) -> Self {
        ImportError { link_id: None, message: message.into() }
    }

    /// The linkId of the item at fault; `None` for the Questionnaire itself.
    pub fn link_id(&self) -> Option<&str> {
        self.link_id.as_deref()
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match &self.link_id {
            Some(id) => write!(f, "item '{id}' (linkId {id}): {}", self.message),
            None => write!(f, "the Questionnaire: {}", self.message),
        }
    }
}

/// True when `value` is a FHIR resource of type Questionnaire (rather than
/// one of our own definitions).
pub fn is_questionnaire(value: &Value) -> bool {
    value.get("resourceType").and_then(Value::as_str) == Some("Questionnaire")
}

/// Our definition JSON for the FHIR R4 Questionnaire `value`, or every
/// part of it that cannot be honoured.
pub fn questionnaire(value: &Value) -> Result<Value, Vec<ImportError>> {
    let mut errors = Vec::new();
    if !is_questionnaire(value) {
        return Err(vec![ImportError::top("resourceType: expected 'Questionnaire'")]);
    }
    let meta = meta::read(value, &mut errors);
    let own = own::definition(value, &mut errors);
    let mut walk = items::Walk {
        contained: value.get("contained").cloned().unwrap_or(Value::Null),
        wordless: own.as_ref().is_some_and(own::wordless),
        own: own.is_some(),
        ..Default::default()
    };
    match value.get("item") {
        Some(Value::Array(list)) if !list.is_empty() => walk.items(list, None, &mut errors),
        _ => errors.push(ImportError::top("item: a Questionnaire needs at least one item")),
    }
    let mut notes = std::mem::take(&mut walk.notes);
    let scores = total::scores(value, &walk, &mut notes, &mut errors);
    walk.notes = notes;
    let mut definition = meta;
    definition["items"] = Value::Array(walk.out);
    if !scores.is_empty() {
        definition["scores"] = Value::Array(scores);
    }
    if !walk.notes.is_empty() {
        let notes = definition["notes"].as_array().cloned().unwrap_or_default();
        definition["notes"] = json!(notes.into_iter().chain(walk.notes.into_iter().map(Value::String)).collect::<Vec<_>>());
    }
    if let Some(own) = own {
        own::apply(&mut definition, own, &mut errors);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(definition)
}

/// Every error as one message for a host, one line each.
pub fn describe(errors: &[ImportError]) -> String {
    errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")
}
