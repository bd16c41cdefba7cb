//! docs/bodymap.md: every region with its codes and where each crosswalk
//! puts it, generated from the tables the engine scores with.

use super::crosswalk::{michigan, wpi};
use super::{areas, REGIONS};

/// The reference page, in Markdown.
pub fn markdown() -> String {
    let mut out = String::from(
        "# Body map regions\n\n\
Generated from `src/bodymap/` by `pa-score bodymap`; do not edit by hand.\n\n\
The 74 regions follow the region split of the CHOIR body map (Scherrer KH et al., \
\"Development and validation of the CHOIR body map\", PAIN Reports 2021;6(1):e880): 36 on the \
front and 38 on the back, each halved into the patient's right and left, numbered as CHOIR numbers \
them (front 101–136 and back 201–238, each view from the viewer's left: on the front the patient's \
right comes first, on the back the patient's left). The figure is this project's own drawing \
(`src/bodymap/figure.json`, made by `scripts/bodymap-figure.mjs`); area is in its units, 1 unit = \
1 CSS pixel at its drawn size.\n\n\
Codes are SNOMED CT: the body structure (read in HL7 Europe's eHDSI Body Site value set, SNOMED CT \
International February 2025, except the palm, from a Minnesota body-site list, and the dorsum of \
the foot, from the FHIR R4 body-site value set), the laterality qualifier (FHIR \
`bodystructure-laterality`: 24028007 Right, 7771000 Left) and the topography qualifier \
(255549009 Anterior for the front view, 255551008 Posterior for the back). SNOMED CT has no \
middle-back concept, so the middle back takes the thoracic back's; the back of the hand and the \
sole, whose own concepts were found in one list only, take the hand's and the foot's.\n\n\
Neither the Michigan Body Map (Brummett CM et al., Pain 2016;157:1205–1212; 35 areas) nor the \
2016 Widespread Pain Index (Wolfe F et al., Semin Arthritis Rheum 2016;46:319–329; 19 areas) \
publishes a crosswalk from these regions; the columns below are this project's, decided region by \
region. The CHOIR face includes the jaw: it is the Michigan map's face and the WPI's jaw. The \
middle back counts as the upper back in both. The Michigan map's pelvis and jaw areas are reached \
by no region, so its count reaches at most 32 of 35. Elbows, wrists, hands, groins, knees, \
ankles, feet and the head are not WPI areas.\n\n\
| number | id | name | area | body structure | laterality | topography | Michigan area | WPI area |\n\
|---|---|---|---|---|---|---|---|---|\n",
    );
    let areas = areas();
    for (region, area) in REGIONS.iter().zip(areas) {
        let (site, site_name) = region.part.snomed();
        let (side, side_name) = region.side.snomed();
        let (view, view_name) = region.view.snomed();
        let wpi = wpi(region).map_or("—".to_string(), |(list, area)| format!("{area} (`{list}`)"));
        out.push_str(&format!(
            "| {} | `{}` | {} | {} | {site} {site_name} | {side} {side_name} | {view} {view_name} | {} | {wpi} |\n",
            region.number,
            region.id,
            region.name,
            crate::engine::show_number(area),
            michigan(region).unwrap_or("—"),
        ));
    }
    out
}
