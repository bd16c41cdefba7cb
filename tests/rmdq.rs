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

#[test]
fn twenty_four_statements_in_printed_order_and_no_wording_yet() {
    let rmdq = builtin("rmdq");
    assert_eq!(rmdq.version, "rmdq-24"); // stored answers and text packs keep their meaning
    assert!(rmdq.licence.text_required);
    let item = rmdq.item("rmdq_statements").unwrap();
    let pain_assessment::model::ItemKind::Checklist { options } = &item.kind else { panic!("a checklist") };
    let values: Vec<String> = options.iter().map(|o| o.value.clone()).collect();
    assert_eq!(values, (1..=24).map(|n| n.to_string()).collect::<Vec<_>>());
    assert!(options.iter().all(|o| o.score == Some(1) && o.label.is_empty()));
}
