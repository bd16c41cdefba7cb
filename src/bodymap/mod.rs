//! The body map: its 74 coded regions, the crosswalks to the Michigan Body
//! Map and the Widespread Pain Index, and the measures of a marked map. Pure
//! data and functions; the figure itself is drawn from `figure.json`.

pub mod crosswalk;
pub mod doc;
pub mod measures;
pub mod navigate;
pub mod regions;

pub use measures::{measures, Measures};
pub use navigate::{neighbour, Direction};
pub use regions::{index, region, Part, Region, Side, View, REGIONS};

include!(concat!(env!("OUT_DIR"), "/bodymap_areas.rs"));

/// The area of each region in the artwork, in `REGIONS` order (0 for a
/// region the artwork lacks; a test checks that none does).
pub fn areas() -> [f64; 74] {
    artwork().0
}

/// A point well inside each region, in `REGIONS` order, in its view's
/// artwork coordinates.
pub fn centres() -> [(f64, f64); 74] {
    artwork().1
}

/// The artwork's table in `REGIONS` order.
fn artwork() -> ([f64; 74], [(f64, f64); 74]) {
    let mut table = ([0.0; 74], [(0.0, 0.0); 74]);
    for (id, area, centre) in AREAS {
        if let Some(i) = index(id) {
            (table.0[i], table.1[i]) = (*area, *centre);
        }
    }
    table
}
