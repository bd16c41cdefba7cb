//! The only wasm-bindgen boundary. With the `widget` feature: `mount`, the
//! `<pain-assessment>` element's entry point, the events and the delivery.
//! With the `scorer` feature: `scoreResponse`.

mod js;

/// The widget's allocator: smaller and faster than the default dlmalloc in
/// wasm (talc's published wasm allocator benchmarks).
#[cfg(feature = "widget")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(feature = "widget")]
mod delivery;
#[cfg(feature = "widget")]
mod drafts;
#[cfg(feature = "widget")]
mod events;
#[cfg(feature = "widget")]
mod figure;
#[cfg(feature = "widget")]
mod loader;
#[cfg(feature = "widget")]
mod outbox;
#[cfg(feature = "widget")]
pub(crate) mod panic;
#[cfg(feature = "widget")]
mod mount;
#[cfg(feature = "scorer")]
mod scorer;
#[cfg(feature = "widget")]
mod services;
#[cfg(feature = "summary")]
mod summary;
#[cfg(feature = "widget")]
mod widget;

#[cfg(feature = "widget")]
pub use mount::{mount, mount_element, Handle};
