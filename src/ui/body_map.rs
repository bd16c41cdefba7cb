//! The body map: the figure's front and back, whose regions are check
//! controls; a list of every region as an equal alternative; and, for each
//! marked region, its intensity and qualities. Every change goes through
//! `engine::body_map`, so this file only draws and forwards events.

use super::body_map_details::{details, summary};
use super::intl::{count, t, use_locale};
use crate::i18n::{fill, region_name, Locale, Msg};
use crate::bodymap::{neighbour, Direction, View, REGIONS};
use crate::engine::body_map::{no_pain, step_intensity, toggle_region};
use crate::model::{Answer, BodyMapAnswer};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::body_map_taps::{region_at, use_region_taps, use_taps};
use crate::host::figure::{self, Figure};
use std::rc::Rc;

/// Props of [`BodyMapField`].
#[derive(Properties, PartialEq)]
pub struct BodyMapProps {
    /// The item's id.
    pub item: AttrValue,
    /// The current map.
    pub map: Option<BodyMapAnswer>,
    /// Receives the new answer.
    pub on_answer: Callback<Option<Answer>>,
    /// True once the patient tried to go on with a marked region lacking
    /// its intensity: the regions concerned say so.
    #[prop_or_default]
    pub incomplete: bool,
    /// Draw the map shaded by intensity, for a clinician, and take no input.
    #[prop_or_default]
    pub read_only: bool,
}

