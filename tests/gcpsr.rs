//! GCPS-R (Von Korff et al., Pain 2020;161(3):651-661): grade 0 when pain
//! was present never or on some days in the past 3 months; grade 3 when pain
//! and pain-related activity limitation were both present on most days or
//! every day; otherwise grade 2 when the three 0–10 items sum to 12 or more,
//! else grade 1.

mod common;
use common::*;
use pain_assessment::{Answer, Answers};

const NEVER: &str = "never";
const SOME: &str = "some_days";
const MOST: &str = "most_days";
const EVERY: &str = "every_day";

/// Answers: pain days, limitation days (option values) and the three 0–10 items.
fn gcpsr(pain: Option<&str>, limit: Option<&str>, peg: [Option<i64>; 3]) -> Answers {
    let mut answers = Answers::new();
    if let Some(p) = pain {
        answers.insert("gcpsr_pain_days".into(), Answer::Text(p.into()));
    }
    if let Some(l) = limit {
        answers.insert("gcpsr_limit_days".into(), Answer::Text(l.into()));
    }
    for (id, v) in ["gcpsr_pain", "gcpsr_enjoyment", "gcpsr_activity"].iter().zip(peg) {
        if let Some(v) = v {
            answers.insert(id.to_string(), Answer::Number(v));
        }
    }
    answers
}

fn full(pain: &str, limit: &str, peg: [i64; 3]) -> Answers {
    gcpsr(Some(pain), Some(limit), peg.map(Some))
}

#[track_caller]
fn grade(answers: &Answers) -> Option<(f64, String)> {
    let tool = builtin("gcpsr");
    let result = score_of(&tool, answers, "grade");
    result.value.map(|v| (v, result.band.expect("a band for every grade").id))
}

#[test]
fn every_grade_boundary() {
    let table: &[(&str, &str, [i64; 3], f64, &str)] = &[
        // Pain some days vs most days.
        (NEVER, NEVER, [0, 0, 0], 0.0, "none"),
        (SOME, EVERY, [10, 10, 10], 0.0, "none"),
        (MOST, NEVER, [0, 0, 0], 1.0, "mild"),
        (EVERY, SOME, [3, 4, 4], 1.0, "mild"),
        // Limitation some days vs most days.
        (MOST, SOME, [10, 10, 10], 2.0, "bothersome"),
        (MOST, MOST, [0, 0, 0], 3.0, "high_impact"),
        (EVERY, EVERY, [10, 10, 10], 3.0, "high_impact"),
        (MOST, EVERY, [1, 1, 1], 3.0, "high_impact"),
        // The three 0–10 items: 11 vs 12.
        (MOST, SOME, [4, 4, 3], 1.0, "mild"),
        (MOST, SOME, [4, 4, 4], 2.0, "bothersome"),
        (EVERY, NEVER, [1, 10, 0], 1.0, "mild"),
        (EVERY, NEVER, [2, 10, 0], 2.0, "bothersome"),
    ];
    for (pain, limit, peg, value, band) in table {
        let answers = full(pain, limit, *peg);
        assert_eq!(grade(&answers), Some((*value, band.to_string())), "{pain} {limit} {peg:?}");
        let tool = builtin("gcpsr");
        assert_eq!(score_of(&tool, &answers, "peg_sum").value, Some(peg.iter().sum::<i64>() as f64));
    }
}

#[test]
fn intermediate_scores_order_the_frequency_answers() {
    let tool = builtin("gcpsr");
    for (answer, value) in [(NEVER, 0.0), (SOME, 1.0), (MOST, 2.0), (EVERY, 3.0)] {
        let answers = full(answer, answer, [0, 0, 0]);
        assert_score(&score_of(&tool, &answers, "pain_frequency"), Some(value), None);
        assert_score(&score_of(&tool, &answers, "limitation_frequency"), Some(value), None);
    }
}

#[test]
fn grade_0_needs_only_the_pain_frequency_item() {
    assert_eq!(grade(&gcpsr(Some(NEVER), None, [None; 3])), Some((0.0, "none".into())));
    assert_eq!(grade(&gcpsr(Some(SOME), None, [None; 3])), Some((0.0, "none".into())));
}

#[test]
fn grade_3_needs_no_intensity_items() {
    assert_eq!(grade(&gcpsr(Some(MOST), Some(MOST), [None; 3])), Some((3.0, "high_impact".into())));
    assert_eq!(grade(&gcpsr(Some(EVERY), Some(EVERY), [Some(2), None, None])), Some((3.0, "high_impact".into())));
}

#[test]
fn no_grade_when_an_item_the_rule_needs_is_missing() {
    let tool = builtin("gcpsr");
    let cases = [
        gcpsr(None, Some(EVERY), [Some(10), Some(10), Some(10)]),
        gcpsr(Some(MOST), None, [Some(10), Some(10), Some(10)]),
        gcpsr(Some(MOST), Some(SOME), [Some(10), Some(10), None]),
        gcpsr(Some(EVERY), Some(NEVER), [None; 3]),
        Answers::new(),
    ];
    for answers in cases {
        let result = score_of(&tool, &answers, "grade");
        assert_score(&result, None, None);
        assert!(result.not_scorable.unwrap().contains("could not be computed"));
    }
    // The 0–10 sum needs all three items.
    assert_score(&score_of(&tool, &gcpsr(Some(MOST), Some(SOME), [Some(10), Some(10), None]), "peg_sum"), None, None);
}

#[test]
fn no_wording_ships() {
    let tool = builtin("gcpsr");
    assert!(tool.licence.text_required);
    assert!(tool.items.iter().all(|i| i.text.is_empty()));
    assert_eq!(
        tool.items.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(),
        ["gcpsr_pain_days", "gcpsr_limit_days", "gcpsr_pain", "gcpsr_enjoyment", "gcpsr_activity"]
    );
}
