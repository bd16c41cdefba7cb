//! NHIS chronic pain questions: pain frequency and pain-limited activity in
//! the past 3 months, each 0–3 (never, some days, most days, every day);
//! chronic pain is pain on most days or every day, high-impact chronic pain
//! is chronic pain that limited life or work activities on most days or
//! every day (NCHS Data Briefs 390 and 518; Healthy People 2030 CP-01). The
//! wording is the NHIS 2023 Sample Adult codebook's question text.

mod common;
use common::*;
use pain_assessment::model::ItemKind;
use pain_assessment::{Answer, Answers};

/// Answers from the two frequencies (0 never … 3 every day, given as the
/// NHIS codes 1–4); `None` leaves the question unanswered.
fn nhis(pain: Option<u8>, limit: Option<u8>) -> Answers {
    [("nhis_pain_frequency", pain), ("nhis_pain_limit", limit)]
        .into_iter()
        .filter_map(|(id, v)| v.map(|v| (id.to_string(), Answer::Text((v + 1).to_string()))))
        .collect()
}

#[test]
fn each_frequency_scores_its_option_order() {
    let tool = builtin("nhis_pain");
    for v in 0..=3u8 {
        let answers = nhis(Some(v), Some(v));
        assert_score(&score_of(&tool, &answers, "pain_frequency"), Some(f64::from(v)), None);
        let limit = score_of(&tool, &answers, "limit_frequency");
        if v == 0 {
            // Never in pain: the limitation question is not asked, and an
            // answer sent for it anyway is not scored.
            assert_score(&limit, None, None);
            assert_eq!(limit.not_scorable.as_deref(), Some("none of its items was asked"));
        } else {
            assert_score(&limit, Some(f64::from(v)), None);
        }
    }
}

#[test]
fn chronic_and_high_impact_pain_on_both_sides_of_each_rule() {
    let tool = builtin("nhis_pain");
    // (pain, limitation) → (chronic pain, high impact); None = not scorable.
    let table: &[(Option<u8>, Option<u8>, Option<&str>, Option<&str>)] = &[
        (Some(0), None, Some("no_chronic_pain"), Some("no_high_impact")), // "never": the limitation question is skipped
        (Some(1), None, Some("no_chronic_pain"), Some("no_high_impact")),
        (Some(0), Some(3), Some("no_chronic_pain"), Some("no_high_impact")), // no chronic pain, whatever the limitation answer
        (Some(1), Some(3), Some("no_chronic_pain"), Some("no_high_impact")), // some days is not chronic
        (Some(2), Some(0), Some("chronic_pain"), Some("no_high_impact")),
        (Some(2), Some(1), Some("chronic_pain"), Some("no_high_impact")),
        (Some(2), Some(2), Some("chronic_pain"), Some("high_impact")),
        (Some(3), Some(3), Some("chronic_pain"), Some("high_impact")),
        (Some(3), Some(1), Some("chronic_pain"), Some("no_high_impact")),
        (Some(2), None, Some("chronic_pain"), None), // chronic pain, limitation unanswered: no guess
        (None, Some(3), None, None),
    ];
    for (pain, limit, chronic, high) in table {
        let answers = nhis(*pain, *limit);
        let value = |band: &Option<&str>| band.map(|b| if b.starts_with("no_") { 0.0 } else { 1.0 });
        let c = score_of(&tool, &answers, "chronic_pain");
        assert_score(&c, value(chronic), *chronic);
        let h = score_of(&tool, &answers, "high_impact");
        assert_score(&h, value(high), *high);
        assert_eq!(h.method, "classify", "{pain:?} {limit:?}");
    }
}

/// The codebook's universe for PAIWKLM3M_A: adults with pain some days,
/// most days or every day (PAIFRQ3M_A 2, 3 or 4).
#[test]
fn the_limitation_question_is_asked_only_of_a_patient_with_pain_and_then_required() {
    let tool = builtin("nhis_pain");
    assert!(tool.item("nhis_pain_frequency").unwrap().required);
    assert!(tool.item("nhis_pain_limit").unwrap().required);
    for (pain, asked) in [(None, false), (Some(0), false), (Some(1), true), (Some(2), true), (Some(3), true)] {
        assert_eq!(pain_assessment::engine::is_enabled(&tool, &nhis(pain, None), "nhis_pain_limit"), asked, "{pain:?}");
    }
}

#[test]
fn the_questions_ship_with_the_nchs_wording_and_codes() {
    let tool = builtin("nhis_pain");
    assert!(!tool.licence.text_required);
    assert!(tool.licence.terms.contains("public domain"));
    let text = |id: &str| tool.item(id).unwrap().text.clone();
    assert_eq!(
        text("nhis_pain_frequency"),
        "In the past three months, how often did you have pain? Would you say never, some days, most days, or every day?"
    );
    assert_eq!(
        text("nhis_pain_limit"),
        "Over the past three months, how often did your pain limit your life or work activities? Would you say never, some days, most days, or every day?"
    );
    for id in ["nhis_pain_frequency", "nhis_pain_limit"] {
        let ItemKind::SingleChoice { options, .. } = &tool.item(id).unwrap().kind else { panic!("{id}: a single choice") };
        let shown: Vec<(&str, &str)> = options.iter().map(|o| (o.value.as_str(), o.label.as_str())).collect();
        assert_eq!(shown, [("1", "Never"), ("2", "Some days"), ("3", "Most days"), ("4", "Every day")], "{id}");
    }
}
