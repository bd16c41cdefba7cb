//! SF-MPQ-2 (Dworkin et al. 2009): 22 descriptors rated 0–10; the total is
//! their mean, and each of the four subscales the mean of its items.

mod common;
use common::*;
use pain_assessment::{Answer, Answers};

const CONTINUOUS: [usize; 6] = [1, 5, 6, 8, 9, 10];
const INTERMITTENT: [usize; 6] = [2, 3, 4, 11, 16, 18];
const NEUROPATHIC: [usize; 6] = [7, 17, 19, 20, 21, 22];
const AFFECTIVE: [usize; 4] = [12, 13, 14, 15];

/// Every item rated by `rate(item number)`.
fn sfmpq2(rate: impl Fn(usize) -> i64) -> Answers {
    (1..=22).map(|n| (format!("sfmpq2_{n}"), Answer::Number(rate(n)))).collect()
}

#[track_caller]
fn assert_close(value: Option<f64>, expected: f64) {
    let value = value.expect("a score");
    assert!((value - expected).abs() < 1e-9, "{value} is not {expected}");
}

#[test]
fn the_subscales_take_their_own_items_only() {
    let tool = builtin("sfmpq2");
    for (subscale, members) in [
        ("continuous", &CONTINUOUS[..]),
        ("intermittent", &INTERMITTENT[..]),
        ("neuropathic", &NEUROPATHIC[..]),
        ("affective", &AFFECTIVE[..]),
    ] {
        // Its own items at 10 and every other at 0: the subscale is 10, the
        // total its share of 22 items.
        let answers = sfmpq2(|n| if members.contains(&n) { 10 } else { 0 });
        for (other, value) in [("continuous", 0.0), ("intermittent", 0.0), ("neuropathic", 0.0), ("affective", 0.0)] {
            let expected = if other == subscale { 10.0 } else { value };
            assert_close(score_of(&tool, &answers, other).value, expected);
        }
        assert_close(score_of(&tool, &answers, "total").value, 10.0 * members.len() as f64 / 22.0);
    }
}

#[test]
fn the_total_is_the_mean_of_all_22_from_0_to_10() {
    let tool = builtin("sfmpq2");
    assert_close(score_of(&tool, &sfmpq2(|_| 0), "total").value, 0.0);
    assert_close(score_of(&tool, &sfmpq2(|_| 10), "total").value, 10.0);
    // Items rated 1, 2, … 22 mod 11: (0 + 1 + … + 10) × 2 = 110 over 22 items.
    assert_close(score_of(&tool, &sfmpq2(|n| (n % 11) as i64), "total").value, 5.0);
    assert_close(score_of(&tool, &sfmpq2(|n| (n % 11) as i64), "affective").value, (1.0 + 2.0 + 3.0 + 4.0) / 4.0);
}

#[test]
fn a_missing_item_leaves_its_subscale_and_the_total_unscored_but_not_the_others() {
    let tool = builtin("sfmpq2");
    let mut answers = sfmpq2(|_| 4);
    answers.remove("sfmpq2_20"); // itching: neuropathic
    assert_score(&score_of(&tool, &answers, "total"), None, None);
    assert_score(&score_of(&tool, &answers, "neuropathic"), None, None);
    assert_close(score_of(&tool, &answers, "continuous").value, 4.0);
    assert_close(score_of(&tool, &answers, "affective").value, 4.0);
}
