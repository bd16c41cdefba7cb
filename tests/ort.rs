//! Opioid Risk Tool (Webster & Webster 2005): points per risk factor by
//! sex, 0–3 low, 4–7 moderate, 8 or more high risk.

mod common;
use common::*;
use pain_assessment::{Answer, Answers};

const FACTORS: [&str; 10] = [
    "family_alcohol", "family_illegal_drugs", "family_prescription_drugs",
    "personal_alcohol", "personal_illegal_drugs", "personal_prescription_drugs",
    "age_16_45", "preadolescent_sexual_abuse", "add_ocd_bipolar_schizophrenia", "depression",
];

fn ort(sex: Option<&str>, present: &[&str]) -> Answers {
    let mut answers: Answers = FACTORS
        .iter()
        .map(|f| (format!("ort_{f}"), Answer::Bool(present.contains(f))))
        .collect();
    if let Some(sex) = sex {
        answers.insert("ort_sex".into(), Answer::Text(sex.into()));
    }
    answers
}

#[test]
fn the_same_answers_score_by_sex() {
    let tool = builtin("ort");
    // (sex, factors present) → (total, band)
    let table: &[(&str, &[&str], f64, &str)] = &[
        ("female", &[], 0.0, "low"),
        ("female", &["family_alcohol", "depression", "age_16_45"], 3.0, "low"),
        ("male", &["family_alcohol", "depression", "age_16_45"], 5.0, "moderate"),
        ("female", &["preadolescent_sexual_abuse", "age_16_45"], 4.0, "moderate"),
        ("male", &["preadolescent_sexual_abuse", "age_16_45"], 1.0, "low"),
        ("female", &["personal_prescription_drugs", "add_ocd_bipolar_schizophrenia"], 7.0, "moderate"),
        ("male", &["personal_prescription_drugs", "add_ocd_bipolar_schizophrenia", "depression"], 8.0, "high"),
        ("female", &FACTORS, 26.0, "high"),
        ("male", &FACTORS, 26.0, "high"),
    ];
    for (sex, present, total, band) in table {
        let result = score_of(&tool, &ort(Some(sex), present), "total");
        assert_score(&result, Some(*total), Some(band));
    }
}

#[test]
fn no_total_without_the_sex_that_picks_the_points() {
    let result = score_of(&builtin("ort"), &ort(None, &["depression"]), "total");
    assert_score(&result, None, None);
    assert!(result.not_scorable.unwrap().contains("needs the answer to 'ort_sex'"));
}
