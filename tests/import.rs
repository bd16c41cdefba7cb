//! FHIR R4 Questionnaire import, feature by feature: each supported one
//! gives the definition JSON shown; each refused one names the item's
//! linkId and the reason.

use pain_assessment::import::{questionnaire, UNVERSIONED};
use serde_json::{json, Value};

/// A Questionnaire around `items`.
fn q(items: Value) -> Value {
    json!({ "resourceType": "Questionnaire", "name": "clinic_q", "version": "2", "title": "Clinic form",
            "status": "active", "item": items })
}

#[track_caller]
fn imported(questionnaire: &Value) -> Value {
    match pain_assessment::import::questionnaire(questionnaire) {
        Ok(definition) => definition,
        Err(errors) => panic!("refused: {}", pain_assessment::import::describe(&errors)),
    }
}

/// The imported items of one FHIR item, by id.
#[track_caller]
fn items(item: Value) -> Vec<Value> {
    imported(&q(json!([item])))["items"].as_array().cloned().unwrap_or_default()
}

#[track_caller]
fn assert_items(cases: &[(Value, Value)]) {
    for (fhir, ours) in cases {
        assert_eq!(Value::Array(items(fhir.clone())), *ours, "from {fhir}");
    }
}

#[track_caller]
fn assert_refused(questionnaire: Value, expected: &str) {
    match pain_assessment::import::questionnaire(&questionnaire) {
        Ok(d) => panic!("imported, expected a refusal ({expected}): {d}"),
        Err(errors) => {
            let all = pain_assessment::import::describe(&errors);
            assert!(all.contains(expected), "{all}\n  does not say: {expected}");
        }
    }
}

fn coding(code: &str, display: &str, score: Option<f64>) -> Value {
    let mut o = json!({ "valueCoding": { "system": "http://loinc.org", "code": code, "display": display } });
    if let Some(s) = score {
        o["extension"] = json!([{ "url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": s }]);
    }
    o
}

fn control(code: &str) -> Value {
    json!({ "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
            "valueCodeableConcept": { "coding": [{ "system": "http://hl7.org/fhir/questionnaire-item-control", "code": code }] } })
}

#[test]
fn each_item_type_becomes_our_kind() {
    assert_items(&[
        (json!({ "linkId": "b", "text": "Woken by pain?", "type": "boolean", "required": true }),
         json!([{ "id": "b", "text": "Woken by pain?", "required": true, "kind": { "type": "yesNo" } }])),
        (json!({ "linkId": "d", "text": "Weight (kg)", "type": "decimal", "extension": [
            { "url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueDecimal": 20.5 },
            { "url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueInteger": 300 } ] }),
         json!([{ "id": "d", "text": "Weight (kg)", "required": false, "kind": { "type": "decimal", "min": 20.5, "max": 300.0 } }])),
        // No bounds: FHIR's own 32-bit integer range.
        (json!({ "linkId": "i", "text": "Days off work", "type": "integer" }),
         json!([{ "id": "i", "text": "Days off work", "required": false, "kind": { "type": "number", "min": -2147483648i64, "max": 2147483647 } }])),
        (json!({ "linkId": "i", "text": "Days", "type": "integer", "extension": [control("spinner"),
            { "url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueInteger": 0 },
            { "url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueInteger": 30 } ] }),
         json!([{ "id": "i", "text": "Days", "required": false, "kind": { "type": "number", "min": 0, "max": 30 } }])),
        (json!({ "linkId": "s", "text": "Name of medicine", "type": "string", "maxLength": 80 }),
         json!([{ "id": "s", "text": "Name of medicine", "required": false, "kind": { "type": "text", "maxLength": 80 } }])),
        (json!({ "linkId": "t", "text": "Anything else?", "type": "text" }),
         json!([{ "id": "t", "text": "Anything else?", "required": false, "kind": { "type": "text" } }])),
        (json!({ "linkId": "x", "text": "Please answer about last week.", "type": "display" }),
         json!([{ "id": "x", "text": "Please answer about last week.", "kind": { "type": "display" } }])),
        (json!({ "linkId": "4.1", "prefix": "4.1", "text": "Diagnosis", "type": "string" }),
         json!([{ "id": "4.1", "text": "4.1 Diagnosis", "required": false, "kind": { "type": "text" } }])),
    ]);
}

