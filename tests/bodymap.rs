//! The body map's regions, crosswalks and measures, on hand-computed maps.

use pain_assessment::bodymap::{measures, region, View, REGIONS};
use pain_assessment::model::{BodyMapAnswer, RegionPain};
use std::collections::BTreeSet;

/// Every region 10 units of area: front 360, back 380, both 740.
const EVEN: [f64; 74] = [10.0; 74];

fn map(marked: &[(&str, Option<u8>)]) -> BodyMapAnswer {
    let regions: pain_assessment::model::SortedMap<String, RegionPain> = marked
        .iter()
        .map(|(id, intensity)| {
            assert!(region(id).is_some(), "{id} is not a region");
            (id.to_string(), RegionPain { intensity: *intensity, qualities: vec![] })
        })
        .collect();
    BodyMapAnswer { regions, previous: None }
}

#[track_caller]
fn close(value: f64, expected: f64) {
    assert!((value - expected).abs() < 1e-9, "{value} is not {expected}");
}

#[test]
fn seventy_four_regions_numbered_as_choir_36_front_38_back() {
    let ids: BTreeSet<&str> = REGIONS.iter().map(|r| r.id).collect();
    // The table's ids and names are the ones their parts make.
    for r in &REGIONS {
        assert_eq!((r.id.to_string(), r.name.to_string()), (r.derived_id(), r.derived_name()));
    }
    assert_eq!(ids.len(), 74);
    let numbers: Vec<u16> = REGIONS.iter().map(|r| r.number).collect();
    let expected: Vec<u16> = (101..=136).chain(201..=238).collect();
    assert_eq!(numbers, expected);
    assert_eq!(REGIONS.iter().filter(|r| r.view == View::Front).count(), 36);
    assert!(REGIONS.iter().all(|r| (r.view == View::Front) == (r.number < 200)));
    // Every part is drawn as a right and a left half on its view.
    for r in &REGIONS {
        let twin = REGIONS.iter().filter(|o| o.part == r.part && o.view == r.view && o.side != r.side).count();
        assert_eq!(twin, 1, "{}", r.id);
    }
    assert_eq!(region("left_knee_front").unwrap().name, "left knee, front");
    assert_eq!(region("right_sole_back").unwrap().number, 238);
}

#[test]
fn an_empty_map_measures_nothing() {
    let m = measures(&map(&[]), &EVEN, None);
    assert_eq!((m.regions, m.right, m.left, m.michigan, m.wpi, m.wpi_regions), (0, 0, 0, 0, 0, 0));
    assert_eq!((m.extent, m.extent_front, m.extent_back), (0.0, 0.0, 0.0));
    assert_eq!((m.laterality, m.mean_intensity, m.max_intensity, m.weighted_extent, m.jaccard), (None, None, None, None, None));
}

#[test]
fn one_region() {
    let m = measures(&map(&[("left_knee_front", Some(6))]), &EVEN, None);
    assert_eq!((m.regions, m.right, m.left), (1, 0, 1));
    close(m.extent, 10.0 / 740.0 * 100.0);
    close(m.extent_front, 10.0 / 360.0 * 100.0);
    close(m.extent_back, 0.0);
    assert_eq!(m.laterality, Some(-1.0));
    assert_eq!((m.mean_intensity, m.max_intensity), (Some(6.0), Some(6.0)));
    close(m.weighted_extent.unwrap(), 10.0 * 0.6 / 740.0 * 100.0);
    assert_eq!((m.michigan, m.wpi, m.wpi_regions), (1, 0, 0)); // knees are not WPI areas
}

#[test]
fn all_74_regions() {
    let all: Vec<(&str, Option<u8>)> = REGIONS.iter().enumerate().map(|(i, r)| (r.id, Some((i % 11) as u8))).collect();
    let m = measures(&map(&all), &EVEN, None);
    assert_eq!((m.regions, m.right, m.left), (74, 37, 37));
    assert_eq!((m.extent, m.extent_front, m.extent_back), (100.0, 100.0, 100.0));
    assert_eq!(m.laterality, Some(0.0));
    // Intensities 0..10 repeating over 74 regions: 6 full cycles (sum 55 each) and 0..7.
    let sum = 6.0 * 55.0 + (0..8).sum::<i32>() as f64;
    close(m.mean_intensity.unwrap(), sum / 74.0);
    assert_eq!(m.max_intensity, Some(10.0));
    close(m.weighted_extent.unwrap(), sum * 10.0 / 10.0 / 740.0 * 100.0);
    // Of the Michigan map's 35 areas, the crosswalk reaches 32: its pelvis and
    // its two jaw areas have no CHOIR region of their own (the CHOIR face
    // includes the jaw and counts as the face).
    assert_eq!(m.michigan, 32);
    assert_eq!((m.wpi, m.wpi_regions), (19, 5));
}

