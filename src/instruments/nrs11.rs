//! NRS-11: pain intensity "right now" on an 11-point numeric rating scale.
//!
//! - Scale and anchors: the 11-point pain intensity numerical rating scale,
//!   "0 = no pain and 10 = worst possible pain" (Farrar JT et al. Clinical
//!   importance of changes in chronic pain intensity measured on an 11-point
//!   numerical pain rating scale. Pain 2001;94:149–158).
//! - Code: LOINC 72514-3, "Pain severity - 0-10 verbal numeric rating
//!   [Score] - Reported".
//! - Score: the number chosen, 0–10; no missing-item rule applies to a single
//!   item (unanswered means no score). No interpretation bands are attached:
//!   the mild/moderate/severe cut points in circulation differ between
//!   studies and populations, so none is presented as the published one.

/// The definition, compacted by build.rs from the JSON file beside this one.
pub(super) const DEFINITION: &str = include_str!(concat!(env!("OUT_DIR"), "/nrs11.json"));
