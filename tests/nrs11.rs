//! NRS-11: the number chosen, 0–10 (Farrar et al. 2001).

mod common;
use common::*;
use pain_assessment::engine::check_answer;
use pain_assessment::{Answer, Answers};

fn nrs(value: i64) -> Answers {
    [("nrs11_now".to_string(), Answer::Number(value))].into_iter().collect()
}

#[test]
fn the_score_is_the_number_chosen() {
    let nrs11 = builtin("nrs11");
    for value in 0..=10 {
        let result = score_of(&nrs11, &nrs(value), "intensity");
        assert_score(&result, Some(value as f64), None);
        assert_eq!(result.range.min, 0.0);
        assert_eq!(result.range.max, 10.0);
    }
}

#[test]
fn numbers_outside_zero_to_ten_are_refused() {
    let nrs11 = builtin("nrs11");
    let item = nrs11.item("nrs11_now").unwrap();
    for (answer, ok) in [
        (Answer::Number(-1), false),
        (Answer::Number(0), true),
        (Answer::Number(10), true),
        (Answer::Number(11), false),
        (Answer::Text("5".into()), false),
        (Answer::Bool(true), false),
    ] {
        assert_eq!(check_answer(item, &answer).is_ok(), ok, "{answer:?}");
    }
    assert_score(&score_of(&nrs11, &nrs(11), "intensity"), None, None);
}

#[test]
fn unanswered_means_no_score() {
    let nrs11 = builtin("nrs11");
    let result = score_of(&nrs11, &Answers::new(), "intensity");
    assert_score(&result, None, None);
    assert_eq!(result.items_missing, ["nrs11_now"]);
    assert!(result.not_scorable.is_some());
}

#[test]
fn coded_as_loinc_72514_3() {
    let nrs11 = builtin("nrs11");
    assert_eq!(nrs11.scores[0].codes[0].code, "72514-3");
}
