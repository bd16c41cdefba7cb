//! Brief Pain Inventory short form (Cleeland, BPI User Guide): severity is
//! the mean of the four severity items, interference the mean of seven,
//! usable when at least four are answered. Structure and scoring only.

mod common;
use common::*;
use pain_assessment::{Answer, Answers};

const SEVERITY: [&str; 4] = ["bpi_worst", "bpi_least", "bpi_average", "bpi_now"];
const INTERFERENCE: [&str; 7] = ["bpi_activity", "bpi_mood", "bpi_walking", "bpi_work", "bpi_relations", "bpi_sleep", "bpi_enjoyment"];

fn ratings(ids: &[&str], values: &[Option<i64>]) -> Answers {
    ids.iter().zip(values).filter_map(|(id, v)| v.map(|v| (id.to_string(), Answer::Number(v)))).collect()
}

#[test]
fn severity_is_the_mean_of_all_four() {
    let bpi = builtin("bpisf");
    let table: &[([Option<i64>; 4], Option<f64>)] = &[
        ([Some(0), Some(0), Some(0), Some(0)], Some(0.0)),
        ([Some(10), Some(10), Some(10), Some(10)], Some(10.0)),
        ([Some(8), Some(2), Some(5), Some(4)], Some(4.75)),
        ([Some(8), None, Some(5), Some(4)], None), // no rule allows a missing severity item
    ];
    for (values, expected) in table {
        let result = score_of(&bpi, &ratings(&SEVERITY, values), "severity");
        assert_score(&result, *expected, None);
    }
}

#[test]
fn interference_needs_four_of_seven() {
    let bpi = builtin("bpisf");
    let all = ratings(&INTERFERENCE, &[Some(1), Some(2), Some(3), Some(4), Some(5), Some(6), Some(7)]);
    let result = score_of(&bpi, &all, "interference");
    assert_score(&result, Some(4.0), None);
    assert!(!result.prorated);

    let four = ratings(&INTERFERENCE, &[Some(2), None, Some(4), None, Some(6), None, Some(8)]);
    let result = score_of(&bpi, &four, "interference");
    assert_score(&result, Some(5.0), None);
    assert!(result.prorated);

    let three = ratings(&INTERFERENCE, &[Some(2), None, Some(4), None, Some(6), None, None]);
    assert_score(&score_of(&bpi, &three, "interference"), None, None);
}

#[test]
fn no_wording_ships() {
    let bpi = builtin("bpisf");
    assert!(bpi.licence.text_required);
    assert!(bpi.items.iter().all(|i| i.text.is_empty()));
    assert_eq!(bpi.items.len(), 11);
}
