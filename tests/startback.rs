//! Keele STarT Back Screening Tool: overall 0–9, distress subscale (items
//! 5–9) 0–5; high risk when distress is 4 or 5, otherwise low risk for an
//! overall 0–3 and medium for 4–9 (Keele, "Using and scoring"; Hill 2008).

mod common;
use common::*;
use pain_assessment::{Answer, Answers};

/// Items 1–8 agreed (true) or not, and item 9's response (0 not at all … 4 extremely).
fn sbst(agree: [bool; 8], bother: u8) -> Answers {
    let mut answers: Answers = agree
        .iter()
        .enumerate()
        .map(|(i, a)| (format!("sbst_{}", i + 1), Answer::Text(if *a { "agree" } else { "disagree" }.into())))
        .collect();
    answers.insert("sbst_9".into(), Answer::Text(bother.to_string()));
    answers
}

const F: bool = false;
const T: bool = true;

#[test]
fn groups_on_both_sides_of_each_rule() {
    let tool = builtin("startback");
    // (items 1–8, item 9) → (overall, distress, group)
    let table: &[([bool; 8], u8, f64, f64, &str)] = &[
        ([F; 8], 0, 0.0, 0.0, "low"),
        ([T, T, T, F, F, F, F, F], 2, 3.0, 0.0, "low"),         // "moderately" bothersome scores 0
        ([T, T, T, T, F, F, F, F], 0, 4.0, 0.0, "medium"),
        ([T, T, T, F, T, T, T, F], 0, 6.0, 3.0, "medium"),       // distress 3: not high
        ([F, F, F, F, T, T, T, F], 3, 4.0, 4.0, "high"),         // "very much" scores 1
        ([F, F, F, F, T, T, T, T], 0, 4.0, 4.0, "high"),
        ([T; 8], 4, 9.0, 5.0, "high"),
    ];
    for (agree, bother, overall, distress, group) in table {
        let answers = sbst(*agree, *bother);
        assert_score(&score_of(&tool, &answers, "total"), Some(*overall), None);
        assert_score(&score_of(&tool, &answers, "distress"), Some(*distress), None);
        let risk = score_of(&tool, &answers, "risk");
        assert_eq!(risk.band.as_ref().map(|b| b.id.as_str()), Some(*group), "{agree:?} {bother}");
        assert_eq!(risk.method, "classify");
    }
}

#[test]
fn no_group_when_a_score_it_reads_is_missing() {
    let tool = builtin("startback");
    let mut answers = sbst([F; 8], 0);
    answers.remove("sbst_6");
    let risk = score_of(&tool, &answers, "risk");
    assert_score(&risk, None, None);
    assert!(risk.not_scorable.unwrap().contains("could not be computed"));
}

#[test]
fn no_wording_ships() {
    let tool = builtin("startback");
    assert!(tool.licence.text_required);
    assert!(tool.items.iter().all(|i| i.text.is_empty()));
}