#[test]
fn choices_keep_their_codes_and_weights() {
    let options = json!([coding("LA6568-5", "Not at all", Some(0.0)), coding("LA6569-3", "Several days", Some(1.0))]);
    let ours = json!([
        { "value": "LA6568-5", "label": "Not at all", "score": 0, "codes": [{ "system": "http://loinc.org", "code": "LA6568-5", "display": "Not at all" }] },
        { "value": "LA6569-3", "label": "Several days", "score": 1, "codes": [{ "system": "http://loinc.org", "code": "LA6569-3", "display": "Several days" }] }
    ]);
    assert_items(&[
        (json!({ "linkId": "/44250-9", "text": "Little interest", "type": "choice", "required": true, "answerOption": options,
                 "code": [{ "system": "http://loinc.org", "code": "44250-9", "display": "Little interest" }], "extension": [control("drop-down")] }),
         json!([{ "id": "/44250-9", "text": "Little interest", "required": true,
                  "codes": [{ "system": "http://loinc.org", "code": "44250-9", "display": "Little interest" }],
                  "kind": { "type": "singleChoice", "options": ours } }])),
        (json!({ "linkId": "m", "text": "Where?", "type": "choice", "repeats": true, "answerOption": options, "extension": [control("check-box")] }),
         json!([{ "id": "m", "text": "Where?", "required": false, "kind": { "type": "multiChoice", "options": ours } }])),
        (json!({ "linkId": "o", "text": "Where?", "type": "open-choice", "answerOption": options }),
         json!([{ "id": "o", "text": "Where?", "required": false, "kind": { "type": "singleChoice", "options": ours, "other": true } }])),
        (json!({ "linkId": "om", "text": "Where?", "type": "open-choice", "repeats": true, "answerOption": options }),
         json!([{ "id": "om", "text": "Where?", "required": false, "kind": { "type": "multiChoice", "options": ours, "other": true } }])),
        // Strings and integers as options; itemWeight and LOINC's coding value.
        (json!({ "linkId": "v", "text": "How many?", "type": "choice", "answerOption": [
            { "valueInteger": 1, "extension": [{ "url": "http://hl7.org/fhir/StructureDefinition/itemWeight", "valueDecimal": 5 }] },
            { "valueString": "more", "extension": [{ "url": "http://hl7.org/fhir/StructureDefinition/itemWeight", "valueDecimal": 9 }] },
            { "valueCoding": { "code": "LA1", "display": "None", "extension": [
                { "url": "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value", "valueDecimal": 0 }] } } ] }),
         json!([{ "id": "v", "text": "How many?", "required": false, "kind": { "type": "singleChoice", "options": [
            { "value": "1", "label": "1", "score": 5, "fhirValue": "integer" }, { "value": "more", "label": "more", "score": 9, "fhirValue": "string" }, { "value": "LA1", "label": "None", "score": 0,
              "codes": [{ "system": "", "code": "LA1", "display": "None" }] } ] } }])),
    ]);
}

#[test]
fn a_slider_is_a_rating_with_its_end_labels() {
    assert_items(&[(
        json!({ "linkId": "pain", "text": "Pain now", "type": "integer", "required": true, "extension": [control("slider"),
            { "url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueInteger": 0 },
            { "url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueInteger": 10 },
            { "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue", "valueInteger": 1 } ],
            "item": [
                { "linkId": "pain-low", "text": "No pain", "type": "display", "extension": [control("lower")] },
                { "linkId": "pain-high", "text": "Worst pain imaginable", "type": "display", "extension": [control("upper")] } ] }),
        json!([{ "id": "pain", "text": "Pain now", "required": true,
                 "kind": { "type": "rating", "min": 0, "max": 10, "minLabel": "No pain", "maxLabel": "Worst pain imaginable" } }]),
    )]);
}

#[test]
fn groups_flatten_into_headings_their_items_depend_on() {
    let d = imported(&q(json!([
        { "linkId": "g1", "text": "Sleep", "type": "group", "item": [
            { "linkId": "g1.q", "text": "Woken?", "type": "boolean" },
            { "linkId": "g2", "text": "Details", "type": "group", "item": [
                { "linkId": "g2.q", "text": "How often?", "type": "integer" } ] } ] },
        { "linkId": "plain", "type": "group", "item": [ { "linkId": "p.q", "text": "Any other?", "type": "boolean" } ] }
    ])));
    let shape: Vec<(Value, Value, Value)> = d["items"].as_array().unwrap().iter()
        .map(|i| (i["id"].clone(), i["kind"]["type"].clone(), i.get("within").cloned().unwrap_or(Value::Null))).collect();
    assert_eq!(shape, vec![
        (json!("g1"), json!("display"), Value::Null),
        (json!("g1.q"), json!("yesNo"), json!("g1")),
        (json!("g2"), json!("display"), json!("g1")),
        (json!("g2.q"), json!("number"), json!("g2")),
        // A group without text is no heading: its items stand alone.
        (json!("p.q"), json!("yesNo"), Value::Null),
    ]);
}

