//! Licensed instruments: structure and scoring ship, wording comes from the
//! clinic's text pack, and without one the instrument is refused, never
//! shown with placeholder words.

use pain_assessment::engine::has_text;
use pain_assessment::i18n::Locale;
use pain_assessment::{score, Answer, Category, Options};
use serde_json::{json, Value};

/// A licensed two-item instrument as a built-in would ship it: no wording.
fn licensed() -> Value {
    json!({
        "id": "licensed_demo", "version": "2.1a", "title": "Licensed demo",
        "licence": { "copyright": "© Owner", "terms": "Licence required.", "source": "Manual", "textRequired": true },
        "items": [
            { "id": "a", "text": "", "kind": { "type": "singleChoice", "options": [
                { "value": "0", "label": "", "score": 0 }, { "value": "1", "label": "", "score": 1 } ] } },
            { "id": "b", "text": "", "kind": { "type": "rating", "min": 0, "max": 10, "minLabel": "", "maxLabel": "" } }
        ],
        "scores": [{ "id": "total", "label": "Total", "method": "sum", "items": ["a", "b"], "range": { "min": 0, "max": 11 }, "source": "Manual" }]
    })
}

fn pack() -> Value {
    json!({
        "instrument": "licensed_demo", "version": "2.1a", "locale": "en",
        "copyright": "© Owner, used under licence 42",
        "items": {
            "a": { "text": "Licensed question A", "options": { "0": "Never", "1": "Often" } },
            "b": { "text": "Licensed question B", "minLabel": "None", "maxLabel": "Worst" }
        }
    })
}

fn resolve(packs: Value) -> Result<pain_assessment::Config, pain_assessment::Error> {
    let options = json!({ "instruments": ["licensed_demo"], "definitions": [licensed()], "textPacks": packs });
    Options::from_json(&options.to_string()).and_then(Options::resolve)
}

#[test]
fn without_a_pack_the_instrument_needs_licensed_text() {
    let err = resolve(json!([])).unwrap_err();
    assert_eq!(err.category, Category::Config);
    assert!(err.message.contains("instrument 'licensed_demo' needs licensed text"), "{}", err.message);
}

#[test]
fn a_pack_fills_every_word_and_the_licensee_line() {
    let config = resolve(json!([pack()])).unwrap();
    let instrument = &config.instruments[0];
    assert!(has_text(instrument));
    assert_eq!(instrument.items[0].text, "Licensed question A");
    assert_eq!(instrument.items[0].kind.options()[1].label, "Often");
    assert_eq!(instrument.licence.copyright, "© Owner, used under licence 42");
}

#[test]
fn a_pack_that_does_not_fit_is_refused_with_every_reason() {
    let cases: Vec<(Box<dyn Fn(&mut Value)>, &str)> = vec![
        (Box::new(|p| p["version"] = json!("2.0")), "the pack is for version '2.0' but the built-in definition is version '2.1a'"),
        (Box::new(|p| { p["items"].as_object_mut().unwrap().remove("b"); }), "items.b: missing"),
        (Box::new(|p| { p["items"]["a"]["options"].as_object_mut().unwrap().remove("1"); }), "items.a.options.1: missing"),
        (Box::new(|p| p["items"]["a"]["options"]["7"] = json!("Extra")), "items.a.options.7: the item has no such option"),
        (Box::new(|p| p["items"]["z"] = json!({ "text": "Z" })), "items.z: 'licensed_demo' has no such item"),
        (Box::new(|p| p["items"]["b"]["maxLabel"] = json!(" ")), "items.b: a scale needs minLabel and maxLabel"),
    ];
    for (tamper, expected) in cases {
        let mut p = pack();
        tamper(&mut p);
        let err = resolve(json!([p])).unwrap_err();
        assert_eq!(err.category, Category::Definition, "{}", err.message);
        assert!(err.message.starts_with("textPacks[0] (licensed_demo): "), "{}", err.message);
        assert!(err.message.contains(expected), "'{}' lacks '{expected}'", err.message);
    }
    let err = resolve(json!([{ "instrument": "licensed_demo" }])).unwrap_err();
    assert!(err.message.contains("textPacks[0].version: missing"), "{}", err.message);
}

