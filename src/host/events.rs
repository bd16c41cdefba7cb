//! The DOM events the widget fires on its element. Each bubbles and is
//! composed (crosses shadow roots), and carries its data in `detail`. The
//! `pa-` prefix keeps them apart from native events.

use super::js::to_js;
use crate::error::Error;
use web_sys::{CustomEvent, CustomEventInit, EventTarget};

/// The answers so far: `detail` is the response envelope as it stands.
pub const CHANGE: &str = "pa-change";
/// Submitted: `detail` is the final response envelope.
pub const COMPLETE: &str = "pa-complete";
/// Something went wrong: `detail` is `{category, message}`.
pub const ERROR: &str = "pa-error";
/// An answer needs a clinician's attention: `detail` is `{flags: [...]}`.
pub const SAFETY: &str = "pa-safety";
/// The endpoint has a response: `detail` is `{submissionId}`.
pub const DELIVERED: &str = "pa-delivered";
/// A response could not be sent yet and waits on this device, to be sent
/// when the connection returns or a page with the widget is next opened:
/// `detail` is `{submissionId, reason}`.
pub const QUEUED: &str = "pa-queued";

/// Fires `name` on `target` with `detail`. A failure to build the event is
/// logged, never thrown into the host page.
pub fn fire(target: &EventTarget, name: &str, detail: &impl serde::Serialize) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&to_js(detail));
    match CustomEvent::new_with_event_init_dict(name, &init) {
        Ok(event) => {
            let _ = target.dispatch_event(&event);
        }
        Err(_) => web_sys::console::error_1(&format!("pain-assessment: could not create the {name} event").into()),
    }
}

/// Fires `pa-error` and logs the message for the page's developer.
pub fn fire_error(target: &EventTarget, error: &Error) {
    web_sys::console::error_1(&format!("pain-assessment: {error}").into());
    fire(target, ERROR, error);
}
