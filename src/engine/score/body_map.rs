//! Body map scores: each names one measure of the map (see
//! `crate::bodymap::measures`, whose sources are cited there).

use super::aggregate::Outcome;
use crate::bodymap::{areas, measures};
use crate::model::{Answer, Answers, Measure, ScoreDefinition};

/// The measure `def` names, of the map answered to its item.
pub fn measure(def: &ScoreDefinition, answers: &Answers) -> Outcome {
    let (Some(item), Some(measure)) = (def.items.first(), def.measure) else {
        return Outcome::NotScorable("a body map score needs its item and a measure".into());
    };
    let Some(Answer::BodyMap(map)) = answers.get(item) else {
        return Outcome::NotScorable("the body map is unanswered".into());
    };
    let m = measures(map, &areas(), map.previous.as_deref());
    let count = |n: usize| Outcome::Complete(n as f64);
    let needs = |value: Option<f64>, why: &str| value.map_or_else(|| Outcome::NotScorable(why.into()), Outcome::Complete);
    const INTENSITY: &str = "a marked region has no intensity";
    match measure {
        Measure::Regions => count(m.regions),
        Measure::Extent => Outcome::Complete(m.extent),
        Measure::ExtentFront => Outcome::Complete(m.extent_front),
        Measure::ExtentBack => Outcome::Complete(m.extent_back),
        Measure::Right => count(m.right),
        Measure::Left => count(m.left),
        Measure::Laterality => needs(m.laterality, "no region is marked"),
        Measure::MeanIntensity => needs(m.mean_intensity, if m.regions == 0 { "no region is marked" } else { INTENSITY }),
        Measure::MaxIntensity => needs(m.max_intensity, if m.regions == 0 { "no region is marked" } else { INTENSITY }),
        Measure::WeightedExtent if m.regions == 0 => Outcome::Complete(0.0),
        Measure::WeightedExtent => needs(m.weighted_extent, INTENSITY),
        Measure::Michigan => count(m.michigan),
        Measure::Wpi => count(m.wpi),
        Measure::WpiRegions => count(m.wpi_regions),
        Measure::Overlap => needs(
            m.jaccard,
            if map.previous.is_none() { "no earlier map was passed in" } else { "neither map has a marked region" },
        ),
    }
}
