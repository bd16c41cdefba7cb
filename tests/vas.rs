//! The visual analogue scale: position to value, keys, and its answers.

use pain_assessment::engine::{check_answer, vas_at, vas_key};
use pain_assessment::instruments::parse_definition;
use pain_assessment::Answer;
use serde_json::json;

mod common;

#[test]
fn a_position_on_the_line_is_millimetres_of_a_100_mm_line() {
    let table: &[(f64, f64, Option<i64>)] = &[
        (0.0, 300.0, Some(0)),
        (300.0, 300.0, Some(100)),
        (150.0, 300.0, Some(50)),
        (1.4, 300.0, Some(0)),   // 0.47 mm rounds down
        (1.6, 300.0, Some(1)),   // 0.53 mm rounds up
        (-20.0, 300.0, Some(0)), // a drag past either end stays on the line
        (340.0, 300.0, Some(100)),
        (10.0, 0.0, None), // a line not laid out yet
        (f64::NAN, 300.0, None),
    ];
    for &(offset, width, expected) in table {
        assert_eq!(vas_at(offset, width), expected, "{offset} of {width}");
    }
}

#[test]
fn keys_move_the_mark_like_a_slider() {
    let table: &[(Option<i64>, &str, Option<i64>)] = &[
        (None, "ArrowRight", Some(51)),
        (None, "ArrowLeft", Some(49)),
        (Some(10), "ArrowUp", Some(11)),
        (Some(10), "ArrowDown", Some(9)),
        (Some(95), "PageUp", Some(100)),
        (Some(5), "PageDown", Some(0)),
        (Some(40), "Home", Some(0)),
        (Some(40), "End", Some(100)),
        (Some(0), "ArrowLeft", Some(0)),
        (Some(40), "Enter", None),
    ];
    for &(from, key, expected) in table {
        assert_eq!(vas_key(from, key), expected, "{from:?} {key}");
    }
}

#[test]
fn a_vas_item_takes_0_to_100_and_scores_its_value() {
    let def = json!({
        "id": "line", "version": "1", "title": "Line",
        "licence": { "copyright": "c", "terms": "t", "source": "s" },
        "items": [{ "id": "now", "text": "Pain now", "kind": { "type": "vas", "minLabel": "No pain", "maxLabel": "Worst" } }],
        "scores": [{ "id": "vas", "label": "VAS", "method": "sum", "items": ["now"], "range": { "min": 0, "max": 100 }, "source": "s" }]
    });
    let instrument = parse_definition(&def.to_string()).unwrap();
    let item = &instrument.items[0];
    for (answer, ok) in [(Answer::Number(0), true), (Answer::Number(100), true), (Answer::Number(101), false), (Answer::Number(-1), false)] {
        assert_eq!(check_answer(item, &answer).is_ok(), ok, "{answer:?}");
    }
    let answers = [("now".to_string(), Answer::Number(37))].into_iter().collect();
    assert_eq!(pain_assessment::score(&instrument, &answers).scores[0].value, Some(37.0));

    let mut bad = def.clone();
    bad["items"][0]["kind"]["min"] = json!(0);
    let err = parse_definition(&bad.to_string()).unwrap_err();
    assert!(err.message.contains("items[0].kind: unknown field `min`"), "{}", err.message);
}

/// The built-in `vas`: the millimetres from the left end, anchors only.
mod builtin {
    use super::common::*;
    use pain_assessment::model::ItemKind;
    use pain_assessment::{Answer, Answers};

    fn at(mm: i64) -> Answers {
        [("vas_now".to_string(), Answer::Number(mm))].into_iter().collect()
    }

    #[test]
    fn scores_the_millimetres_from_the_left_end() {
        let vas = builtin("vas");
        for mm in [0, 1, 37, 99, 100] {
            assert_score(&score_of(&vas, &at(mm), "intensity"), Some(mm as f64), None);
        }
        assert_score(&score_of(&vas, &at(101), "intensity"), None, None);
        assert_score(&score_of(&vas, &Answers::new(), "intensity"), None, None);
    }

    #[test]
    fn has_only_its_two_end_anchors() {
        let vas = builtin("vas");
        let ItemKind::Vas { min_label, max_label } = &vas.items[0].kind else { panic!("not a vas item") };
        assert_eq!((min_label.as_str(), max_label.as_str()), ("No pain", "Worst pain imaginable"));
        assert!(vas.scores[0].bands.is_empty());
    }
}
