//! The built-in instruments and the library a host extends with its own.
//!
//! Each built-in is a JSON definition (data) beside a Rust file that cites
//! its published sources; the JSON carries the same citations so they reach
//! the catalogue and every submission.

mod nrs11;
mod phq9;

use crate::engine::validate_definition;
use crate::error::{Category, Error};
use crate::model::Instrument;
use std::rc::Rc;

/// The ids of the built-in instruments, in catalogue order.
pub const BUILTIN_IDS: &[&str] = &["nrs11", "phq9"];

fn builtin_source(id: &str) -> Option<&'static str> {
    match id {
        "nrs11" => Some(nrs11::DEFINITION),
        "phq9" => Some(phq9::DEFINITION),
        _ => None,
    }
}

/// Parses and checks one instrument definition given as JSON text.
pub fn parse_definition(json: &str) -> Result<Instrument, Error> {
    let instrument: Instrument = serde_json::from_str(json)
        .map_err(|e| Error::new(Category::Definition, format!("instrument definition: {e}")))?;
    check(instrument)
}

/// Checks a definition that is already parsed.
pub fn check(instrument: Instrument) -> Result<Instrument, Error> {
    let issues = validate_definition(&instrument);
    if issues.is_empty() {
        Ok(instrument)
    } else {
        Err(Error::new(
            Category::Definition,
            format!("instrument '{}': {}", instrument.id, issues.join("; ")),
        ))
    }
}

/// Instruments by id: the built-ins plus any the host defines.
#[derive(Clone, Debug, Default)]
pub struct Library {
    custom: Vec<Rc<Instrument>>,
}

impl Library {
    /// The built-in instruments only.
    pub fn builtin() -> Self {
        Library::default()
    }

    /// Adds a host-defined instrument after checking it. Its id may not
    /// shadow a built-in one: a submission naming `phq9` must always mean the
    /// published PHQ-9.
    pub fn add(&mut self, instrument: Instrument) -> Result<(), Error> {
        if builtin_source(&instrument.id).is_some() {
            return Err(Error::new(
                Category::Definition,
                format!("instrument '{}': that id belongs to a built-in instrument", instrument.id),
            ));
        }
        if self.custom.iter().any(|i| i.id == instrument.id) {
            return Err(Error::new(
                Category::Definition,
                format!("instrument '{}': defined twice", instrument.id),
            ));
        }
        self.custom.push(Rc::new(check(instrument)?));
        Ok(())
    }

    /// The instrument with `id`.
    pub fn get(&self, id: &str) -> Result<Rc<Instrument>, Error> {
        if let Some(json) = builtin_source(id) {
            // A built-in that fails to load is a defect in this crate, which
            // the tests catch; it is still reported, never a panic.
            return parse_definition(json)
                .map(Rc::new)
                .map_err(|e| Error::new(Category::Internal, e.message));
        }
        self.custom.iter().find(|i| i.id == id).cloned().ok_or_else(|| {
            Error::new(
                Category::Config,
                format!("unknown instrument '{id}' (known: {})", self.ids().join(", ")),
            )
        })
    }

    /// Every id the library knows, built-ins first.
    pub fn ids(&self) -> Vec<String> {
        BUILTIN_IDS
            .iter()
            .map(|s| s.to_string())
            .chain(self.custom.iter().map(|i| i.id.clone()))
            .collect()
    }
}
