//! PROMIS short forms (structure and scoring; the wording is the clinic's
//! text pack): Pain Interference 4a, 6b and 8a (v1.0/v1.1) and Physical
//! Function 4a (v2.0). Raw score = sum of the item values (1–5); the T-score
//! comes from the scoring manual's raw-score table. The expected tables below
//! are written out from the manual as reproduced by public copies (named in
//! each definition's notes), not read from the definitions.

mod common;
use common::*;
use pain_assessment::model::{Better, Code, ItemKind};
use pain_assessment::{Answer, Answers, Instrument};

/// Item values (1–5) adding up to `raw` over `n` items, filling from the first.
fn values_summing_to(n: usize, raw: usize) -> Vec<u8> {
    assert!((n..=5 * n).contains(&raw), "{raw} is not a raw sum of {n} items");
    let mut extra = raw - n;
    (0..n)
        .map(|_| {
            let add = extra.min(4);
            extra -= add;
            1 + add as u8
        })
        .collect()
}

/// Answers giving each item (by id) its value; `None` leaves it unanswered.
fn answers(ids: &[&str], values: &[Option<u8>]) -> Answers {
    ids.iter()
        .zip(values)
        .filter_map(|(id, v)| v.map(|v| (id.to_string(), Answer::Text(v.to_string()))))
        .collect()
}

fn all(ids: &[&str], values: &[u8]) -> Answers {
    answers(ids, &values.iter().map(|&v| Some(v)).collect::<Vec<_>>())
}

const PI4A: [&str; 4] = ["PAININ9", "PAININ22", "PAININ31", "PAININ34"];
const PI6B: [&str; 6] = ["PAININ3", "PAININ8", "PAININ9", "PAININ10", "PAININ14", "PAININ26"];
const PI8A: [&str; 8] = ["PAININ9", "PAININ22", "PAININ31", "PAININ34", "PAININ12", "PAININ36", "PAININ3", "PAININ13"];
const PF4A: [&str; 4] = ["PFA11", "PFA21", "PFA23", "PFA53"];

/// PI 4a: raw 4–20 → (T, SE).
const PI4A_TABLE: [(f64, f64); 17] = [
    (41.6, 6.1), (49.6, 2.5), (52.0, 2.0), (53.9, 1.9), (55.6, 1.9), (57.1, 1.9), (58.5, 1.8), (59.9, 1.8), (61.2, 1.8),
    (62.5, 1.8), (63.8, 1.8), (65.2, 1.8), (66.6, 1.8), (68.0, 1.8), (69.7, 1.9), (71.6, 2.1), (75.6, 3.7),
];
/// PI 6b: raw 6–30 → T.
const PI6B_TABLE: [f64; 25] = [
    41.0, 48.5, 50.8, 52.5, 53.8, 55.0, 56.1, 57.1, 58.1, 59.1, 60.0, 60.9, 61.8, 62.7, 63.6, 64.5, 65.5, 66.4, 67.4, 68.5,
    69.6, 70.9, 72.4, 74.4, 78.3,
];
/// PI 8a: raw 8–40 → T.
const PI8A_TABLE: [f64; 33] = [
    40.7, 47.9, 49.9, 51.2, 52.3, 53.2, 54.1, 55.0, 55.8, 56.6, 57.4, 58.1, 58.8, 59.5, 60.2, 60.8, 61.5, 62.1, 62.8, 63.5,
    64.1, 64.8, 65.5, 66.2, 66.9, 67.7, 68.4, 69.2, 70.1, 71.0, 72.1, 73.5, 77.0,
];
/// PF 4a v2.0: raw 4–20 → (T, SE).
const PF4A_TABLE: [(f64, f64); 17] = [
    (22.5, 4.0), (26.6, 2.8), (28.9, 2.5), (30.5, 2.4), (31.9, 2.3), (33.2, 2.3), (34.4, 2.3), (35.6, 2.3), (36.7, 2.3),
    (37.9, 2.3), (39.2, 2.4), (40.5, 2.4), (41.9, 2.5), (43.5, 2.6), (45.5, 2.8), (48.3, 3.3), (57.0, 6.6),
];

