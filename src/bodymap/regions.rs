//! The 74 regions of the body map: the region split of the validated CHOIR
//! body map (Scherrer KH et al., "Development and validation of the CHOIR
//! body map", PAIN Reports 2021;6:e880), 36 on the front and 38 on the
//! back, every region halved into the patient's right and left. Numbers are
//! CHOIR's (front 101–136, back 201–238, as numbered in the CHOIRBM package,
//! Cramer et al. 2022), so maps can be compared with CHOIR data.

use serde::Serialize;

/// Which side of the figure a region is drawn on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum View {
    /// The figure seen from the front: the patient's right is on the viewer's left.
    Front,
    /// The figure seen from behind: the patient's right is on the viewer's right.
    Back,
}

/// The patient's side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Side {
    /// The patient's right.
    Right,
    /// The patient's left.
    Left,
}

/// A body part as the CHOIR map names it; each is drawn as a right and a
/// left region, on the front, the back, or both.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    Cranium,
    Face,
    BackOfHead,
    Neck,
    Shoulder,
    Chest,
    UpperBack,
    UpperArm,
    MiddleBack,
    Elbow,
    Forearm,
    Abdomen,
    LowerBack,
    Wrist,
    Hip,
    Groin,
    Buttock,
    Palm,
    Hand,
    UpperLeg,
    Knee,
    LowerLeg,
    Ankle,
    Foot,
    Sole,
}

impl Part {
    /// The id fragment, e.g. `upper_arm`.
    pub fn key(self) -> &'static str {
        match self {
            Part::Cranium => "cranium",
            Part::Face => "face",
            Part::BackOfHead => "back_of_head",
            Part::Neck => "neck",
            Part::Shoulder => "shoulder",
            Part::Chest => "chest",
            Part::UpperBack => "upper_back",
            Part::UpperArm => "upper_arm",
            Part::MiddleBack => "middle_back",
            Part::Elbow => "elbow",
            Part::Forearm => "forearm",
            Part::Abdomen => "abdomen",
            Part::LowerBack => "lower_back",
            Part::Wrist => "wrist",
            Part::Hip => "hip",
            Part::Groin => "groin",
            Part::Buttock => "buttock",
            Part::Palm => "palm",
            Part::Hand => "hand",
            Part::UpperLeg => "upper_leg",
            Part::Knee => "knee",
            Part::LowerLeg => "lower_leg",
            Part::Ankle => "ankle",
            Part::Foot => "foot",
            Part::Sole => "sole",
        }
    }

    /// The words a patient reads, e.g. "upper arm".
    pub fn words(self) -> &'static str {
        match self {
            Part::Cranium => "top of head",
            Part::Face => "face",
            Part::BackOfHead => "back of head",
            Part::Neck => "neck",
            Part::Shoulder => "shoulder",
            Part::Chest => "chest",
            Part::UpperBack => "upper back",
            Part::UpperArm => "upper arm",
            Part::MiddleBack => "middle back",
            Part::Elbow => "elbow",
            Part::Forearm => "forearm",
            Part::Abdomen => "abdomen",
            Part::LowerBack => "lower back",
            Part::Wrist => "wrist",
            Part::Hip => "hip",
            Part::Groin => "groin",
            Part::Buttock => "buttock",
            Part::Palm => "palm",
            Part::Hand => "back of hand",
            Part::UpperLeg => "thigh",
            Part::Knee => "knee",
            Part::LowerLeg => "lower leg",
            Part::Ankle => "ankle",
            Part::Foot => "top of foot",
            Part::Sole => "sole",
        }
    }
}

impl Part {
    /// The SNOMED CT body structure (code, display), read in HL7 Europe's
    /// eHDSI Body Site value set (SNOMED CT International, February 2025)
    /// unless noted. One concept per part: the view is the topography
    /// qualifier and the side the laterality (see [`Region::codes`]).
    pub fn snomed(self) -> (&'static str, &'static str) {
        match self {
            Part::Cranium => ("69536005", "Head structure"),
            Part::Face => ("89545001", "Face structure"),
            Part::BackOfHead => ("43631005", "Occipital region structure"),
            Part::Neck => ("45048000", "Neck structure"),
            Part::Shoulder => ("16982005", "Shoulder region structure"),
            Part::Chest => ("51185008", "Thoracic structure"),
            // SNOMED CT has no middle-back concept: both are the thoracic back.
            Part::UpperBack | Part::MiddleBack => ("304037003", "Structure of back of thoracic region"),
            Part::UpperArm => ("40983000", "Upper arm structure"),
            Part::Elbow => ("127949000", "Elbow region structure"),
            Part::Forearm => ("14975008", "Forearm structure"),
            Part::Abdomen => ("818983003", "Abdomen"),
            Part::LowerBack => ("37822005", "Lower back structure"),
            Part::Wrist => ("8205005", "Wrist region structure"),
            Part::Hip => ("29836001", "Hip region structure"),
            Part::Groin => ("26893007", "Inguinal region structure"),
            Part::Buttock => ("46862004", "Buttock structure"),
            // Palm: Minnesota body-site list and a public checklist (not in eHDSI).
            Part::Palm => ("21547004", "Palm (region) structure"),
            // The dorsum of the hand has no unlateralised concept in the
            // sources checked: the hand.
            Part::Hand => ("85562004", "Hand structure"),
            Part::UpperLeg => ("68367000", "Thigh structure"),
            Part::Knee => ("72696002", "Knee region structure"),
            Part::LowerLeg => ("30021000", "Lower leg structure"),
            Part::Ankle => ("344001", "Ankle region structure"),
            // Dorsum of foot: the FHIR R4 body-site value set.
            Part::Foot => ("2402003", "Structure of dorsum of foot"),
            // The sole's own concept was found in one list only: the foot.
            Part::Sole => ("56459004", "Foot structure"),
        }
    }
}

