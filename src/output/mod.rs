//! What leaves the widget: the response envelope and its re-scoring.

mod envelope;
pub mod read;
pub mod fhir;
mod fhir_enable;
mod regions;
mod verify;

pub use envelope::{build, uuid_v4, widget, DiaryReport, Envelope, InstrumentResponse, Meta, Widget, SCHEMA_VERSION};
pub use regions::{marked_regions, MarkedRegion};
pub use verify::{verify, verify_json, Verification};

/// The JSON Schema of the response envelope, generated from the Rust types.
pub fn envelope_schema() -> serde_json::Value {
    schemars::schema_for!(Envelope).to_value()
}
