//! The body map as an item: answers it accepts, its scores, the coded
//! regions in the envelope, the session's checks and the WPI it feeds.

mod common;
use common::*;
use pain_assessment::bodymap::{areas, REGIONS};
use pain_assessment::engine::{check_answer, Problem};
use pain_assessment::output::{build, uuid_v4, verify, Meta};
use pain_assessment::{Action, Answer, Library, Options, Session};
use serde_json::json;

fn answer(value: serde_json::Value) -> Answer {
    serde_json::from_value(value).expect("an answer")
}

#[test]
fn every_region_has_its_area_in_the_figure() {
    let areas = areas();
    for (region, area) in REGIONS.iter().zip(areas) {
        assert!(area > 100.0, "{} has area {area}", region.id);
    }
    // Mirror images: each right region has its left twin's area.
    for (i, r) in REGIONS.iter().enumerate() {
        let twin = REGIONS.iter().position(|o| o.part == r.part && o.view == r.view && o.side != r.side).unwrap();
        assert!((areas[i] - areas[twin]).abs() < 1e-9, "{}", r.id);
    }
}

#[test]
fn the_answer_names_known_regions_with_intensities_0_to_10() {
    let map = builtin("bodymap");
    let item = &map.items[0];
    let ok = answer(json!({ "regions": { "left_knee_front": { "intensity": 6, "qualities": ["aching", "burning"] } } }));
    assert_eq!(check_answer(item, &ok), Ok(()));
    assert_eq!(check_answer(item, &answer(json!({ "regions": {} }))), Ok(()));
    for (bad, why) in [
        (json!({ "regions": { "left_tail_back": {} } }), "'left_tail_back' is not a region"),
        (json!({ "regions": { "left_knee_front": { "intensity": 11 } } }), "intensity 11 is outside 0..10"),
        (json!({ "regions": { "left_knee_front": { "qualities": ["aching", "aching"] } } }), "a quality is given twice"),
        (json!({ "regions": {}, "previous": ["nowhere"] }), "'nowhere' is not a region"),
    ] {
        let err = check_answer(item, &answer(bad)).unwrap_err();
        assert!(err.contains(why), "{err}");
    }
    assert!(serde_json::from_value::<Answer>(json!({ "regions": { "left_knee_front": { "qualities": ["itchy"] } } })).is_err());
    assert!(check_answer(item, &Answer::Number(3)).unwrap_err().contains("expects a body map"));
}

#[test]
fn its_scores_are_the_measures_of_the_map() {
    let tool = builtin("bodymap");
    let answers = [(
        "bodymap".to_string(),
        answer(json!({ "regions": {
            "left_shoulder_back": { "intensity": 8 }, "right_shoulder_back": { "intensity": 6 },
            "left_upper_leg_front": { "intensity": 4 }, "right_forearm_front": { "intensity": 2 },
            "left_lower_back_back": { "intensity": 5 } },
            "previous": ["left_shoulder_back", "left_knee_front"] })),
    )]
    .into_iter()
    .collect();
    for (id, value) in [
        ("regions", 5.0), ("right", 2.0), ("left", 3.0), ("laterality", -0.2), ("mean_intensity", 5.0), ("max_intensity", 8.0),
        ("michigan", 5.0), ("wpi", 5.0), ("wpi_regions", 4.0), ("generalized", 1.0), ("overlap", 1.0 / 6.0),
    ] {
        let result = score_of(&tool, &answers, id);
        assert!((result.value.unwrap() - value).abs() < 1e-9, "{id}: {:?}", result.value);
    }
    assert_eq!(score_of(&tool, &answers, "generalized").band.unwrap().id, "yes");
    let extent = score_of(&tool, &answers, "extent").value.unwrap();
    assert!(extent > 0.0 && extent < 100.0);
}

#[test]
fn no_pain_anywhere_and_no_answer_differ() {
    let tool = builtin("bodymap");
    let none = [("bodymap".to_string(), answer(json!({ "regions": {} })))].into_iter().collect();
    assert_score(&score_of(&tool, &none, "regions"), Some(0.0), None);
    assert_score(&score_of(&tool, &none, "wpi"), Some(0.0), None);
    assert_score(&score_of(&tool, &none, "generalized"), Some(0.0), Some("no"));
    assert_eq!(score_of(&tool, &none, "laterality").not_scorable.as_deref(), Some("no region is marked"));
    assert_eq!(score_of(&tool, &none, "overlap").not_scorable.as_deref(), Some("no earlier map was passed in"));
    let unanswered = score_of(&tool, &Default::default(), "regions");
    assert_score(&unanswered, None, None);
    assert_eq!(unanswered.items_missing, ["bodymap"]);
}

