//! From the 74 map regions to the areas of two published counts. Neither
//! instrument publishes a crosswalk from the CHOIR regions, so each mapping
//! below is ours, decided region by region and documented in
//! docs/bodymap.md; a region with no counterpart maps to nothing.

use super::regions::{Part, Region, Side};

/// The Michigan Body Map area a region falls in (Brummett CM et al.,
/// "Preliminary validation of the Michigan Body Map", Pain
/// 2016;157:1205–1212: 35 areas; the score is the number of areas marked).
pub fn michigan(region: &Region) -> Option<&'static str> {
    use Part::*;
    let right = region.side == Side::Right;
    let pick = |r: &'static str, l: &'static str| Some(if right { r } else { l });
    match region.part {
        // The whole head is one area.
        Cranium | BackOfHead => Some("head"),
        // The CHOIR face half covers the face; the jaw areas are reached
        // from it only in the WPI (below), so it is not counted twice here.
        Face => Some("face"),
        Neck => Some("neck"),
        Shoulder => pick("shoulder_right", "shoulder_left"),
        Chest => pick("chest_right", "chest_left"),
        // The middle back lies above the lumbar region: upper back.
        UpperBack | MiddleBack => Some("upper_back"),
        LowerBack => Some("lower_back"),
        UpperArm => pick("upper_arm_right", "upper_arm_left"),
        Elbow => pick("elbow_right", "elbow_left"),
        Forearm => pick("lower_arm_right", "lower_arm_left"),
        Wrist | Palm | Hand => pick("wrist_hand_right", "wrist_hand_left"),
        Abdomen => Some("abdomen"),
        Groin => pick("groin_right", "groin_left"),
        Hip => pick("hip_right", "hip_left"),
        Buttock => pick("buttock_right", "buttock_left"),
        UpperLeg => pick("upper_leg_right", "upper_leg_left"),
        Knee => pick("knee_right", "knee_left"),
        LowerLeg => pick("lower_leg_right", "lower_leg_left"),
        Ankle | Foot | Sole => pick("ankle_foot_right", "ankle_foot_left"),
    }
}

/// The 2016 Widespread Pain Index area a region falls in (Wolfe F et al.,
/// "2016 Revisions to the 2010/2011 fibromyalgia diagnostic criteria",
/// Semin Arthritis Rheum 2016;46:319–329: 19 areas in 5 regions), as the
/// option value the `fm2016` checklists use, with the checklist it belongs to.
pub fn wpi(region: &Region) -> Option<(&'static str, &'static str)> {
    use Part::*;
    let right = region.side == Side::Right;
    let pick = |list_r: &'static str, r: &'static str, list_l: &'static str, l: &'static str| {
        Some(if right { (list_r, r) } else { (list_l, l) })
    };
    match region.part {
        // The CHOIR face half includes the jaw.
        Face => pick("wpi_jaw", "jaw_right", "wpi_jaw", "jaw_left"),
        Shoulder => pick("wpi_right_upper", "shoulder_girdle_right", "wpi_left_upper", "shoulder_girdle_left"),
        UpperArm => pick("wpi_right_upper", "upper_arm_right", "wpi_left_upper", "upper_arm_left"),
        Forearm => pick("wpi_right_upper", "lower_arm_right", "wpi_left_upper", "lower_arm_left"),
        // "Hip (buttock, trochanter)".
        Hip | Buttock => pick("wpi_right_lower", "hip_right", "wpi_left_lower", "hip_left"),
        UpperLeg => pick("wpi_right_lower", "upper_leg_right", "wpi_left_lower", "upper_leg_left"),
        LowerLeg => pick("wpi_right_lower", "lower_leg_right", "wpi_left_lower", "lower_leg_left"),
        Neck => Some(("wpi_axial", "neck")),
        UpperBack | MiddleBack => Some(("wpi_axial", "upper_back")),
        LowerBack => Some(("wpi_axial", "lower_back")),
        Chest => Some(("wpi_chest_abdomen", "chest")),
        Abdomen => Some(("wpi_chest_abdomen", "abdomen")),
        // Not WPI areas.
        Cranium | BackOfHead | Elbow | Wrist | Palm | Hand | Groin | Knee | Ankle | Foot | Sole => None,
    }
}

/// The WPI's five regions for generalized pain, by checklist: jaw, chest and
/// abdomen are not counted toward them (Wolfe et al. 2016).
pub const WPI_REGIONS: [&str; 5] = ["wpi_left_upper", "wpi_right_upper", "wpi_left_lower", "wpi_right_lower", "wpi_axial"];

/// The WPI checklists' answers a marked map gives: for each checklist of
/// the `fm2016` instrument, the option values of its areas with pain, in the
/// checklist's own order (checklists with none ticked are included, empty).
pub fn wpi_checklists(marked: impl Iterator<Item = &'static Region>) -> Vec<(&'static str, Vec<&'static str>)> {
    const LISTS: [(&str, &[&str]); 7] = [
        ("wpi_left_upper", &["shoulder_girdle_left", "upper_arm_left", "lower_arm_left"]),
        ("wpi_right_upper", &["shoulder_girdle_right", "upper_arm_right", "lower_arm_right"]),
        ("wpi_left_lower", &["hip_left", "upper_leg_left", "lower_leg_left"]),
        ("wpi_right_lower", &["hip_right", "upper_leg_right", "lower_leg_right"]),
        ("wpi_axial", &["neck", "upper_back", "lower_back"]),
        ("wpi_jaw", &["jaw_left", "jaw_right"]),
        ("wpi_chest_abdomen", &["chest", "abdomen"]),
    ];
    let ticked: Vec<(&str, &str)> = marked.filter_map(wpi).collect();
    LISTS
        .iter()
        .map(|(list, values)| (*list, values.iter().copied().filter(|v| ticked.contains(&(*list, *v))).collect()))
        .collect()
}
