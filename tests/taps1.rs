//! TAPS Tool Part 1: past-12-month frequency per substance, never 0 …
//! daily or almost daily 4; any answer other than never is a positive
//! screen for that substance (NIDA, TAPS Tool).

mod common;
use common::*;
use pain_assessment::{Answer, Answers};

const ANSWERS: [(&str, f64, &str); 5] =
    [("never", 0.0, "negative"), ("less_than_monthly", 1.0, "positive"), ("monthly", 2.0, "positive"), ("weekly", 3.0, "positive"), ("daily", 4.0, "positive")];

fn answers(pairs: &[(&str, &str)]) -> Answers {
    pairs.iter().map(|(id, v)| (id.to_string(), Answer::Text(v.to_string()))).collect()
}

#[test]
fn each_substance_is_positive_for_any_use() {
    let tool = builtin("taps1");
    for (item, score) in [
        ("taps1_tobacco", "tobacco"),
        ("taps1_alcohol_men", "alcohol_men"),
        ("taps1_alcohol_women", "alcohol_women"),
        ("taps1_drugs", "drugs"),
        ("taps1_prescription", "prescription"),
    ] {
        for (value, expected, band) in ANSWERS {
            assert_score(&score_of(&tool, &answers(&[(item, value)]), score), Some(expected), Some(band));
        }
    }
}

#[test]
fn the_alcohol_question_for_the_other_sex_stays_unanswered() {
    let tool = builtin("taps1");
    let a = answers(&[("taps1_tobacco", "never"), ("taps1_alcohol_women", "monthly"), ("taps1_drugs", "never"), ("taps1_prescription", "never")]);
    assert_score(&score_of(&tool, &a, "alcohol_women"), Some(2.0), Some("positive"));
    assert_score(&score_of(&tool, &a, "alcohol_men"), None, None);
    assert_score(&score_of(&tool, &a, "tobacco"), Some(0.0), Some("negative"));
    assert!(!tool.item("taps1_alcohol_men").unwrap().required && !tool.item("taps1_alcohol_women").unwrap().required);
    assert!(tool.item("taps1_tobacco").unwrap().required);
}

#[test]
fn loinc_codes_follow_us_core() {
    let tool = builtin("taps1");
    assert_eq!(tool.codes[0].code, "96841-2");
    let codes: Vec<&str> = tool.items.iter().map(|i| i.codes[0].code.as_str()).collect();
    assert_eq!(codes, ["96842-0", "88037-7", "75889-6", "96843-8", "96844-6"]);
}

#[test]
fn no_wording_ships_until_it_is_confirmed() {
    let tool = builtin("taps1");
    assert!(tool.licence.text_required);
    assert!(tool.items.iter().all(|i| i.text.is_empty()));
}
