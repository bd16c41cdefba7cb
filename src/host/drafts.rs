//! The patient's unfinished answers in localStorage (see `engine::draft`
//! for what is saved and when it is offered back).

use super::js::to_value;
use crate::engine::draft::{restore, save, Draft, Stale};
use crate::engine::Session;
use crate::i18n::Msg;
use crate::model::Instrument;
use std::rc::Rc;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The draft saved under `key` if it may be offered back, and a message
/// for the patient when one was found that cannot be (it is cleared).
pub fn load(key: &str, instruments: &[Rc<Instrument>]) -> (Option<Draft>, Option<Msg>) {
    let Some(storage) = storage() else { return (None, None) };
    let Some(text) = storage.get_item(key).ok().flatten() else { return (None, None) };
    let found = match to_value(&text.into()) {
        Ok(Some(value)) => restore(&value, instruments, js_sys::Date::now()),
        Ok(None) => Err(Stale::Corrupt("empty".into())),
        Err(why) => Err(Stale::Corrupt(why)),
    };
    match found {
        Ok(draft) => (Some(draft), None),
        Err(stale) => {
            let _ = storage.remove_item(key);
            let message = match stale {
                Stale::Expired => return (None, None),
                Stale::Outdated => Msg::DraftOutdated,
                Stale::Corrupt(why) => {
                    web_sys::console::warn_1(&format!("pain-assessment: saved answers unreadable ({why}); cleared").into());
                    Msg::DraftCorrupt
                }
            };
            (None, Some(message))
        }
    }
}

/// Saves `session`'s answers under `key`.
pub fn keep(key: &str, session: &Session) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, &save(&session.instruments, &session.answers, session.page, js_sys::Date::now()));
    }
}

/// Clears the answers saved under `key`.
pub fn clear(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// Removes everything the widget keeps on this device: saved answers and
/// responses waiting to be sent (every `pain-assessment:` key in
/// localStorage). Returns how many entries went.
#[wasm_bindgen::prelude::wasm_bindgen(js_name = clearSavedData)]
pub fn clear_saved_data() -> u32 {
    let Some(storage) = storage() else { return 0 };
    let length = storage.length().unwrap_or(0);
    let ours: Vec<String> = (0..length).filter_map(|i| storage.key(i).ok().flatten()).filter(|k| k.starts_with("pain-assessment:")).collect();
    for key in &ours {
        let _ = storage.remove_item(key);
    }
    ours.len() as u32
}
