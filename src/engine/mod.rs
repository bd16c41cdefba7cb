//! Pure functions over the model: definition checks, answer checks,
//! scoring, and the session reducer the UI drives.

mod answer;
pub mod body_map;
pub mod delivery;
pub mod draft;
pub mod enable;
mod paging;
pub mod score;
pub mod session;
mod text_pack;
mod vas;
mod validate;
mod validate_enable;

pub use answer::{check_answer, item_max, item_min, item_score, item_score_or_unticked, parse_decimal, TYPED_MAX};
pub use enable::{clear_disabled, enabled, is_enabled};
pub use score::score;
pub use session::{Action, Delivery, Layout, Problem, Session, Stage};
pub use text_pack::{apply_text_pack, has_text, text_pack_template};
pub use vas::{vas_at, vas_key};
pub use validate::validate_definition;
pub(crate) use validate::{is_instrument_id, is_item_id};

/// A score or bound as people write it: `18`, `12.857142857142858`. Goes
/// through serde_json's float printer so the wasm carries one, not two.
pub fn show_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        (value as i64).to_string()
    } else {
        serde_json::to_string(&value).unwrap_or_else(|_| "NaN".into())
    }
}