#[test]
fn enable_when_maps_answers_to_our_values() {
    let d = imported(&q(json!([
        { "linkId": "dx", "text": "Diagnosis", "type": "choice", "answerOption": [coding("D1", "Diabetes", None), coding("O1", "Other", None)] },
        { "linkId": "yes", "text": "Smoker?", "type": "boolean" },
        { "linkId": "n", "text": "Cigarettes a day", "type": "integer" },
        { "linkId": "t", "text": "Other diagnosis", "type": "string" },
        { "linkId": "a", "text": "Treatment", "type": "string", "enableBehavior": "any", "enableWhen": [
            { "question": "dx", "operator": "=", "answerCoding": { "system": "http://loinc.org", "code": "D1" } },
            { "question": "yes", "operator": "!=", "answerBoolean": false },
            { "question": "n", "operator": ">=", "answerInteger": 10 },
            { "question": "t", "operator": "exists", "answerBoolean": true },
            { "question": "t", "operator": "=", "answerString": "asthma" } ] },
        { "linkId": "g", "text": "Heading", "type": "group", "enableWhen": [{ "question": "yes", "operator": "=", "answerBoolean": true }],
          "item": [{ "linkId": "g.q", "text": "Inside", "type": "boolean" }] }
    ])));
    let item = |id: &str| d["items"].as_array().unwrap().iter().find(|i| i["id"] == id).cloned().unwrap();
    assert_eq!(item("a")["enableBehavior"], "any");
    assert_eq!(item("a")["enableWhen"], json!([
        { "item": "dx", "operator": "=", "answer": "D1" },
        { "item": "yes", "operator": "!=", "answer": false },
        { "item": "n", "operator": ">=", "answer": 10 },
        { "item": "t", "operator": "exists", "answer": true },
        { "item": "t", "operator": "=", "answer": "asthma" },
    ]));
    assert_eq!(item("g")["enableWhen"], json!([{ "item": "yes", "operator": "=", "answer": true }]));
    assert_eq!(item("g.q")["within"], "g");
    assert!(item("dx").get("enableWhen").is_none());
    // And the reader and the definition checks take it as it is.
    if let Err(e) = pain_assessment::instruments::definition_from_value(&d) {
        panic!("{e}");
    }
}

#[test]
fn the_questionnaire_gives_id_version_title_licence_url_and_codes() {
    let mut source = q(json!([{ "linkId": "q", "text": "Q", "type": "boolean" }]));
    source["url"] = json!("http://example.org/Questionnaire/clinic");
    source["copyright"] = json!("© Example Clinic 2026");
    source["code"] = json!([{ "system": "http://loinc.org", "code": "0000-0", "display": "A panel" }]);
    source["language"] = json!("es");
    let d = imported(&source);
    assert_eq!((d["id"].clone(), d["version"].clone(), d["title"].clone(), d["url"].clone(), d["language"].clone()),
        (json!("clinic_q"), json!("2"), json!("Clinic form"), json!("http://example.org/Questionnaire/clinic"), json!("es")));
    assert_eq!(d["licence"], json!({ "copyright": "© Example Clinic 2026", "terms": "As stated in the Questionnaire's copyright",
        "source": "http://example.org/Questionnaire/clinic" }));
    assert_eq!(d["codes"], json!([{ "system": "http://loinc.org", "code": "0000-0", "display": "A panel" }]));

    // Name unusable, id unusable: the url's last segment; no version: said so.
    let mut bare = q(json!([{ "linkId": "q", "text": "Q", "type": "boolean" }]));
    bare["name"] = json!("PHQ-9 quick depression assessment panel");
    bare["id"] = json!("has space");
    bare["url"] = json!("http://example.org/q/GAD-7");
    bare["publisher"] = json!("Example Publisher");
    bare.as_object_mut().unwrap().remove("version");
    let d = imported(&bare);
    assert_eq!((d["id"].clone(), d["version"].clone()), (json!("GAD-7"), json!(UNVERSIONED)));
    assert_eq!(d["licence"]["copyright"], "Published by Example Publisher");
    assert!(d["notes"][0].as_str().unwrap().contains("states no version"));
    let mut none = q(json!([{ "linkId": "q", "text": "Q", "type": "boolean" }]));
    none.as_object_mut().unwrap().remove("name");
    assert_refused(none, "the Questionnaire: neither name (absent), id (absent) nor the url's last segment (absent) fits an instrument id");
}

