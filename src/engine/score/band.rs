//! Which interpretation band a score reads as.

use crate::model::{Band, BandResult};

/// The band `value` falls in. Bands are checked to run upwards and cover
/// the range (see `validate`), so the band is the last one whose lower bound
/// the value reaches. A prorated value between two integer bands (e.g. 9.5
/// with bands 5–9 and 10–14) therefore reads as the lower band: it has not
/// reached the next cut point.
pub fn band_for(bands: &[Band], value: f64) -> Option<BandResult> {
    bands.iter().rev().find(|b| value >= b.min).map(|band| BandResult {
        id: band.id.clone(),
        label: band.label.clone(),
    })
}
