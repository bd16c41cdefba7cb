//! The clinician's summary, computed from the stored example responses and
//! diary that the browser test also renders (www/examples/).

mod common;
use common::builtin;
use pain_assessment::care::change::ChangeStatus;
use pain_assessment::care::diary::Diary;
use pain_assessment::care::summary::summarise;
use pain_assessment::Envelope;

fn example<T: serde::de::DeserializeOwned>(name: &str) -> T {
    let path = format!("{}/www/examples/{name}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn the_example_patient_summarised() {
    let responses: Vec<Envelope> = example("summary-responses");
    let diary: Diary = example("summary-diary");
    let instruments = ["nrs11", "phq9", "gad7", "bodymap"].map(builtin);
    // Given newest first, summarised by date all the same.
    let reversed: Vec<Envelope> = responses.iter().rev().cloned().collect();
    let s = summarise(&reversed, Some(&diary), &instruments);
    assert_eq!(s.latest_at.as_deref(), Some("2026-11-23T09:06:00.000Z"));
    assert_eq!(s.safety.iter().map(|f| f.item.as_str()).collect::<Vec<_>>(), ["phq9_9"]);
    let rows: Vec<(&str, Option<f64>, Option<ChangeStatus>)> =
        s.rows.iter().map(|r| (r.instrument.as_str(), r.value, r.change.as_ref().map(|c| c.status))).collect();
    assert_eq!(rows, [
        ("nrs11", Some(4.0), Some(ChangeStatus::Improved)),
        ("phq9", Some(5.0), Some(ChangeStatus::NoImportantChange)),
        ("gad7", Some(4.0), Some(ChangeStatus::NoImportantChange)),
    ], "the map's measures are not rows");
    assert_eq!(s.rows[0].title, "Pain intensity (0–10 numeric rating scale)");
    assert_eq!(s.series.iter().map(|l| (l.instrument.as_str(), l.points.len())).collect::<Vec<_>>(), [("nrs11", 3), ("phq9", 3), ("gad7", 3)]);
    assert_eq!(s.body_map.as_ref().unwrap().regions.len(), 2, "the latest map");
    let (_, response) = s.procedure.as_ref().unwrap();
    assert_eq!(response.positive, Some(true));
    assert_eq!(response.concordance, Some(pain_assessment::care::diary::Concordance::Concordant));
    assert_eq!(summarise(&[], None, &instruments).rows, vec![]);
}
