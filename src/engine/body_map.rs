//! The changes a patient makes to a body map, as pure functions from one
//! answer to the next; the UI only calls them.

use crate::model::{BodyMapAnswer, Quality, RegionPain};

/// `map` with region `id` marked if it was not, unmarked if it was. Marking
/// a region ends "no pain anywhere".
pub fn toggle_region(map: Option<&BodyMapAnswer>, id: &str) -> BodyMapAnswer {
    let mut next = map.cloned().unwrap_or_default();
    if next.regions.remove(id).is_none() {
        next.regions.insert(id.to_string(), RegionPain::default());
    }
    next
}

/// `map` with the intensity of marked region `id` set to `intensity`
/// (0–10); an unmarked region is left alone.
pub fn set_intensity(map: Option<&BodyMapAnswer>, id: &str, intensity: u8) -> BodyMapAnswer {
    let mut next = map.cloned().unwrap_or_default();
    if let Some(pain) = next.regions.get_mut(id) {
        pain.intensity = Some(intensity.min(10));
    }
    next
}

/// `map` with the intensity of marked region `id` one step up (`up`) or
/// down, within 0–10; a first step up from none gives 1, down gives 0.
pub fn step_intensity(map: Option<&BodyMapAnswer>, id: &str, up: bool) -> BodyMapAnswer {
    let now = map.and_then(|m| m.regions.get(id)).and_then(|p| p.intensity);
    let next = match (now, up) {
        (None, true) => 1,
        (None, false) => 0,
        (Some(n), true) => (n + 1).min(10),
        (Some(n), false) => n.saturating_sub(1),
    };
    set_intensity(map, id, next)
}

/// `map` with `quality` ticked or unticked for marked region `id`, keeping
/// the qualities in the order they are offered.
pub fn toggle_quality(map: Option<&BodyMapAnswer>, id: &str, quality: Quality) -> BodyMapAnswer {
    let mut next = map.cloned().unwrap_or_default();
    if let Some(pain) = next.regions.get_mut(id) {
        let on = |q: &Quality| (*q == quality) != pain.qualities.contains(q);
        pain.qualities = Quality::ALL.into_iter().filter(on).collect();
    }
    next
}

/// "No pain anywhere" chosen (`true`: every mark cleared, an answer in
/// itself) or withdrawn (`false`: unanswered again).
pub fn no_pain(map: Option<&BodyMapAnswer>, chosen: bool) -> Option<BodyMapAnswer> {
    chosen.then(|| BodyMapAnswer { regions: Default::default(), previous: map.and_then(|m| m.previous.clone()) })
}
