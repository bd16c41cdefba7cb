//! The FHIR and SDC extensions the importer reads, by URL.

use serde_json::{json, Value};

/// What an extension means to the importer.
pub(super) enum Known<'a> {
    /// SDC itemControl: how an item is to be rendered (its code).
    ItemControl(Option<&'a str>),
    /// The lowest or highest answer allowed.
    MinValue(Option<f64>),
    MaxValue(Option<f64>),
    /// The step of a slider.
    SliderStep(Option<f64>),
    /// An answer option's score: ordinalValue, itemWeight or the
    /// iso21090-CO-value that LOINC and LHC-Forms put on a coding.
    Score(Option<f64>),
    /// An item's value computed by a FHIRPath expression.
    Calculated(&'a str),
    /// A named FHIRPath expression other expressions use.
    Variable,
    /// The item is not shown.
    Hidden(bool),
    /// The unit of a number's answer.
    Unit,
    /// Text meant to be shown with the item (e.g. LHC-Forms' coding
    /// instructions).
    DisplayCategory(Option<&'a str>),
    /// The fewest answers an item takes.
    MinOccurs(Option<i64>),
    /// Presentation or provenance with no bearing on what is asked or how
    /// it scores: option prefixes, orientation, styles, XHTML and Markdown
    /// renderings of text that is also given plain, the links to earlier
    /// Observations used to prefill, short text, widths, maturity labels.
    Ignored,
    /// Our own export's item kind, as definition JSON
    /// (`crate::output::fhir::KIND_EXTENSION`).
    OwnKind(Option<&'a str>),
    /// Our own export's definition beyond its items, as definition JSON
    /// (`crate::output::fhir::DEFINITION_EXTENSION`).
    OwnDefinition(Option<&'a str>),
    /// Anything else: refused.
    Unknown,
}

const CORE: &str = "http://hl7.org/fhir/StructureDefinition/";
const SDC: &str = "http://hl7.org/fhir/uv/sdc/StructureDefinition/";

const IGNORED: &[&str] = &[
    "questionnaire-optionPrefix", "questionnaire-choiceOrientation", "sdc-questionnaire-observationLinkPeriod",
    "rendering-style", "rendering-xhtml", "rendering-markdown", "rendering-styleSensitive", "entryFormat",
    "sdc-questionnaire-shortText", "sdc-questionnaire-width", "sdc-questionnaire-collapsible",
    "structuredefinition-standards-status", "structuredefinition-fmm", "questionnaire-versionAlgorithm",
];

/// Labels of what kind of knowledge artefact a Questionnaire is (Clinical
/// Practice Guidelines IG): catalogue metadata.
const CPG: &str = "http://hl7.org/fhir/uv/cpg/StructureDefinition/";
const CPG_IGNORED: &[&str] = &["cpg-knowledgeCapability", "cpg-knowledgeRepresentationLevel"];

/// The extensions of `value`.
pub(super) fn list(value: &Value) -> impl Iterator<Item = &Value> {
    value.get("extension").and_then(Value::as_array).into_iter().flatten()
}

pub(super) fn url(e: &Value) -> &str {
    e.get("url").and_then(Value::as_str).unwrap_or("(no url)")
}

/// A number given as valueInteger or valueDecimal.
pub(super) fn number(e: &Value) -> Option<f64> {
    e.get("valueDecimal").or_else(|| e.get("valueInteger")).and_then(Value::as_f64)
}

pub(super) fn known(e: &Value) -> Known<'_> {
    let url = url(e);
    let text = || e.get("valueString").and_then(Value::as_str);
    if url == crate::output::fhir::KIND_EXTENSION {
        return Known::OwnKind(text());
    }
    if url == crate::output::fhir::DEFINITION_EXTENSION {
        return Known::OwnDefinition(text());
    }
    if url.strip_prefix(CPG).is_some_and(|name| CPG_IGNORED.contains(&name)) {
        return Known::Ignored;
    }
    let Some(name) = url.strip_prefix(CORE).or_else(|| url.strip_prefix(SDC)) else { return Known::Unknown };
    match name {
        "questionnaire-itemControl" => Known::ItemControl(
            e.pointer("/valueCodeableConcept/coding").and_then(Value::as_array).into_iter().flatten()
                .find_map(|c| c.get("code").and_then(Value::as_str)),
        ),
        "minValue" => Known::MinValue(number(e)),
        "maxValue" => Known::MaxValue(number(e)),
        "questionnaire-sliderStepValue" => Known::SliderStep(number(e)),
        "ordinalValue" | "itemWeight" | "iso21090-CO-value" => Known::Score(number(e)),
        // The SDC name, its earlier core name, and CQF's.
        "sdc-questionnaire-calculatedExpression" | "questionnaire-calculatedExpression" | "cqf-expression" => {
            Known::Calculated(e.pointer("/valueExpression/expression").and_then(Value::as_str).unwrap_or(""))
        }
        "variable" => Known::Variable,
        "questionnaire-hidden" => Known::Hidden(e.get("valueBoolean").and_then(Value::as_bool).unwrap_or(false)),
        "questionnaire-unit" => Known::Unit,
        "questionnaire-displayCategory" => Known::DisplayCategory(
            e.pointer("/valueCodeableConcept/text").and_then(Value::as_str).map(str::trim).filter(|t| !t.is_empty()),
        ),
        "questionnaire-minOccurs" => Known::MinOccurs(e.get("valueInteger").and_then(Value::as_i64)),
        _ if IGNORED.contains(&name) => Known::Ignored,
        _ => Known::Unknown,
    }
}

/// The codings of a FHIR `code` list as our codes: each needs a system
/// and a code.
pub(super) fn codes(list: Option<&Value>, path: &str) -> Result<Vec<Value>, String> {
    let Some(list) = list else { return Ok(Vec::new()) };
    let Some(list) = list.as_array() else { return Err(format!("{path}: expected a list of codings")) };
    list.iter()
        .enumerate()
        .map(|(i, c)| {
            let field = |k: &str| c.get(k).and_then(Value::as_str).filter(|s| !s.trim().is_empty());
            match (field("system"), field("code")) {
                (Some(system), Some(code)) => {
                    let mut out = json!({ "system": system, "code": code });
                    if let Some(display) = field("display") {
                        out["display"] = json!(display);
                    }
                    Ok(out)
                }
                _ => Err(format!("{path}[{i}]: a code needs a system and a code")),
            }
        })
        .collect()
}