#[test]
fn symmetric_and_one_sided_maps() {
    let symmetric = map(&[("right_shoulder_back", Some(4)), ("left_shoulder_back", Some(4)), ("right_knee_front", Some(2)), ("left_knee_front", Some(2))]);
    let m = measures(&symmetric, &EVEN, None);
    assert_eq!((m.right, m.left, m.laterality), (2, 2, Some(0.0)));
    let one_sided = map(&[("right_hip_front", Some(7)), ("right_buttock_back", Some(5)), ("right_upper_leg_back", Some(3))]);
    let m = measures(&one_sided, &EVEN, None);
    assert_eq!((m.right, m.left, m.laterality), (3, 0, Some(1.0)));
    close(m.mean_intensity.unwrap(), 5.0);
    assert_eq!(m.max_intensity, Some(7.0));
    let three_to_one = map(&[("right_hip_front", None), ("right_knee_front", None), ("right_ankle_back", None), ("left_ankle_back", None)]);
    assert_eq!(measures(&three_to_one, &EVEN, None).laterality, Some(0.5));
}

#[test]
fn an_intensity_left_out_leaves_the_intensity_measures_out() {
    let m = measures(&map(&[("right_hip_front", Some(7)), ("left_hip_front", None)]), &EVEN, None);
    assert_eq!((m.mean_intensity, m.max_intensity, m.weighted_extent), (None, None, None));
    assert_eq!(m.regions, 2);
}

#[test]
fn crosswalk_counts_each_area_once() {
    // Front and back of the right shoulder are one Michigan area and one WPI
    // area; hip and buttock are the WPI's one "hip (buttock, trochanter)".
    let m = measures(&map(&[("right_shoulder_front", None), ("right_shoulder_back", None)]), &EVEN, None);
    assert_eq!((m.michigan, m.wpi), (1, 1));
    let m = measures(&map(&[("left_hip_back", None), ("left_buttock_back", None)]), &EVEN, None);
    assert_eq!((m.michigan, m.wpi, m.wpi_regions), (2, 1, 1));
    // Both halves of the head, front and back: one Michigan area, no WPI area.
    let head = map(&[("right_cranium_front", None), ("left_cranium_front", None), ("left_back_of_head_back", None)]);
    assert_eq!(measures(&head, &EVEN, None).michigan, 1);
    assert_eq!(measures(&head, &EVEN, None).wpi, 0);
}

#[test]
fn generalized_pain_counts_regions_without_jaw_chest_and_abdomen() {
    // Jaw, chest and abdomen: 4 WPI areas, but none of the five regions.
    let m = measures(&map(&[("right_face_front", None), ("left_face_front", None), ("right_chest_front", None), ("left_abdomen_front", None)]), &EVEN, None);
    assert_eq!((m.wpi, m.wpi_regions), (4, 0));
    // One area in each of four regions.
    let four = map(&[("left_shoulder_back", None), ("right_forearm_front", None), ("left_lower_leg_back", None), ("right_upper_leg_front", None)]);
    assert_eq!(measures(&four, &EVEN, None).wpi_regions, 4);
    // Neck, middle back and lower back are all the axial region.
    let axial = map(&[("left_neck_back", None), ("right_middle_back_back", None), ("left_lower_back_back", None)]);
    let m = measures(&axial, &EVEN, None);
    assert_eq!((m.wpi, m.wpi_regions), (3, 1));
}

