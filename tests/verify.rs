//! Re-scoring outside the browser: `verify` natively and the `pa-score` CLI.

mod common;
use common::builtin;
use pain_assessment::output::{build, uuid_v4, Meta};
use pain_assessment::{verify, Action, Answer, Category, Envelope, Library, Options, Session};
use serde_json::json;
use std::io::Write;
use std::process::{Command, Stdio};

/// A completed NRS-11 + PHQ-9 envelope, built as the widget builds it.
fn envelope(nrs: i64, phq: [u8; 9]) -> Envelope {
    let config = Options::from_json(&json!({ "instruments": ["nrs11", "phq9"], "patientId": "p-1" }).to_string())
        .and_then(Options::resolve)
        .unwrap();
    let mut s = Session::new(config.instruments.clone())
        .reduce(Action::Answer { item: "nrs11_now".into(), value: Some(Answer::Number(nrs)) })
        .reduce(Action::Next);
    for (i, v) in phq.iter().enumerate() {
        s = s.reduce(Action::Answer { item: format!("phq9_{}", i + 1), value: Some(Answer::Text(v.to_string())) });
    }
    let s = s.reduce(Action::Submit { at: "2026-11-29T08:05:00.000Z".into() });
    let meta = Meta { submission_id: uuid_v4([7; 16]), started_at: "2026-11-29T08:00:00.000Z".into() };
    build(&s, &config, &meta)
}

#[test]
fn the_envelope_carries_everything_a_backend_needs() {
    let e = envelope(7, [1, 1, 1, 1, 1, 1, 1, 1, 1]);
    assert_eq!(e.schema_version, 1);
    assert_eq!(e.submission_id, "07070707-0707-4707-8707-070707070707");
    assert_eq!(e.completed_at.as_deref(), Some("2026-11-29T08:05:00.000Z"));
    assert_eq!(e.patient_id.as_deref(), Some("p-1"));
    assert_eq!(e.instruments[0].scores[0].value, Some(7.0));
    assert_eq!(e.instruments[1].version, builtin("phq9").version);
    assert_eq!(e.instruments[1].scores[0].value, Some(9.0));
    assert_eq!(e.instruments[1].safety.len(), 1);
    let text = serde_json::to_value(&e).unwrap();
    assert_eq!(text["instruments"][1]["scores"][0]["band"]["id"], "mild");
    assert_eq!(text["instruments"][1]["scores"][0]["itemsUsed"].as_array().unwrap().len(), 9);
    assert_eq!(text["instruments"][0]["answers"]["nrs11_now"], 7);
}

#[test]
fn an_honest_envelope_verifies() {
    let report = verify(&envelope(3, [0, 1, 2, 3, 0, 1, 2, 3, 0]), &Library::builtin()).unwrap();
    assert!(report.ok, "{:?}", report.differences);
}

#[test]
fn a_tampered_score_band_or_flag_is_caught() {
    let mut e = envelope(3, [2; 9]);
    e.instruments[1].scores[0].value = Some(4.0);
    e.instruments[1].scores[0].band = None;
    e.instruments[1].safety.clear();
    let report = verify(&e, &Library::builtin()).unwrap();
    assert!(!report.ok);
    let all = report.differences.join("\n");
    assert!(all.contains("phq9.total: submitted 4 but re-scored 18"), "{all}");
    assert!(all.contains("band none but re-scored moderately_severe"), "{all}");
    assert!(all.contains("safety flags differ"), "{all}");
    assert_eq!(report.rescored.instruments[1].scores[0].value, Some(18.0));
}

#[test]
fn an_answer_edited_after_scoring_is_caught() {
    let mut e = envelope(3, [0; 9]);
    e.instruments[0].answers.insert("nrs11_now".into(), Answer::Number(9));
    let report = verify(&e, &Library::builtin()).unwrap();
    assert!(report.differences.iter().any(|d| d.contains("nrs11.intensity: submitted 3 but re-scored 9")));
}

#[test]
fn what_cannot_be_scored_is_an_error() {
    let library = Library::builtin();
    let cases: Vec<(Box<dyn Fn(&mut Envelope)>, &str)> = vec![
        (Box::new(|e| e.instruments[1].version = "0.9".into()), "version 0.9 was submitted"),
        (Box::new(|e| e.instruments[0].id = "sf36".into()), "unknown instrument 'sf36'"),
        (Box::new(|e| { e.instruments[0].answers.insert("nrs11_now".into(), Answer::Number(11)); }), "11 is outside 0..10"),
        (Box::new(|e| { e.instruments[1].answers.insert("phq9_99".into(), Answer::Text("1".into())); }), "no item 'phq9_99'"),
        (Box::new(|e| e.schema_version = 2), "schemaVersion 2 is not supported"),
    ];
    for (tamper, expected) in cases {
        let mut e = envelope(1, [0; 9]);
        tamper(&mut e);
        let err = verify(&e, &library).unwrap_err();
        assert_eq!(err.category, Category::Response);
        assert!(err.message.contains(expected), "'{}' lacks '{expected}'", err.message);
    }
}

fn run_cli(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pa-score"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

#[test]
fn the_cli_exits_zero_one_or_two() {
    let honest = serde_json::to_string(&envelope(6, [3; 9])).unwrap();
    let (code, out, _) = run_cli(&["verify"], &honest);
    assert_eq!(code, 0);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["ok"], true);
    assert_eq!(report["rescored"]["instruments"][1]["scores"][0]["value"], 27.0);

    let mut tampered = envelope(6, [3; 9]);
    tampered.instruments[0].scores[0].value = Some(2.0);
    let (code, out, _) = run_cli(&["verify"], &serde_json::to_string(&tampered).unwrap());
    assert_eq!(code, 1);
    assert!(out.contains("nrs11.intensity: submitted 2 but re-scored 6"));

    let (code, _, err) = run_cli(&["verify"], "{\"not\": \"an envelope\"}");
    assert_eq!(code, 2);
    assert!(err.contains("not a response envelope"), "{err}");

    let (code, _, _) = run_cli(&["frobnicate"], "");
    assert_eq!(code, 2);
}

#[test]
fn the_cli_prints_a_json_schema_of_the_envelope() {
    let (code, out, _) = run_cli(&["schema"], "");
    assert_eq!(code, 0);
    let schema: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(schema["title"], "Envelope");
    let required = schema["required"].as_array().unwrap();
    for field in ["schemaVersion", "submissionId", "startedAt", "instruments"] {
        assert!(required.iter().any(|r| r == field), "{field} not required");
    }
}

#[test]
fn the_cli_writes_a_blank_text_pack_only_for_licensed_instruments() {
    let (code, out, _) = run_cli(&["text-pack", "odi"], "");
    assert_eq!(code, 0);
    let pack: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!((pack["instrument"].as_str(), pack["version"].as_str(), pack["locale"].as_str()), (Some("odi"), Some("2.1a"), Some("en")));
    assert_eq!(pack["items"].as_object().unwrap().len(), 10);
    assert_eq!(pack["items"]["odi_1"]["options"].as_object().unwrap().len(), 6);
    let (code, _, err) = run_cli(&["text-pack", "phq9"], "");
    assert_eq!(code, 2);
    assert!(err.contains("'phq9' ships with its wording"), "{err}");
}
