//! The session reducer the UI drives: answers, paging, submission, delivery.

mod common;
use common::builtin;
use pain_assessment::engine::{Delivery, Problem, Stage};
use pain_assessment::{Action, Answer, Session};

fn session() -> Session {
    Session::new(vec![builtin("nrs11"), builtin("phq9")])
}

fn answer(item: &str, value: Answer) -> Action {
    Action::Answer { item: item.into(), value: Some(value) }
}

fn submit() -> Action {
    Action::Submit { at: "2026-11-29T08:00:00.000Z".into() }
}

#[test]
fn next_is_refused_until_the_page_is_answered() {
    let s = session().reduce(Action::Next);
    assert_eq!(s.page, 0);
    assert_eq!(s.problem("nrs11_now"), Some(Problem::Unanswered));

    let s = s.reduce(answer("nrs11_now", Answer::Number(7)));
    assert_eq!(s.problems, vec![], "answering clears the mark");
    let s = s.reduce(Action::Next);
    assert_eq!(s.page, 1);
    let s = s.reduce(Action::Back);
    assert_eq!((s.page, s.answers[0].get("nrs11_now")), (0, Some(&Answer::Number(7))));
}

#[test]
fn an_answer_that_does_not_fit_is_not_stored() {
    let s = session().reduce(answer("nrs11_now", Answer::Number(4)));
    let s = s.reduce(answer("nrs11_now", Answer::Number(12)));
    assert_eq!(s.answers[0].get("nrs11_now"), Some(&Answer::Number(4)));
    assert_eq!(s.problem("nrs11_now"), Some(Problem::Invalid));
    // Only items of the current page are answered.
    let s = s.reduce(answer("phq9_1", Answer::Text("1".into())));
    assert!(s.answers[1].is_empty());
}

#[test]
fn submit_marks_every_required_unanswered_item_and_not_the_optional_one() {
    let s = session().reduce(answer("nrs11_now", Answer::Number(2))).reduce(Action::Next).reduce(submit());
    assert_eq!(s.stage, Stage::Filling);
    assert_eq!(s.problems.len(), 9);
    assert_eq!(s.problem("phq9_difficulty"), None);
}

#[test]
fn submit_goes_back_to_the_first_page_with_a_gap() {
    let mut s = session().reduce(answer("nrs11_now", Answer::Number(2))).reduce(Action::Next);
    for i in 1..=9 {
        s = s.reduce(answer(&format!("phq9_{i}"), Answer::Text("0".into())));
    }
    // Clear page 0's answer from a fresh path: go back, clear, come forward is refused.
    let s = s.reduce(Action::Back).reduce(Action::Answer { item: "nrs11_now".into(), value: None });
    let s = Session { page: 1, ..s }.reduce(submit());
    assert_eq!(s.page, 0);
    assert_eq!(s.problem("nrs11_now"), Some(Problem::Unanswered));
}

#[test]
fn a_complete_session_is_frozen_and_tracks_delivery() {
    let mut s = session().reduce(answer("nrs11_now", Answer::Number(5))).reduce(Action::Next);
    for i in 1..=9 {
        s = s.reduce(answer(&format!("phq9_{i}"), Answer::Text("1".into())));
    }
    let s = s.reduce(submit());
    assert_eq!(s.stage, Stage::Complete { completed_at: "2026-11-29T08:00:00.000Z".into() });
    let s = s.reduce(answer("phq9_1", Answer::Text("3".into())));
    assert_eq!(s.answers[1].get("phq9_1"), Some(&Answer::Text("1".into())), "no change after submit");
    let s = s.reduce(Action::DeliveryStarted);
    assert_eq!(s.delivery, Delivery::Sending);
    let s = s.reduce(Action::DeliveryFailed("offline".into()));
    assert_eq!(s.delivery, Delivery::Failed("offline".into()));
    assert_eq!(s.answers[1].len(), 9, "a failed delivery keeps every answer");
    let s = s.reduce(Action::DeliverySucceeded);
    assert_eq!(s.delivery, Delivery::Sent);
}

#[test]
fn a_checklist_left_untouched_is_not_an_unanswered_question() {
    let s = Session::new(vec![builtin("fm2016")]).reduce(Action::Next);
    let marked: Vec<&str> = s.problems.iter().map(|(id, _)| id.as_str()).collect();
    assert!(marked.iter().all(|id| !id.starts_with("wpi_")), "{marked:?}");
    assert!(marked.contains(&"sss_fatigue") && marked.contains(&"duration_3_months"), "{marked:?}");
}

#[test]
fn a_number_box_keeps_what_was_typed_when_its_item_does_not_take_it() {
    let s = Session::new(vec![builtin("hrqol4")]).reduce(answer("hrqol4_1", Answer::Text("2".into())));
    let s = s.reduce(answer("hrqol4_2", Answer::Number(5)));
    // 45 days of 30, then 4.5: each replaces the answer the box showed, is
    // kept as typed and marked, and is never stored as an answer.
    for (typed, shown) in [(Answer::Number(45), "45"), (Answer::Text("4.5".into()), "4.5")] {
        let t = s.clone().reduce(answer("hrqol4_2", typed));
        assert_eq!(t.answers[0].get("hrqol4_2"), None);
        assert_eq!(t.typed("hrqol4_2"), Some(shown));
        assert_eq!(t.problem("hrqol4_2"), Some(Problem::Invalid));
        // Going on keeps the mark as "not a number it takes", not "unanswered".
        let t = t.reduce(Action::Next);
        assert_eq!(t.problem("hrqol4_2"), Some(Problem::Invalid));
        assert_eq!(t.typed("hrqol4_2"), Some(shown));
        // A whole number in range corrects it; an empty box clears it.
        let fixed = t.clone().reduce(answer("hrqol4_2", Answer::Number(4)));
        assert_eq!((fixed.typed("hrqol4_2"), fixed.problem("hrqol4_2")), (None, None));
        assert_eq!(fixed.answers[0].get("hrqol4_2"), Some(&Answer::Number(4)));
        let cleared = t.reduce(Action::Answer { item: "hrqol4_2".into(), value: None });
        assert_eq!((cleared.typed("hrqol4_2"), cleared.answers[0].get("hrqol4_2")), (None, None));
    }
}
