//! The marked regions of a body map answer, coded for the host's records.

use crate::bodymap::region;
use crate::model::{Answer, Answers, Code, Instrument, ItemKind, Quality};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

const SNOMED: &str = "http://snomed.info/sct";

/// One marked region, with its codes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MarkedRegion {
    /// The body map item it was marked on.
    pub item: String,
    /// The region's id, e.g. `left_knee_front`.
    pub id: String,
    /// Its CHOIR body map number (front 101–136, back 201–238).
    pub number: u16,
    /// What it is called, e.g. "left knee, front".
    pub name: String,
    /// The SNOMED CT body structure.
    pub site: Code,
    /// The SNOMED CT laterality qualifier (the patient's side).
    pub laterality: Code,
    /// The SNOMED CT topography qualifier: anterior (front view) or posterior (back view).
    pub topography: Code,
    /// Intensity 0–10, once given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intensity: Option<u8>,
    /// How the pain feels there.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub qualities: Vec<Quality>,
}

fn snomed((code, display): (&str, &str)) -> Code {
    Code { system: SNOMED.into(), code: code.into(), display: Some(display.into()) }
}

/// Every region marked on the body map items of `instrument`, in CHOIR order.
pub fn marked_regions(instrument: &Instrument, answers: &Answers) -> Vec<MarkedRegion> {
    let mut out = Vec::new();
    for item in instrument.items.iter().filter(|i| matches!(i.kind, ItemKind::BodyMap {})) {
        let Some(Answer::BodyMap(map)) = answers.get(&item.id) else { continue };
        for r in crate::bodymap::REGIONS.iter() {
            let id = r.id;
            let Some(pain) = map.regions.get(id) else { continue };
            debug_assert!(region(&id).is_some());
            out.push(MarkedRegion {
                item: item.id.clone(),
                number: r.number,
                name: r.name.to_string(),
                site: snomed(r.part.snomed()),
                laterality: snomed(r.side.snomed()),
                topography: snomed(r.view.snomed()),
                intensity: pain.intensity,
                qualities: pain.qualities.clone(),
                id: id.to_string(),
            });
        }
    }
    out
}
