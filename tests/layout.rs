//! One question per screen: the session's question cursor, the screen
//! count behind "Question N of M" and the progress bar, and moving between
//! layouts and languages without losing a place or an answer.

mod common;
use common::builtin;
use pain_assessment::engine::{Layout, Problem, Stage};
use pain_assessment::i18n::Locale;
use pain_assessment::{Action, Answer, Session};

/// NRS-11 (1 item), then PHQ-9 (9 items, and a 10th, the difficulty
/// question, once a problem is checked off), one question per screen.
fn session() -> Session {
    Session::new(vec![builtin("nrs11"), builtin("phq9")]).with_view(Locale::En, Layout::Question)
}

fn answer(item: &str, value: &str) -> Action {
    Action::Answer { item: item.into(), value: Some(Answer::Text(value.into())) }
}

#[track_caller]
fn assert_at(s: &Session, page: usize, item: usize, screen: (usize, usize)) {
    assert_eq!((s.page, s.item, s.screen()), (page, item, screen));
}

#[test]
fn next_checks_only_the_question_shown_and_counts_every_screen() {
    let s = session();
    assert_at(&s, 0, 0, (1, 10));
    assert!(s.is_first_screen());
    let s = s.reduce(Action::Next);
    assert_eq!(s.problems, vec![("nrs11_now".to_string(), Problem::Unanswered)]);
    assert_at(&s, 0, 0, (1, 10));
    let s = s.reduce(Action::Answer { item: "nrs11_now".into(), value: Some(Answer::Number(4)) }).reduce(Action::Next);
    assert_at(&s, 1, 0, (2, 10));
    assert_eq!(s.items_shown(), vec![0]);
    // PHQ-9 item 1 answered above 'Not at all', so the difficulty question
    // joins the count; item 2 is not answered, and only item 2 is marked.
    let s = s.reduce(answer("phq9_1", "2")).reduce(Action::Next).reduce(Action::Next);
    assert_at(&s, 1, 1, (3, 11));
    assert_eq!(s.question(), (2, 10));
    assert_eq!(s.problems, vec![("phq9_2".to_string(), Problem::Unanswered)]);
    // Back crosses into the previous instrument's last question.
    let s = s.reduce(Action::Back).reduce(Action::Back);
    assert_at(&s, 0, 0, (1, 11));
    assert!(s.problems.is_empty());
}

#[test]
fn the_count_follows_the_branches_and_a_cleared_answer_is_remembered() {
    let mut s = session().reduce(Action::Answer { item: "nrs11_now".into(), value: Some(Answer::Number(4)) }).reduce(Action::Next);
    s = s.reduce(answer("phq9_1", "1"));
    for i in 2..=9 {
        s = s.reduce(Action::Next).reduce(answer(&format!("phq9_{i}"), "0"));
    }
    // A problem checked off: the difficulty question follows item 9.
    assert!(!s.is_last_screen());
    let s = s.reduce(Action::Next).reduce(answer("phq9_difficulty", "somewhat"));
    assert_at(&s, 1, 9, (11, 11));
    assert_eq!(s.question(), (10, 10));
    // Back to item 1, now 'Not at all': the difficulty answer is removed
    // and the count drops by one.
    let mut s = s;
    for _ in 0..9 {
        s = s.reduce(Action::Back);
    }
    assert_at(&s, 1, 0, (2, 11));
    let s = s.reduce(answer("phq9_1", "0"));
    assert!(!s.answers[1].contains_key("phq9_difficulty"));
    assert_eq!(s.screen(), (2, 10));
    // Checking a problem off again asks it again, blank, saying why.
    let s = s.reduce(answer("phq9_1", "3"));
    assert_eq!(s.screen(), (2, 11));
    let mut s = s;
    for _ in 0..9 {
        s = s.reduce(Action::Next);
    }
    assert_at(&s, 1, 9, (11, 11));
    assert!(s.was_cleared("phq9_difficulty"));
    let s = s.reduce(answer("phq9_difficulty", "very"));
    assert!(!s.was_cleared("phq9_difficulty"));
}

#[test]
fn the_last_question_submits_and_a_gap_sends_the_patient_to_it() {
    let mut s = session().reduce(Action::Answer { item: "nrs11_now".into(), value: Some(Answer::Number(4)) }).reduce(Action::Next);
    for i in 1..=9 {
        s = s.reduce(answer(&format!("phq9_{i}"), "0")).reduce(Action::Next);
    }
    // Nothing checked off: item 9 is the last question.
    assert_at(&s, 1, 8, (10, 10));
    assert!(s.is_last_screen());
    // Next on the last screen goes nowhere: the patient submits there.
    let s = s.reduce(Action::Next);
    assert_at(&s, 1, 8, (10, 10));
    // Clear item 3 by going back; submitting lands on it.
    let mut s = s;
    for _ in 0..5 {
        s = s.reduce(Action::Back);
    }
    assert_at(&s, 1, 3, (5, 10));
    let s = s.reduce(Action::Answer { item: "phq9_3".into(), value: None }).reduce(Action::Submit { at: "2026-11-29T08:00:00Z".into() });
    assert_eq!(s.stage, Stage::Filling);
    assert_at(&s, 1, 2, (4, 10));
    let s = s.reduce(answer("phq9_3", "1")).reduce(Action::Submit { at: "2026-11-29T08:00:00Z".into() });
    assert!(matches!(s.stage, Stage::Complete { .. }));
}

#[test]
fn turning_the_phone_keeps_the_place_and_the_answers() {
    let s = Session::new(vec![builtin("nrs11"), builtin("phq9")])
        .reduce(Action::Answer { item: "nrs11_now".into(), value: Some(Answer::Number(4)) })
        .reduce(Action::Next)
        .reduce(answer("phq9_1", "1"))
        .reduce(answer("phq9_2", "1"));
    assert_eq!((s.layout, s.screen()), (Layout::Page, (2, 2)));
    // Narrow: the first unanswered question of the page.
    let s = s.reduce(Action::SetLayout(Layout::Question));
    assert_at(&s, 1, 2, (4, 11));
    // Wide again: the whole page.
    let s = s.reduce(Action::SetLayout(Layout::Page));
    assert_eq!((s.page, s.item, s.items_shown()), (1, 0, (0..10).collect::<Vec<_>>()));
    // A failed Next in page layout, then narrow: the first marked question.
    let s = s.reduce(Action::Next).reduce(Action::SetLayout(Layout::Question));
    assert_at(&s, 1, 2, (4, 11));
    // A new language keeps every answer and the place.
    let t = s.clone().reduce(Action::SetLocale(Locale::Es));
    assert_eq!((t.locale, &t.answers, t.page, t.item), (Locale::Es, &s.answers, s.page, s.item));
}

#[test]
fn submitting_one_question_a_screen_marks_only_the_question_it_shows() {
    let s = session().reduce(Action::Submit { at: "2026-11-29T08:00:00Z".into() });
    assert_at(&s, 0, 0, (1, 10));
    assert_eq!(s.problems, vec![("nrs11_now".to_string(), Problem::Unanswered)]);
}
