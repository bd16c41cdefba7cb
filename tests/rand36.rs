//! RAND 36-Item Health Survey 1.0 against RAND's scoring instructions:
//! Table 1 recodes every precoded response to 0–100, Table 2 averages the
//! recoded items into eight scales, blank items are left out of the average,
//! and item 2 (change in health) is reported on its own.

mod common;
use common::*;
use pain_assessment::engine::has_text;
use pain_assessment::{score, Answer, Answers};

/// RAND Table 1: (items, recoded value of precoded response 1, 2, …).
const TABLE_1: &[(&[u8], &[f64])] = &[
    (&[1, 2, 20, 22, 34, 36], &[100.0, 75.0, 50.0, 25.0, 0.0]),
    (&[3, 4, 5, 6, 7, 8, 9, 10, 11, 12], &[0.0, 50.0, 100.0]),
    (&[13, 14, 15, 16, 17, 18, 19], &[0.0, 100.0]),
    (&[21, 23, 26, 27, 30], &[100.0, 80.0, 60.0, 40.0, 20.0, 0.0]),
    (&[24, 25, 28, 29, 31], &[0.0, 20.0, 40.0, 60.0, 80.0, 100.0]),
    (&[32, 33, 35], &[0.0, 25.0, 50.0, 75.0, 100.0]),
];

