//! `scoreResponse`: the engine's re-scoring, for JavaScript and Node.js.

use super::js::{to_js, to_json_text};
use crate::error::{Category, Error};
use crate::instruments::Library;
use crate::output::verify_json;
use wasm_bindgen::prelude::*;

/// Re-scores a response envelope (an object or JSON text) with this engine.
/// Returns `{ok, differences, rescored}`, or `{ok: false, error: {category,
/// message}}` when the input is not a response that can be scored.
#[wasm_bindgen(js_name = scoreResponse)]
pub fn score_response(input: JsValue) -> JsValue {
    let result = to_json_text(&input)
        .map_err(|m| Error::new(Category::Response, m))
        .and_then(|text| text.ok_or_else(|| Error::new(Category::Response, "no response given")))
        .and_then(|text| verify_json(&text, &Library::builtin()));
    match result {
        Ok(verification) => to_js(&verification),
        Err(error) => to_js(&Failure { ok: false, error }),
    }
}

#[derive(serde::Serialize)]
struct Failure {
    ok: bool,
    error: Error,
}

/// A response envelope (an object or JSON text) as a FHIR R4 transaction
/// Bundle: `{bundle}`, or `{error: {category, message}}`. `definitions`
/// (an array, or JSON text of one; optional) are the host's own
/// definitions the response answers, its own format or FHIR
/// Questionnaires, as given in `options.definitions`.
#[wasm_bindgen(js_name = fhirBundle)]
pub fn fhir_bundle(input: JsValue, definitions: JsValue) -> JsValue {
    let result = library_with(&definitions).and_then(|library| {
        to_json_text(&input)
            .map_err(|m| Error::new(Category::Response, m))
            .and_then(|text| text.ok_or_else(|| Error::new(Category::Response, "no response given")))
            .and_then(|text| {
                serde_json::from_str::<crate::Envelope>(&text).map_err(|e| Error::new(Category::Response, format!("not a response: {e}")))
            })
            .and_then(|envelope| crate::output::fhir::bundle(&envelope, &library))
    });
    match result {
        Ok(bundle) => to_js(&serde_json::json!({ "bundle": bundle })),
        Err(error) => to_js(&Failure { ok: false, error }),
    }
}

/// A procedure diary (`{procedure, entries, rules?}`, an object or JSON
/// text) read for its response: relief at each time, the peak, how long
/// ≥ 50 % and ≥ 80 % relief lasted, and when the next entry is due. Or
/// `{ok: false, error: {category, message}}`.
#[wasm_bindgen(js_name = procedureResponse)]
pub fn procedure_response(input: JsValue) -> JsValue {
    let result = to_json_text(&input)
        .map_err(|m| Error::new(Category::Response, m))
        .and_then(|text| text.ok_or_else(|| Error::new(Category::Response, "no diary given")))
        .and_then(|text| crate::care::diary::analyse_json(&text));
    match result {
        Ok(response) => to_js(&response),
        Err(error) => to_js(&Failure { ok: false, error }),
    }
}

/// A FHIR R4 Questionnaire (an object or JSON text) as one of this
/// widget's definitions: `{definition}`, or `{ok: false, error: {category,
/// message}}` naming every item it cannot honour by linkId. The page's
/// script uses it before mounting, so only pages given a Questionnaire load
/// the importer.
#[wasm_bindgen(js_name = importQuestionnaire)]
pub fn import_questionnaire(input: JsValue) -> JsValue {
    let result = to_json_text(&input)
        .map_err(|m| Error::new(Category::Definition, m))
        .and_then(|text| text.ok_or_else(|| Error::new(Category::Definition, "no Questionnaire given")))
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).map_err(|e| Error::new(Category::Definition, format!("not JSON: {e}"))))
        .and_then(|value| {
            crate::import::questionnaire(&value).map_err(|errors| Error::new(Category::Definition, crate::import::describe(&errors)))
        })
        .and_then(|definition| {
            // Read and checked as the widget will, so what it refuses is said here.
            crate::instruments::definition_from_value(&definition).map(|_| definition)
        });
    match result {
        Ok(definition) => to_js(&serde_json::json!({ "definition": definition })),
        Err(error) => to_js(&Failure { ok: false, error }),
    }
}

/// The built-ins and the host's own `definitions` (absent: none).
fn library_with(definitions: &JsValue) -> Result<Library, Error> {
    let mut library = Library::builtin();
    let Some(text) = to_json_text(definitions).map_err(|m| Error::new(Category::Definition, m))? else {
        return Ok(library);
    };
    let list: Vec<serde_json::Value> =
        serde_json::from_str(&text).map_err(|e| Error::new(Category::Definition, format!("the definitions are not an array: {e}")))?;
    for (i, value) in list.iter().enumerate() {
        let at = |e: Error| Error::new(Category::Definition, format!("definitions[{i}]: {}", e.message));
        let definition = if crate::import::is_questionnaire(value) {
            crate::import::questionnaire(value)
                .map_err(|errors| Error::new(Category::Definition, format!("definitions[{i}]: {}", crate::import::describe(&errors))))?
        } else {
            value.clone()
        };
        library.add(crate::instruments::definition_from_value(&definition).map_err(at)?).map_err(at)?;
    }
    Ok(library)
}
