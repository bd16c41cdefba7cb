//! PEG (Krebs et al. 2009): the mean of three 0–10 items.

mod common;
use common::*;
use pain_assessment::{Answer, Answers};

fn peg(values: [Option<i64>; 3]) -> Answers {
    ["peg_pain", "peg_enjoyment", "peg_activity"]
        .iter()
        .zip(values)
        .filter_map(|(id, v)| v.map(|v| (id.to_string(), Answer::Number(v))))
        .collect()
}

#[test]
fn the_score_is_the_mean_of_three() {
    let tool = builtin("peg");
    for (values, score) in [([0, 0, 0], 0.0), ([10, 10, 10], 10.0), ([6, 4, 5], 5.0), ([7, 3, 3], 13.0 / 3.0)] {
        let result = score_of(&tool, &peg(values.map(Some)), "score");
        assert!((result.value.unwrap() - score).abs() < 1e-9, "{values:?}");
    }
    assert_score(&score_of(&tool, &peg([Some(6), None, Some(5)]), "score"), None, None);
}
