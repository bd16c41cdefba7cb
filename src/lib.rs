//! Validated pain scales and questionnaires, scored exactly.
//!
//! The crate has two halves. The clinical core — [`model`], [`engine`],
//! [`instruments`], [`output`], [`import`] and [`config`] — is plain Rust with no browser
//! in it: it compiles and tests natively, and re-scores a submission on a
//! server exactly as the widget scored it in the browser. The browser half
//! (`ui`, a yew component, and `host`, the only wasm-bindgen boundary) is
//! compiled for `wasm32` only.
//!
//! ```
//! use pain_assessment::{score, Answer, Answers, Library};
//!
//! let phq9 = Library::builtin().get("phq9").unwrap();
//! let mut answers = Answers::new();
//! for i in 1..=9 {
//!     answers.insert(format!("phq9_{i}"), Answer::Text("1".into()));
//! }
//! let scored = score(&phq9, &answers);
//! let total = &scored.scores[0];
//! assert_eq!(total.value, Some(9.0));
//! assert_eq!(total.band.as_ref().unwrap().id, "mild");
//! assert_eq!(scored.safety.len(), 1); // item 9 above 0 always raises a flag
//! ```
//!
//! Modules:
//! - [`model`]: instrument definitions, answers, results (serde data);
//! - [`engine`]: definition and answer checks, scoring, the session reducer;
//! - [`instruments`]: the built-in definitions and the host's [`Library`];
//! - [`bodymap`]: the body map's coded regions, crosswalks and measures;
//! - [`care`]: change over time against each score's MCID, procedure response;
//! - [`config`]: the host's options, checked and resolved;
//! - [`import`]: a FHIR R4 Questionnaire as one of our definitions, or why not;
//! - [`i18n`]: the widget's own words in each language it speaks;
//! - [`output`]: the response envelope, its JSON Schema and [`verify`].

pub mod bodymap;
pub mod care;
pub mod config;
pub mod engine;
mod error;
pub mod i18n;
pub mod import;
pub mod instruments;
pub mod model;
pub mod output;

#[cfg(target_arch = "wasm32")]
mod host;
#[cfg(all(target_arch = "wasm32", feature = "widget"))]
mod ui;

#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub use host::{mount, mount_element, Handle};

/// What a panic does, for the browser tests (debug builds only).
#[cfg(all(target_arch = "wasm32", feature = "widget", debug_assertions))]
#[doc(hidden)]
pub use host::panic::contain as contain_panic_for_tests;

pub use config::{Config, Options};
pub use engine::{score, validate_definition, Action, Session};
pub use error::{Category, Error};
pub use instruments::Library;
pub use model::{Answer, Answers, Instrument, ScoreResult, Scored};
pub use output::{envelope_schema, verify, verify_json, Envelope, Verification};
