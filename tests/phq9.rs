//! PHQ-9 scoring against Kroenke 2001 (sum of items 1–9, cut points 5, 10,
//! 15, 20), the NHS Data Dictionary missing-item rule, and the item 9 flag.

mod common;
use common::*;
use pain_assessment::{score, Answer};

#[test]
fn every_band_boundary() {
    let phq9 = builtin("phq9");
    // (total, band) on both sides of every cut point, and the extremes.
    let table: &[(u8, &str)] = &[
        (0, "minimal"),
        (4, "minimal"),
        (5, "mild"),
        (9, "mild"),
        (10, "moderate"),
        (14, "moderate"),
        (15, "moderately_severe"),
        (19, "moderately_severe"),
        (20, "severe"),
        (27, "severe"),
    ];
    for &(total, band) in table {
        let answers = phq9_all(items_summing_to::<9>(total, 3));
        let result = score_of(&phq9, &answers, "total");
        assert_score(&result, Some(f64::from(total)), Some(band));
        assert!(!result.prorated);
        assert_eq!(result.items_used.len(), 9);
    }
}

#[test]
fn band_labels_are_the_published_names() {
    let phq9 = builtin("phq9");
    let labels: Vec<_> = phq9.scores[0].bands.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(labels, ["Minimal", "Mild", "Moderate", "Moderately severe", "Severe"]);
}

#[test]
fn each_item_counts_once_and_the_difficulty_item_not_at_all() {
    let phq9 = builtin("phq9");
    for item in 0..9 {
        let mut items = [0u8; 9];
        items[item] = 3;
        let mut answers = phq9_all(items);
        answers.insert("phq9_difficulty".into(), Answer::Text("extremely".into()));
        assert_score(&score_of(&phq9, &answers, "total"), Some(3.0), Some("minimal"));
    }
}

#[test]
fn one_or_two_missing_items_are_prorated_and_flagged() {
    let phq9 = builtin("phq9");
    // 8 answered, all 2: mean 2 × 9 = 18.
    let answers = phq9_answers([Some(2), Some(2), Some(2), None, Some(2), Some(2), Some(2), Some(2), Some(2)]);
    let result = score_of(&phq9, &answers, "total");
    assert_score(&result, Some(18.0), Some("moderately_severe"));
    assert!(result.prorated);
    assert_eq!(result.items_missing, ["phq9_4"]);

    // 7 answered summing to 10: mean 10/7 × 9 = 12.857…
    let answers = phq9_answers([Some(3), Some(3), Some(3), Some(1), None, None, Some(0), Some(0), Some(0)]);
    let result = score_of(&phq9, &answers, "total");
    let value = result.value.expect("two missing items are allowed");
    assert!((value - 90.0 / 7.0).abs() < 1e-9, "{value}");
    assert_eq!(result.band.map(|b| b.id), Some("moderate".into()));
    assert!(result.prorated);
}

#[test]
fn a_prorated_total_between_cut_points_stays_below_the_next_band() {
    let phq9 = builtin("phq9");
    // 8 answered summing to 8: 8/8 × 9 = 9 (mild); 7 answered summing to 7 → 9 too.
    let answers = phq9_answers([Some(1), Some(1), Some(1), Some(1), Some(1), Some(1), Some(1), Some(1), None]);
    assert_score(&score_of(&phq9, &answers, "total"), Some(9.0), Some("mild"));
    // 7 answered summing to 7.5 is impossible; 8 answered summing to 9: 10.125 → moderate.
    let answers = phq9_answers([Some(2), Some(1), Some(1), Some(1), Some(1), Some(1), Some(1), Some(1), None]);
    assert_score(&score_of(&phq9, &answers, "total"), Some(10.125), Some("moderate"));
}

#[test]
fn three_missing_items_make_the_total_not_scorable() {
    let phq9 = builtin("phq9");
    let answers = phq9_answers([Some(3), Some(3), Some(3), Some(3), Some(3), Some(3), None, None, None]);
    let result = score_of(&phq9, &answers, "total");
    assert_score(&result, None, None);
    assert!(!result.prorated);
    assert_eq!(result.items_missing.len(), 3);
    assert!(result.not_scorable.unwrap().contains("at least 7"));
}

#[test]
fn item_nine_above_zero_raises_a_flag_whatever_the_total() {
    let phq9 = builtin("phq9");
    for (item9, flagged) in [(0u8, false), (1, true), (2, true), (3, true)] {
        let answers = phq9_all([0, 0, 0, 0, 0, 0, 0, 0, item9]);
        let scored = score(&phq9, &answers);
        assert_eq!(scored.safety.len(), usize::from(flagged), "item 9 = {item9}");
        if flagged {
            assert_eq!(scored.safety[0].item, "phq9_9");
            assert_eq!(scored.safety[0].item_score, i32::from(item9));
            assert_eq!(scored.safety[0].instrument, "phq9");
        }
    }
    // Flagged even when the total cannot be computed.
    let answers = phq9_answers([None, None, None, None, None, None, None, None, Some(1)]);
    let scored = score(&phq9, &answers);
    assert_eq!(scored.scores[0].value, None);
    assert_eq!(scored.safety.len(), 1);
}

#[test]
fn an_answer_that_fits_no_option_counts_as_missing() {
    let phq9 = builtin("phq9");
    let mut answers = phq9_all([1; 9]);
    answers.insert("phq9_1".into(), Answer::Text("4".into()));
    answers.insert("phq9_2".into(), Answer::Number(1));
    answers.insert("phq9_3".into(), Answer::Text("Several days".into()));
    let result = score_of(&phq9, &answers, "total");
    assert_eq!(result.items_missing, ["phq9_1", "phq9_2", "phq9_3"]);
    assert_score(&result, None, None);
}

#[test]
fn codes_are_loinc() {
    let phq9 = builtin("phq9");
    assert_eq!(phq9.codes[0].code, "44249-1");
    assert_eq!(phq9.scores[0].codes[0].code, "44261-6");
    let item_codes: Vec<_> = phq9.items.iter().map(|i| i.codes[0].code.as_str()).collect();
    assert_eq!(
        item_codes,
        ["44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8", "69722-7"]
    );
    let difficulty = phq9.item("phq9_difficulty").unwrap();
    let answer_codes: Vec<_> = difficulty.kind.options().iter().map(|o| (o.label.as_str(), o.codes[0].code.as_str())).collect();
    assert_eq!(
        answer_codes,
        [
            ("Not difficult at all", "LA6572-7"),
            ("Somewhat difficult", "LA6573-5"),
            ("Very difficult", "LA6575-0"),
            ("Extremely difficult", "LA6574-3")
        ]
    );
    assert!(!difficulty.required);
}