/// RAND Table 2, and item 2 on its own: (score id, items averaged).
const TABLE_2: &[(&str, &[u8])] = &[
    ("physical_functioning", &[3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
    ("role_physical", &[13, 14, 15, 16]),
    ("role_emotional", &[17, 18, 19]),
    ("energy_fatigue", &[23, 27, 29, 31]),
    ("emotional_wellbeing", &[24, 25, 26, 28, 30]),
    ("social_functioning", &[20, 32]),
    ("pain", &[21, 22]),
    ("general_health", &[1, 33, 34, 35, 36]),
    ("health_change", &[2]),
];

/// Answers from (item number, precoded response) pairs; other items blank.
fn rand36(pairs: &[(u8, u8)]) -> Answers {
    pairs.iter().map(|(item, response)| (format!("rand36_{item}"), Answer::Text(response.to_string()))).collect()
}

/// Every item answered with the same precoded response, capped at the item's last option.
fn all_answered(response: impl Fn(usize) -> u8) -> Answers {
    let mut pairs: Vec<(u8, u8)> = Vec::new();
    for (items, recodes) in TABLE_1 {
        pairs.extend(items.iter().map(|&i| (i, response(recodes.len()))));
    }
    rand36(&pairs)
}

fn scale_of(item: u8) -> &'static str {
    TABLE_2.iter().find(|(_, items)| items.contains(&item)).map(|(id, _)| *id).expect("every item is in a score")
}

#[track_caller]
fn assert_close(actual: Option<f64>, expected: f64, what: &str) {
    let value = actual.unwrap_or_else(|| panic!("{what}: no value"));
    assert!((value - expected).abs() < 1e-9, "{what}: {value} ≠ {expected}");
}

#[test]
fn the_tables_cover_every_item_once() {
    let mut recoded: Vec<u8> = TABLE_1.iter().flat_map(|(items, _)| items.iter().copied()).collect();
    recoded.sort_unstable();
    assert_eq!(recoded, (1..=36).collect::<Vec<u8>>());
    let mut scaled: Vec<u8> = TABLE_2.iter().flat_map(|(_, items)| items.iter().copied()).collect();
    scaled.sort_unstable();
    assert_eq!(scaled, (1..=36).collect::<Vec<u8>>());
}

#[test]
fn every_response_of_every_item_recodes_as_table_1() {
    let survey = builtin("rand36");
    for (items, recodes) in TABLE_1 {
        for &item in *items {
            let id = format!("rand36_{item}");
            let options = survey.item(&id).unwrap().kind.options();
            assert_eq!(options.len(), recodes.len(), "{id}: options");
            for (i, &expected) in recodes.iter().enumerate() {
                let response = i as u8 + 1;
                assert_eq!(options[i].value, response.to_string(), "{id}: precoded value");
                // Alone in its scale, the item's recoded value is the scale.
                let result = score_of(&survey, &rand36(&[(item, response)]), scale_of(item));
                assert_close(result.value, expected, &format!("item {item} response {response}"));
                assert_eq!(result.items_used, [id.clone()]);
            }
            // A response past the last option is no answer at all.
            let beyond = recodes.len() as u8 + 1;
            let result = score_of(&survey, &rand36(&[(item, beyond)]), scale_of(item));
            assert_score(&result, None, None);
        }
    }
}

#[test]
fn answering_one_scale_moves_only_that_scale() {
    let survey = builtin("rand36");
    for (scale, items) in TABLE_2 {
        let pairs: Vec<(u8, u8)> = items.iter().map(|&i| (i, 1)).collect();
        let scored = score(&survey, &rand36(&pairs));
        assert_eq!(scored.scores.len(), TABLE_2.len());
        for result in &scored.scores {
            if result.id == *scale {
                assert!(result.value.is_some(), "{scale}");
                assert!(!result.prorated, "{scale}: every item answered");
                let expected: Vec<String> = items.iter().map(|i| format!("rand36_{i}")).collect();
                assert_eq!(result.items_used, expected, "{scale}");
                assert!(result.items_missing.is_empty());
            } else {
                assert_score(result, None, None);
                assert!(result.not_scorable.is_some(), "{} moved when only {scale} was answered", result.id);
            }
        }
    }
}

#[test]
fn complete_forms_give_the_hand_computed_scales() {
    let survey = builtin("rand36");
    // Every item answered "1" (the first option), and every item its last option.
    // Expected values worked by hand from Tables 1 and 2.
    let first = all_answered(|_| 1);
    let last = all_answered(|n| n as u8);
    let table: &[(&str, f64, f64)] = &[
        ("physical_functioning", 0.0, 100.0),
        ("role_physical", 0.0, 100.0),
        ("role_emotional", 0.0, 100.0),
        ("energy_fatigue", 50.0, 50.0),      // 23, 27 run 100→0; 29, 31 run 0→100
        ("emotional_wellbeing", 40.0, 60.0), // 26, 30 run 100→0; 24, 25, 28 run 0→100
        ("social_functioning", 50.0, 50.0),  // 20 runs 100→0; 32 runs 0→100
        ("pain", 100.0, 0.0),
        ("general_health", 60.0, 40.0),      // 1, 34, 36 run 100→0; 33, 35 run 0→100
        ("health_change", 100.0, 0.0),
    ];
    for &(scale, with_first, with_last) in table {
        let result = score_of(&survey, &first, scale);
        assert_close(result.value, with_first, &format!("{scale}, all first options"));
        assert!(!result.prorated);
        assert_close(score_of(&survey, &last, scale).value, with_last, &format!("{scale}, all last options"));
    }
}

#[test]
fn a_scale_is_the_mean_of_the_items_answered() {
    let survey = builtin("rand36");
    // Physical functioning with 3 of 10 answered: (0 + 50 + 100) / 3.
    let result = score_of(&survey, &rand36(&[(3, 1), (4, 2), (5, 3)]), "physical_functioning");
    assert_close(result.value, 50.0, "PF 3 of 10");
    assert!(result.prorated);
    assert_eq!(result.items_used, ["rand36_3", "rand36_4", "rand36_5"]);
    assert_eq!(
        result.items_missing,
        ["rand36_6", "rand36_7", "rand36_8", "rand36_9", "rand36_10", "rand36_11", "rand36_12"]
    );

    // Another 3 of 10: (50 + 50 + 100) / 3.
    let result = score_of(&survey, &rand36(&[(9, 2), (10, 2), (12, 3)]), "physical_functioning");
    assert_close(result.value, 200.0 / 3.0, "PF items 9, 10, 12");

    // The worked example: 23 = 4 (40), 27 = 3 (60), 29 = 3 (40), 31 blank → 140 / 3 = 46.7.
    let result = score_of(&survey, &rand36(&[(23, 4), (27, 3), (29, 3)]), "energy_fatigue");
    assert_close(result.value, 140.0 / 3.0, "energy/fatigue with item 31 blank");
    assert!(result.prorated);
    assert_eq!(result.items_missing, ["rand36_31"]);

    // One of two pain items: the one answered is the scale.
    let result = score_of(&survey, &rand36(&[(22, 4)]), "pain");
    assert_close(result.value, 25.0, "pain from item 22 alone");
    assert!(result.prorated);
}

#[test]
fn a_scale_with_nothing_answered_is_not_computed() {
    let survey = builtin("rand36");
    let nothing = score(&survey, &Answers::new());
    for result in &nothing.scores {
        assert_score(result, None, None);
        assert!(!result.prorated);
        assert!(result.not_scorable.is_some(), "{}", result.id);
    }
    // Every other item answered, social functioning (20, 32) left blank.
    let mut answers = all_answered(|_| 1);
    answers.remove("rand36_20");
    answers.remove("rand36_32");
    assert_score(&score_of(&survey, &answers, "social_functioning"), None, None);
    assert_close(score_of(&survey, &answers, "general_health").value, 60.0, "general health unaffected");
}

#[test]
fn item_two_is_reported_on_its_own() {
    let survey = builtin("rand36");
    for (response, expected) in [(1u8, 100.0), (2, 75.0), (3, 50.0), (4, 25.0), (5, 0.0)] {
        let scored = score(&survey, &rand36(&[(2, response)]));
        for result in &scored.scores {
            if result.id == "health_change" {
                assert_close(result.value, expected, &format!("item 2 = {response}"));
                assert!(!result.prorated);
            } else {
                assert_score(result, None, None);
            }
        }
    }
    // Item 2 does not enter general health (items 1, 33–36).
    for item2 in [1u8, 5] {
        let answers = rand36(&[(1, 1), (33, 1), (34, 1), (35, 1), (36, 1), (2, item2)]);
        assert_close(score_of(&survey, &answers, "general_health").value, 60.0, "general health");
    }
    // Without item 2 there is no change score.
    let mut answers = all_answered(|_| 1);
    answers.remove("rand36_2");
    assert_score(&score_of(&survey, &answers, "health_change"), None, None);
}

#[test]
fn the_wording_is_rands() {
    let survey = builtin("rand36");
    assert!(!survey.licence.text_required);
    assert!(has_text(&survey));
    assert_eq!(survey.items.len(), 36);
    let ids: Vec<String> = (1..=36).map(|n| format!("rand36_{n}")).collect();
    assert_eq!(survey.items.iter().map(|i| i.id.clone()).collect::<Vec<_>>(), ids);
    assert!(survey.items.iter().all(|i| i.required));
    assert!(survey.codes.is_empty() && survey.items.iter().all(|i| i.codes.is_empty()), "no unverified LOINC codes");
    assert_eq!(survey.instructions.as_deref(), Some("Choose one option for each questionnaire item."));

    let text = |n: u8| survey.item(&format!("rand36_{n}")).unwrap().text.clone();
    let labels = |n: u8| -> Vec<String> {
        survey.item(&format!("rand36_{n}")).unwrap().kind.options().iter().map(|o| o.label.clone()).collect()
    };
    assert_eq!(text(1), "In general, would you say your health is:");
    assert_eq!(text(2), "Compared to one year ago, how would you rate your health in general now?");
    assert_eq!(
        labels(2),
        [
            "Much better now than one year ago",
            "Somewhat better now than one year ago",
            "About the same",
            "Somewhat worse now than one year ago",
            "Much worse now than one year ago"
        ]
    );
    // Each grouped item carries RAND's lead-in, then RAND's item.
    let pf = "The following items are about activities you might do during a typical day. Does your health now limit you in these activities? If so, how much?";
    assert_eq!(text(10), format!("{pf} Walking several blocks"));
    assert_eq!(text(11), format!("{pf} Walking one block"));
    assert_eq!(labels(3), ["Yes, limited a lot", "Yes, limited a little", "No, not limited at all"]);
    assert!(text(19).ends_with("(such as feeling depressed or anxious)? Didn't do work or other activities as carefully as usual"));
    assert!(text(23).ends_with("How much of the time during the past 4 weeks... Did you feel full of pep?"));
    assert_eq!(
        labels(31),
        ["All of the time", "Most of the time", "A good bit of the time", "Some of the time", "A little of the time", "None of the time"]
    );
    assert_eq!(labels(32), ["All of the time", "Most of the time", "Some of the time", "A little of the time", "None of the time"]);
    assert_eq!(text(36), "How TRUE or FALSE is each of the following statements for you. My health is excellent");
    assert_eq!(labels(36), ["Definitely true", "Mostly true", "Don't know", "Mostly false", "Definitely false"]);
    assert!(survey.licence.copyright.contains("developed at RAND as part of the Medical Outcomes Study"));
    assert!(survey.licence.terms.contains("No further written permission is needed for use of this Health Survey."));
}

#[test]
fn scales_are_0_to_100_means_without_bands() {
    let survey = builtin("rand36");
    let ids: Vec<&str> = survey.scores.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, TABLE_2.iter().map(|(id, _)| *id).collect::<Vec<_>>());
    for def in &survey.scores {
        assert_eq!((def.range.min, def.range.max), (0.0, 100.0), "{}", def.id);
        assert!(def.bands.is_empty(), "{}: RAND publishes no bands", def.id);
        assert!(def.mcid.is_none(), "{}", def.id);
    }
}
