//! GAD-2 scoring against Kroenke et al. 2007 (sum of the GAD-7's two core
//! items, 0–6; a score of 3 or more is a positive screen), with no total
//! when an item is missing.

mod common;
use common::*;
use pain_assessment::score;

#[test]
fn both_sides_of_the_cut_point_and_the_extremes() {
    let gad2 = builtin("gad2");
    // (nervous, can't stop worrying) → (total, band).
    let table: &[([u8; 2], u8, &str)] = &[
        ([0, 0], 0, "negative"),
        ([1, 1], 2, "negative"),
        ([0, 2], 2, "negative"),
        ([1, 2], 3, "positive"),
        ([3, 0], 3, "positive"),
        ([3, 3], 6, "positive"),
    ];
    for &(items, total, band) in table {
        let result = score_of(&gad2, &choices("gad2", &items.map(Some)), "total");
        assert_score(&result, Some(f64::from(total)), Some(band));
        assert!(!result.prorated);
        assert_eq!(result.items_used, ["gad2_1", "gad2_2"]);
    }
}

#[test]
fn band_labels_state_the_cut_point() {
    let gad2 = builtin("gad2");
    let bands: Vec<_> = gad2.scores[0].bands.iter().map(|b| (b.label.as_str(), b.min, b.max)).collect();
    assert_eq!(
        bands,
        [
            ("Below the screening cut point", 0.0, 2.0),
            ("Positive screen: further assessment advised", 3.0, 6.0)
        ]
    );
}

#[test]
fn a_missing_item_leaves_no_total_even_when_the_other_alone_reaches_the_cut_point() {
    let gad2 = builtin("gad2");
    for (items, missing) in [
        ([Some(3), None], vec!["gad2_2"]),
        ([None, Some(3)], vec!["gad2_1"]),
        ([None, None], vec!["gad2_1", "gad2_2"]),
    ] {
        let result = score_of(&gad2, &choices("gad2", &items), "total");
        assert_score(&result, None, None);
        assert!(!result.prorated);
        assert_eq!(result.items_missing, missing);
        assert!(result.not_scorable.unwrap().contains("every item is needed"));
    }
}

#[test]
fn no_answer_raises_a_safety_flag() {
    let gad2 = builtin("gad2");
    assert!(gad2.safety.is_empty());
    assert!(score(&gad2, &choices("gad2", &[Some(3), Some(3)])).safety.is_empty());
}

#[test]
fn the_items_are_gad7_items_one_and_two() {
    let (gad2, gad7) = (builtin("gad2"), builtin("gad7"));
    assert_eq!(gad2.instructions, gad7.instructions);
    for (short, full) in [("gad2_1", "gad7_1"), ("gad2_2", "gad7_2")] {
        let (short, full) = (gad2.item(short).unwrap(), gad7.item(full).unwrap());
        assert_eq!(short.text, full.text);
        assert_eq!(short.codes, full.codes);
        assert_eq!(short.kind, full.kind);
    }
}

#[test]
fn item_and_answer_codes_are_loinc_and_no_unverified_total_code_is_claimed() {
    let gad2 = builtin("gad2");
    assert!(gad2.codes.is_empty());
    assert!(gad2.scores[0].codes.is_empty());
    let item_codes: Vec<_> = gad2.items.iter().map(|i| i.codes[0].code.as_str()).collect();
    assert_eq!(item_codes, ["69725-0", "68509-9"]);
    for item in &gad2.items {
        let answer_codes: Vec<_> = item.kind.options().iter().map(|o| o.codes[0].code.as_str()).collect();
        assert_eq!(answer_codes, ["LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"]);
    }
}
