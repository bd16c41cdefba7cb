//! Conversion tables: a raw sum looked up in the instrument's published
//! table (for example a short form's raw score to T-score and standard
//! error). The tables themselves are data in each definition, citing the
//! manual they come from.

use super::aggregate::Outcome;
use crate::model::TableRow;

/// The table's value (and standard error) for the raw sum in `raw`. A
/// prorated raw sum is rounded to the nearest whole number, halves up,
/// before the lookup; a raw sum the table lacks is not scorable rather
/// than interpolated.
pub fn convert(table: &[TableRow], raw: Outcome) -> (Outcome, Option<f64>) {
    let (sum, prorated) = match raw {
        Outcome::Complete(sum) => (sum, false),
        Outcome::Prorated(sum) => ((sum + 0.5).floor(), true),
        not_scorable => return (not_scorable, None),
    };
    match table.iter().find(|row| row.raw == sum) {
        Some(row) if prorated => (Outcome::Prorated(row.value), row.se),
        Some(row) => (Outcome::Complete(row.value), row.se),
        None => (Outcome::NotScorable(format!("the conversion table has no row for a raw sum of {}", crate::engine::show_number(sum))), None),
    }
}
