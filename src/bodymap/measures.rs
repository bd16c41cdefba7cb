//! What a marked map measures: how many regions, how much of the body, on
//! which side, how intense, the Michigan Body Map and Widespread Pain Index
//! counts, and the overlap with an earlier map.

use super::crosswalk::{michigan as michigan_area, wpi, WPI_REGIONS};
use super::regions::{Side, View, REGIONS};
use crate::model::BodyMapAnswer;
use serde::Serialize;

/// Every measure of one map.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Measures {
    /// Regions marked, of 74.
    pub regions: usize,
    /// Marked area as a percentage of the figure's area, both views together.
    pub extent: f64,
    /// Marked area of the front view as a percentage of that view.
    pub extent_front: f64,
    /// Marked area of the back view as a percentage of that view.
    pub extent_back: f64,
    /// Regions marked on the patient's right.
    pub right: usize,
    /// Regions marked on the patient's left.
    pub left: usize,
    /// (right − left) ÷ (right + left): −1 all left, 1 all right; none for an empty map.
    pub laterality: Option<f64>,
    /// Mean intensity over the marked regions; none unless every marked region has one.
    pub mean_intensity: Option<f64>,
    /// Highest intensity; none unless every marked region has one.
    pub max_intensity: Option<f64>,
    /// Σ area × intensity ÷ 10 over the marked regions, as a percentage of the
    /// figure's area; none unless every marked region has an intensity.
    pub weighted_extent: Option<f64>,
    /// Michigan Body Map areas marked, of 35.
    pub michigan: usize,
    /// Widespread Pain Index, 0–19.
    pub wpi: usize,
    /// Of the WPI's five regions, how many have pain (jaw, chest and abdomen not counted).
    pub wpi_regions: usize,
    /// Jaccard overlap |A ∩ B| ÷ |A ∪ B| of the marked regions with an earlier
    /// map's; none without an earlier map, or when both are empty.
    pub jaccard: Option<f64>,
}

/// The measures of `map`, with `areas[i]` the area of `REGIONS[i]` in the
/// artwork, and `prior` the region ids of an earlier map if the host gave one.
/// Ids that are not regions are ignored here; answer checks refuse them.
pub fn measures(map: &BodyMapAnswer, areas: &[f64; 74], prior: Option<&[String]>) -> Measures {
    let marked: Vec<usize> = (0..REGIONS.len()).filter(|&i| map.regions.contains_key(REGIONS[i].id)).collect();
    let view_area = |view: View, only_marked: bool| -> f64 {
        (0..REGIONS.len())
            .filter(|&i| REGIONS[i].view == view && (!only_marked || marked.contains(&i)))
            .map(|i| areas[i])
            .sum()
    };
    let (front, back) = (view_area(View::Front, false), view_area(View::Back, false));
    let (front_marked, back_marked) = (view_area(View::Front, true), view_area(View::Back, true));
    let percent = |part: f64, whole: f64| if whole > 0.0 { part / whole * 100.0 } else { 0.0 };

    let right = marked.iter().filter(|&&i| REGIONS[i].side == Side::Right).count();
    let left = marked.len() - right;
    let laterality = (!marked.is_empty()).then(|| (right as f64 - left as f64) / marked.len() as f64);

    let intensities: Option<Vec<(usize, f64)>> = marked
        .iter()
        .map(|&i| map.regions.get(REGIONS[i].id)?.intensity.map(|v| (i, f64::from(v))))
        .collect();
    let intensities = intensities.filter(|list| !list.is_empty());
    let mean_intensity = intensities.as_ref().map(|l| l.iter().map(|(_, v)| v).sum::<f64>() / l.len() as f64);
    let max_intensity = intensities.as_ref().map(|l| l.iter().map(|(_, v)| *v).fold(0.0, f64::max));
    let weighted_extent = intensities
        .as_ref()
        .map(|l| percent(l.iter().map(|(i, v)| areas[*i] * v / 10.0).sum(), front + back));

    // Each area counts once, however many regions fall in it.
    let mut michigan: Vec<&str> = Vec::new();
    let mut wpi_areas: Vec<(&str, &str)> = Vec::new();
    for &i in &marked {
        if let Some(area) = michigan_area(&REGIONS[i]).filter(|a| !michigan.contains(a)) {
            michigan.push(area);
        }
        if let Some(area) = wpi(&REGIONS[i]).filter(|a| !wpi_areas.contains(a)) {
            wpi_areas.push(area);
        }
    }
    let wpi_regions = WPI_REGIONS.iter().filter(|list| wpi_areas.iter().any(|(l, _)| l == *list)).count();

    let jaccard = prior.and_then(|prior| {
        let (mut both, mut either) = (0, 0);
        for (i, region) in REGIONS.iter().enumerate() {
            let (now, then) = (marked.contains(&i), prior.iter().any(|p| p == region.id));
            both += usize::from(now && then);
            either += usize::from(now || then);
        }
        (either > 0).then(|| both as f64 / either as f64)
    });

    Measures {
        regions: marked.len(),
        extent: percent(front_marked + back_marked, front + back),
        extent_front: percent(front_marked, front),
        extent_back: percent(back_marked, back),
        right,
        left,
        laterality,
        mean_intensity,
        max_intensity,
        weighted_extent,
        michigan: michigan.len(),
        wpi: wpi_areas.len(),
        wpi_regions,
        jaccard,
    }
}
