//! The built-in instruments and the library a host extends with its own.
//!
//! Each built-in is one JSON file in this folder: its items, scoring rules
//! and bands, each rule citing its published source in a `source` field, and
//! its provenance in `notes`. build.rs finds the files and compacts them, so
//! adding an instrument is adding its file.
//!
//! With the `bundled` feature (native builds, the scorer) every definition
//! is compiled in. The browser widget is built without it: it fetches the
//! definitions a page asks for and hands them to [`Library::load_builtin`],
//! so a page downloads only the instruments it shows.

pub mod catalogue;

use crate::engine::validate_definition;
use crate::error::{Category, Error};
use crate::model::Instrument;
use std::rc::Rc;

// `BUILTIN_IDS`: the id of every definition file.
include!(concat!(env!("OUT_DIR"), "/builtin_ids.rs"));

// `BUILTINS`: (id, compacted JSON) for every definition file, by id.
#[cfg(feature = "bundled")]
include!(concat!(env!("OUT_DIR"), "/builtins.rs"));

/// The ids of the built-in instruments, in catalogue order.
pub fn builtin_ids() -> impl Iterator<Item = &'static str> {
    BUILTIN_IDS.iter().copied()
}

/// True when `id` names a built-in instrument.
pub fn is_builtin(id: &str) -> bool {
    BUILTIN_IDS.contains(&id)
}

#[cfg(feature = "bundled")]
fn bundled_source(id: &str) -> Option<&'static str> {
    BUILTINS.iter().find(|(known, _)| *known == id).map(|(_, json)| *json)
}

#[cfg(not(feature = "bundled"))]
fn bundled_source(_id: &str) -> Option<&'static str> {
    None
}

/// Parses and checks one instrument definition given as JSON text.
pub fn parse_definition(json: &str) -> Result<Instrument, Error> {
    let instrument: Instrument = serde_json::from_str(json)
        .map_err(|e| Error::new(Category::Definition, format!("instrument definition: {e}")))?;
    check(instrument)
}

/// Reads and checks one instrument definition given as JSON data.
pub fn definition_from_value(value: &serde_json::Value) -> Result<Instrument, Error> {
    let instrument = crate::model::read::instrument(value, "")
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
    loaded: Vec<Rc<Instrument>>,
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
        if is_builtin(&instrument.id) {
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

    /// Adds the definition of a built-in instrument fetched at run time.
    /// Only a file whose id is a built-in one is taken.
    pub fn load_builtin(&mut self, instrument: Rc<Instrument>) -> Result<(), Error> {
        if !is_builtin(&instrument.id) {
            return Err(Error::new(
                Category::Internal,
                format!("'{}' is not a built-in instrument", instrument.id),
            ));
        }
        if !self.loaded.iter().any(|i| i.id == instrument.id) {
            self.loaded.push(instrument);
        }
        Ok(())
    }

    /// The instrument with `id`.
    pub fn get(&self, id: &str) -> Result<Rc<Instrument>, Error> {
        if is_builtin(id) {
            if let Some(loaded) = self.loaded.iter().find(|i| i.id == id) {
                return Ok(loaded.clone());
            }
            // A built-in that fails to parse is a defect in this crate, which
            // the tests catch; it is still reported, never a panic.
            return match bundled_source(id) {
                Some(json) => parse_definition(json).map(Rc::new).map_err(|e| Error::new(Category::Internal, e.message)),
                None => Err(Error::new(
                    Category::Internal,
                    format!("the definition of built-in instrument '{id}' was not loaded"),
                )),
            };
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
