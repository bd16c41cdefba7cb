//! Small conversions across the JS boundary: JSON in and out, time,
//! randomness. Every failure becomes a value, never a panic.

use wasm_bindgen::JsValue;

/// `value` as JSON text (via `JSON.stringify`); `None` for `undefined`/`null`.
pub fn to_json_text(value: &JsValue) -> Result<Option<String>, String> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    if let Some(text) = value.as_string() {
        return Ok(Some(text));
    }
    js_sys::JSON::stringify(value)
        .map(|s| s.as_string())
        .map_err(|_| "the value cannot be turned into JSON (does it contain a cycle?)".to_string())
}

/// A serialisable Rust value as a plain JS object (via `JSON.parse`).
pub fn to_js(value: &impl serde::Serialize) -> JsValue {
    serde_json::to_string(value)
        .ok()
        .and_then(|text| js_sys::JSON::parse(&text).ok())
        .unwrap_or(JsValue::NULL)
}

#[cfg(feature = "widget")]
/// The current time as RFC 3339 in UTC, e.g. `2026-11-29T08:00:00.000Z`.
pub fn now() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

#[cfg(feature = "widget")]
/// 16 random bytes from `crypto.getRandomValues`, or from `Math.random`
/// where no Web Crypto exists (an id only has to be unique, not secret).
pub fn random_bytes() -> [u8; 16] {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok())
        .unwrap_or(false);
    if !filled {
        for b in bytes.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes
}
