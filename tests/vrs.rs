//! The four-category verbal rating scale: none 0, mild 1, moderate 2,
//! severe 3, the category being the result.

mod common;
use common::*;
use pain_assessment::{Answer, Answers};

#[test]
fn each_category_scores_its_rank_and_reads_as_itself() {
    let tool = builtin("vrs");
    for (value, score) in [("none", 0.0), ("mild", 1.0), ("moderate", 2.0), ("severe", 3.0)] {
        let answers: Answers = [("vrs_now".to_string(), Answer::Text(value.into()))].into_iter().collect();
        assert_score(&score_of(&tool, &answers, "intensity"), Some(score), Some(value));
    }
    let answers: Answers = [("vrs_now".to_string(), Answer::Text("excruciating".into()))].into_iter().collect();
    assert_score(&score_of(&tool, &answers, "intensity"), None, None);
}
