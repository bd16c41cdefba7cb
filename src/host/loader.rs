//! Loads the built-in definitions a page asks for, from the `instruments/`
//! folder beside the widget's script, once per page.

use super::delivery::get_text;
use super::js::to_value;
use crate::error::{Category, Error};
use crate::instruments::{definition_from_value, is_builtin, Library};
use crate::model::Instrument;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    /// Definitions fetched so far on this page; every widget shares them.
    static LOADED: RefCell<Vec<Rc<Instrument>>> = const { RefCell::new(Vec::new()) };
}

/// The library with every definition loaded so far.
pub fn library() -> Library {
    let mut library = Library::builtin();
    LOADED.with(|loaded| {
        for instrument in loaded.borrow().iter() {
            // Only built-in ids are ever stored, so this cannot fail.
            let _ = library.load_builtin(instrument.clone());
        }
    });
    library
}

/// Of the built-in `ids`, those not available yet.
pub fn missing(ids: &[String]) -> Vec<String> {
    let library = library();
    ids.iter().filter(|id| is_builtin(id) && library.get(id).is_err()).cloned().collect()
}

/// Fetches `ids` from `base` (a URL ending in `/`). Ids are built-in ones,
/// so no host text ever reaches the URL.
pub async fn fetch(base: &str, ids: &[String]) -> Result<(), Error> {
    for id in ids {
        if !is_builtin(id) {
            continue;
        }
        let url = format!("{base}{id}.json");
        let text = get_text(&url).await.map_err(|why| {
            Error::new(Category::Network, format!("the definition of '{id}' could not be loaded from {url}: {why}"))
        })?;
        let invalid = |why: String| Error::new(Category::Internal, format!("{url} is not a valid definition: {why}"));
        let value = to_value(&text.into()).map_err(invalid)?.ok_or_else(|| invalid("it is empty".into()))?;
        let instrument = definition_from_value(&value).map_err(|e| invalid(e.message))?;
        if instrument.id != *id {
            return Err(Error::new(Category::Internal, format!("{url} defines '{}', not '{id}'", instrument.id)));
        }
        LOADED.with(|loaded| loaded.borrow_mut().push(Rc::new(instrument)));
    }
    Ok(())
}
