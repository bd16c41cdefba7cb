//! Host options as JSON text: read and resolved, or refused; never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = pain_assessment::Options::from_json(text).and_then(pain_assessment::Options::resolve);
    }
});