#[test]
fn a_total_of_the_answers_weights_becomes_a_sum() {
    let options = json!([coding("A0", "Never", Some(0.0)), coding("A1", "Sometimes", Some(1.0)), coding("A3", "Always", Some(3.0))]);
    let questions = |total: Value| q(json!([
        { "linkId": "a", "text": "First", "type": "choice", "required": true, "answerOption": options },
        { "linkId": "b", "text": "Second", "type": "choice", "required": true, "answerOption": options },
        { "linkId": "c", "text": "Third", "type": "choice", "required": false, "answerOption": options },
        total
    ]));
    let calculated = |expression: &str, variables: Value| {
        let mut e = vec![json!({ "url": "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression",
            "valueExpression": { "language": "text/fhirpath", "expression": expression } })];
        e.extend(variables.as_array().cloned().unwrap_or_default());
        json!({ "linkId": "total", "text": "Total score", "type": "integer", "readOnly": true, "extension": e,
                "code": [{ "system": "http://loinc.org", "code": "9999-9" }] })
    };
    let variable = |name: &str, expression: &str| json!({ "url": "http://hl7.org/fhir/StructureDefinition/variable",
        "valueExpression": { "name": name, "language": "text/fhirpath", "expression": expression } });
    let lhc = calculated("iif(%any_questions_answered, iif(%a.exists(), %a, 0) + iif(%b.exists(), %b, 0) + iif(%c.exists(), %c, 0), {})", json!([
        variable("a", "%questionnaire.item.where(linkId = 'a').answerOption.where(valueCoding.code=%resource.item.where(linkId = 'a').answer.valueCoding.code).extension.where(url=%scoreExt).valueDecimal"),
        variable("b", "%questionnaire.item.where(linkId = 'b').answerOption.where(valueCoding.code=%resource.item.where(linkId = 'b').answer.valueCoding.code).extension.where(url=%scoreExt).valueDecimal"),
        variable("c", "%questionnaire.item.where(linkId = 'c').answerOption.where(valueCoding.code=%resource.item.where(linkId = 'c').answer.valueCoding.code).extension.where(url=%scoreExt).valueDecimal"),
        variable("scoreExt", "'http://hl7.org/fhir/StructureDefinition/ordinalValue'"),
        variable("any_questions_answered", "%a.exists() or %b.exists() or %c.exists()"),
    ]));
    let cases = [
        (lhc, vec!["a", "b", "c"]),
        (calculated("%resource.answers().value.ordinal().sum()", json!([])), vec!["a", "b", "c"]),
        (calculated("%resource.repeat(item).where(linkId in ('a' | 'c')).answer.value.ordinal().sum()", json!([])), vec!["a", "c"]),
        (calculated("%resource.item.where(linkId='a' or linkId='b').answer.value.weight().sum()", json!([])), vec!["a", "b"]),
    ];
    for (total, summed) in cases {
        let d = imported(&questions(total));
        assert_eq!(d["items"].as_array().unwrap().len(), 3, "the total is a score, not a question");
        let score = &d["scores"][0];
        assert_eq!((score["id"].clone(), score["method"].clone(), score["items"].clone()), (json!("total"), json!("sum"), json!(summed)));
        assert_eq!(score["range"], json!({ "min": 0, "max": 3 * summed.len() }));
        assert_eq!(score["codes"], json!([{ "system": "http://loinc.org", "code": "9999-9" }]));
        assert!(score["source"].as_str().unwrap().starts_with("The Questionnaire's calculatedExpression on item 'total'"));
        // 'c' is optional: the Questionnaire would count it as 0 when left out.
        let noted = d["notes"].as_array().into_iter().flatten().any(|n| n.as_str().unwrap_or("").contains("leaving out 'c' (optional) has no total"));
        assert_eq!(noted, summed.contains(&"c"), "{}", d["notes"]);
    }
    assert_refused(questions(calculated("(%a / %b).round(1)", json!([]))),
        "item 'total' (linkId total): calculatedExpression '(%a / %b).round(1)' is not supported");
    assert_refused(questions(calculated("%resource.item.where(linkId='zz').answer.value.ordinal().sum()", json!([]))),
        "'zz' is not an earlier choice item with weights");
}