impl Side {
    /// The SNOMED CT laterality qualifier, from the FHIR
    /// `bodystructure-laterality` value set.
    pub fn snomed(self) -> (&'static str, &'static str) {
        match self {
            Side::Right => ("24028007", "Right"),
            Side::Left => ("7771000", "Left"),
        }
    }
}

impl View {
    /// The SNOMED CT topography qualifier (HL7 Europe site qualifiers).
    pub fn snomed(self) -> (&'static str, &'static str) {
        match self {
            View::Front => ("255549009", "Anterior"),
            View::Back => ("255551008", "Posterior"),
        }
    }
}

/// One region of the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Region {
    /// The stable id, `{side}_{part}_{view}`, e.g. `left_knee_front`.
    pub id: &'static str,
    /// The name a screen reader announces, e.g. "left knee, front".
    pub name: &'static str,
    /// The CHOIR region number.
    pub number: u16,
    /// The patient's side.
    pub side: Side,
    /// The body part.
    pub part: Part,
    /// The view it is drawn on.
    pub view: View,
}

impl Region {
    /// The id as its parts make it (the table's ids are checked against it).
    pub fn derived_id(&self) -> String {
        format!("{}_{}_{}", self.side_key(), self.part.key(), self.view_key())
    }

    /// The name as its parts make it (the table's names are checked against it).
    pub fn derived_name(&self) -> String {
        format!("{} {}, {}", self.side_key(), self.part.words(), self.view_key())
    }

    fn side_key(&self) -> &'static str {
        match self.side {
            Side::Right => "right",
            Side::Left => "left",
        }
    }

    fn view_key(&self) -> &'static str {
        match self.view {
            View::Front => "front",
            View::Back => "back",
        }
    }
}

const fn front(number: u16, side: Side, part: Part, id: &'static str, name: &'static str) -> Region {
    Region { id, name, number, side, part, view: View::Front }
}

const fn back(number: u16, side: Side, part: Part, id: &'static str, name: &'static str) -> Region {
    Region { id, name, number, side, part, view: View::Back }
}

use Part::*;
use Side::{Left as L, Right as R};

