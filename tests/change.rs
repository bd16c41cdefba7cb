//! Change over time: each score against the earlier response, judged by the
//! instrument's MCID on both sides of the line; and the timestamps that
//! order the responses.

mod common;
use common::{builtin, phq9_all};
use pain_assessment::care::change::{changes, judge, series, ChangeStatus};
use pain_assessment::care::time;
use pain_assessment::model::{Better, Mcid};
use pain_assessment::output::{build, Meta};
use pain_assessment::{Action, Answer, Envelope, Options, Session};

fn mcid(points: Option<f64>, percent: Option<f64>, better: Better) -> Mcid {
    Mcid { points, percent, better, source: "test".into() }
}

#[track_caller]
fn assert_judged(m: &Mcid, cases: &[(f64, f64, ChangeStatus)]) {
    for &(earlier, now, expected) in cases {
        assert_eq!(judge(m, earlier, now), expected, "{earlier} → {now}");
    }
}

#[test]
fn nrs_two_points_or_thirty_percent() {
    // Farrar 2001: about 2 points or 30 %.
    let m = mcid(Some(2.0), Some(30.0), Better::Lower);
    assert_judged(&m, &[
        (6.0, 4.0, ChangeStatus::Improved),          // 2 points: on the line
        (6.0, 5.0, ChangeStatus::NoImportantChange), // 1 point, 17 %
        (3.0, 2.0, ChangeStatus::Improved),          // 1 point but 33 %
        (10.0, 8.0, ChangeStatus::Improved),         // 2 points, 20 %
        (4.0, 6.0, ChangeStatus::Worsened),
        (4.0, 5.0, ChangeStatus::NoImportantChange), // 1 point, 25 % worse
        (0.0, 1.0, ChangeStatus::NoImportantChange), // no percentage of 0
        (0.0, 2.0, ChangeStatus::Worsened),
        (5.0, 5.0, ChangeStatus::NoImportantChange),
    ]);
}

#[test]
fn odi_ten_points_or_thirty_percent_and_pseq_higher_is_better() {
    let odi = mcid(Some(10.0), Some(30.0), Better::Lower);
    assert_judged(&odi, &[
        (40.0, 30.0, ChangeStatus::Improved),
        (40.0, 31.0, ChangeStatus::NoImportantChange), // 9 points, 22.5 %
        (20.0, 14.0, ChangeStatus::Improved),          // 6 points, 30 %
        (20.0, 14.2, ChangeStatus::NoImportantChange), // 29 %
    ]);
    let pseq = mcid(Some(5.5), None, Better::Higher);
    assert_judged(&pseq, &[
        (30.0, 35.5, ChangeStatus::Improved),
        (30.0, 35.0, ChangeStatus::NoImportantChange),
        (30.0, 24.5, ChangeStatus::Worsened),
    ]);
}

#[test]
fn timestamps_read_with_offsets_and_write_as_utc() {
    let at = time::parse("2026-11-29T08:04:12.517Z").unwrap();
    assert_eq!(time::format(at), "2026-11-29T08:04:12.517Z");
    assert_eq!(time::parse("2026-11-29T09:04:12.517+01:00"), Some(at));
    assert_eq!(time::parse("2026-11-29T08:04:12Z"), Some(at - 517));
    assert_eq!(time::format(time::parse("2024-02-29T23:59:59Z").unwrap() + 1000), "2024-03-01T00:00:00.000Z");
    assert_eq!(time::format(0), "1970-01-01T00:00:00.000Z");
    for bad in ["2026-02-30T00:00:00Z", "2026-11-29 08:04", "yesterday", "2026-11-29T08:04:12+0100", "2026-13-01T00:00:00Z"] {
        assert_eq!(time::parse(bad), None, "{bad}");
    }
}