#[test]
fn what_cannot_be_honoured_is_refused_by_link_id_with_the_reason() {
    let one = |item: Value| q(json!([item]));
    let opts = json!([coding("A", "A", None), coding("B", "B", None)]);
    let table = [
        (json!({ "linkId": "q3", "text": "T", "type": "choice", "answerValueSet": "http://example.org/vs" }),
         "item 'q3' (linkId q3): answerValueSet 'http://example.org/vs' is not supported: only a ValueSet contained in the Questionnaire ('#id') is read, nothing is fetched; list the options with answerOption"),
        (json!({ "linkId": "q4", "text": "T", "type": "choice", "answerValueSet": "#nowhere" }),
         "item 'q4' (linkId q4): answerValueSet '#nowhere' names no ValueSet contained in the Questionnaire"),
        (json!({ "linkId": "q5", "text": "T", "type": "string", "answerValueSet": "#vs" }), "item 'q5' (linkId q5): answerValueSet on a string item is not supported"),
        (json!({ "linkId": "nt", "type": "boolean" }), "item 'nt' (linkId nt): a boolean item needs text to show (text, or a prefix): it has none"),
        (json!({ "linkId": "d", "text": "When?", "type": "date" }), "item 'd' (linkId d): type 'date' is not supported"),
        (json!({ "linkId": "a", "text": "Photo", "type": "attachment" }), "item 'a' (linkId a): type 'attachment' is not supported"),
        (json!({ "linkId": "q", "text": "Dose", "type": "quantity" }), "item 'q' (linkId q): type 'quantity' is not supported"),
        (json!({ "linkId": "g", "text": "Meds", "type": "group", "repeats": true, "item": [{ "linkId": "m", "text": "M", "type": "string" }] }),
         "item 'g' (linkId g): repeating groups are not supported"),
        (json!({ "linkId": "s", "text": "S", "type": "string", "repeats": true }), "item 's' (linkId s): repeats is supported on choice and open-choice items (and string or integer items with answerOption) only, not on a string"),
        (json!({ "linkId": "i", "text": "I", "type": "string", "initial": [{ "valueString": "x" }] }), "item 'i' (linkId i): initial answers are not supported"),
        (json!({ "linkId": "c", "text": "C", "type": "choice", "answerOption": [
            { "valueCoding": { "code": "A", "display": "A" }, "initialSelected": true }, { "valueCoding": { "code": "B", "display": "B" } }] }),
         "item 'c' (linkId c): answerOption[0]: initialSelected is not supported"),
        (json!({ "linkId": "c", "text": "C", "type": "choice", "answerOption": [{ "valueDate": "2020-01-01" }] }), "item 'c' (linkId c): answerOption[0]: valueDate is not supported"),
        (json!({ "linkId": "c", "text": "C", "type": "choice", "answerOption": [coding("A", "A", Some(0.5))] }), "answerOption[0]: the score 0.5 is not a whole number"),
        (json!({ "linkId": "r", "text": "R", "type": "string", "readOnly": true }), "item 'r' (linkId r): readOnly is supported only on a total"),
        (json!({ "linkId": "h", "text": "H", "type": "string", "extension": [{ "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden", "valueBoolean": true }] }),
         "item 'h' (linkId h): hidden items (questionnaire-hidden) are not supported"),
        (json!({ "linkId": "u", "text": "U", "type": "decimal", "extension": [{ "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-unit", "valueCoding": { "code": "kg" } }] }),
         "item 'u' (linkId u): a unit (questionnaire-unit) is not supported"),
        (json!({ "linkId": "x", "text": "X", "type": "string", "extension": [{ "url": "http://example.org/x", "valueString": "y" }] }),
         "item 'x' (linkId x): extension http://example.org/x is not supported"),
        (json!({ "linkId": "m", "text": "M", "type": "string", "modifierExtension": [] }), "item 'm' (linkId m): modifierExtension is not supported"),
        (json!({ "linkId": "sl", "text": "S", "type": "integer", "extension": [control("slider"),
            { "url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueInteger": 0 },
            { "url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueInteger": 100 },
            { "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue", "valueInteger": 10 }] }),
         "item 'sl' (linkId sl): a slider step other than 1"),
        (json!({ "linkId": "sl", "text": "S", "type": "integer", "extension": [control("slider")] }), "item 'sl' (linkId sl): a slider needs minValue and maxValue"),
        (json!({ "linkId": "has space", "text": "S", "type": "string" }), "item 'has space' (linkId has space): the linkId is not usable as an item id"),
        (json!({ "linkId": "ac", "text": "C", "type": "choice", "answerOption": opts, "extension": [control("autocomplete-x")] }),
         "item 'ac' (linkId ac): itemControl 'autocomplete-x' is not supported on a choice item"),
        (json!({ "linkId": "rg", "text": "G", "type": "group", "required": true, "item": [{ "linkId": "rg.q", "text": "Q", "type": "string" }] }),
         "item 'rg' (linkId rg): a required group none of whose own questions is required"),
        (json!({ "linkId": "ew", "text": "E", "type": "string", "enableWhen": [{ "question": "later", "operator": "=", "answerString": "x" }] }),
         "item 'ew' (linkId ew): enableWhen[0]: question 'later' is not an earlier item"),
    ];
    for (item, expected) in table {
        assert_refused(one(item), expected);
    }
    let mut top = q(json!([{ "linkId": "q", "text": "Q", "type": "boolean" }]));
    top["extension"] = json!([{ "url": "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-launchContext" }]);
    assert_refused(top, "the Questionnaire: extension http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-launchContext is not supported");
    assert_refused(json!({ "resourceType": "Patient" }), "resourceType: expected 'Questionnaire'");
    // Several conditions need their behaviour, and a condition an answer the item has.
    assert_refused(q(json!([
        { "linkId": "a", "text": "A", "type": "choice", "answerOption": opts },
        { "linkId": "b", "text": "B", "type": "string", "enableWhen": [{ "question": "a", "operator": "=", "answerCoding": { "code": "Z" } }] }
    ])), "item 'b' (linkId b): enableWhen[0]: 'a' has no option with code 'Z'");
}

