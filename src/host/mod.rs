//! The only wasm-bindgen boundary. With the `widget` feature: `mount`, the
//! `<pain-assessment>` element's entry point, the events and the delivery.
//! With the `scorer` feature: `scoreResponse`.

mod js;

#[cfg(feature = "widget")]
mod delivery;
#[cfg(feature = "widget")]
mod events;
#[cfg(feature = "widget")]
mod loader;
#[cfg(feature = "widget")]
mod mount;
#[cfg(feature = "scorer")]
mod scorer;
#[cfg(feature = "widget")]
mod widget;

#[cfg(feature = "widget")]
pub(crate) use js::now;
#[cfg(feature = "widget")]
pub use mount::{mount, mount_element, Handle};
