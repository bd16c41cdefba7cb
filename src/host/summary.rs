//! `mountSummary(element, options)` and the `<pain-summary>` element: the
//! clinician's read-only summary of one patient's responses and procedure
//! diary, in its own shadow root.

use super::{events, js, loader, widget};
use crate::care::diary::Diary;
use crate::care::summary::summarise;
use crate::error::{Category, Error};
use crate::i18n::{text, Locale, Msg};
use crate::output::Envelope;
use crate::ui::{SummaryProps, SummaryView};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

/// What a host passes: the patient's responses (envelopes), a procedure
/// diary, and the language of the summary's own words.
struct SummaryOptions {
    responses: Vec<Envelope>,
    diary: Option<Diary>,
    locale: Option<String>,
}

impl SummaryOptions {
    fn read(value: &serde_json::Value) -> Result<SummaryOptions, String> {
        let o = crate::model::read::Obj::new(value, "options", &["responses", "diary", "locale"])?;
        Ok(SummaryOptions {
            responses: o.list("responses", crate::output::read::envelope)?,
            diary: o.get("diary").map(|v| crate::care::diary::read(v, "options.diary")).transpose()?,
            locale: o.opt_string("locale")?,
        })
    }
}

/// Takes the summary down.
#[wasm_bindgen]
pub struct SummaryHandle {
    app: Rc<RefCell<Option<AppHandle<SummaryView>>>>,
}

#[wasm_bindgen]
impl SummaryHandle {
    /// Removes the summary from the page.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.borrow_mut().take() {
            app.destroy();
        }
    }
}

/// Renders the summary of `options` into `element`. Built-in definitions
/// (for titles and MCIDs) are fetched from `base`. Never throws: bad
/// options show a message and fire `pa-error`.
#[wasm_bindgen(js_name = mountSummary)]
pub fn mount_summary(element: Element, options: JsValue, base: Option<String>) -> SummaryHandle {
    let handle = SummaryHandle { app: Rc::default() };
    let container = match widget::shadow_container(&element) {
        Ok(container) => container,
        Err(error) => {
            events::fire_error(&element, &error);
            return handle;
        }
    };
    let parsed = js::to_value(&options)
        .and_then(|v| v.ok_or_else(|| "missing: pass { responses: [...] }".to_string()))
        .and_then(|v| SummaryOptions::read(&v));
    let options = match parsed {
        Ok(options) => options,
        Err(why) => {
            let error = Error::new(Category::Config, format!("the summary's options: {why}"));
            widget::show_message(&container, "pa-error", "alert", &text(js::browser_locale(), Msg::CouldNotStart));
            events::fire_error(&element, &error);
            return handle;
        }
    };
    if let Some(base) = &base {
        super::figure::set_base(base);
    }
    let locale = options.locale.as_deref().and_then(Locale::from_tag).unwrap_or_else(js::browser_locale);
    let mut ids: Vec<String> = options.responses.iter().flat_map(|e| e.instruments.iter().map(|r| r.id.clone())).collect();
    ids.sort();
    ids.dedup();
    let wanted: Vec<String> = ids.iter().filter(|id| crate::instruments::is_builtin(id)).cloned().collect();
    let app = handle.app.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let missing = loader::missing(&wanted);
        if let (false, Some(base)) = (missing.is_empty(), &base) {
            // Without a definition a row shows its id and no MCID; the
            // summary still shows.
            let _ = loader::fetch(base, &missing).await;
        }
        let library = loader::library();
        let instruments: Vec<_> = ids.iter().filter_map(|id| library.get(id).ok()).collect();
        let summary = Rc::new(summarise(&options.responses, options.diary.as_ref(), &instruments));
        let rendered = yew::Renderer::<SummaryView>::with_root_and_props(container, SummaryProps { summary, locale, services: super::services::services() }).render();
        *app.borrow_mut() = Some(rendered);
    });
    handle
}
