//! DVPRS 2.0: the 0–10 pain rating and four supplemental 0–10 questions
//! (activity, sleep, mood, stress), each reported on its own.

mod common;
use common::*;
use pain_assessment::{Answer, Answers};

#[test]
fn each_item_is_its_own_score() {
    let tool = builtin("dvprs");
    let mut answers: Answers = [
        ("dvprs_pain", Answer::Text("7".into())),
        ("dvprs_activity", Answer::Number(3)),
        ("dvprs_sleep", Answer::Number(10)),
        ("dvprs_mood", Answer::Number(0)),
        ("dvprs_stress", Answer::Number(5)),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    for (id, value) in [("pain", 7.0), ("activity", 3.0), ("sleep", 10.0), ("mood", 0.0), ("stress", 5.0)] {
        assert_score(&score_of(&tool, &answers, id), Some(value), None);
    }
    answers.remove("dvprs_sleep");
    assert_score(&score_of(&tool, &answers, "sleep"), None, None);
    assert_score(&score_of(&tool, &answers, "pain"), Some(7.0), None);
}

#[test]
fn the_pain_rating_offers_eleven_levels_scored_0_to_10() {
    let tool = builtin("dvprs");
    let scores: Vec<Option<i32>> = tool.item("dvprs_pain").unwrap().kind.options().iter().map(|o| o.score).collect();
    assert_eq!(scores, (0..=10).map(Some).collect::<Vec<_>>());
    for level in [0, 10] {
        let answers: Answers = [("dvprs_pain".to_string(), Answer::Text(level.to_string()))].into_iter().collect();
        assert_score(&score_of(&tool, &answers, "pain"), Some(level as f64), None);
    }
}