/// Every region in CHOIR number order. CHOIR numbers each view as drawn,
/// from the viewer's left: on the front that is the patient's right first,
/// on the back the patient's left first.
pub const REGIONS: [Region; 74] = [
    front(101, R, Cranium, "right_cranium_front", "right top of head, front"),
    front(102, L, Cranium, "left_cranium_front", "left top of head, front"),
    front(103, R, Face, "right_face_front", "right face, front"),
    front(104, L, Face, "left_face_front", "left face, front"),
    front(105, R, Neck, "right_neck_front", "right neck, front"),
    front(106, L, Neck, "left_neck_front", "left neck, front"),
    front(107, R, Shoulder, "right_shoulder_front", "right shoulder, front"),
    front(108, R, Chest, "right_chest_front", "right chest, front"),
    front(109, L, Chest, "left_chest_front", "left chest, front"),
    front(110, L, Shoulder, "left_shoulder_front", "left shoulder, front"),
    front(111, R, UpperArm, "right_upper_arm_front", "right upper arm, front"),
    front(112, L, UpperArm, "left_upper_arm_front", "left upper arm, front"),
    front(113, R, Elbow, "right_elbow_front", "right elbow, front"),
    front(114, L, Elbow, "left_elbow_front", "left elbow, front"),
    front(115, R, Forearm, "right_forearm_front", "right forearm, front"),
    front(116, R, Abdomen, "right_abdomen_front", "right abdomen, front"),
    front(117, L, Abdomen, "left_abdomen_front", "left abdomen, front"),
    front(118, L, Forearm, "left_forearm_front", "left forearm, front"),
    front(119, R, Wrist, "right_wrist_front", "right wrist, front"),
    front(120, R, Hip, "right_hip_front", "right hip, front"),
    front(121, R, Groin, "right_groin_front", "right groin, front"),
    front(122, L, Groin, "left_groin_front", "left groin, front"),
    front(123, L, Hip, "left_hip_front", "left hip, front"),
    front(124, L, Wrist, "left_wrist_front", "left wrist, front"),
    front(125, R, Palm, "right_palm_front", "right palm, front"),
    front(126, R, UpperLeg, "right_upper_leg_front", "right thigh, front"),
    front(127, L, UpperLeg, "left_upper_leg_front", "left thigh, front"),
    front(128, L, Palm, "left_palm_front", "left palm, front"),
    front(129, R, Knee, "right_knee_front", "right knee, front"),
    front(130, L, Knee, "left_knee_front", "left knee, front"),
    front(131, R, LowerLeg, "right_lower_leg_front", "right lower leg, front"),
    front(132, L, LowerLeg, "left_lower_leg_front", "left lower leg, front"),
    front(133, R, Ankle, "right_ankle_front", "right ankle, front"),
    front(134, L, Ankle, "left_ankle_front", "left ankle, front"),
    front(135, R, Foot, "right_foot_front", "right top of foot, front"),
    front(136, L, Foot, "left_foot_front", "left top of foot, front"),
    back(201, L, Cranium, "left_cranium_back", "left top of head, back"),
    back(202, R, Cranium, "right_cranium_back", "right top of head, back"),
    back(203, L, BackOfHead, "left_back_of_head_back", "left back of head, back"),
    back(204, R, BackOfHead, "right_back_of_head_back", "right back of head, back"),
    back(205, L, Neck, "left_neck_back", "left neck, back"),
    back(206, R, Neck, "right_neck_back", "right neck, back"),
    back(207, L, Shoulder, "left_shoulder_back", "left shoulder, back"),
    back(208, L, UpperBack, "left_upper_back_back", "left upper back, back"),
    back(209, R, UpperBack, "right_upper_back_back", "right upper back, back"),
    back(210, R, Shoulder, "right_shoulder_back", "right shoulder, back"),
    back(211, L, UpperArm, "left_upper_arm_back", "left upper arm, back"),
    back(212, L, MiddleBack, "left_middle_back_back", "left middle back, back"),
    back(213, R, MiddleBack, "right_middle_back_back", "right middle back, back"),
    back(214, R, UpperArm, "right_upper_arm_back", "right upper arm, back"),
    back(215, L, Elbow, "left_elbow_back", "left elbow, back"),
    back(216, R, Elbow, "right_elbow_back", "right elbow, back"),
    back(217, L, Forearm, "left_forearm_back", "left forearm, back"),
    back(218, L, LowerBack, "left_lower_back_back", "left lower back, back"),
    back(219, R, LowerBack, "right_lower_back_back", "right lower back, back"),
    back(220, R, Forearm, "right_forearm_back", "right forearm, back"),
    back(221, L, Wrist, "left_wrist_back", "left wrist, back"),
    back(222, L, Hip, "left_hip_back", "left hip, back"),
    back(223, L, Buttock, "left_buttock_back", "left buttock, back"),
    back(224, R, Buttock, "right_buttock_back", "right buttock, back"),
    back(225, R, Hip, "right_hip_back", "right hip, back"),
    back(226, R, Wrist, "right_wrist_back", "right wrist, back"),
    back(227, L, Hand, "left_hand_back", "left back of hand, back"),
    back(228, L, UpperLeg, "left_upper_leg_back", "left thigh, back"),
    back(229, R, UpperLeg, "right_upper_leg_back", "right thigh, back"),
    back(230, R, Hand, "right_hand_back", "right back of hand, back"),
    back(231, L, Knee, "left_knee_back", "left knee, back"),
    back(232, R, Knee, "right_knee_back", "right knee, back"),
    back(233, L, LowerLeg, "left_lower_leg_back", "left lower leg, back"),
    back(234, R, LowerLeg, "right_lower_leg_back", "right lower leg, back"),
    back(235, L, Ankle, "left_ankle_back", "left ankle, back"),
    back(236, R, Ankle, "right_ankle_back", "right ankle, back"),
    back(237, L, Sole, "left_sole_back", "left sole, back"),
    back(238, R, Sole, "right_sole_back", "right sole, back"),
];

/// The region with `id`, if any.
pub fn region(id: &str) -> Option<&'static Region> {
    REGIONS.iter().find(|r| r.id == id)
}

/// The index in [`REGIONS`] of the region with `id`, if any.
pub fn index(id: &str) -> Option<usize> {
    REGIONS.iter().position(|r| r.id == id)
}
