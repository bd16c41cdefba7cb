//! `mount(element, options)` and the `<pain-assessment>` element's entry point.

use super::{events, js::to_value, widget};
use crate::error::{Category, Error};
use crate::Options;
use wasm_bindgen::prelude::*;
use web_sys::Element;

pub use widget::Handle;

/// Mounts the widget on `element` with `options` (one object with named
/// fields: `instruments`, `locale`, `endpoint`, `patientId`, `encounterId`,
/// `definitions`, `textPacks`). Built-in definitions not yet on the page
/// are fetched from `base`, the URL of the package's `instruments/` folder.
/// Never throws: bad options show a message in place of the
/// widget and fire `pa-error`.
#[wasm_bindgen(js_name = mount)]
pub fn mount(element: JsValue, options: JsValue, base: Option<String>) -> Handle {
    let Some(element) = element.dyn_ref::<Element>().cloned() else {
        let error = Error::new(
            Category::Config,
            "mount() needs an element to render into, e.g. document.getElementById('pain')",
        );
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            events::fire_error(&document, &error);
        }
        return Handle::inert();
    };
    let options = to_value(&options)
        .map_err(|m| Error::new(Category::Config, format!("the options are {m}")))
        .and_then(|value| match value {
            Some(value) => Options::from_value(&value),
            None => Ok(Options::default()),
        });
    widget::start(element, options, base)
}

/// The `<pain-assessment>` element's entry point: options come from the
/// element's `options` property (`property`), else its `options` attribute
/// (JSON), then its other attributes, each overriding the one before.
#[wasm_bindgen(js_name = mountElement)]
pub fn mount_element(element: Element, property: JsValue, base: Option<String>) -> Handle {
    let options = element_options(&element, &property);
    widget::start(element, options, base)
}

fn element_options(element: &Element, property: &JsValue) -> Result<Options, Error> {
    let config = |m: String| Error::new(Category::Config, m);
    let mut options = match to_value(property) {
        Err(message) => return Err(config(format!("the options property: {message}"))),
        Ok(Some(value)) => Options::from_value(&value)?,
        Ok(None) => match element.get_attribute("options") {
            Some(text) => match to_value(&text.into()) {
                Ok(Some(value)) => Options::from_value(&value)?,
                Ok(None) => Options::default(),
                Err(message) => return Err(config(format!("the options attribute is {message}"))),
            },
            None => Options::default(),
        },
    };
    for name in crate::config::ATTRIBUTES {
        if let Some(value) = element.get_attribute(name) {
            options.set_attribute(name, &value);
        }
    }
    Ok(options)
}
