//! Neck Disability Index (Vernon & Mior 1991): ten sections 0–5, raw 0–50
//! with Vernon's intervals, ×2 for a percentage, the mean of the answered
//! items standing in for a missing one. Structure and scoring only.

mod common;
use common::*;

/// Ten sections adding up to `total`.
fn sections(total: u8) -> [Option<u8>; 10] {
    let mut out = [Some(0); 10];
    let mut left = total;
    for s in out.iter_mut() {
        let take = left.min(5);
        *s = Some(take);
        left -= take;
    }
    out
}

#[test]
fn raw_score_intervals_on_both_sides_of_each_boundary() {
    let instrument = builtin("ndi");
    for (total, band) in [(0, "none"), (4, "none"), (5, "mild"), (14, "mild"), (15, "moderate"), (24, "moderate"),
        (25, "severe"), (34, "severe"), (35, "complete"), (50, "complete")] {
        let answers = choices("ndi", &sections(total));
        assert_score(&score_of(&instrument, &answers, "raw"), Some(f64::from(total)), Some(band));
        assert_score(&score_of(&instrument, &answers, "percent"), Some(f64::from(total) * 2.0), None);
    }
}

#[test]
fn a_missing_item_is_replaced_by_the_mean_of_the_others() {
    let instrument = builtin("ndi");
    // Nine answered summing to 16: raw 16 + 16/9 = 17.78; percentage 16 / 45 × 100 = 35.56.
    let answers = choices("ndi", &[Some(2), Some(2), Some(2), Some(2), Some(2), Some(2), Some(2), None, Some(1), Some(1)]);
    let raw = score_of(&instrument, &answers, "raw");
    assert!((raw.value.unwrap() - 160.0 / 9.0).abs() < 1e-9);
    assert_eq!(raw.band.unwrap().id, "moderate");
    assert!(raw.prorated);
    let percent = score_of(&instrument, &answers, "percent");
    assert!((percent.value.unwrap() - 16.0 / 45.0 * 100.0).abs() < 1e-9);
    assert!((percent.value.unwrap() - raw.value.unwrap() * 2.0).abs() < 1e-9, "the percentage is the raw score × 2");
    assert_score(&score_of(&instrument, &choices("ndi", &[None; 10]), "raw"), None, None);
}

#[test]
fn no_wording_ships() {
    let instrument = builtin("ndi");
    assert!(instrument.licence.text_required);
    assert!(instrument.items.iter().all(|i| i.text.is_empty() && i.kind.options().iter().all(|o| o.label.is_empty())));
}
