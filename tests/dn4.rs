//! DN4 (Bouhassira 2005): ten yes/no items, seven interview and three
//! examination (clinician), cut-off 4; the DN4-interview is the first seven.

mod common;
use common::*;
use pain_assessment::{Answer, Answers};

fn yes(count: usize, of: usize) -> Answers {
    (1..=of).map(|i| (format!("dn4_{i}"), Answer::Bool(i <= count))).collect()
}

#[test]
fn the_full_dn4_counts_yes_answers_with_a_cut_off_of_four() {
    let dn4 = builtin("dn4");
    for (count, band) in [(0, "below"), (3, "below"), (4, "positive"), (10, "positive")] {
        assert_score(&score_of(&dn4, &yes(count, 10), "total"), Some(count as f64), Some(band));
    }
    let clinician: Vec<&str> = dn4.items.iter().filter(|i| i.clinician).map(|i| i.id.as_str()).collect();
    assert_eq!(clinician, ["dn4_8", "dn4_9", "dn4_10"]);
}

#[test]
fn the_interview_form_is_the_first_seven_items_without_a_band() {
    let dn4i = builtin("dn4i");
    assert_eq!(dn4i.items.len(), 7);
    assert!(dn4i.items.iter().all(|i| !i.clinician));
    for count in [0, 3, 7] {
        assert_score(&score_of(&dn4i, &yes(count, 7), "total"), Some(count as f64), None);
    }
}
