//! PHQ-2 scoring against Kroenke, Spitzer & Williams 2003 (sum of PHQ-9
//! items 1 and 2, 0–6; a score of 3 or more is a positive screen), with no
//! total when an item is missing.

mod common;
use common::*;
use pain_assessment::score;

#[test]
fn both_sides_of_the_cut_point_and_the_extremes() {
    let phq2 = builtin("phq2");
    // (little interest, feeling down) → (total, band).
    let table: &[([u8; 2], u8, &str)] = &[
        ([0, 0], 0, "negative"),
        ([1, 1], 2, "negative"),
        ([2, 0], 2, "negative"),
        ([2, 1], 3, "positive"),
        ([0, 3], 3, "positive"),
        ([3, 3], 6, "positive"),
    ];
    for &(items, total, band) in table {
        let result = score_of(&phq2, &choices("phq2", &items.map(Some)), "total");
        assert_score(&result, Some(f64::from(total)), Some(band));
        assert!(!result.prorated);
        assert_eq!(result.items_used, ["phq2_1", "phq2_2"]);
    }
}

#[test]
fn band_labels_state_the_cut_point() {
    let phq2 = builtin("phq2");
    let bands: Vec<_> = phq2.scores[0].bands.iter().map(|b| (b.label.as_str(), b.min, b.max)).collect();
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
    let phq2 = builtin("phq2");
    for (items, missing) in [
        ([Some(3), None], vec!["phq2_2"]),
        ([None, Some(3)], vec!["phq2_1"]),
        ([None, None], vec!["phq2_1", "phq2_2"]),
    ] {
        let result = score_of(&phq2, &choices("phq2", &items), "total");
        assert_score(&result, None, None);
        assert!(!result.prorated);
        assert_eq!(result.items_missing, missing);
        assert!(result.not_scorable.unwrap().contains("every item is needed"));
    }
}

#[test]
fn no_answer_raises_a_safety_flag() {
    let phq2 = builtin("phq2");
    assert!(phq2.safety.is_empty());
    assert!(score(&phq2, &choices("phq2", &[Some(3), Some(3)])).safety.is_empty());
}

#[test]
fn the_items_are_phq9_items_one_and_two() {
    let (phq2, phq9) = (builtin("phq2"), builtin("phq9"));
    for (short, full) in [("phq2_1", "phq9_1"), ("phq2_2", "phq9_2")] {
        let (short, full) = (phq2.item(short).unwrap(), phq9.item(full).unwrap());
        assert_eq!(short.text, full.text);
        assert_eq!(short.codes, full.codes);
        assert_eq!(short.kind, full.kind);
    }
}

#[test]
fn codes_are_loinc() {
    let phq2 = builtin("phq2");
    assert_eq!(phq2.codes[0].code, "55757-9");
    assert_eq!(phq2.scores[0].codes[0].code, "55758-7");
    let item_codes: Vec<_> = phq2.items.iter().map(|i| i.codes[0].code.as_str()).collect();
    assert_eq!(item_codes, ["44250-9", "44255-8"]);
    for item in &phq2.items {
        let answers: Vec<_> = item
            .kind
            .options()
            .iter()
            .map(|o| (o.label.as_str(), o.score, o.codes[0].code.as_str()))
            .collect();
        assert_eq!(
            answers,
            [
                ("Not at all", Some(0), "LA6568-5"),
                ("Several days", Some(1), "LA6569-3"),
                ("More than half the days", Some(2), "LA6570-1"),
                ("Nearly every day", Some(3), "LA6571-9")
            ]
        );
    }
}
