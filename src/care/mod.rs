//! For interventional pain care, over the visits: how scores changed
//! against their minimal clinically important differences, and how pain
//! responded to a procedure. Pure: it reads responses and definitions and
//! computes; the UI and the host only show and carry the results.

pub mod change;
pub mod diary;
pub mod mme;
pub mod plan;
pub mod summary;
pub mod time;
