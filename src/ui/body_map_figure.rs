//! The body map's figure: its two views, whose regions are check controls,
//! and on a narrow screen the switch that says which view is shown. There
//! both views stand in one row that clips all but the one shown, so a
//! region of the other view that gets focus (or is scrolled to) is still
//! there to show, and the page is no taller than one view.

use super::intl::t;
use super::services::{Figure, Loaded, Services};
use crate::bodymap::{View, REGIONS};
use crate::i18n::{region_name, Locale, Msg};
use crate::model::BodyMapAnswer;
use yew::prelude::*;

/// The figure: already loaded on this page, or fetched now by the host.
/// `None` while it loads; `Err` says why it could not be had.
#[hook]
pub fn use_figure(services: &Services) -> Option<Loaded> {
    let state = use_state(|| services.figure.emit(()).map(Ok));
    {
        let (state, load) = (state.clone(), services.load_figure.clone());
        use_effect_with((), move |_| {
            if state.is_none() {
                load.emit(Callback::from(move |loaded| state.set(Some(loaded))));
            }
        });
    }
    (*state).clone()
}

/// Props of [`RegionPath`]: all it shows, so an unchanged region is not
/// drawn again when another is tapped.
#[derive(Properties, PartialEq)]
struct RegionProps {
    index: usize,
    d: AttrValue,
    on: bool,
    focused: bool,
    /// The intensity shown, on a read-only map.
    level: Option<u8>,
    read_only: bool,
    locale: Locale,
}

/// One region of the figure: a check control, or on a read-only map a
/// shape shaded by intensity (darker for more; the list below the map
/// gives every number).
#[function_component(RegionPath)]
fn region_path(props: &RegionProps) -> Html {
    let class = region_class(props.on);
    let d = props.d.clone();
    if props.read_only {
        let class = classes!(class, props.level.map(|n| format!("pa-bm-i{n}")));
        return html! { <path {class} {d} /> };
    }
    let region = &REGIONS[props.index];
    html! {
        <path {class} {d} data-region={region.id} role="checkbox" aria-checked={if props.on { "true" } else { "false" }}
            aria-label={region_name(props.locale, region).into_owned()} tabindex={if props.focused { "0" } else { "-1" }} />
    }
}

/// A region's classes, marked or not: drawn by [`RegionPath`], and set
/// straight on the page when a tap is shown before the redraw.
pub fn region_class(on: bool) -> &'static str {
    if on { "pa-bm-region pa-bm-on" } else { "pa-bm-region" }
}

/// What the views of the figure are drawn from.
pub struct Views<'a> {
    pub drawing: &'a Figure,
    pub map: Option<&'a BodyMapAnswer>,
    /// The region with the one tab stop.
    pub focus: usize,
    pub read_only: bool,
    pub locale: Locale,
    pub onkeydown: Callback<KeyboardEvent>,
    pub onfocusin: Callback<FocusEvent>,
}

impl Views<'_> {
    /// The front, then the back.
    pub fn both(self) -> Html {
        html! { <>{ self.view(View::Front) }{ self.view(View::Back) }</> }
    }

    /// One view of the figure, captioned, with its sides named.
    fn view(&self, view: View) -> Html {
        let locale = self.locale;
        let (first, caption, left_side, right_side) = match view {
            View::Front => (0, t(locale, Msg::Front), t(locale, Msg::RightSide), t(locale, Msg::LeftSide)),
            View::Back => (1, t(locale, Msg::Rear), t(locale, Msg::LeftSide), t(locale, Msg::RightSide)),
        };
        let whole = t(locale, if view == View::Front { Msg::FrontOfBody } else { Msg::BackOfBody });
        let read_only = self.read_only;
        let regions = REGIONS.iter().enumerate().filter(|(_, r)| r.view == view).map(|(i, region)| {
            let pain = self.map.and_then(|m| m.regions.get(region.id));
            let level = pain.map(|p| p.intensity.unwrap_or(0));
            html! {
                <RegionPath key={i} index={i} d={self.drawing.paths[i].clone()} on={pain.is_some()} focused={i == self.focus}
                    level={if read_only { level } else { None }} {read_only} {locale} />
            }
        });
        html! {
            <figure class="pa-bm-view">
                <figcaption>{ caption }</figcaption>
                <svg viewBox="0 0 300 700" role={if read_only { "img" } else { "group" }} aria-label={whole}
                    onkeydown={self.onkeydown.clone()} onfocusin={self.onfocusin.clone()}>
                    <path class="pa-bm-outline" d={self.drawing.outlines[first].clone()} aria-hidden="true" />
                    { for regions }
                    <text x="8" y="24" aria-hidden="true">{ left_side.clone() }</text>
                    <text x="292" y="24" text-anchor="end" aria-hidden="true">{ right_side.clone() }</text>
                    <text x="8" y="694" aria-hidden="true">{ left_side }</text>
                    <text x="292" y="694" text-anchor="end" aria-hidden="true">{ right_side }</text>
                </svg>
            </figure>
        }
    }
}

/// The view shown on a narrow screen, and how to show the other one.
#[derive(Clone)]
pub struct Shown {
    pub view: View,
    row: NodeRef,
    set: UseStateHandle<View>,
}

impl Shown {
    /// The row of views: it clips all but the one shown on a narrow screen.
    pub fn row(&self) -> NodeRef {
        self.row.clone()
    }

    /// Follows the row as it scrolls: whichever view fills most of its
    /// window is the one the switch says is shown, however it got there
    /// (the switch, focus moved to the other view, a screen reader).
    pub fn onscroll(&self) -> Callback<Event> {
        let (set, before) = (self.set.clone(), self.view);
        Callback::from(move |e: Event| {
            let Some(row) = e.target_dyn_into::<web_sys::Element>() else { return };
            let Some(front) = row.first_element_child() else { return };
            let (window, front) = (row.get_bounding_client_rect(), front.get_bounding_client_rect());
            let seen = front.right().min(window.right()) - front.left().max(window.left());
            let now = if seen * 2.0 >= window.width() { View::Front } else { View::Back };
            if now != before {
                set.set(now);
            }
        })
    }

    /// Brings `view` into the row's window; on a wide screen, where both
    /// are shown, nothing moves.
    pub fn show(&self, view: View) {
        self.set.set(view);
        let Some(row) = self.row.cast::<web_sys::Element>() else { return };
        let figure = if view == View::Front { row.first_element_child() } else { row.last_element_child() };
        if let Some(figure) = figure {
            let left = figure.get_bounding_client_rect().left() - row.get_bounding_client_rect().left();
            row.scroll_by_with_x_and_y(left, 0.0);
        }
    }
}

/// The view shown and the row that shows it.
#[hook]
pub fn use_shown() -> Shown {
    let set = use_state(|| View::Front);
    Shown { view: *set, row: use_node_ref(), set }
}

/// The switch between the views on a narrow screen (hidden where both fit),
/// each button pressed while its view is `shown`.
pub fn switch(locale: Locale, shown: View, on_show: &Callback<View>) -> Html {
    let button = |view: View, label: Msg| html! {
        <button type="button" class="pa-button" aria-pressed={(shown == view).to_string()}
            onclick={on_show.reform(move |_| view)}>{ t(locale, label) }</button>
    };
    html! {
        <div class="pa-bm-switch" role="group" aria-label={t(locale, Msg::SideShown)}>
            { button(View::Front, Msg::Front) }{ button(View::Back, Msg::Rear) }
        </div>
    }
}