/// The figure: already loaded on this page, or fetched now. `None` while
/// it loads; `Err` says why it could not be had.
#[hook]
fn use_figure() -> Option<Result<Rc<Figure>, String>> {
    let state = use_state(|| figure::loaded().map(Ok));
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            if state.is_none() {
                wasm_bindgen_futures::spawn_local(async move { state.set(Some(figure::load().await)) });
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
fn region_class(on: bool) -> &'static str {
    if on { "pa-bm-region pa-bm-on" } else { "pa-bm-region" }
}

#[function_component(BodyMapField)]
pub fn body_map_field(props: &BodyMapProps) -> Html {
    let locale = use_locale();
    let drawing = use_figure();
    let as_list = use_state(|| false);
    // The region with the one tab stop (a roving tabindex); moved on the
    // page directly, as drawing the map again for it would slow a tap.
    let focus = use_mut_ref(|| 0usize);
    let said = use_state(String::new);
    let root = use_node_ref();
    let taps = {
        let (on_answer, said) = (props.on_answer.clone(), said.clone());
        use_taps(props.map.clone(), root.clone(), Rc::new(move |next: Option<BodyMapAnswer>, words: String| {
            said.set(words);
            on_answer.emit(next.map(Answer::BodyMap));
        }))
    };
    let map = taps.current();

    let toggled = move |current: Option<BodyMapAnswer>, i: usize| {
        let region = &REGIONS[i];
        let next = toggle_region(current.as_ref(), region.id);
        let msg = if next.regions.contains_key(region.id) { Msg::Marked } else { Msg::Unmarked };
        (next, fill(locale, msg, &[&region_name(locale, region)]))
    };
    let toggle = {
        let taps = taps.clone();
        move |i: usize| {
            let (next, words) = toggled(taps.current(), i);
            taps.change(Some(next), words);
        }
    };
    // A tap on the figure is drawn on its region at once (see body_map_taps).
    let tap = {
        let taps = taps.clone();
        move |i: usize, path: &web_sys::Element| {
            let (next, words) = toggled(taps.current(), i);
            let on = next.regions.contains_key(REGIONS[i].id);
            let _ = path.set_attribute("aria-checked", if on { "true" } else { "false" });
            let _ = path.set_attribute("class", region_class(on));
            taps.tapped(next, words);
        }
    };

    use_region_taps(root.clone(), Rc::new(tap));
    let onkeydown = {
        let (toggle, taps, root) = (toggle.clone(), taps.clone(), root.clone());
        Callback::from(move |e: KeyboardEvent| {
            let Some(i) = region_at(e.target()) else { return };
            let direction = match e.key().as_str() {
                "ArrowUp" => Some(Direction::Up),
                "ArrowDown" => Some(Direction::Down),
                "ArrowLeft" => Some(Direction::Left),
                "ArrowRight" => Some(Direction::Right),
                " " | "Enter" => {
                    e.prevent_default();
                    toggle(i);
                    return;
                }
                key @ ("+" | "=" | "-") => {
                    let id = REGIONS[i].id;
                    let map = taps.current();
                    if map.as_ref().is_some_and(|m| m.regions.contains_key(id)) {
                        e.prevent_default();
                        let next = step_intensity(map.as_ref(), &id, key != "-");
                        let level = next.regions.get(id).and_then(|p| p.intensity).unwrap_or(0);
                        taps.change(Some(next), fill(locale, Msg::IntensityIs, &[&region_name(locale, &REGIONS[i]), &count(locale, level.into())]));
                    }
                    return;
                }
                _ => None,
            };
            if let Some(to) = direction.and_then(|d| neighbour(i, d)) {
                e.prevent_default();
                let selector = format!("[data-region=\"{}\"]", REGIONS[to].id);
                let target = root.cast::<web_sys::Element>().and_then(|r| r.query_selector(&selector).ok().flatten());
                if let Some(element) = target.and_then(|t| t.dyn_into::<web_sys::SvgElement>().ok()) {
                    let _ = element.focus();
                }
            }
        })
    };

    // The focused region keeps the one tab stop (a roving tabindex).
    let onfocusin = {
        let (focus, root) = (focus.clone(), root.clone());
        Callback::from(move |e: FocusEvent| {
            let Some(i) = region_at(e.target()) else { return };
            let before = std::mem::replace(&mut *focus.borrow_mut(), i);
            if before == i {
                return;
            }
            let tab_stop = |index: usize, value: &str| {
                let selector = format!("[data-region=\"{}\"]", REGIONS[index].id);
                if let Some(path) = root.cast::<web_sys::Element>().and_then(|r| r.query_selector(&selector).ok().flatten()) {
                    let _ = path.set_attribute("tabindex", value);
                }
            };
            tab_stop(before, "-1");
            tab_stop(i, "0");
        })
    };
    let marked = |i: usize| map.as_ref().is_some_and(|m| m.regions.contains_key(REGIONS[i].id));
    let figure = |view: View, drawing: &Figure| {
        let (first, caption, left_side, right_side) = match view {
            View::Front => (0, t(locale, Msg::Front), t(locale, Msg::RightSide), t(locale, Msg::LeftSide)),
            View::Back => (1, t(locale, Msg::Rear), t(locale, Msg::LeftSide), t(locale, Msg::RightSide)),
        };
        let whole = t(locale, if view == View::Front { Msg::FrontOfBody } else { Msg::BackOfBody });
        let read_only = props.read_only;
        let regions = REGIONS.iter().enumerate().filter(|(_, r)| r.view == view).map(|(i, region)| {
            let level = map.as_ref().and_then(|m| m.regions.get(region.id)).map(|p| p.intensity.unwrap_or(0));
            html! {
                <RegionPath key={i} index={i} d={drawing.paths[i].clone()} on={marked(i)} focused={i == *focus.borrow()}
                    level={if read_only { level } else { None }} {read_only} {locale} />
            }
        });
        html! {
            <figure class="pa-bm-view">
                <figcaption>{ caption }</figcaption>
                <svg viewBox="0 0 300 700" role={if read_only { "img" } else { "group" }} aria-label={whole}
                    onkeydown={onkeydown.clone()} onfocusin={onfocusin.clone()}>
                    <path class="pa-bm-outline" d={drawing.outlines[first].clone()} aria-hidden="true" />
                    { for regions }
                    <text x="8" y="24" aria-hidden="true">{ left_side.clone() }</text>
                    <text x="292" y="24" text-anchor="end" aria-hidden="true">{ right_side.clone() }</text>
                    <text x="8" y="694" aria-hidden="true">{ left_side }</text>
                    <text x="292" y="694" text-anchor="end" aria-hidden="true">{ right_side }</text>
                </svg>
            </figure>
        }
    };
    let list = |view: View| {
        let boxes = REGIONS.iter().enumerate().filter(|(_, r)| r.view == view).map(|(i, r)| {
            let toggle = toggle.clone();
            html! {
                <label class="pa-option">
                    <input type="checkbox" data-region={r.id} checked={marked(i)} onchange={Callback::from(move |_| toggle(i))} />
                    <span>{ region_name(locale, r) }</span>
                </label>
            }
        });
        let caption = t(locale, if view == View::Front { Msg::Front } else { Msg::Rear });
        html! { <fieldset class="pa-bm-list"><legend>{ caption }</legend><div class="pa-options">{ for boxes }</div></fieldset> }
    };

    let none = map.as_ref().is_some_and(|m| m.regions.is_empty());
    let on_none = {
        let taps = taps.clone();
        Callback::from(move |_| {
            let words = if none { Msg::NoPainWithdrawn } else { Msg::NoPain };
            taps.change(no_pain(taps.current().as_ref(), !none), t(locale, words))
        })
    };
    let mode = |list: bool, label: Msg| {
        let as_list = as_list.clone();
        html! {
            <button type="button" class="pa-button" aria-pressed={(*as_list == list).to_string()}
                onclick={Callback::from(move |_| as_list.set(list))}>{ t(locale, label) }</button>
        }
    };
    if props.read_only {
        return html! {
            <div class="pa-bodymap pa-bm-review" lang={locale.tag()} dir={locale.dir()}>
                if let Some(Ok(drawing)) = &drawing {
                    <div class="pa-bm-views">{ figure(View::Front, drawing) }{ figure(View::Back, drawing) }</div>
                }
                { summary(locale, map.as_ref()) }
            </div>
        };
    }
    html! {
        // The map's words are the widget's own, in the patient's language,
        // whatever language the question above it is in.
        <div class="pa-bodymap" ref={root} lang={locale.tag()} dir={locale.dir()}>
            <div class="pa-bm-tools">{ mode(false, Msg::Figure) }{ mode(true, Msg::List) }</div>
            <label class="pa-option pa-bm-none">
                <input type="checkbox" checked={none} onchange={on_none} />
                <span>{ t(locale, Msg::NoPain) }</span>
            </label>
            {
                match (&drawing, *as_list) {
                    (Some(Ok(drawing)), false) => html! { <>
                        <p class="pa-bm-hint">{ t(locale, Msg::MapHint) }</p>
                        <div class="pa-bm-views">{ figure(View::Front, drawing) }{ figure(View::Back, drawing) }</div>
                    </> },
                    (None, false) => html! { <p class="pa-bm-hint" role="status">{ t(locale, Msg::MapLoading) }</p> },
                    (problem, _) => html! { <>
                        if let Some(Err(_)) = problem {
                            <p class="pa-problem" role="alert">{ t(locale, Msg::MapFailed) }</p>
                        }
                        <div class="pa-bm-views">{ list(View::Front) }{ list(View::Back) }</div>
                    </> },
                }
            }
            { details(locale, &props.item, map.as_ref(), props.incomplete, &props.on_answer) }
            <p class="pa-sr-only" aria-live="polite">{ (*said).clone() }</p>
        </div>
    }
}
