//! A panic is a bug the tests exist to prevent. If one happens anyway, the
//! patient sees a plain message in place of a frozen questionnaire, the
//! answers given so far stay saved (each is saved as it is given, unless
//! the host turned saving off), and the host page hears `pa-error` with
//! category `internal`. The host page itself keeps working: the panic
//! ends in a trap inside the widget's own call.

use super::{events, widget};
use crate::error::{Category, Error};
use crate::i18n::{text, Locale, Msg};
use std::cell::RefCell;
use web_sys::Element;

/// A mounted widget: its element, its container, its language, and
/// whether its answers are being saved.
struct Mounted {
    element: Element,
    container: Element,
    locale: Locale,
    saved: bool,
}

thread_local! {
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
    static INSTALLED: RefCell<bool> = const { RefCell::new(false) };
}

/// Installs the panic hook, once.
pub fn install() {
    let first = INSTALLED.with(|i| !std::mem::replace(&mut *i.borrow_mut(), true));
    if first {
        std::panic::set_hook(Box::new(|info| contain(&info.to_string())));
    }
}

/// Notes a widget now running in `container`.
pub fn register(element: &Element, container: &Element, locale: Locale, saved: bool) {
    MOUNTED.with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            m.retain(|w| &w.element != element);
            m.push(Mounted { element: element.clone(), container: container.clone(), locale, saved });
        }
    });
}

/// Forgets the widget of `element` (it was taken down).
pub fn unregister(element: &Element) {
    MOUNTED.with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            m.retain(|w| &w.element != element);
        }
    });
}

/// Replaces every running widget with the message, and tells each host.
pub fn contain(detail: &str) {
    MOUNTED.with(|m| {
        let Ok(mounted) = m.try_borrow() else { return };
        for w in mounted.iter() {
            w.container.set_inner_html("");
            let msg = if w.saved { Msg::StoppedSaved } else { Msg::StoppedUnsaved };
            widget::show_message(&w.container, "pa-error", "alert", &text(w.locale, msg));
            events::fire_error(&w.element, &Error::new(Category::Internal, format!("the widget stopped on an internal error: {detail}")));
        }
    });
}
