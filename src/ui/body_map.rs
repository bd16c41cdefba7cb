//! The body map: the figure's front and back, whose regions are check
//! controls; a list of every region as an equal alternative; and, for each
//! marked region, its intensity and qualities. Every change goes through
//! `engine::body_map`, so this file only draws and forwards events.

use super::body_map_details::{details, summary};
use super::intl::{count, t, use_locale};
use crate::i18n::{fill, region_name, Msg};
use crate::bodymap::{neighbour, Direction, View, REGIONS};
use crate::engine::body_map::{no_pain, step_intensity, toggle_region};
use crate::model::{Answer, BodyMapAnswer};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::body_map_figure::{region_class, switch, use_figure, use_shown, Views};
use super::body_map_taps::{region_at, use_region_taps, use_taps};
use super::services::Services;
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
    /// The host's services: they load the figure.
    pub services: Services,
}

#[function_component(BodyMapField)]
pub fn body_map_field(props: &BodyMapProps) -> Html {
    let locale = use_locale();
    let drawing = use_figure(&props.services);
    let as_list = use_state(|| false);
    let shown = use_shown();
    // The region with the one tab stop (a roving tabindex); moved on the
    // page directly, as drawing the map again for it would slow a tap.
    let focus = use_mut_ref(|| 0usize);
    // The region marked last: its details come first, next to the figure.
    let latest = use_mut_ref(|| None::<&'static str>);
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

    let toggled = {
        let latest = latest.clone();
        move |current: Option<BodyMapAnswer>, i: usize| {
            let region = &REGIONS[i];
            let next = toggle_region(current.as_ref(), region.id);
            let on = next.regions.contains_key(region.id);
            if on {
                *latest.borrow_mut() = Some(region.id);
            }
            (next, fill(locale, if on { Msg::Marked } else { Msg::Unmarked }, &[&region_name(locale, region)]), on)
        }
    };
    let toggle = {
        let (taps, toggled) = (taps.clone(), toggled.clone());
        move |i: usize| {
            let (next, words, _) = toggled(taps.current(), i);
            taps.change(Some(next), words);
        }
    };
    // A tap on the figure is drawn on its region at once (see body_map_taps).
    let tap = {
        let taps = taps.clone();
        move |i: usize, path: &web_sys::Element| {
            let (next, words, on) = toggled(taps.current(), i);
            let _ = path.set_attribute("aria-checked", if on { "true" } else { "false" });
            let _ = path.set_attribute("class", region_class(on));
            taps.tapped(next, words, on.then_some(REGIONS[i].id));
        }
    };

    use_region_taps(root.clone(), Rc::new(tap));
    let find = {
        let root = root.clone();
        move |i: usize| root.cast::<web_sys::Element>().and_then(|r| r.query_selector(&format!("[data-region=\"{}\"]", REGIONS[i].id)).ok().flatten())
    };
    let onkeydown = {
        let (toggle, taps, find) = (toggle.clone(), taps.clone(), find.clone());
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
                if let Some(element) = find(to).and_then(|t| t.dyn_into::<web_sys::SvgElement>().ok()) {
                    let _ = element.focus();
                }
            }
        })
    };

    // Moves the one tab stop (a roving tabindex) to region `i`.
    let tab_stop = {
        let (focus, find) = (focus.clone(), find.clone());
        move |i: usize| {
            let before = std::mem::replace(&mut *focus.borrow_mut(), i);
            if before == i {
                return;
            }
            for (index, value) in [(before, "-1"), (i, "0")] {
                if let Some(path) = find(index) {
                    let _ = path.set_attribute("tabindex", value);
                }
            }
        }
    };
    // The focused region keeps the tab stop. Keys (not a tap, whose region
    // was on screen) may move focus into the view not shown: show it.
    let onfocusin = {
        let (tab_stop, shown) = (tab_stop.clone(), shown.clone());
        Callback::from(move |e: FocusEvent| {
            let Some(i) = region_at(e.target()) else { return };
            let keyed = e.target_dyn_into::<web_sys::Element>().is_some_and(|t| t.matches(":focus-visible").unwrap_or(true));
            if keyed && REGIONS[i].view != shown.view {
                shown.show(REGIONS[i].view);
            }
            tab_stop(i);
        })
    };
    // The switch shows a view; the tab stop moves into it if it was not.
    let on_show = {
        let (shown, focus) = (shown.clone(), focus.clone());
        Callback::from(move |view: View| {
            shown.show(view);
            let at = *focus.borrow();
            if REGIONS[at].view != view {
                if let Some(first) = REGIONS.iter().position(|r| r.view == view) {
                    tab_stop(first);
                }
            }
        })
    };
    let views = |drawing| Views { drawing, map: map.as_ref(), focus: *focus.borrow(), read_only: props.read_only, locale, onkeydown, onfocusin }.both();
    let marked = |i: usize| map.as_ref().is_some_and(|m| m.regions.contains_key(REGIONS[i].id));
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
                    <div class="pa-bm-views">{ views(drawing) }</div>
                }
                { summary(locale, map.as_ref()) }
            </div>
        };
    }
    let first = *latest.borrow();
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
                        { switch(locale, shown.view, &on_show) }
                        // One view at a time on a narrow screen (see body_map_figure).
                        <div class="pa-bm-views pa-bm-fit" ref={shown.row()} onscroll={shown.onscroll()}>{ views(drawing) }</div>
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
            { details(locale, &props.item, map.as_ref(), first, props.incomplete, &props.on_answer) }
            <p class="pa-sr-only" aria-live="polite">{ (*said).clone() }</p>
        </div>
    }
}