/// A Questionnaire whose one choice takes its options from the contained
/// ValueSet `vs`.
fn with_value_set(vs: Value) -> Value {
    let mut form = q(json!([{ "linkId": "q1", "text": "How often?", "type": "choice", "answerValueSet": "#freq" }]));
    let mut vs = vs;
    vs["resourceType"] = json!("ValueSet");
    vs["id"] = json!("freq");
    vs["status"] = json!("active");
    form["contained"] = json!([vs]);
    form
}

#[test]
fn a_contained_value_set_gives_the_options_as_answer_option_would() {
    let weight = |url: &str, v: f64| json!([{ "url": url, "valueDecimal": v }]);
    let ordinal = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
    let co = "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value";
    let expected = json!([
        { "value": "never", "label": "Never", "score": 0, "codes": [{ "system": "http://example.org/cs", "code": "never", "display": "Never" }] },
        { "value": "often", "label": "Often", "score": 2, "codes": [{ "system": "http://example.org/cs", "code": "often", "display": "Often" }] }
    ]);
    // compose.include[].concept, the system from the include.
    let composed = with_value_set(json!({ "compose": { "include": [{ "system": "http://example.org/cs", "concept": [
        { "code": "never", "display": "Never", "extension": weight(ordinal, 0.0) },
        { "code": "often", "display": "Often", "extension": weight("http://hl7.org/fhir/StructureDefinition/itemWeight", 2.0) } ] }] } }));
    assert_eq!(imported(&composed)["items"][0]["kind"]["options"], expected);
    // expansion.contains, the system on each entry; preferred to compose.
    let expanded = with_value_set(json!({
        "compose": { "include": [{ "system": "http://example.org/cs" }] },
        "expansion": { "timestamp": "2024-01-01", "contains": [
            { "system": "http://example.org/cs", "code": "never", "display": "Never", "extension": weight(co, 0.0) },
            { "system": "http://example.org/cs", "code": "often", "display": "Often", "extension": weight(ordinal, 2.0) } ] } }));
    assert_eq!(imported(&expanded)["items"][0]["kind"]["options"], expected);
    // What a ValueSet can say beyond a list of codes is refused.
    let refused = [
        (json!({ "compose": { "include": [{ "system": "http://loinc.org" }] } }), "item 'q1' (linkId q1): answerValueSet '#freq': compose.include[0]: an include without concept (a whole code system) is not supported"),
        (json!({ "compose": { "include": [{ "system": "http://loinc.org", "filter": [{ "property": "parent", "op": "=", "value": "x" }] }] } }), "compose.include[0]: filter is not supported"),
        (json!({ "compose": { "include": [{ "valueSet": ["http://example.org/other"] }] } }), "compose.include[0]: valueSet is not supported"),
        (json!({ "compose": { "include": [{ "system": "s", "concept": [{ "code": "a" }] }], "exclude": [{ "system": "s" }] } }), "compose.exclude is not supported"),
        (json!({ "expansion": { "contains": [{ "code": "a", "contains": [{ "code": "b" }] }] } }), "expansion.contains[0]: nested contains (a hierarchy) is not supported"),
        (json!({ "compose": { "include": [{ "system": "s", "concept": [{ "code": "a", "extension": weight(ordinal, 0.5) }] }] } }), "the ValueSet's concept[0]: the score 0.5 is not a whole number"),
        (json!({}), "answerValueSet '#freq': the ValueSet has neither expansion.contains nor compose"),
    ];
    for (vs, expected) in refused {
        assert_refused(with_value_set(vs), expected);
    }
}

#[test]
fn every_refusal_is_reported_at_once() {
    let errors = questionnaire(&q(json!([
        { "linkId": "d", "text": "When?", "type": "date" },
        { "linkId": "v", "text": "V", "type": "choice", "answerValueSet": "#vs" }
    ]))).unwrap_err();
    let ids: Vec<_> = errors.iter().map(|e| e.link_id()).collect();
    assert_eq!(ids, vec![Some("d"), Some("v")]);
}

#[test]
fn options_take_a_questionnaire_as_a_definition_and_name_its_refusals() {
    use pain_assessment::{Category, Options};
    let good = q(json!([{ "linkId": "/1", "text": "Woken by pain?", "type": "boolean", "required": true }]));
    let config = Options::from_value(&json!({ "instruments": ["clinic_q"], "definitions": [good] })).and_then(Options::resolve).unwrap();
    assert_eq!(config.instruments[0].items[0].id, "/1");

    let bad = q(json!([{ "linkId": "q3", "text": "T", "type": "choice", "answerValueSet": "#vs" }]));
    let e = Options::from_value(&json!({ "instruments": ["clinic_q"], "definitions": [json!({}), bad] })).unwrap_err();
    assert_eq!(e.category, Category::Definition);
    assert!(e.to_string().contains("definitions[0]"), "the first definition is checked first: {e}");
    let bad = q(json!([{ "linkId": "q3", "text": "T", "type": "choice", "answerValueSet": "#vs" }]));
    let e = Options::from_value(&json!({ "instruments": ["clinic_q"], "definitions": [bad] })).unwrap_err();
    assert_eq!(e.category, Category::Definition);
    assert_eq!(e.message, "definitions[0]: item 'q3' (linkId q3): answerValueSet '#vs' names no ValueSet contained in the Questionnaire");
}

