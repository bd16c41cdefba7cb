//! Roland-Morris Disability Questionnaire: the number of statements ticked, 0–24.

mod common;
use common::*;
use pain_assessment::{Answer, Answers};

fn ticked(statements: &[u8]) -> Answers {
    [("rmdq_statements".to_string(), Answer::Many(statements.iter().map(|s| s.to_string()).collect()))].into_iter().collect()
}

#[test]
fn the_score_is_the_number_ticked() {
    let rmdq = builtin("rmdq");
    let all: Vec<u8> = (1..=24).collect();
    for (statements, score) in [(&[][..], 0.0), (&[3][..], 1.0), (&[1, 9, 24][..], 3.0), (&all[..], 24.0)] {
        assert_score(&score_of(&rmdq, &ticked(statements), "total"), Some(score), None);
    }
}

#[test]
fn a_checklist_left_untouched_scores_zero_and_a_statement_counts_once() {
    let rmdq = builtin("rmdq");
    assert_score(&score_of(&rmdq, &Answers::new(), "total"), Some(0.0), None);
    assert_score(&score_of(&rmdq, &ticked(&[2, 2]), "total"), None, None); // a statement ticked twice is refused
    assert_score(&score_of(&rmdq, &ticked(&[25]), "total"), None, None);
}
