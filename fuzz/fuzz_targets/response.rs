//! A response envelope as JSON text: read by the widget's reader and
//! re-scored by verify; never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = pain_assessment::verify_json(text, &pain_assessment::Library::builtin());
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(text) {
        let _ = pain_assessment::output::read::envelope(&value, "response");
    }
});
