//! Numbers, dates and language names as the patient's locale writes them,
//! by the browser's `Intl`; and the locale itself, which every component
//! reads from context.

use crate::i18n::{self, Locale, Msg};
use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl)]
    type NumberFormat;
    #[wasm_bindgen(constructor, js_namespace = Intl)]
    fn new(locale: &str, options: &JsValue) -> NumberFormat;
    #[wasm_bindgen(method)]
    fn format(this: &NumberFormat, value: f64) -> String;

    #[wasm_bindgen(js_namespace = Intl)]
    type DisplayNames;
    #[wasm_bindgen(constructor, js_namespace = Intl, catch)]
    fn new(locale: &str, options: &JsValue) -> Result<DisplayNames, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn of(this: &DisplayNames, code: &str) -> Result<JsValue, JsValue>;
}

fn options(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap_or(JsValue::UNDEFINED)
}

/// The locale the widget speaks in, from the app's context.
#[hook]
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

/// `msg` in `locale`, owned.
pub fn t(locale: Locale, msg: Msg) -> String {
    i18n::text(locale, msg).into_owned()
}

/// The ways numbers are written, each with its `Intl` options.
#[derive(Clone, Copy, PartialEq)]
enum Style {
    Count,
    Decimal,
    Percent,
}

thread_local! {
    /// Formatters made so far: making one costs far more than using it, and
    /// a body map's details write dozens of numbers on every tap.
    static FORMATS: std::cell::RefCell<Vec<(Locale, Style, NumberFormat)>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn format(locale: Locale, style: Style, value: f64) -> String {
    FORMATS.with(|formats| {
        let mut formats = formats.borrow_mut();
        let at = match formats.iter().position(|(l, s, _)| *l == locale && *s == style) {
            Some(at) => at,
            None => {
                let json = match style {
                    Style::Count => "{}",
                    Style::Decimal => r#"{"maximumFractionDigits":1}"#,
                    Style::Percent => r#"{"style":"percent","maximumFractionDigits":1}"#,
                };
                formats.push((locale, style, NumberFormat::new(locale.tag(), &options(json))));
                formats.len() - 1
            }
        };
        formats[at].2.format(value)
    })
}

/// A whole number, e.g. "1.234" in Spanish.
pub fn count(locale: Locale, n: usize) -> String {
    format(locale, Style::Count, n as f64)
}

/// A number with at most one decimal, e.g. "12,5" in Spanish.
pub fn decimal(locale: Locale, value: f64) -> String {
    format(locale, Style::Decimal, value + 0.0)
}

/// A percentage given as 0–100, e.g. "12,5 %" in Spanish.
pub fn percent(locale: Locale, value: f64) -> String {
    // + 0.0 turns a negative zero (an empty side of the map) into 0.
    format(locale, Style::Percent, value / 100.0 + 0.0)
}

/// A moment (ms since 1970) as a date and time, e.g. "29 nov 2026, 8:15".
pub fn date_time(locale: Locale, ms: f64) -> String {
    js_sys::Date::new(&ms.into())
        .to_locale_string(locale.tag(), &options(r#"{"dateStyle":"medium","timeStyle":"short"}"#))
        .into()
}

/// A language's name in `locale`, e.g. `en` → "inglés"; the tag itself
/// where the browser cannot name it.
pub fn language_name(locale: Locale, tag: &str) -> String {
    DisplayNames::new(locale.tag(), &options(r#"{"type":"language"}"#))
        .and_then(|names| names.of(tag))
        .ok()
        .and_then(|name| name.as_string())
        .unwrap_or_else(|| tag.to_string())
}
