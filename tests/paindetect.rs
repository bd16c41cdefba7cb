//! painDETECT (Freynhagen et al. 2006): seven sensory items 0–5, the pain
//! course pattern −1/0/+1/+1, radiating pain 2/0; −1 to 38; ≤ 12 unlikely,
//! 13–18 unclear, ≥ 19 likely.

mod common;
use common::*;
use pain_assessment::{Answer, Answers};

const SENSORY: [&str; 7] = ["pd_burning", "pd_tingling", "pd_light_touch", "pd_attacks", "pd_cold_heat", "pd_numbness", "pd_pressure"];

fn paindetect(sensory: [u8; 7], course: &str, radiating: bool) -> Answers {
    let mut answers: Answers = SENSORY.iter().zip(sensory).map(|(id, v)| (id.to_string(), Answer::Text(v.to_string()))).collect();
    answers.insert("pd_course".into(), Answer::Text(course.into()));
    answers.insert("pd_radiating".into(), Answer::Text(if radiating { "yes" } else { "no" }.into()));
    answers
}

#[test]
fn the_score_runs_from_minus_one_to_38_across_its_three_bands() {
    let tool = builtin("paindetect");
    let table: &[([u8; 7], &str, bool, f64, &str)] = &[
        ([0; 7], "persistent_with_attacks", false, -1.0, "unlikely"), // the minimum
        ([0; 7], "persistent_slight_fluctuations", false, 0.0, "unlikely"),
        ([2, 2, 2, 2, 2, 1, 0], "persistent_slight_fluctuations", true, 13.0, "unclear"), // 11 + 2
        ([2, 2, 2, 2, 2, 1, 0], "persistent_with_attacks", true, 12.0, "unlikely"),       // 11 − 1 + 2
        ([3, 3, 3, 3, 3, 2, 0], "attacks_with_pain_between", false, 18.0, "unclear"),    // 17 + 1
        ([3, 3, 3, 3, 3, 2, 0], "attacks_without_pain_between", true, 20.0, "likely"),   // 17 + 1 + 2
        ([3, 3, 3, 3, 3, 2, 0], "persistent_slight_fluctuations", true, 19.0, "likely"),
        ([5; 7], "attacks_with_pain_between", true, 38.0, "likely"), // the maximum
    ];
    for (sensory, course, radiating, total, band) in table {
        let result = score_of(&tool, &paindetect(*sensory, course, *radiating), "total");
        assert_score(&result, Some(*total), Some(band));
    }
}

#[test]
fn every_scored_item_is_needed() {
    let tool = builtin("paindetect");
    let mut answers = paindetect([5; 7], "attacks_with_pain_between", true);
    answers.remove("pd_course");
    let result = score_of(&tool, &answers, "total");
    assert_score(&result, None, None);
    assert_eq!(result.items_missing, ["pd_course"]);
}
