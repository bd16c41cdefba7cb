//! 2016 fibromyalgia criteria (Wolfe et al. 2016), research/self-report
//! form: WPI 0–19, SSS 0–12, generalized pain in 4 of 5 regions with jaw,
//! chest and abdomen left out, symptoms for 3 months.

mod common;
use common::*;
use pain_assessment::{Answer, Answers};

/// Areas ticked per checklist, SSS answers (three 0–3, three yes/no), and duration.
fn fm(areas: &[(&str, &[&str])], sss: [u8; 3], yes: [bool; 3], three_months: bool) -> Answers {
    let mut answers: Answers = areas
        .iter()
        .map(|(item, ticked)| (item.to_string(), Answer::Many(ticked.iter().map(|s| s.to_string()).collect())))
        .collect();
    for (id, v) in ["sss_fatigue", "sss_waking_unrefreshed", "sss_cognitive"].iter().zip(sss) {
        answers.insert(id.to_string(), Answer::Text(v.to_string()));
    }
    for (id, v) in ["sss_headaches", "sss_lower_abdomen", "sss_depression"].iter().zip(yes) {
        answers.insert(id.to_string(), Answer::Bool(v));
    }
    answers.insert("duration_3_months".into(), Answer::Bool(three_months));
    answers
}

const LU: (&str, &[&str]) = ("wpi_left_upper", &["shoulder_girdle_left", "upper_arm_left", "lower_arm_left"]);
const RU: (&str, &[&str]) = ("wpi_right_upper", &["shoulder_girdle_right", "upper_arm_right"]);
const LL: (&str, &[&str]) = ("wpi_left_lower", &["hip_left"]);
const RL: (&str, &[&str]) = ("wpi_right_lower", &["hip_right"]);
const AX: (&str, &[&str]) = ("wpi_axial", &["lower_back"]);
const JAW: (&str, &[&str]) = ("wpi_jaw", &["jaw_left", "jaw_right"]);
const CHEST: (&str, &[&str]) = ("wpi_chest_abdomen", &["chest", "abdomen"]);

#[track_caller]
fn check(answers: &Answers, wpi: f64, sss: f64, regions: f64, met: &str) {
    let fm = builtin("fm2016");
    assert_score(&score_of(&fm, answers, "wpi"), Some(wpi), None);
    assert_score(&score_of(&fm, answers, "sss"), Some(sss), None);
    assert_score(&score_of(&fm, answers, "regions"), Some(regions), None);
    let criteria = score_of(&fm, answers, "criteria");
    assert_eq!(criteria.band.map(|b| b.id), Some(met.to_string()));
}

#[test]
fn both_routes_to_the_criteria_and_both_sides_of_each_threshold() {
    // WPI 8 over 5 regions, SSS 5: met by WPI ≥ 7 and SSS ≥ 5.
    check(&fm(&[LU, RU, LL, RL, AX], [2, 2, 1], [F, F, F], T), 8.0, 5.0, 5.0, "met");
    // The same with SSS 4: not met.
    check(&fm(&[LU, RU, LL, RL, AX], [2, 1, 1], [F, F, F], T), 8.0, 4.0, 5.0, "not_met");
    // WPI 4 in 4 regions and SSS 9: met by the second route.
    check(&fm(&[("wpi_left_upper", &["upper_arm_left"]), ("wpi_right_upper", &["upper_arm_right"]), LL, RL], [3, 3, 0], [T, T, T], T), 4.0, 9.0, 4.0, "met");
    // WPI 6 with SSS 8: not met; WPI 3 with SSS 12: not met.
    check(&fm(&[LU, ("wpi_right_upper", &["upper_arm_right"]), LL, RL], [3, 3, 2], [F, F, F], T), 6.0, 8.0, 4.0, "not_met");
    check(&fm(&[LL, RL, AX], [3, 3, 3], [T, T, T], T), 3.0, 12.0, 3.0, "not_met");
}

#[test]
fn jaw_chest_and_abdomen_count_in_the_wpi_but_not_as_regions() {
    // WPI 8 but only 3 regions with pain outside jaw, chest and abdomen.
    let answers = fm(&[("wpi_left_upper", &["upper_arm_left"]), LL, AX, JAW, CHEST], [3, 3, 3], [T, T, T], T);
    check(&answers, 7.0, 12.0, 3.0, "not_met");
}

#[test]
fn an_untouched_checklist_means_no_pain_there_and_duration_is_required() {
    let all_regions = fm(&[LU, RU, LL, RL, AX], [2, 2, 1], [F, F, F], T);
    let mut untouched = all_regions.clone();
    untouched.remove("wpi_jaw");
    untouched.remove("wpi_chest_abdomen");
    check(&untouched, 8.0, 5.0, 5.0, "met");
    let short = fm(&[LU, RU, LL, RL, AX], [2, 2, 1], [F, F, F], F);
    check(&short, 8.0, 5.0, 5.0, "not_met");
    let mut unknown = all_regions;
    unknown.remove("duration_3_months");
    assert_score(&score_of(&builtin("fm2016"), &unknown, "criteria"), None, None);
}

const T: bool = true;
const F: bool = false;