fn session(instruments: &[&str]) -> (Session, pain_assessment::Config) {
    let config = Options::from_json(&json!({ "instruments": instruments }).to_string()).and_then(Options::resolve).unwrap();
    (Session::new(config.instruments.clone()), config)
}

#[test]
fn a_marked_region_needs_its_intensity_before_going_on() {
    let (s, _) = session(&["bodymap", "nrs11"]);
    let marked = answer(json!({ "regions": { "left_knee_front": {} } }));
    let s = s.reduce(Action::Answer { item: "bodymap".into(), value: Some(marked) }).reduce(Action::Next);
    assert_eq!((s.page, s.problem("bodymap")), (0, Some(Problem::Incomplete)));
    let rated = answer(json!({ "regions": { "left_knee_front": { "intensity": 3 } } }));
    let s = s.reduce(Action::Answer { item: "bodymap".into(), value: Some(rated) }).reduce(Action::Next);
    assert_eq!((s.page, s.problem("bodymap")), (1, None));
}

#[test]
fn the_map_fills_in_the_fibromyalgia_wpi() {
    // Scoring needs no wording, so the licensed fm2016 is used as shipped.
    let s = Session::new(vec![builtin("bodymap"), builtin("fm2016")]);
    let map = answer(json!({ "regions": {
        "left_face_front": { "intensity": 2 }, "right_buttock_back": { "intensity": 5 }, "right_hip_front": { "intensity": 5 },
        "left_neck_back": { "intensity": 4 }, "right_middle_back_back": { "intensity": 4 }, "left_knee_front": { "intensity": 7 } } }));
    let s = s.reduce(Action::Answer { item: "bodymap".into(), value: Some(map) });
    let fm = &s.answers[1];
    let many = |values: &[&str]| Answer::Many(values.iter().map(|v| v.to_string()).collect());
    assert_eq!(fm.get("wpi_jaw"), Some(&many(&["jaw_left"])));
    assert_eq!(fm.get("wpi_right_lower"), Some(&many(&["hip_right"])));
    assert_eq!(fm.get("wpi_axial"), Some(&many(&["neck", "upper_back"])));
    assert_eq!(fm.get("wpi_left_upper"), Some(&many(&[])));
    let fm2016 = builtin("fm2016");
    assert_score(&score_of(&fm2016, fm, "wpi"), Some(4.0), None);
    assert_score(&score_of(&fm2016, fm, "regions"), Some(2.0), None);
}

#[test]
fn the_envelope_codes_each_marked_region_and_verify_checks_them() {
    let (s, config) = session(&["bodymap"]);
    let map = answer(json!({ "regions": { "right_knee_back": { "intensity": 4, "qualities": ["stabbing"] }, "left_groin_front": { "intensity": 1 } } }));
    let s = s.reduce(Action::Answer { item: "bodymap".into(), value: Some(map) }).reduce(Action::Submit { at: "2026-11-29T10:00:00Z".into() });
    let meta = Meta { submission_id: uuid_v4([3; 16]), started_at: "2026-11-29T09:58:00Z".into() };
    let envelope = build(&s, &config, &meta);
    let json = serde_json::to_value(&envelope).unwrap();
    let regions = &json["instruments"][0]["regions"];
    assert_eq!(regions.as_array().unwrap().len(), 2);
    // CHOIR order: front (122) before back (232).
    assert_eq!(regions[0]["id"], "left_groin_front");
    assert_eq!(regions[0]["number"], 122);
    assert_eq!(regions[0]["site"]["code"], "26893007");
    assert_eq!(regions[0]["laterality"]["code"], "7771000");
    assert_eq!(regions[0]["topography"]["code"], "255549009");
    assert_eq!(regions[1]["name"], "right knee, back");
    assert_eq!(regions[1]["number"], 232);
    assert_eq!(regions[1]["laterality"]["code"], "24028007");
    assert_eq!(regions[1]["topography"]["code"], "255551008");
    assert_eq!(regions[1]["qualities"], json!(["stabbing"]));

    let library = Library::builtin();
    assert!(verify(&envelope, &library).unwrap().ok);
    let mut tampered = envelope.clone();
    tampered.instruments[0].regions[0].number = 121;
    let report = verify(&tampered, &library).unwrap();
    assert!(report.differences.iter().any(|d| d.contains("bodymap: submitted body map regions differ")), "{:?}", report.differences);
}

