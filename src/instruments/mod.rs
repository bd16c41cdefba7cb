//! The built-in instruments and the library a host extends with its own.
//!
//! Each built-in is one JSON file in this folder: its items, scoring rules
//! and bands, each rule citing its published source in a `source` field, and
//! its provenance in `notes`. build.rs finds the files and compacts them, so
//! adding an instrument is adding its file.

pub mod catalogue;

use crate::engine::validate_definition;
use crate::error::{Category, Error};
use crate::model::Instrument;
use std::rc::Rc;

// `BUILTINS`: (id, compacted JSON) for every definition file, by id.
include!(concat!(env!("OUT_DIR"), "/builtins.rs"));

/// The ids of the built-in instruments, in catalogue order.
pub fn builtin_ids() -> impl Iterator<Item = &'static str> {
    BUILTINS.iter().map(|(id, _)| *id)
}

fn builtin_source(id: &str) -> Option<&'static str> {
    BUILTINS.iter().find(|(known, _)| *known == id).map(|(_, json)| *json)
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

    /// Every built-in instrument, in catalogue order.
    pub fn builtins(&self) -> Result<Vec<Instrument>, Error> {
        builtin_ids().map(|id| self.get(id).map(|i| (*i).clone())).collect()
    }

    /// Every id the library knows, built-ins first.
    pub fn ids(&self) -> Vec<String> {
        builtin_ids()
            .map(String::from)
            .chain(self.custom.iter().map(|i| i.id.clone()))
            .collect()
    }
}