/// A completed response to NRS-11 and PHQ-9.
fn response(at: &str, pain: i64, phq9: [u8; 9]) -> Envelope {
    let config = Options::from_json(r#"{"instruments":["nrs11","phq9"]}"#).and_then(Options::resolve).unwrap();
    let mut session = Session::new(config.instruments.clone())
        .reduce(Action::Answer { item: "nrs11_now".into(), value: Some(Answer::Number(pain)) });
    session.answers[1] = phq9_all(phq9);
    let session = session.reduce(Action::Submit { at: at.into() });
    build(&session, &config, &Meta { submission_id: at.into(), started_at: at.into() })
}

#[test]
fn each_score_is_compared_with_the_latest_earlier_response_of_the_same_version() {
    let instruments = [builtin("nrs11"), builtin("phq9")];
    let first = response("2026-09-01T09:00:00Z", 8, [2; 9]);   // PHQ-9 18
    let second = response("2026-10-01T10:00:00+02:00", 6, [1; 9]); // PHQ-9 9
    let today = response("2026-11-29T08:00:00Z", 4, [1, 1, 1, 1, 1, 0, 0, 0, 0]); // PHQ-9 5
    let found = changes(&today, &[second.clone(), first.clone()], &instruments);
    let nrs = found.iter().find(|c| c.instrument == "nrs11").unwrap();
    assert_eq!((nrs.earlier, nrs.value, nrs.change, nrs.status), (6.0, 4.0, -2.0, ChangeStatus::Improved));
    assert_eq!(nrs.earlier_at, second.completed_at.clone().unwrap());
    assert!(nrs.mcid.as_ref().unwrap().source.starts_with("Farrar JT"));
    let phq9 = found.iter().find(|c| c.instrument == "phq9").unwrap();
    assert_eq!((phq9.earlier, phq9.value, phq9.status), (9.0, 5.0, ChangeStatus::NoImportantChange));
}

#[test]
fn another_version_or_an_unfinished_response_is_not_compared() {
    let instruments = [builtin("nrs11"), builtin("phq9")];
    let today = response("2026-11-29T08:00:00Z", 4, [0; 9]);
    let mut other_version = response("2026-10-01T08:00:00Z", 9, [3; 9]);
    other_version.instruments[0].version = "another".into();
    let mut unfinished = response("2026-11-01T08:00:00Z", 1, [0; 9]);
    unfinished.completed_at = None;
    let found = changes(&today, &[other_version, unfinished], &instruments);
    assert_eq!(found.iter().map(|c| c.instrument.as_str()).collect::<Vec<_>>(), ["phq9"]);
    assert_eq!(found[0].status, ChangeStatus::Improved, "27 → 0");
}

#[test]
fn series_run_oldest_first_across_responses() {
    let later = response("2026-11-29T08:00:00Z", 4, [0; 9]);
    let earlier = response("2026-09-01T08:00:00Z", 8, [1; 9]);
    let lines = series(&[later, earlier]);
    let nrs = lines.iter().find(|s| s.instrument == "nrs11").unwrap();
    assert_eq!(nrs.points.iter().map(|p| p.1).collect::<Vec<_>>(), [8.0, 4.0]);
    assert!(nrs.points[0].0 < nrs.points[1].0);
    assert_eq!(nrs.range, (0.0, 10.0));
}

#[test]
fn the_history_option_puts_each_change_and_the_earlier_map_into_the_response() {
    let earlier = response("2026-10-01T08:00:00Z", 7, [2; 9]);
    let mut with_map = serde_json::to_value(&earlier).unwrap();
    // An earlier body-map visit, later than the PHQ-9 one.
    with_map["completedAt"] = "2026-11-01T08:00:00.000Z".into();
    with_map["instruments"] = serde_json::json!([{ "id": "bodymap", "version": pain_assessment::Library::builtin().get("bodymap").unwrap().version,
        "answers": { "bodymap": { "regions": { "left_knee_front": { "intensity": 5 } } } }, "scores": [], "safety": [] }]);
    let options = serde_json::json!({ "instruments": ["nrs11", "phq9", "bodymap"], "history": [serde_json::to_value(&earlier).unwrap(), with_map] });
    let config = Options::from_json(&options.to_string()).and_then(Options::resolve).unwrap();
    assert_eq!(config.previous_body_map.as_deref(), Some(&["left_knee_front".to_string()][..]));
    let mut session = Session::new(config.instruments.clone()).with_previous_body_map(config.previous_body_map.clone())
        .reduce(Action::Answer { item: "nrs11_now".into(), value: Some(Answer::Number(4)) });
    session.answers[1] = phq9_all([0; 9]);
    let envelope = build(&session, &config, &Meta { submission_id: "s".into(), started_at: "2026-11-29T08:00:00Z".into() });
    let found: Vec<(&str, f64, ChangeStatus)> = envelope.changes.iter().map(|c| (c.instrument.as_str(), c.change, c.status)).collect();
    assert_eq!(found, [("nrs11", -3.0, ChangeStatus::Improved), ("phq9", -18.0, ChangeStatus::Improved)]);
    let bad = serde_json::json!({ "instruments": ["nrs11"], "history": [{ "schemaVersion": 1 }] });
    let err = Options::from_json(&bad.to_string()).unwrap_err();
    assert!(err.message.contains("not a response envelope: options.history[0].widget: missing"), "{}", err.message);
}