/// Every raw sum of `ids` scores itself and the expected T (and SE).
#[track_caller]
fn check_table(tool: &Instrument, ids: &[&str], table: &[(f64, Option<f64>)]) {
    let n = ids.len();
    assert_eq!(table.len(), 4 * n + 1, "{}: one row per raw sum", tool.id);
    for (i, &(t, se)) in table.iter().enumerate() {
        let raw = n + i;
        let given = all(ids, &values_summing_to(n, raw));
        assert_score(&score_of(tool, &given, "raw"), Some(raw as f64), None);
        let result = score_of(tool, &given, "tscore");
        assert_eq!(result.value, Some(t), "{} raw {raw}", tool.id);
        assert_eq!(result.standard_error, se, "{} raw {raw}", tool.id);
        assert!(!result.prorated);
        assert_eq!(result.method, "table");
    }
}

#[track_caller]
fn check_structure(tool: &Instrument, ids: &[&str]) {
    assert_eq!(tool.items.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(), ids, "{}: items in form order", tool.id);
    assert!(tool.licence.text_required, "{}", tool.id);
    assert!(tool.items.iter().all(|i| i.text.is_empty()), "{}: no wording ships", tool.id);
    assert!(tool.licence.copyright.contains("PROMIS Health Organization"));
    for item in &tool.items {
        let ItemKind::SingleChoice { options, .. } = &item.kind else { panic!("{}: a single choice", item.id) };
        assert_eq!(options.len(), 5, "{}", item.id);
        for option in options {
            assert!(option.label.is_empty());
            assert_eq!(option.score.map(|s| s.to_string()), Some(option.value.clone()), "{}: value = score", item.id);
            assert_eq!(option.codes.len(), 1, "{}: a LOINC answer code", item.id);
        }
    }
}

fn answer_codes(tool: &Instrument, item: &str) -> Vec<String> {
    let ItemKind::SingleChoice { options, .. } = &tool.item(item).unwrap().kind else { panic!() };
    options.iter().map(|o| o.codes[0].code.clone()).collect()
}

fn loinc(codes: &[Code]) -> Vec<&str> {
    codes.iter().filter(|c| c.system == "http://loinc.org").map(|c| c.code.as_str()).collect()
}

const PI_ANSWERS: [&str; 5] = ["LA6568-5", "LA13863-8", "LA13909-9", "LA13902-4", "LA13914-9"];

#[test]
fn pain_interference_4a_every_row_with_standard_errors() {
    let tool = builtin("promis_pi4a");
    check_structure(&tool, &PI4A);
    assert_eq!(tool.version, "v1.1");
    let table: Vec<_> = PI4A_TABLE.iter().map(|&(t, se)| (t, Some(se))).collect();
    check_table(&tool, &PI4A, &table);
    for id in PI4A {
        assert_eq!(answer_codes(&tool, id), PI_ANSWERS);
    }
    assert!(tool.codes.is_empty(), "no panel code for 4a was found");
}

#[test]
fn pain_interference_6b_every_row() {
    let tool = builtin("promis_pi6b");
    check_structure(&tool, &PI6B);
    let table: Vec<_> = PI6B_TABLE.iter().map(|&t| (t, None)).collect();
    check_table(&tool, &PI6B, &table);
    assert_eq!(loinc(&tool.codes), ["62193-8"]);
    // PAININ26 is a frequency item: Never … Always.
    assert_eq!(answer_codes(&tool, "PAININ26"), ["LA6270-8", "LA10066-1", "LA10082-8", "LA10044-8", "LA9933-8"]);
    for id in PI6B.iter().filter(|id| **id != "PAININ26") {
        assert_eq!(answer_codes(&tool, id), PI_ANSWERS, "{id}");
    }
}

#[test]
fn pain_interference_8a_every_row() {
    let tool = builtin("promis_pi8a");
    check_structure(&tool, &PI8A);
    let table: Vec<_> = PI8A_TABLE.iter().map(|&t| (t, None)).collect();
    check_table(&tool, &PI8A, &table);
    assert_eq!(loinc(&tool.codes), ["75870-6"]);
}

