//! GAD-7 scoring against Spitzer et al. 2006 (sum of items 1–7, cut points
//! 5, 10, 15) and the NHS Data Dictionary missing-item rule.

mod common;
use common::*;
use pain_assessment::{score, Answer, Answers};

/// GAD-7 answers with every item answered.
fn gad7_all(items: [u8; 7]) -> Answers {
    choices("gad7", &items.map(Some))
}

#[test]
fn every_band_boundary() {
    let gad7 = builtin("gad7");
    // (total, band) on both sides of every cut point, and the extremes.
    let table: &[(u8, &str)] = &[
        (0, "minimal"),
        (4, "minimal"),
        (5, "mild"),
        (9, "mild"),
        (10, "moderate"),
        (14, "moderate"),
        (15, "severe"),
        (21, "severe"),
    ];
    for &(total, band) in table {
        let result = score_of(&gad7, &gad7_all(items_summing_to::<7>(total, 3)), "total");
        assert_score(&result, Some(f64::from(total)), Some(band));
        assert!(!result.prorated);
        assert_eq!(result.items_used.len(), 7);
    }
}

#[test]
fn band_labels_are_the_published_names() {
    let gad7 = builtin("gad7");
    let labels: Vec<_> = gad7.scores[0].bands.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(labels, ["Minimal", "Mild", "Moderate", "Severe"]);
}

#[test]
fn each_item_counts_once() {
    let gad7 = builtin("gad7");
    assert_eq!(gad7.items.len(), 7, "the seven scored items and nothing else");
    for item in 0..7 {
        let mut items = [0u8; 7];
        items[item] = 3;
        let result = score_of(&gad7, &gad7_all(items), "total");
        assert_score(&result, Some(3.0), Some("minimal"));
        assert_eq!(result.items_used.len(), 7);
    }
}

#[test]
fn one_or_two_missing_items_are_prorated_and_flagged() {
    let gad7 = builtin("gad7");
    // 6 answered, all 2: mean 2 × 7 = 14.
    let answers = choices("gad7", &[Some(2), Some(2), None, Some(2), Some(2), Some(2), Some(2)]);
    let result = score_of(&gad7, &answers, "total");
    assert_score(&result, Some(14.0), Some("moderate"));
    assert!(result.prorated);
    assert_eq!(result.items_missing, ["gad7_3"]);

    // 5 answered summing to 8: mean 8/5 × 7 = 11.2.
    let answers = choices("gad7", &[Some(3), Some(3), Some(1), Some(1), Some(0), None, None]);
    let result = score_of(&gad7, &answers, "total");
    let value = result.value.expect("two missing items are allowed");
    assert!((value - 11.2).abs() < 1e-9, "{value}");
    assert_eq!(result.band.map(|b| b.id), Some("moderate".into()));
    assert!(result.prorated);
    assert_eq!(result.items_missing, ["gad7_6", "gad7_7"]);
}

#[test]
fn a_prorated_total_between_cut_points_stays_below_the_next_band() {
    let gad7 = builtin("gad7");
    // 5 answered summing to 7: 7/5 × 7 = 9.8, short of the cut point at 10.
    let answers = choices("gad7", &[None, Some(2), Some(2), Some(1), Some(1), Some(1), None]);
    let result = score_of(&gad7, &answers, "total");
    let value = result.value.expect("two missing items are allowed");
    assert!((value - 9.8).abs() < 1e-9, "{value}");
    assert_eq!(result.band.map(|b| b.id), Some("mild".into()));
}

#[test]
fn three_missing_items_make_the_total_not_scorable() {
    let gad7 = builtin("gad7");
    let answers = choices("gad7", &[Some(3), Some(3), Some(3), Some(3), None, None, None]);
    let result = score_of(&gad7, &answers, "total");
    assert_score(&result, None, None);
    assert!(!result.prorated);
    assert_eq!(result.items_missing, ["gad7_5", "gad7_6", "gad7_7"]);
    assert!(result.not_scorable.unwrap().contains("at least 5"));
}

#[test]
fn an_answer_that_fits_no_option_counts_as_missing() {
    let gad7 = builtin("gad7");
    let mut answers = gad7_all([1; 7]);
    answers.insert("gad7_1".into(), Answer::Text("4".into()));
    answers.insert("gad7_2".into(), Answer::Number(1));
    answers.insert("gad7_3".into(), Answer::Text("Several days".into()));
    let result = score_of(&gad7, &answers, "total");
    assert_eq!(result.items_missing, ["gad7_1", "gad7_2", "gad7_3"]);
    assert_score(&result, None, None);
}

#[test]
fn no_answer_raises_a_safety_flag() {
    let gad7 = builtin("gad7");
    assert!(gad7.safety.is_empty());
    assert!(score(&gad7, &gad7_all([3; 7])).safety.is_empty());
}

#[test]
fn codes_are_loinc() {
    let gad7 = builtin("gad7");
    assert_eq!(gad7.codes[0].code, "69737-5");
    assert_eq!(gad7.scores[0].codes[0].code, "70274-6");
    let item_codes: Vec<_> = gad7.items.iter().map(|i| i.codes[0].code.as_str()).collect();
    assert_eq!(item_codes, ["69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"]);
    for item in &gad7.items {
        let answer_codes: Vec<_> = item.kind.options().iter().map(|o| o.codes[0].code.as_str()).collect();
        assert_eq!(answer_codes, ["LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"], "{}", item.id);
    }
}
