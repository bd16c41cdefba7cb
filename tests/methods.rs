//! The shared scoring methods and missing-item rules, on small custom
//! instruments: answers in, value and flags out, one line per case.

mod common;
use pain_assessment::instruments::parse_definition;
use pain_assessment::{score, Answer, Answers, Instrument};
use serde_json::json;

/// Four 0–5 choice items (like Oswestry sections) scored by `method` with `missing`.
fn four_sections(method: &str, missing: serde_json::Value) -> Instrument {
    let options: Vec<_> = (0..=5).map(|n| json!({ "value": n.to_string(), "label": format!("Statement {n}"), "score": n })).collect();
    let items: Vec<_> = (1..=4)
        .map(|i| json!({ "id": format!("s{i}"), "text": format!("Section {i}"), "kind": { "type": "singleChoice", "options": options } }))
        .collect();
    let def = json!({
        "id": "sections", "version": "1", "title": "Sections",
        "licence": { "copyright": "c", "terms": "t", "source": "s" },
        "items": items,
        "scores": [{ "id": "score", "label": "Score", "method": method, "items": ["s1", "s2", "s3", "s4"],
            "missing": missing, "range": { "min": 0, "max": 100 }, "source": "s" }]
    });
    parse_definition(&def.to_string()).unwrap()
}

fn answers(values: [Option<u8>; 4]) -> Answers {
    values
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.map(|v| (format!("s{}", i + 1), Answer::Text(v.to_string()))))
        .collect()
}

#[track_caller]
fn check(instrument: &Instrument, given: [Option<u8>; 4], value: Option<f64>, prorated: bool) {
    let result = &score(instrument, &answers(given)).scores[0];
    match (result.value, value) {
        (Some(a), Some(b)) => assert!((a - b).abs() < 1e-9, "{given:?}: {a} != {b}"),
        (a, b) => assert_eq!(a, b, "{given:?}"),
    }
    assert_eq!(result.prorated, prorated, "{given:?}");
    assert_eq!(result.not_scorable.is_some(), value.is_none(), "{given:?}");
}

#[test]
fn percent_of_the_most_the_answered_sections_could_score() {
    let all = four_sections("percent", json!({ "rule": "allRequired" }));
    check(&all, [Some(0), Some(0), Some(0), Some(0)], Some(0.0), false);
    check(&all, [Some(5), Some(5), Some(5), Some(5)], Some(100.0), false);
    check(&all, [Some(1), Some(2), Some(3), Some(4)], Some(50.0), false); // 10 / 20
    check(&all, [Some(5), None, Some(5), Some(5)], None, false);

    let prorate = four_sections("percent", json!({ "rule": "prorate", "minAnswered": 3, "source": "s" }));
    check(&prorate, [Some(5), None, Some(5), Some(4)], Some(14.0 / 15.0 * 100.0), true); // 14 / (5 × 3)
    check(&prorate, [Some(5), None, None, Some(4)], None, false);
}

#[test]
fn sum_and_mean_with_and_without_proration() {
    let sum = four_sections("sum", json!({ "rule": "prorate", "minAnswered": 3, "source": "s" }));
    check(&sum, [Some(1), Some(2), Some(3), Some(4)], Some(10.0), false);
    check(&sum, [Some(1), Some(2), Some(3), None], Some(8.0), true); // mean 2 × 4
    check(&sum, [Some(1), Some(2), None, None], None, false);

    let mean = four_sections("mean", json!({ "rule": "allRequired" }));
    check(&mean, [Some(1), Some(2), Some(3), Some(4)], Some(2.5), false);
    check(&mean, [Some(1), Some(2), Some(3), None], None, false);

    let mean = four_sections("mean", json!({ "rule": "prorate", "minAnswered": 2, "source": "s" }));
    check(&mean, [Some(1), None, Some(4), None], Some(2.5), true);
    check(&mean, [None, None, Some(4), None], None, false);
}

/// The four sections scored through a table: raw 0–20 → 30 + 2 × raw, SE 3.
fn tabled(rows: Vec<serde_json::Value>, missing: serde_json::Value) -> Result<Instrument, pain_assessment::Error> {
    let mut def = serde_json::to_value(&four_sections("sum", json!({ "rule": "allRequired" }))).unwrap();
    def["scores"][0]["method"] = json!("table");
    def["scores"][0]["missing"] = missing;
    def["scores"][0]["table"] = json!(rows);
    parse_definition(&def.to_string())
}

fn rows() -> Vec<serde_json::Value> {
    (0..=20).map(|raw| json!({ "raw": raw, "value": 30 + 2 * raw, "se": 3 })).collect()
}

#[test]
fn a_table_converts_the_raw_sum_and_gives_its_standard_error() {
    let instrument = tabled(rows(), json!({ "rule": "prorate", "minAnswered": 3, "source": "s" })).unwrap();
    check(&instrument, [Some(0), Some(0), Some(0), Some(0)], Some(30.0), false);
    check(&instrument, [Some(5), Some(5), Some(5), Some(5)], Some(70.0), false);
    check(&instrument, [Some(1), Some(2), Some(3), Some(4)], Some(50.0), false);
    let result = &score(&instrument, &answers([Some(1), Some(2), Some(3), Some(4)])).scores[0];
    assert_eq!(result.standard_error, Some(3.0));
    assert_eq!(result.method, "table");
    // Prorated raw sums are rounded before the lookup: 7 × 4/3 = 9.33 → 9; 8 × 4/3 = 10.67 → 11.
    check(&instrument, [Some(2), Some(2), Some(3), None], Some(48.0), true);
    check(&instrument, [Some(2), Some(3), Some(3), None], Some(52.0), true);
    check(&instrument, [Some(2), Some(3), None, None], None, false);
}

#[test]
fn a_table_must_cover_every_raw_sum_once() {
    let mut gap = rows();
    gap.remove(7);
    let err = tabled(gap, json!({ "rule": "allRequired" })).unwrap_err();
    assert!(err.message.contains("scores[0].table: 0 rows for raw sum 7 (each of 0–20 needs one)"), "{}", err.message);

    let mut twice = rows();
    twice.push(json!({ "raw": 3, "value": 40 }));
    twice.push(json!({ "raw": 21, "value": 40 }));
    twice.push(json!({ "raw": 4.5, "value": 140 }));
    let err = tabled(twice, json!({ "rule": "allRequired" })).unwrap_err();
    for expected in [
        "scores[0].table: 2 rows for raw sum 3",
        "scores[0].table[22].raw: 21 is not a raw sum the items can give",
        "scores[0].table[23].raw: 4.5 is not a raw sum the items can give",
        "scores[0].table[23].value: 140 is outside the range",
    ] {
        assert!(err.message.contains(expected), "'{}' lacks '{expected}'", err.message);
    }
}
