//! Pure functions over the model: definition checks, answer checks,
//! scoring, and the session reducer the UI drives.

mod answer;
pub mod score;
pub mod session;
mod validate;

pub use answer::{check_answer, item_score};
pub use score::score;
pub use session::{Action, Delivery, Problem, Session, Stage};
pub use validate::validate_definition;
