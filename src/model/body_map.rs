//! A body map answer: where it hurts, how much and how it feels.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use super::SortedMap;

/// The regions the patient marked, by region id (see `bodymap::REGIONS`).
/// An empty map is an answer: "no pain anywhere".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BodyMapAnswer {
    /// Each marked region with its intensity and qualities.
    pub regions: SortedMap<String, RegionPain>,
    /// The regions of an earlier map, when the host passed one in to measure
    /// the overlap with it; kept with the answer so that a re-score needs
    /// nothing else.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<Vec<String>>,
}

/// The pain in one marked region.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RegionPain {
    /// Intensity from 0 (no pain) to 10 (worst possible pain), once given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intensity: Option<u8>,
    /// How the pain feels there.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub qualities: Vec<Quality>,
}

/// A quality of pain the patient can tick for a region.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Quality {
    Aching,
    Burning,
    /// Shooting or electric.
    Shooting,
    Stabbing,
    Numbness,
    PinsAndNeedles,
}

impl Quality {
    /// Every quality, in the order offered.
    pub const ALL: [Quality; 6] =
        [Quality::Aching, Quality::Burning, Quality::Shooting, Quality::Stabbing, Quality::Numbness, Quality::PinsAndNeedles];

    /// Its JSON name, e.g. `pins_and_needles`.
    pub fn key(self) -> &'static str {
        match self {
            Quality::Aching => "aching",
            Quality::Burning => "burning",
            Quality::Shooting => "shooting",
            Quality::Stabbing => "stabbing",
            Quality::Numbness => "numbness",
            Quality::PinsAndNeedles => "pins_and_needles",
        }
    }

    /// The words shown to the patient.
    pub fn words(self) -> &'static str {
        match self {
            Quality::Aching => "aching",
            Quality::Burning => "burning",
            Quality::Shooting => "shooting or electric",
            Quality::Stabbing => "stabbing",
            Quality::Numbness => "numbness",
            Quality::PinsAndNeedles => "pins and needles",
        }
    }
}
