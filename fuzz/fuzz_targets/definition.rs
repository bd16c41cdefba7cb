//! An instrument definition as JSON text: checked, and when it passes,
//! scored with answers taken from the same input; never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use pain_assessment::{score, Answer, Answers, Options};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(value) = serde_json::from_str::<serde_json::Value>(text) else { return };
    let options = serde_json::json!({ "instruments": [value.get("id").cloned().unwrap_or_default()], "definitions": [value.clone()] });
    if let Ok(config) = Options::from_value(&options).and_then(Options::resolve) {
        let instrument = &config.instruments[0];
        let mut answers = Answers::new();
        for (i, item) in instrument.items.iter().enumerate() {
            if let Some(v) = value.get("answers").and_then(|a| a.get(i)) {
                if let Ok(answer) = serde_json::from_value::<Answer>(v.clone()) {
                    answers.insert(item.id.clone(), answer);
                }
            }
        }
        let _ = score(instrument, &answers);
    }
});
