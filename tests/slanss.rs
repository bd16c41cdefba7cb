//! S-LANSS (Bennett et al. 2005): seven yes/no questions worth 5, 5, 3, 2,
//! 1 (symptoms) and 5, 3 (self-tests); 0–24; 12 or more suggests pain of
//! predominantly neuropathic origin.

mod common;
use common::*;
use pain_assessment::{Answer, Answers};

fn slanss(yes: [bool; 7]) -> Answers {
    yes.iter().enumerate().map(|(i, y)| (format!("slanss_{}", i + 1), Answer::Text(if *y { "yes" } else { "no" }.into()))).collect()
}

const F: bool = false;
const T: bool = true;

#[test]
fn each_yes_scores_its_points_and_twelve_is_the_cut_off() {
    let tool = builtin("slanss");
    let table: &[([bool; 7], f64, &str)] = &[
        ([F; 7], 0.0, "below"),
        ([T, F, F, F, F, F, F], 5.0, "below"),
        ([F, F, F, F, T, F, F], 1.0, "below"),
        ([T, F, T, T, T, F, F], 11.0, "below"), // 5 + 3 + 2 + 1
        ([T, F, T, F, F, F, F], 8.0, "below"),
        ([F, F, T, F, T, F, T], 7.0, "below"),  // 3 + 1 + 3
        ([T, T, F, T, F, F, F], 12.0, "neuropathic"), // 5 + 5 + 2
        ([F, F, F, T, F, T, T], 10.0, "below"),  // 2 + 5 + 3
        ([F, F, F, T, T, T, T], 11.0, "below"),
        ([F, T, F, T, F, T, F], 12.0, "neuropathic"),
        ([T; 7], 24.0, "neuropathic"),
    ];
    for (yes, total, band) in table {
        assert_score(&score_of(&tool, &slanss(*yes), "total"), Some(*total), Some(band));
    }
}

#[test]
fn an_unanswered_question_leaves_no_score() {
    let tool = builtin("slanss");
    let mut answers = slanss([T; 7]);
    answers.remove("slanss_6");
    assert_score(&score_of(&tool, &answers, "total"), None, None);
}
