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
            Part::Cranium => "head",
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
    /// The stable id, `{side}_{part}_{view}`, e.g. `left_knee_front`.
    pub fn id(&self) -> String {
        format!("{}_{}_{}", self.side_key(), self.part.key(), self.view_key())
    }

    /// The name a screen reader announces, e.g. "left knee, front".
    pub fn name(&self) -> String {
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

const fn front(number: u16, side: Side, part: Part) -> Region {
    Region { number, side, part, view: View::Front }
}

const fn back(number: u16, side: Side, part: Part) -> Region {
    Region { number, side, part, view: View::Back }
}

use Part::*;
use Side::{Left as L, Right as R};

/// Every region in CHOIR number order. CHOIR numbers each view as drawn,
/// from the viewer's left: on the front that is the patient's right first,
/// on the back the patient's left first.
pub const REGIONS: [Region; 74] = [
    front(101, R, Cranium),
    front(102, L, Cranium),
    front(103, R, Face),
    front(104, L, Face),
    front(105, R, Neck),
    front(106, L, Neck),
    front(107, R, Shoulder),
    front(108, R, Chest),
    front(109, L, Chest),
    front(110, L, Shoulder),
    front(111, R, UpperArm),
    front(112, L, UpperArm),
    front(113, R, Elbow),
    front(114, L, Elbow),
    front(115, R, Forearm),
    front(116, R, Abdomen),
    front(117, L, Abdomen),
    front(118, L, Forearm),
    front(119, R, Wrist),
    front(120, R, Hip),
    front(121, R, Groin),
    front(122, L, Groin),
    front(123, L, Hip),
    front(124, L, Wrist),
    front(125, R, Palm),
    front(126, R, UpperLeg),
    front(127, L, UpperLeg),
    front(128, L, Palm),
    front(129, R, Knee),
    front(130, L, Knee),
    front(131, R, LowerLeg),
    front(132, L, LowerLeg),
    front(133, R, Ankle),
    front(134, L, Ankle),
    front(135, R, Foot),
    front(136, L, Foot),
    back(201, L, Cranium),
    back(202, R, Cranium),
    back(203, L, BackOfHead),
    back(204, R, BackOfHead),
    back(205, L, Neck),
    back(206, R, Neck),
    back(207, L, Shoulder),
    back(208, L, UpperBack),
    back(209, R, UpperBack),
    back(210, R, Shoulder),
    back(211, L, UpperArm),
    back(212, L, MiddleBack),
    back(213, R, MiddleBack),
    back(214, R, UpperArm),
    back(215, L, Elbow),
    back(216, R, Elbow),
    back(217, L, Forearm),
    back(218, L, LowerBack),
    back(219, R, LowerBack),
    back(220, R, Forearm),
    back(221, L, Wrist),
    back(222, L, Hip),
    back(223, L, Buttock),
    back(224, R, Buttock),
    back(225, R, Hip),
    back(226, R, Wrist),
    back(227, L, Hand),
    back(228, L, UpperLeg),
    back(229, R, UpperLeg),
    back(230, R, Hand),
    back(231, L, Knee),
    back(232, R, Knee),
    back(233, L, LowerLeg),
    back(234, R, LowerLeg),
    back(235, L, Ankle),
    back(236, R, Ankle),
    back(237, L, Sole),
    back(238, R, Sole),
];

/// The region with `id`, if any.
pub fn region(id: &str) -> Option<&'static Region> {
    REGIONS.iter().find(|r| r.id() == id)
}