#[test]
fn physical_function_4a_v2_every_row_with_standard_errors() {
    let tool = builtin("promis_pf4a");
    check_structure(&tool, &PF4A);
    assert_eq!(tool.version, "v2.0");
    let table: Vec<_> = PF4A_TABLE.iter().map(|&(t, se)| (t, Some(se))).collect();
    check_table(&tool, &PF4A, &table);
    // Printed order: Without any difficulty (5) first, Unable to do (1) last.
    for id in PF4A {
        let ItemKind::SingleChoice { options, .. } = &tool.item(id).unwrap().kind else { panic!() };
        assert_eq!(options.iter().map(|o| o.value.as_str()).collect::<Vec<_>>(), ["5", "4", "3", "2", "1"]);
        assert_eq!(answer_codes(&tool, id), ["LA13921-4", "LA13918-0", "LA13920-6", "LA13919-8", "LA13912-3"]);
    }
}

#[test]
fn pain_interference_is_worse_higher_and_physical_function_better_higher() {
    for (id, ids) in [("promis_pi4a", &PI4A[..]), ("promis_pi6b", &PI6B[..]), ("promis_pi8a", &PI8A[..])] {
        let tool = builtin(id);
        let none = score_of(&tool, &all(ids, &vec![1; ids.len()]), "tscore").value.unwrap();
        let most = score_of(&tool, &all(ids, &vec![5; ids.len()]), "tscore").value.unwrap();
        assert!(most > none, "{id}: 'very much' interference scores higher");
        let t = tool.scores.iter().find(|s| s.id == "tscore").unwrap();
        assert_eq!(loinc(&t.codes), ["77865-4"]);
        let mcid = t.mcid.as_ref().expect("a published MID");
        assert_eq!(mcid.better, Better::Lower);
        assert_eq!(mcid.points, Some(3.0));
        assert!(mcid.source.contains("Chen"));
    }
    let pf = builtin("promis_pf4a");
    let unable = score_of(&pf, &all(&PF4A, &[1; 4]), "tscore").value.unwrap();
    let without = score_of(&pf, &all(&PF4A, &[5; 4]), "tscore").value.unwrap();
    assert_eq!((unable, without), (22.5, 57.0), "no difficulty is the best function");
    let t = pf.scores.iter().find(|s| s.id == "tscore").unwrap();
    assert_eq!(loinc(&t.codes), ["91721-1"]);
    assert!(t.mcid.is_none(), "no published MID for PF 4a v2.0 was confirmed");
}

#[test]
fn a_missing_item_leaves_both_scores_unscored() {
    for (id, ids) in [("promis_pi4a", &PI4A[..]), ("promis_pi6b", &PI6B[..]), ("promis_pi8a", &PI8A[..]), ("promis_pf4a", &PF4A[..])] {
        let tool = builtin(id);
        // Every item but one answered, even with most items answered: no proration.
        for missing in 0..ids.len() {
            let values: Vec<Option<u8>> = (0..ids.len()).map(|i| if i == missing { None } else { Some(3) }).collect();
            let given = answers(ids, &values);
            for score in ["raw", "tscore"] {
                let result = score_of(&tool, &given, score);
                assert_score(&result, None, None);
                assert!(!result.prorated, "{id} {score}");
                assert_eq!(result.standard_error, None);
                assert!(result.not_scorable.unwrap().contains("every item is needed"), "{id} {score}");
                assert_eq!(result.items_missing, [ids[missing]], "{id} {score}");
            }
        }
        let nothing = score_of(&tool, &Answers::new(), "tscore");
        assert_score(&nothing, None, None);
    }
}

#[test]
fn an_answer_outside_the_options_is_not_scored_as_a_value() {
    let tool = builtin("promis_pi4a");
    let mut given = all(&PI4A, &[2, 2, 2, 2]);
    given.insert("PAININ9".into(), Answer::Text("6".into()));
    assert_eq!(score_of(&tool, &given, "tscore").value, None);
}
