//! A procedure diary as JSON text: read and analysed, or refused; never a
//! panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = pain_assessment::care::diary::analyse_json(text);
    }
});