mod changes {
    use pain_assessment::engine::body_map::{no_pain, set_intensity, step_intensity, toggle_quality, toggle_region};
    use pain_assessment::model::{BodyMapAnswer, Quality};

    #[test]
    fn tapping_marks_and_unmarks_and_the_marked_region_takes_its_details() {
        let one = toggle_region(None, "left_knee_front");
        assert!(one.regions.contains_key("left_knee_front"));
        let rated = step_intensity(Some(&set_intensity(Some(&one), "left_knee_front", 9)), "left_knee_front", true);
        assert_eq!(rated.regions.get("left_knee_front").unwrap().intensity, Some(10));
        assert_eq!(step_intensity(Some(&rated), "left_knee_front", true).regions.get("left_knee_front").unwrap().intensity, Some(10));
        assert_eq!(step_intensity(Some(&one), "left_knee_front", true).regions.get("left_knee_front").unwrap().intensity, Some(1));
        assert_eq!(step_intensity(Some(&one), "left_knee_front", false).regions.get("left_knee_front").unwrap().intensity, Some(0));
        // Qualities keep the offered order whatever order they are ticked in.
        let q = toggle_quality(Some(&one), "left_knee_front", Quality::Numbness);
        let q = toggle_quality(Some(&q), "left_knee_front", Quality::Aching);
        assert_eq!(q.regions.get("left_knee_front").unwrap().qualities, [Quality::Aching, Quality::Numbness]);
        let q = toggle_quality(Some(&q), "left_knee_front", Quality::Numbness);
        assert_eq!(q.regions.get("left_knee_front").unwrap().qualities, [Quality::Aching]);
        // Details for an unmarked region change nothing.
        assert_eq!(set_intensity(Some(&one), "right_knee_front", 3), one);
        assert!(toggle_region(Some(&one), "left_knee_front").regions.is_empty());
    }

    #[test]
    fn no_pain_anywhere_clears_the_marks_and_keeps_the_earlier_map() {
        let mut map = toggle_region(None, "left_knee_front");
        map.previous = Some(vec!["right_hip_front".into()]);
        let none = no_pain(Some(&map), true).unwrap();
        assert!(none.regions.is_empty());
        assert_eq!(none.previous, map.previous);
        assert_eq!(no_pain(Some(&none), false), None);
        assert_eq!(toggle_region(Some(&none), "left_hip_back").regions.len(), 1);
        let _ = BodyMapAnswer::default();
    }
}

#[test]
fn a_review_shows_the_body_maps_of_a_response_and_names_what_is_wrong() {
    let envelope = |answer: serde_json::Value| {
        json!({ "review": { "instruments": [{ "id": "bodymap", "answers": { "bodymap": answer } }, { "id": "nrs11", "answers": { "nrs11_now": 4 } }] } })
    };
    let config = Options::from_json(&envelope(json!({ "regions": { "left_knee_front": { "intensity": 6, "qualities": ["pins_and_needles"] } } })).to_string())
        .and_then(Options::resolve)
        .unwrap();
    assert_eq!(config.review.len(), 1);
    assert_eq!(config.review[0].regions.get("left_knee_front").unwrap().qualities, [pain_assessment::model::Quality::PinsAndNeedles]);
    for (answer, why) in [
        (json!({ "regions": { "left_tail_back": {} } }), "options.review.instruments[0].answers.bodymap: 'left_tail_back' is not a region"),
        (json!({ "regions": { "left_knee_front": { "intensity": 12 } } }), "options.review.instruments[0].answers.bodymap.regions.left_knee_front.intensity: 12 is outside 0..10"),
        (json!({ "regions": { "left_knee_front": { "qualities": ["itchy"] } } }), "qualities[0]: unknown quality 'itchy'"),
        (json!({ "regionz": {} }), "unknown field"),
    ] {
        let err = Options::from_json(&envelope(answer).to_string()).unwrap_err();
        assert!(err.message.contains(why), "{}", err.message);
    }
    let err = Options::from_json(&json!({ "review": { "instruments": [] } }).to_string()).unwrap_err();
    assert!(err.message.contains("expected a response envelope with a body map answer"), "{}", err.message);
    // The JSON names of the qualities are the serde names.
    for q in pain_assessment::model::Quality::ALL {
        assert_eq!(serde_json::to_value(q).unwrap(), json!(q.key()));
    }
}
