//! The framework floor: one button that counts its taps, the least a yew
//! page can be. `npm run bench` loads it beside the widget and a plain page.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[function_component]
fn Counter() -> Html {
    let taps = use_state(|| 0u32);
    let onclick = {
        let taps = taps.clone();
        Callback::from(move |_| taps.set(*taps + 1))
    };
    html! { <button type="button" {onclick}>{ format!("Tapped {} times", *taps) }</button> }
}

#[wasm_bindgen(start)]
pub fn start() {
    yew::Renderer::<Counter>::new().render();
}
