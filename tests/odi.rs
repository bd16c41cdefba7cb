//! Oswestry Disability Index 2.1a (Fairbank & Pynsent 2000): sections 0–5,
//! sum ÷ (5 × sections answered) × 100, bands 0–20 … 81–100. Licensed:
//! structure and scoring ship, the wording does not.

mod common;
use common::*;
use pain_assessment::engine::has_text;
use pain_assessment::{Category, Options};

#[test]
fn all_ten_sections_double_the_sum() {
    let instrument = builtin("odi");
    let table: &[([u8; 10], f64, &str)] = &[
        ([0; 10], 0.0, "minimal"),
        ([1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 20.0, "minimal"),
        ([2, 1, 1, 1, 1, 1, 1, 1, 1, 1], 22.0, "moderate"),
        ([2, 2, 2, 2, 2, 2, 2, 2, 2, 2], 40.0, "moderate"),
        ([3, 2, 2, 2, 2, 2, 2, 2, 2, 2], 42.0, "severe"),
        ([3; 10], 60.0, "severe"),
        ([4, 3, 3, 3, 3, 3, 3, 3, 3, 3], 62.0, "crippled"),
        ([4; 10], 80.0, "crippled"),
        ([5, 4, 4, 4, 4, 4, 4, 4, 4, 4], 82.0, "bed_bound"),
        ([5; 10], 100.0, "bed_bound"),
    ];
    for (sections, value, band) in table {
        let result = score_of(&instrument, &choices("odi", &sections.map(Some)), "disability");
        assert_score(&result, Some(*value), Some(band));
        assert!(!result.prorated);
    }
}

#[test]
fn a_missing_section_drops_five_from_the_denominator() {
    let instrument = builtin("odi");
    // Fairbank's worked example: 16 scored over 9 sections = 16 / 45 × 100 = 35.6 %.
    let result = score_of(&instrument, &choices("odi", &[Some(2), Some(2), Some(2), Some(2), Some(2), Some(2), Some(2), None, Some(1), Some(1)]), "disability");
    let value = result.value.unwrap();
    assert!((value - 16.0 / 45.0 * 100.0).abs() < 1e-9, "{value}");
    assert!(result.prorated);
    assert_eq!(result.band.unwrap().id, "moderate");
    assert_eq!(result.items_missing, ["odi_8"]);

    // One section is enough in theory (Fairbank); none is not.
    let one = score_of(&instrument, &choices("odi", &[Some(3), None, None, None, None, None, None, None, None, None]), "disability");
    assert_score(&one, Some(60.0), Some("severe"));
    assert_score(&score_of(&instrument, &choices("odi", &[None; 10]), "disability"), None, None);
}

#[test]
fn it_is_never_shown_without_licensed_text() {
    let instrument = builtin("odi");
    assert!(instrument.licence.text_required);
    assert!(!has_text(&instrument));
    assert!(instrument.items.iter().all(|i| i.text.is_empty()), "no wording ships");
    let err = Options::from_json(r#"{"instruments":["odi"]}"#).and_then(Options::resolve).unwrap_err();
    assert_eq!(err.category, Category::Config);
    assert!(err.message.contains("instrument 'odi' needs licensed text"), "{}", err.message);
}
