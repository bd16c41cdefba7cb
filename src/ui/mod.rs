//! The yew UI: it renders a [`Session`](crate::engine::Session) and
//! dispatches [`Action`](crate::engine::Action)s. It computes no score.

mod app;
mod body_map;
mod body_map_details;
mod body_map_figure;
mod body_map_taps;
mod complete;
mod fields;
mod intl;
mod item;
mod page;
mod paint;
#[cfg(feature = "summary")]
mod plot;
mod screen;
mod services;
#[cfg(feature = "summary")]
mod summary;
mod vas;

pub use app::{App, AppProps, Notice};
pub(crate) use paint::{after_paint, AfterPaint};
pub use services::{Figure, Loaded, Services};
#[cfg(feature = "summary")]
pub use summary::{SummaryProps, SummaryView};
