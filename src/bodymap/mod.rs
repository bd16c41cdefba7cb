//! The body map: its 74 coded regions, the crosswalks to the Michigan Body
//! Map and the Widespread Pain Index, and the measures of a marked map. Pure
//! data and functions; the figure itself is drawn from `figure.json`.

pub mod crosswalk;
pub mod measures;
pub mod regions;

pub use measures::{measures, Measures};
pub use regions::{region, Part, Region, Side, View, REGIONS};