#[test]
fn an_imported_questionnaire_is_asked_scored_and_answered_in_fhir_end_to_end() {
    use pain_assessment::output::{build, fhir, uuid_v4, Meta};
    use pain_assessment::{Action, Answer, Library, Options, Session};
    let options = json!([coding("LA0", "Never", Some(0.0)), coding("LA2", "Often", Some(2.0))]);
    let mut source = q(json!([
        { "linkId": "smoke", "text": "Do you smoke?", "type": "boolean", "required": true },
        { "linkId": "g", "text": "About smoking", "type": "group", "enableWhen": [{ "question": "smoke", "operator": "=", "answerBoolean": true }],
          "item": [
            { "linkId": "g/1", "text": "Cough in the morning?", "type": "choice", "required": true, "answerOption": options },
            { "linkId": "g/2", "text": "Short of breath?", "type": "choice", "required": true, "answerOption": options } ] },
        { "linkId": "kg", "text": "Weight in kilograms", "type": "decimal", "required": true },
        { "linkId": "sum", "text": "Total", "type": "integer", "readOnly": true, "extension": [
            { "url": "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression",
              "valueExpression": { "language": "text/fhirpath", "expression": "%resource.item.where(linkId in ('g/1' | 'g/2')).answer.value.ordinal().sum()" } } ] }
    ]));
    source["url"] = json!("http://example.org/Questionnaire/smoking");
    let config = Options::from_value(&json!({ "instruments": ["clinic_q"], "definitions": [source.clone()] })).and_then(Options::resolve).unwrap();
    let run = |answers: &[(&str, Answer)]| {
        let mut s = Session::new(config.instruments.clone());
        for (item, answer) in answers {
            s = s.reduce(Action::Answer { item: item.to_string(), value: Some(answer.clone()) });
        }
        s.reduce(Action::Submit { at: "2026-11-29T08:05:00.000Z".into() })
    };
    let meta = Meta { submission_id: uuid_v4([9; 16]), started_at: "2026-11-29T08:00:00.000Z".into() };

    // A smoker is asked the group; the total sums its weights.
    let s = run(&[("smoke", Answer::Bool(true)), ("g/1", Answer::Text("LA2".into())), ("g/2", Answer::Text("LA0".into())), ("kg", Answer::Decimal(81.5))]);
    assert!(s.problems.is_empty(), "{:?}", s.problems);
    let envelope = build(&s, &config, &meta);
    assert_eq!(envelope.instruments[0].scores[0].value, Some(2.0));
    let mut library = Library::builtin();
    library.add((*config.instruments[0]).clone()).unwrap();
    let bundle = fhir::bundle(&envelope, &library).unwrap();
    let qr = &bundle["entry"][0]["resource"];
    assert_eq!(qr["questionnaire"], "http://example.org/Questionnaire/smoking|2");
    let answer = |id: &str| qr["item"].as_array().unwrap().iter().find(|i| i["linkId"] == id).map(|i| i["answer"].clone());
    assert_eq!(answer("g/1"), Some(json!([{ "valueCoding": { "system": "http://loinc.org", "code": "LA2", "display": "Often" } }])));
    assert_eq!(answer("kg"), Some(json!([{ "valueDecimal": 81.5 }])));
    assert_eq!(answer("smoke"), Some(json!([{ "valueBoolean": true }])));

    // A non-smoker is not asked the group, and can submit without it.
    let s = run(&[("smoke", Answer::Bool(false)), ("kg", Answer::Number(70))]);
    assert!(s.problems.is_empty(), "{:?}", s.problems);
}