#[test]
fn overlap_with_an_earlier_map() {
    let prior: Vec<String> = ["right_knee_front", "left_knee_front"].map(String::from).into();
    let now = map(&[("left_knee_front", Some(3)), ("left_ankle_front", Some(3))]);
    close(measures(&now, &EVEN, Some(&prior[..])).jaccard.unwrap(), 1.0 / 3.0);
    assert_eq!(measures(&map(&[]), &EVEN, Some(&[][..])).jaccard, None);
    assert_eq!(measures(&map(&[]), &EVEN, Some(&prior[..])).jaccard, Some(0.0));
    let same = map(&[("right_knee_front", None), ("left_knee_front", None)]);
    assert_eq!(measures(&same, &EVEN, Some(&prior[..])).jaccard, Some(1.0));
}

#[test]
fn extent_uses_each_region_area() {
    // Uneven areas: the front right cranium is 30 of a 380-unit front view.
    let mut areas = EVEN;
    areas[0] = 30.0;
    let m = measures(&map(&[("right_cranium_front", Some(10))]), &areas, None);
    close(m.extent_front, 30.0 / 380.0 * 100.0);
    close(m.extent, 30.0 / 760.0 * 100.0);
    close(m.weighted_extent.unwrap(), 30.0 / 760.0 * 100.0);
}

mod keys {
    use pain_assessment::bodymap::{neighbour, Direction, View, REGIONS};

    fn at(id: &str) -> usize {
        REGIONS.iter().position(|r| r.id == id).unwrap_or_else(|| panic!("no region {id}"))
    }

    fn go(from: &str, direction: Direction) -> Option<String> {
        neighbour(at(from), direction).map(|i| REGIONS[i].id.to_string())
    }

    #[test]
    fn arrows_move_as_the_figure_is_drawn() {
        use Direction::*;
        assert_eq!(go("left_knee_front", Up).as_deref(), Some("left_upper_leg_front"));
        assert_eq!(go("left_knee_front", Down).as_deref(), Some("left_lower_leg_front"));
        assert_eq!(go("right_lower_leg_back", Down).as_deref(), Some("right_ankle_back"));
        assert_eq!(go("right_ankle_back", Down).as_deref(), Some("right_sole_back"));
        assert_eq!(go("right_face_front", Up).as_deref(), Some("right_cranium_front"));
        // On the front the patient's right is on the viewer's left.
        assert_eq!(go("left_face_front", Left).as_deref(), Some("right_face_front"));
        assert_eq!(go("right_face_front", Right).as_deref(), Some("left_face_front"));
        // On the back it is the other way round.
        assert_eq!(go("left_lower_back_back", Right).as_deref(), Some("right_lower_back_back"));
        assert_eq!(go("right_cranium_front", Up), None);
    }

    #[test]
    fn off_the_side_of_one_view_the_other_follows() {
        let from_front = neighbour(at("left_wrist_front"), Direction::Right).map(|i| REGIONS[i]);
        assert_eq!(from_front.map(|r| r.view), Some(View::Back));
        let from_back = neighbour(at("left_wrist_back"), Direction::Left).map(|i| REGIONS[i]);
        assert_eq!(from_back.map(|r| r.view), Some(View::Front));
    }

    #[test]
    fn every_region_can_be_reached_by_arrow_keys_alone() {
        let mut seen = vec![false; REGIONS.len()];
        let mut queue = vec![0];
        seen[0] = true;
        while let Some(i) = queue.pop() {
            for d in [Direction::Up, Direction::Down, Direction::Left, Direction::Right] {
                if let Some(j) = neighbour(i, d) {
                    if !seen[j] {
                        seen[j] = true;
                        queue.push(j);
                    }
                }
            }
        }
        let missed: Vec<&str> = REGIONS.iter().zip(&seen).filter(|(_, s)| !**s).map(|(r, _)| r.id).collect();
        assert!(missed.is_empty(), "not reachable: {missed:?}");
    }
}

#[test]
fn docs_bodymap_md_is_generated_from_the_tables() {
    let generated = pain_assessment::bodymap::doc::markdown();
    let committed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/bodymap.md")).unwrap_or_default();
    assert!(committed == generated, "docs/bodymap.md is out of date: run `cargo run --bin pa-score bodymap > docs/bodymap.md`");
    assert_eq!(generated.lines().filter(|l| l.starts_with("| 1") || l.starts_with("| 2")).count(), 74);
}
