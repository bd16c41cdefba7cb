//! PHQ-9: depression severity over the last two weeks.
//!
//! - Items, wording and response options: Kroenke K, Spitzer RL, Williams
//!   JBW. The PHQ-9: validity of a brief depression severity measure. J Gen
//!   Intern Med 2001;16:606–613, and the PHQ screeners form. Copyright: Pfizer
//!   Inc., "No permission required to reproduce, translate, display or
//!   distribute."
//! - Score: the sum of items 1–9, each 0–3, range 0–27. The tenth
//!   (difficulty) item is not scored.
//! - Bands: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe,
//!   20–27 severe (Kroenke 2001, cut points 5, 10, 15, 20).
//! - Wording: the current English form (em dashes in items 6 and 8, "noticed?
//!   Or the opposite"), recorded as version `phqscreeners-en-1`. The older
//!   text in LOINC differs slightly and is not mixed in.
//! - Missing items: NHS Data Dictionary, "Patient Health Questionnaire-9":
//!   one or two missing items are replaced by the mean of the answered items
//!   (so the total is prorated as mean × 9, flagged); with more than two
//!   missing the total is not computed.
//! - Safety: any answer above "Not at all" to item 9 raises a flag, whatever
//!   the total.
//! - LOINC: panel 44249-1, total 44261-6, items 44250-9 … 44260-8,
//!   difficulty 69722-7, answers LA6568-5 … LA6571-9 (LL358-3);
//!   difficulty answers LA6572-7, LA6573-5, LA6575-0 (very), LA6574-3
//!   (extremely) (LL359-1).

/// The definition, compacted by build.rs from the JSON file beside this one.
pub(super) const DEFINITION: &str = include_str!(concat!(env!("OUT_DIR"), "/phq9.json"));
