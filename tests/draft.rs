//! Answers saved as they are given, and offered back after a reload: what
//! is saved, and what is refused (expired, outdated, corrupt).

mod common;
use common::*;
use pain_assessment::engine::draft::{restore, save, Stale, KEEP_MS};
use pain_assessment::{Action, Answer, Answers, Options, Session};
use serde_json::{json, Value};

const NOW: f64 = 1_795_000_000_000.0;

fn session() -> Session {
    Session::new(vec![builtin("nrs11"), builtin("phq9"), builtin("bodymap")])
}

fn answered() -> Session {
    let map: Answer = serde_json::from_value(json!({ "regions": { "left_knee_front": { "intensity": 4, "qualities": ["aching"] } } })).unwrap();
    session()
        .reduce(Action::Answer { item: "nrs11_now".into(), value: Some(Answer::Number(7)) })
        .reduce(Action::Next)
        .reduce(Action::Answer { item: "phq9_1".into(), value: Some(Answer::Text("2".into())) })
        .reduce(Action::Next)
        .reduce(Action::Answer { item: "bodymap".into(), value: Some(map) })
}

fn saved(s: &Session, at: f64) -> Value {
    serde_json::from_str(&save(&s.instruments, &s.answers, s.page, at)).unwrap()
}

#[test]
fn every_answer_and_the_page_come_back() {
    let s = answered();
    let draft = restore(&saved(&s, NOW - 60_000.0), &s.instruments, NOW).unwrap();
    assert_eq!(draft.answers, s.answers);
    assert_eq!(draft.page, 1, "the page the patient reached (phq9 is incomplete, so still page 1)");
    let resumed = session().with_offer(Some(draft.clone())).reduce(Action::Resume);
    assert_eq!((resumed.answers.clone(), resumed.offer.is_none()), (s.answers.clone(), true));
    let fresh = session().with_offer(Some(draft)).reduce(Action::StartAgain);
    assert!(fresh.answers.iter().all(Answers::is_empty) && fresh.offer.is_none());
    // Nothing answered: nothing to offer.
    let empty = restore(&saved(&session(), NOW), &session().instruments, NOW).unwrap();
    assert!(session().with_offer(Some(empty)).offer.is_none());
}

#[test]
fn old_other_and_broken_drafts_are_refused() {
    let s = answered();
    assert_eq!(restore(&saved(&s, NOW - KEEP_MS - 1.0), &s.instruments, NOW), Err(Stale::Expired));
    assert_eq!(restore(&saved(&s, NOW + 60_000.0), &s.instruments, NOW), Err(Stale::Expired), "saved in the future");
    let other = Session::new(vec![builtin("nrs11"), builtin("gad7"), builtin("bodymap")]);
    assert_eq!(restore(&saved(&s, NOW), &other.instruments, NOW), Err(Stale::Outdated));
    let mut old_format = saved(&s, NOW);
    old_format["format"] = json!(0);
    assert_eq!(restore(&old_format, &s.instruments, NOW), Err(Stale::Outdated));
    for broken in [
        json!("not a draft"),
        json!({ "format": 1, "savedAt": NOW, "instruments": [["nrs11", "1.0"], ["phq9", "phqscreeners-en-1"], ["bodymap", "choir-74-1"]], "page": 0, "answers": [{}] }),
        json!({ "format": 1, "savedAt": NOW, "instruments": [["nrs11", "1.0"], ["phq9", "phqscreeners-en-1"], ["bodymap", "choir-74-1"]], "page": 0, "answers": [{ "nrs11_now": null }, {}, {}] }),
        json!({ "format": 1, "savedAt": "yesterday" }),
    ] {
        assert!(matches!(restore(&broken, &s.instruments, NOW), Err(Stale::Corrupt(_))), "{broken}");
    }
}

#[test]
fn an_answer_that_no_longer_fits_is_left_out() {
    let s = answered();
    let mut draft = saved(&s, NOW);
    draft["answers"][0]["nrs11_now"] = json!(42);
    draft["answers"][1]["phq9_99"] = json!("1");
    let restored = restore(&draft, &s.instruments, NOW).unwrap();
    assert!(!restored.answers[0].contains_key("nrs11_now"));
    assert!(!restored.answers[1].contains_key("phq9_99"));
    assert_eq!(restored.answers[1].get("phq9_1"), Some(&Answer::Text("2".into())));
}

#[test]
fn saving_is_on_by_default_named_by_the_host_and_can_be_turned_off() {
    let key = |options: Value| Options::from_json(&options.to_string()).and_then(Options::resolve).unwrap().save_key;
    assert_eq!(key(json!({ "instruments": ["nrs11"], "patientId": "p7" })).as_deref(), Some("pain-assessment:draft:p7|nrs11"));
    assert_eq!(key(json!({ "instruments": ["nrs11"], "saveKey": "visit-42" })).as_deref(), Some("pain-assessment:draft:visit-42"));
    assert_eq!(key(json!({ "instruments": ["nrs11"], "autosave": false })), None);
    assert!(Options::from_json(&json!({ "instruments": ["nrs11"], "autosave": "no" }).to_string()).is_err());
}
