//! The host's options: every mistake is a config error naming its field.

use pain_assessment::i18n::Locale;
use pain_assessment::{Category, Options};
use serde_json::json;

#[track_caller]
fn assert_config_error(result: Result<impl std::fmt::Debug, pain_assessment::Error>, expected: &str) {
    let err = result.expect_err("options should be refused");
    assert_eq!(err.category, Category::Config, "{}", err.message);
    assert!(err.message.contains(expected), "'{}' does not mention '{expected}'", err.message);
}

fn resolve(value: serde_json::Value) -> Result<pain_assessment::Config, pain_assessment::Error> {
    Options::from_json(&value.to_string()).and_then(Options::resolve)
}

#[test]
fn good_options_resolve_in_order() {
    let config = resolve(json!({
        "instruments": ["phq9", "nrs11"], "endpoint": "/api/submissions",
        "patientId": "p-1", "encounterId": "e-1", "locale": "en-GB"
    }))
    .unwrap();
    let ids: Vec<_> = config.instruments.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["phq9", "nrs11"]);
    assert_eq!((config.locale, config.locale_given), (Locale::En, true));
    assert_eq!(config.patient_id.as_deref(), Some("p-1"));
    let default = resolve(json!({ "instruments": ["nrs11"] })).unwrap();
    assert_eq!((default.locale, default.locale_given, default.locale_switch), (Locale::En, false, true));
    assert_eq!(resolve(json!({ "instruments": ["nrs11"], "locale": "es-MX" })).unwrap().locale, Locale::Es);
}

#[test]
fn each_bad_option_is_named() {
    let known: Vec<&str> = pain_assessment::instruments::builtin_ids().collect();
    let expected = format!("unknown instrument 'nosuchscale' (known: {})", known.join(", "));
    assert!(known.contains(&"nrs11") && known.contains(&"phq9"));
    assert_config_error(resolve(json!({ "instruments": ["nrs11", "nosuchscale"] })), &expected);
    assert_config_error(resolve(json!({})), "no instruments chosen");
    assert_config_error(resolve(json!({ "instruments": "nrs11" })), "options.instruments: expected an array, found a string");
    assert_config_error(resolve(json!({ "instruments": ["nrs11"], "endPoint": "/x" })), "options: unknown field `endPoint`");
    assert_config_error(resolve(json!({ "instruments": ["nrs11", "nrs11"] })), "listed twice");
    assert_config_error(resolve(json!({ "instruments": ["nrs11"], "endpoint": "javascript:alert(1)" })), "must be an http(s) URL or a path");
    assert_config_error(resolve(json!({ "instruments": ["nrs11"], "locale": "english please" })), "not a language tag");
    assert_config_error(resolve(json!({ "instruments": ["nrs11"], "locale": "de-DE" })), "locale 'de-DE' is not available (available: en, es)");
    assert_config_error(resolve(json!({ "instruments": ["nrs11"], "layout": "grid" })), "options.layout: 'grid' is not auto, page or question");
    assert_config_error(resolve(json!({ "instruments": ["nrs11"], "localeSwitch": "no" })), "options.localeSwitch: expected true or false");
    assert_config_error(resolve(json!(["nrs11"])), "options must be a JSON object");
    assert_config_error(Options::from_json("{instruments: nrs11}"), "not valid JSON");
}

#[test]
fn endpoints_may_be_paths_or_http_urls() {
    for endpoint in ["/api/pain", "submit", "https://clinic.example/api", "http://localhost:8080/x", "./a?b=c:d"] {
        assert!(resolve(json!({ "instruments": ["nrs11"], "endpoint": endpoint })).is_ok(), "{endpoint}");
    }
    for endpoint in ["data:text/plain,x", "ftp://x/y", "/a b"] {
        assert!(resolve(json!({ "instruments": ["nrs11"], "endpoint": endpoint })).is_err(), "{endpoint}");
    }
}

#[test]
fn attributes_override_the_options_object() {
    let mut options = Options::from_json(&json!({ "instruments": ["phq9"], "endpoint": "/a" }).to_string()).unwrap();
    options.set_attribute("instruments", " nrs11, phq9 ");
    options.set_attribute("patient-id", "p-9");
    options.set_attribute("endpoint", "");
    let config = options.resolve().unwrap();
    assert_eq!(config.instruments.len(), 2);
    assert_eq!(config.patient_id.as_deref(), Some("p-9"));
    assert_eq!(config.endpoint, None, "an empty attribute clears the field");
}

#[test]
fn a_bad_custom_definition_is_a_definition_error() {
    let err = resolve(json!({
        "instruments": ["mine"],
        "definitions": [{ "id": "mine", "version": "1", "title": "T",
            "licence": { "copyright": "c", "terms": "t", "source": "s" },
            "items": [{ "id": "a", "text": "A", "kind": { "type": "yesNo" } }],
            "scores": [{ "id": "s", "label": "S", "method": "sum", "items": ["b"], "range": { "min": 0, "max": 1 }, "source": "s" }] }]
    }))
    .unwrap_err();
    assert_eq!(err.category, Category::Definition);
    assert!(err.message.contains("scores[0].items[0]: no item 'b'"), "{}", err.message);
}

#[test]
fn a_definition_that_cannot_be_read_is_named_by_its_index() {
    let err = resolve(json!({
        "instruments": ["mine"],
        "definitions": [{ "id": "mine", "version": "1", "title": "T",
            "licence": { "copyright": "c", "terms": "t", "source": "s" },
            "items": [{ "id": "a", "text": "A", "kind": { "type": "slider" } }] }]
    }))
    .unwrap_err();
    assert_eq!(err.category, Category::Definition);
    assert!(err.message.starts_with("definitions[0]: items[0].kind.type: unknown kind 'slider'"), "{}", err.message);
}
