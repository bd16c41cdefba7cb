//! CDC HRQOL-4 (Healthy Days core questions): self-rated health, then the
//! days of the past 30 when physical health, mental health or either kept
//! the patient from usual activities; unhealthy days are physically plus
//! mentally unhealthy days, at most 30 (Moriarty et al. 2003; CDC,
//! Measuring Healthy Days, 2000).

mod common;
use common::*;
use pain_assessment::engine::check_answer;
use pain_assessment::model::ItemKind;
use pain_assessment::{Answer, Answers};

/// Self-rated health (1 excellent … 5 poor) and the three day counts; `None`
/// leaves a question unanswered.
fn hrqol(health: Option<u8>, physical: Option<i64>, mental: Option<i64>, limited: Option<i64>) -> Answers {
    let mut answers = Answers::new();
    if let Some(h) = health {
        answers.insert("hrqol4_1".into(), Answer::Text(h.to_string()));
    }
    for (id, days) in [("hrqol4_2", physical), ("hrqol4_3", mental), ("hrqol4_4", limited)] {
        if let Some(days) = days {
            answers.insert(id.into(), Answer::Number(days));
        }
    }
    answers
}

#[test]
fn unhealthy_days_add_physical_and_mental_days_and_stop_at_30() {
    let tool = builtin("hrqol4");
    // (physically, mentally unhealthy days) → unhealthy days
    let table: &[(i64, i64, f64)] = &[(0, 0, 0.0), (3, 0, 3.0), (0, 7, 7.0), (10, 5, 15.0), (15, 15, 30.0), (17, 20, 30.0), (30, 30, 30.0), (29, 2, 30.0)];
    for &(physical, mental, unhealthy) in table {
        let answers = hrqol(Some(3), Some(physical), Some(mental), Some(0));
        assert_score(&score_of(&tool, &answers, "unhealthy_days"), Some(unhealthy), None);
        assert_score(&score_of(&tool, &answers, "physically_unhealthy_days"), Some(physical as f64), None);
        assert_score(&score_of(&tool, &answers, "mentally_unhealthy_days"), Some(mental as f64), None);
    }
}

#[test]
fn each_count_is_its_own_score_from_0_to_30() {
    let tool = builtin("hrqol4");
    for days in [0, 1, 14, 29, 30] {
        let answers = hrqol(Some(1), Some(0), Some(0), Some(days));
        assert_score(&score_of(&tool, &answers, "activity_limitation_days"), Some(days as f64), None);
    }
    for health in 1..=5u8 {
        let answers = hrqol(Some(health), Some(0), Some(0), Some(0));
        assert_score(&score_of(&tool, &answers, "general_health"), Some(f64::from(health)), None);
    }
}

#[test]
fn a_count_outside_0_to_30_or_not_whole_is_refused_and_not_scored() {
    let tool = builtin("hrqol4");
    let item = tool.item("hrqol4_2").unwrap();
    assert!(check_answer(item, &Answer::Number(30)).is_ok());
    assert!(check_answer(item, &Answer::Number(0)).is_ok());
    assert!(check_answer(item, &Answer::Number(31)).is_err());
    assert!(check_answer(item, &Answer::Number(-1)).is_err());
    assert!(check_answer(item, &Answer::Text("3.5".into())).is_err());
    let answers = hrqol(Some(2), Some(31), Some(2), Some(0));
    assert_score(&score_of(&tool, &answers, "physically_unhealthy_days"), None, None);
    assert_score(&score_of(&tool, &answers, "unhealthy_days"), None, None);
}

#[test]
fn unhealthy_days_need_both_counts() {
    let tool = builtin("hrqol4");
    let result = score_of(&tool, &hrqol(Some(2), Some(12), None, Some(0)), "unhealthy_days");
    assert_score(&result, None, None);
    assert_eq!(result.items_missing, ["hrqol4_3"]);
    assert!(!result.prorated);
}

#[test]
fn the_questions_ship_with_cdc_wording() {
    let tool = builtin("hrqol4");
    assert!(!tool.licence.text_required);
    assert!(tool.licence.terms.contains("public domain"));
    assert_eq!(tool.item("hrqol4_1").unwrap().text, "Would you say that in general your health is");
    let ItemKind::SingleChoice { options, .. } = &tool.item("hrqol4_1").unwrap().kind else { panic!("question 1 is a choice") };
    let labels: Vec<&str> = options.iter().map(|o| o.label.as_str()).collect();
    assert_eq!(labels, ["Excellent", "Very good", "Good", "Fair", "Poor"]);
    assert_eq!(
        tool.item("hrqol4_4").unwrap().text,
        "During the past 30 days, for about how many days did poor physical or mental health keep you from doing your usual activities, such as self-care, work, or recreation?"
    );
    for id in ["hrqol4_2", "hrqol4_3", "hrqol4_4"] {
        assert_eq!(tool.item(id).unwrap().kind, ItemKind::Number { min: 0, max: 30 }, "{id}");
    }
}
