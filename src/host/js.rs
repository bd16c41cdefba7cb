//! Small conversions across the JS boundary: JSON in and out, time,
//! randomness. Every failure becomes a value, never a panic.

use wasm_bindgen::JsValue;

/// A JS value as JSON data, without a JSON parser in the wasm: the browser
/// has one. Text is parsed with `JSON.parse`; objects and arrays are walked.
/// Whole numbers stay whole (so `3` reads as an integer, as in JSON text).
/// `undefined` and functions inside objects are left out, as
/// `JSON.stringify` leaves them out. `None` for `undefined`/`null`.
#[cfg(feature = "widget")]
pub fn to_value(value: &JsValue) -> Result<Option<serde_json::Value>, String> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    let value = match value.as_string() {
        Some(text) => js_sys::JSON::parse(&text).map_err(|e| {
            let why = js_sys::Error::from(e).message().as_string().unwrap_or_default();
            format!("not valid JSON: {why}")
        })?,
        None => value.clone(),
    };
    walk(&value, 0).map(Some)
}

#[cfg(feature = "widget")]
fn walk(value: &JsValue, depth: usize) -> Result<serde_json::Value, String> {
    use serde_json::Value;
    use wasm_bindgen::JsCast;
    if depth > 64 {
        return Err("nested too deeply (does it contain a cycle?)".into());
    }
    if value.is_null() || value.is_undefined() {
        return Ok(Value::Null);
    }
    if let Some(b) = value.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(n) = value.as_f64() {
        if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 {
            return Ok(Value::from(n as i64));
        }
        return serde_json::Number::from_f64(n).map(Value::Number).ok_or_else(|| "a number that JSON cannot hold".into());
    }
    if let Some(s) = value.as_string() {
        return Ok(Value::String(s));
    }
    if let Some(array) = value.dyn_ref::<js_sys::Array>() {
        return array.iter().map(|v| walk(&v, depth + 1)).collect::<Result<Vec<_>, _>>().map(Value::Array);
    }
    if value.is_function() || value.is_symbol() || value.is_bigint() {
        return Err("a function, symbol or BigInt is not JSON data".into());
    }
    let object: &js_sys::Object = value.unchecked_ref();
    let mut map = serde_json::Map::new();
    for entry in js_sys::Object::entries(object).iter() {
        let pair: js_sys::Array = entry.unchecked_into();
        let (key, item) = (pair.get(0), pair.get(1));
        if item.is_undefined() || item.is_function() {
            continue;
        }
        if let Some(key) = key.as_string() {
            map.insert(key, walk(&item, depth + 1)?);
        }
    }
    Ok(Value::Object(map))
}

/// `value` as JSON text (via `JSON.stringify`); `None` for `undefined`/`null`.
#[cfg(feature = "scorer")]
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

/// The widget's language for this browser: the first of the patient's
/// languages (`navigator.languages`) it speaks, else English.
#[cfg(feature = "widget")]
pub fn browser_locale() -> crate::i18n::Locale {
    let languages = web_sys::window().map(|w| w.navigator().languages()).unwrap_or_default();
    let tags: Vec<String> = languages.iter().filter_map(|v| v.as_string()).collect();
    crate::i18n::Locale::negotiate(tags.iter().map(String::as_str))
}