#[test]
fn packs_in_several_languages_are_each_shown_to_readers_of_that_language() {
    let mut spanish = pack();
    spanish["locale"] = json!("es-US");
    spanish["items"]["a"]["text"] = json!("Pregunta con licencia A");
    for (locale, first, other) in [("en", "en", "es-US"), ("es", "es-US", "en")] {
        let options = json!({ "instruments": ["licensed_demo"], "definitions": [licensed()], "textPacks": [pack(), spanish], "locale": locale });
        let config = Options::from_json(&options.to_string()).and_then(Options::resolve).unwrap();
        assert_eq!(config.instruments[0].language, first);
        assert_eq!(config.translations[0].iter().map(|i| i.language.as_str()).collect::<Vec<_>>(), [other]);
        assert_eq!(config.wording(0, Locale::Es).unwrap().items[0].text, "Pregunta con licencia A");
        assert_eq!(config.wording(0, Locale::En).unwrap().items[0].text, "Licensed question A");
    }
    // A pack only in French is shown to everyone, and says it is French.
    let mut french = pack();
    french["locale"] = json!("fr");
    let config = resolve(json!([french])).unwrap();
    assert_eq!(config.wording(0, Locale::Es).unwrap().language, "fr");
    // Two packs in one language leave the choice unclear: refused.
    let err = resolve(json!([pack(), pack()])).unwrap_err();
    assert!(err.message.contains("textPacks[1] (licensed_demo): a second pack in 'en'"), "{}", err.message);
}

#[test]
fn scoring_needs_no_wording() {
    let instrument: pain_assessment::Instrument = serde_json::from_value(licensed()).unwrap();
    assert!(!has_text(&instrument));
    let answers = [("a".to_string(), Answer::Text("1".into())), ("b".to_string(), Answer::Number(6))].into_iter().collect();
    assert_eq!(score(&instrument, &answers).scores[0].value, Some(7.0));
}

/// Replaces every empty string in a template with words (or, for pictures,
/// a data URI), as a licence holder filling it in would.
fn fill(value: &mut Value, key: &str) {
    match value {
        Value::String(s) if s.is_empty() => {
            *s = if key == "image" { "data:image/png;base64,iVBORw0KGgo=".into() } else { format!("licensed words for {key}") }
        }
        Value::Object(map) => {
            let images = key == "images";
            for (k, v) in map.iter_mut() {
                fill(v, if images { "image" } else { k });
            }
        }
        _ => {}
    }
}

#[test]
fn every_licensed_built_in_has_a_template_that_fits_once_filled() {
    use pain_assessment::engine::text_pack_template;
    let library = pain_assessment::Library::builtin();
    let licensed: Vec<_> = library.builtins().unwrap().into_iter().filter(|i| i.licence.text_required).collect();
    assert!(licensed.len() >= 10, "{}", licensed.len());
    for instrument in licensed {
        let template = serde_json::to_value(text_pack_template(&instrument, "en")).unwrap();
        let resolve = |pack: &Value| {
            let options = json!({ "instruments": [instrument.id], "textPacks": [pack] });
            Options::from_json(&options.to_string()).and_then(Options::resolve)
        };
        let blank = resolve(&template).unwrap_err();
        assert!(blank.message.contains(&format!("textPacks[0]")), "{}: {}", instrument.id, blank.message);

        let mut filled = template.clone();
        fill(&mut filled, "");
        let config = resolve(&filled).unwrap_or_else(|e| panic!("{}: {}", instrument.id, e.message));
        assert!(has_text(&config.instruments[0]), "{}", instrument.id);
        assert_eq!(config.instruments[0].licence.copyright, "licensed words for copyright", "{}", instrument.id);
    }
}
