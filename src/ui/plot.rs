//! The summary's charts, drawn as SVG here: a score over time, and relief
//! after a procedure with its threshold lines. Each point carries its data
//! (`data-at`, `data-value`; `data-minutes`, `data-relief`) and each chart
//! a text alternative listing every value.

use super::intl::{decimal, percent};
use crate::care::change::Series;
use crate::engine::show_number;
use crate::care::diary::ProcedureResponse;
use crate::i18n::{fill, Locale, Msg};
use yew::prelude::*;

// The frame of every chart; the SVGs' viewBox is "0 0 300 130".
const W: f64 = 300.0;
const H: f64 = 130.0;
const LEFT: f64 = 34.0;
const RIGHT: f64 = 10.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 24.0;

/// `v` to one decimal, without the float formatter (kept out of the wasm).
fn tenth(v: f64) -> String {
    let t = (v * 10.0).round() as i64;
    let sign = if t < 0 { "-" } else { "" };
    format!("{sign}{}.{}", t.abs() / 10, t.abs() % 10)
}

/// Maps `v` in `from` onto `to`; the middle of `to` when `from` is empty.
fn scale(v: f64, (lo, hi): (f64, f64), (a, b): (f64, f64)) -> f64 {
    if hi > lo { a + (v - lo) / (hi - lo) * (b - a) } else { (a + b) / 2.0 }
}

fn short_date(locale: Locale, ms: i64) -> String {
    js_sys::Date::new(&(ms as f64).into())
        .to_locale_date_string(locale.tag(), &js_sys::JSON::parse(r#"{"day":"numeric","month":"short","year":"2-digit"}"#).unwrap_or_default())
        .into()
}

/// One score over time.
pub fn trend(locale: Locale, title: &str, line: &Series) -> Html {
    let first = line.points.first().map_or(0, |p| p.0);
    let last = line.points.last().map_or(0, |p| p.0);
    let x = |at: i64| scale(at as f64, (first as f64, last as f64), (LEFT, W - RIGHT));
    let y = |v: f64| scale(v, line.range, (H - BOTTOM, TOP));
    let path: Vec<String> = line.points.iter().map(|&(at, v)| format!("{},{}", tenth(x(at)), tenth(y(v)))).collect();
    let words: Vec<String> = line.points.iter().map(|&(at, v)| fill(locale, Msg::ValueOn, &[&decimal(locale, v), &short_date(locale, at)])).collect();
    let name = format!("{title} · {}", line.label);
    html! {
        <figure class="pa-plot" data-instrument={line.instrument.clone()} data-score={line.score.clone()}>
            <figcaption>{ name.clone() }</figcaption>
            <svg viewBox="0 0 300 130" role="img" aria-label={format!("{name}: {}", words.join("; "))}>
                <line class="pa-axis" x1={tenth(LEFT)} y1={tenth(TOP)} x2={tenth(LEFT)} y2={tenth(H - BOTTOM)} />
                <line class="pa-axis" x1={tenth(LEFT)} y1={tenth(H - BOTTOM)} x2={tenth(W - RIGHT)} y2={tenth(H - BOTTOM)} />
                <text class="pa-tick" x={tenth(LEFT - 4.0)} y={tenth(TOP + 4.0)} text-anchor="end">{ decimal(locale, line.range.1) }</text>
                <text class="pa-tick" x={tenth(LEFT - 4.0)} y={tenth(H - BOTTOM)} text-anchor="end">{ decimal(locale, line.range.0) }</text>
                <text class="pa-tick" x={tenth(LEFT)} y={tenth(H - 6.0)}>{ short_date(locale, first) }</text>
                if last > first {
                    <text class="pa-tick" x={tenth(W - RIGHT)} y={tenth(H - 6.0)} text-anchor="end">{ short_date(locale, last) }</text>
                }
                <polyline class="pa-line" points={path.join(" ")} />
                { for line.points.iter().map(|&(at, v)| html! {
                    <circle class="pa-point" cx={tenth(x(at))} cy={tenth(y(v))} r="3.5"
                        data-at={at.to_string()} data-value={show_number(v)} />
                }) }
            </svg>
        </figure>
    }
}

/// Relief after a procedure, with lines at the positive and high thresholds.
pub fn relief(locale: Locale, response: &ProcedureResponse, thresholds: (f64, f64)) -> Html {
    let points: Vec<(i64, f64)> = response.points.iter().filter_map(|p| Some((p.minutes, p.relief?))).collect();
    let end = points.iter().map(|p| p.0).max().unwrap_or(60).max(60);
    let low = points.iter().map(|p| p.1).fold(0.0_f64, f64::min).floor();
    let x = |m: i64| scale(m as f64, (0.0, end as f64), (LEFT, W - RIGHT));
    let y = |r: f64| scale(r, (low, 100.0), (H - BOTTOM, TOP));
    let path: Vec<String> = points.iter().map(|&(m, r)| format!("{},{}", tenth(x(m)), tenth(y(r)))).collect();
    let hours = |m: i64| decimal(locale, m as f64 / 60.0);
    let words: Vec<String> = points.iter().map(|&(m, r)| format!("{}: {}", fill(locale, Msg::HoursAfter, &[&hours(m)]), percent(locale, r))).collect();
    let threshold = |t: f64| html! {
        <>
            <line class="pa-threshold" x1={tenth(LEFT)} x2={tenth(W - RIGHT)} y1={tenth(y(t))} y2={tenth(y(t))} data-threshold={show_number(t)} />
            <text class="pa-tick" x={tenth(W - RIGHT)} y={tenth(y(t) - 3.0)} text-anchor="end">{ percent(locale, t) }</text>
        </>
    };
    html! {
        <figure class="pa-plot pa-relief">
            <figcaption>{ crate::i18n::text(locale, Msg::ReliefAxis).into_owned() }</figcaption>
            <svg viewBox="0 0 300 130" role="img"
                aria-label={format!("{}: {}", crate::i18n::text(locale, Msg::ReliefAxis), words.join("; "))}>
                <line class="pa-axis" x1={tenth(LEFT)} y1={tenth(TOP)} x2={tenth(LEFT)} y2={tenth(H - BOTTOM)} />
                <line class="pa-axis" x1={tenth(LEFT)} y1={tenth(y(0.0))} x2={tenth(W - RIGHT)} y2={tenth(y(0.0))} />
                <text class="pa-tick" x={tenth(LEFT - 4.0)} y={tenth(TOP + 4.0)} text-anchor="end">{ percent(locale, 100.0) }</text>
                <text class="pa-tick" x={tenth(LEFT - 4.0)} y={tenth(y(0.0))} text-anchor="end">{ percent(locale, 0.0) }</text>
                <text class="pa-tick" x={tenth(LEFT)} y={tenth(H - 6.0)}>{ fill(locale, Msg::HoursAfter, &["0"]) }</text>
                <text class="pa-tick" x={tenth(W - RIGHT)} y={tenth(H - 6.0)} text-anchor="end">{ fill(locale, Msg::HoursAfter, &[&hours(end)]) }</text>
                { threshold(thresholds.0) }
                { threshold(thresholds.1) }
                <polyline class="pa-line" points={path.join(" ")} />
                { for points.iter().map(|&(m, r)| html! {
                    <circle class="pa-point" cx={tenth(x(m))} cy={tenth(y(r))} r="3.5"
                        data-minutes={m.to_string()} data-relief={show_number(r)} />
                }) }
            </svg>
        </figure>
    }
}
