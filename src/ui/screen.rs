//! How many questions fit a screen: one on a narrow screen, all of an
//! instrument's on a wide one, unless the host fixed it. Follows the
//! screen as it is resized or turned.

use crate::config::LayoutChoice;
use crate::engine::Layout;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// Up to this width a screen shows one question. In `em` of the browser's
/// default font size, so it scales with the patient's text size.
const NARROW: &str = "(max-width: 36em)";

#[hook]
pub fn use_layout(choice: LayoutChoice) -> Layout {
    let narrow = use_state(|| matches_narrow());
    {
        let narrow = narrow.clone();
        use_effect_with(choice, move |&choice| {
            let query = (choice == LayoutChoice::Auto)
                .then(|| web_sys::window()?.match_media(NARROW).ok().flatten())
                .flatten();
            let listener = query.as_ref().map(|query| {
                let read = query.clone();
                let listener = Closure::<dyn Fn()>::new(move || narrow.set(read.matches()));
                let _ = query.add_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
                listener
            });
            move || {
                if let (Some(query), Some(listener)) = (query, listener) {
                    let _ = query.remove_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
                }
            }
        });
    }
    match choice {
        LayoutChoice::Page => Layout::Page,
        LayoutChoice::Question => Layout::Question,
        LayoutChoice::Auto if *narrow => Layout::Question,
        LayoutChoice::Auto => Layout::Page,
    }
}

fn matches_narrow() -> bool {
    web_sys::window().and_then(|w| w.match_media(NARROW).ok().flatten()).is_some_and(|q| q.matches())
}