/// Options published as strings or integers (as LHC-Forms' enableWhen test
/// form lists them on string and integer items) are answered in FHIR as
/// those strings and integers, not as codings of ours.
#[test]
fn options_given_as_strings_or_integers_are_answered_as_strings_or_integers() {
    use pain_assessment::output::{build, fhir, uuid_v4, Meta};
    use pain_assessment::{Action, Answer, Library, Options, Session};
    let source = q(json!([
        { "linkId": "Q9a", "text": "Q9a string choice", "type": "string", "answerOption": [{ "valueString": "A" }, { "valueString": "B" }, { "valueString": "C" }] },
        { "linkId": "Q9b", "text": "Q9b integer choice", "type": "integer", "answerOption": [{ "valueInteger": 12 }, { "valueInteger": 34 }, { "valueInteger": 56 }] },
        { "linkId": "Q9c", "text": "Shown when Q9a is B", "type": "string", "enableWhen": [{ "question": "Q9a", "operator": "=", "answerString": "B" }] },
        { "linkId": "Q9d", "text": "Shown when Q9b is 34", "type": "boolean", "enableWhen": [{ "question": "Q9b", "operator": "=", "answerInteger": 34 }] },
        { "linkId": "Q9e", "text": "Which letters?", "type": "choice", "repeats": true, "answerOption": [{ "valueString": "x" }, { "valueInteger": 7 }] }
    ]));
    let definition = imported(&source);
    assert_eq!(definition["items"][0]["kind"], json!({ "type": "singleChoice", "options": [
        { "value": "A", "label": "A", "fhirValue": "string" }, { "value": "B", "label": "B", "fhirValue": "string" }, { "value": "C", "label": "C", "fhirValue": "string" } ] }));
    assert_eq!(definition["items"][1]["kind"]["options"][1], json!({ "value": "34", "label": "34", "fhirValue": "integer" }));
    assert_eq!(definition["items"][2]["enableWhen"], json!([{ "item": "Q9a", "operator": "=", "answer": "B" }]));
    let config = Options::from_value(&json!({ "instruments": ["clinic_q"], "definitions": [source] })).and_then(Options::resolve).unwrap();
    let mut s = Session::new(config.instruments.clone());
    for (item, answer) in [("Q9a", "B"), ("Q9b", "34"), ("Q9c", "why"), ("Q9d", "")] {
        let value = if item == "Q9d" { Answer::Bool(true) } else { Answer::Text(answer.into()) };
        s = s.reduce(Action::Answer { item: item.into(), value: Some(value) });
    }
    s = s.reduce(Action::Answer { item: "Q9e".into(), value: Some(Answer::Many(vec!["x".into(), "7".into()])) });
    let s = s.reduce(Action::Submit { at: "2026-11-29T08:05:00.000Z".into() });
    assert!(s.problems.is_empty(), "{:?}", s.problems);
    let envelope = build(&s, &config, &Meta { submission_id: uuid_v4([5; 16]), started_at: "2026-11-29T08:00:00.000Z".into() });
    let mut library = Library::builtin();
    library.add((*config.instruments[0]).clone()).unwrap();
    let bundle = fhir::bundle(&envelope, &library).unwrap();
    let qr = &bundle["entry"][0]["resource"];
    let answer = |id: &str| qr["item"].as_array().unwrap().iter().find(|i| i["linkId"] == id).map(|i| i["answer"].clone());
    assert_eq!(answer("Q9a"), Some(json!([{ "valueString": "B" }])));
    assert_eq!(answer("Q9b"), Some(json!([{ "valueInteger": 34 }])));
    assert_eq!(answer("Q9e"), Some(json!([{ "valueString": "x" }, { "valueInteger": 7 }])));
    // Exported again, the items keep their types, options and conditions.
    let exported = fhir::questionnaire(&config.instruments[0]).unwrap();
    let item = |id: &str| exported["item"].as_array().unwrap().iter().find(|i| i["linkId"] == id).unwrap().clone();
    assert_eq!((item("Q9a")["type"].clone(), item("Q9a")["answerOption"][1].clone()), (json!("string"), json!({ "valueString": "B" })));
    assert_eq!((item("Q9b")["type"].clone(), item("Q9b")["answerOption"][1].clone()), (json!("integer"), json!({ "valueInteger": 34 })));
    assert_eq!(item("Q9c")["enableWhen"], json!([{ "question": "Q9a", "operator": "=", "answerString": "B" }]));
    assert_eq!(item("Q9d")["enableWhen"], json!([{ "question": "Q9b", "operator": "=", "answerInteger": 34 }]));
    assert_eq!(item("Q9e")["type"], "choice", "mixed types stay a choice");
    // An option of the wrong type for its item, or an integer option whose
    // value is not a number, is refused.
    assert_refused(q(json!([{ "linkId": "s", "text": "S", "type": "string", "answerOption": [{ "valueInteger": 1 }] }])),
        "item 's' (linkId s): answerOption[0]: the options of a string item are valueStrings");
    let bad = json!({ "id": "x1", "version": "1", "title": "X", "licence": { "copyright": "c", "terms": "t", "source": "s" },
        "items": [{ "id": "a", "text": "A", "kind": { "type": "singleChoice", "options": [{ "value": "one", "label": "One", "fhirValue": "integer" }] } }] });
    let e = pain_assessment::instruments::definition_from_value(&bad).unwrap_err();
    assert!(e.message.contains("items[0].kind.options[0].value: the value 'one' is not a whole number"), "{e}");
}
