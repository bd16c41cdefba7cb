//! The services the UI is handed: the page's clock and the body map's
//! figure, made once per page so every mount shares them.

use super::{figure, js};
use crate::ui::Services;
use yew::Callback;

thread_local! {
    static SERVICES: Services = Services {
        now: Callback::from(|()| js::now()),
        figure: Callback::from(|()| figure::loaded()),
        load_figure: Callback::from(|reply: Callback<crate::ui::Loaded>| {
            wasm_bindgen_futures::spawn_local(async move { reply.emit(figure::load().await) });
        }),
    };
}

/// This page's services.
pub(crate) fn services() -> Services {
    SERVICES.with(Services::clone)
}
