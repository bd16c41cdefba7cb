//! Taps on the body map's figure: shown on the region at once, handed to
//! the session once that frame is painted, so a tap repaints within a
//! frame on a slow phone while the answer, its details and the measures
//! follow. Any other touch or key press in the widget hands waiting taps
//! over first, so every control acts on the map the patient sees. A tap
//! that marks a region brings its details into view once the patient
//! pauses; never while they go on tapping, so nothing moves under a finger.

use super::{after_paint, AfterPaint};
use crate::bodymap::REGIONS;
use crate::model::BodyMapAnswer;
use wasm_bindgen::JsCast;
use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

type Emit = Rc<dyn Fn(Option<BodyMapAnswer>, String)>;

/// The map with its waiting taps; cheap to clone into callbacks.
#[derive(Clone)]
pub struct Taps {
    map: Option<BodyMapAnswer>,
    waiting: Rc<RefCell<Option<(BodyMapAnswer, String)>>>,
    commit: Rc<RefCell<Option<AfterPaint>>>,
    emit: Rc<RefCell<Emit>>,
    /// Brings the details of the region a tap marked into view, unless
    /// another touch or key press comes first and drops it.
    reveal: Rc<RefCell<Option<Timeout>>>,
    root: NodeRef,
}

impl Taps {
    /// The map as the patient sees it: the session's, with any waiting taps.
    pub fn current(&self) -> Option<BodyMapAnswer> {
        self.waiting.borrow().as_ref().map(|(map, _)| map.clone()).or_else(|| self.map.clone())
    }

    /// Gives the session `next` now (taps still waiting are in it, as it
    /// was made from [`Taps::current`]), with `words` for screen readers.
    pub fn change(&self, next: Option<BodyMapAnswer>, words: String) {
        self.waiting.borrow_mut().take();
        self.commit.borrow_mut().take();
        let emit = self.emit.borrow().clone();
        emit(next, words);
    }

    /// A tap already drawn on its region: `next` goes to the session after
    /// the next paint, and the details of the region it `marked` follow
    /// into view.
    pub fn tapped(&self, next: BodyMapAnswer, words: String, marked: Option<&'static str>) {
        *self.waiting.borrow_mut() = Some((next, words));
        let taps = self.clone();
        *self.commit.borrow_mut() = Some(after_paint(move || taps.settle()));
        let root = self.root.clone();
        *self.reveal.borrow_mut() = marked.map(|id| {
            Timeout::new(REVEAL_MS, move || {
                let selector = format!(".pa-bm-detail[data-region=\"{id}\"]");
                if let Some(detail) = root.cast::<web_sys::Element>().and_then(|r| r.query_selector(&selector).ok().flatten()) {
                    into_view(&detail);
                }
            })
        });
    }

    /// Hands waiting taps to the session, if there are any.
    fn settle(&self) {
        let waiting = self.waiting.borrow_mut().take();
        if let Some((next, words)) = waiting {
            self.change(Some(next), words);
        }
    }
}

/// The taps of the map at `root`, whose session answer is `map`; `emit`
/// gives the session a new map.
#[hook]
pub fn use_taps(map: Option<BodyMapAnswer>, root: NodeRef, emit: Emit) -> Taps {
    let waiting = use_mut_ref(|| None);
    let commit = use_mut_ref(|| None);
    // The latest emitter: callbacks made on an earlier render use it too.
    let latest = use_mut_ref(|| emit.clone());
    *latest.borrow_mut() = emit;
    let reveal = use_mut_ref(|| None);
    let taps = Taps { map, waiting, commit, emit: latest, reveal, root: root.clone() };
    {
        let taps = taps.clone();
        use_effect_with(root, move |root| {
            // Capture phase on the widget's shadow root: before any control's own handler.
            let node = root.cast::<web_sys::Node>().map(|r| r.get_root_node());
            let listeners: Vec<EventListener> = node
                .map(|node| {
                    ["pointerdown", "keydown"]
                        .into_iter()
                        .map(|name| {
                            let taps = taps.clone();
                            // The patient has moved on: the page stays where they put it.
                            EventListener::new_with_options(&node, name, EventListenerOptions::run_in_capture_phase(), move |_| {
                                taps.reveal.borrow_mut().take();
                                taps.settle()
                            })
                        })
                        .collect()
                })
                .unwrap_or_default();
            move || drop(listeners)
        });
    }
    taps
}

/// How long after a tap the page waits for the next before it scrolls the
/// region's details into view: longer than a patient takes between taps
/// marking region after region, so the page never moves under the next.
const REVEAL_MS: u32 = 500;

/// Scrolls the page just far enough that a region's intensity and
/// qualities are seen whole above the sticky Back/Next bar (the qualities'
/// scroll margin keeps them clear of it).
fn into_view(detail: &web_sys::Element) {
    let Ok(Some(qualities)) = detail.query_selector(".pa-bm-qualities") else { return };
    let bar = detail.get_root_node().dyn_into::<web_sys::DocumentFragment>().ok().and_then(|r| r.query_selector(".pa-nav").ok().flatten());
    let Some(bar) = bar else { return };
    if qualities.get_bounding_client_rect().bottom() > bar.get_bounding_client_rect().top() {
        qualities.scroll_into_view_with_bool(false);
    }
}

/// The index in `REGIONS` of the region an event is on.
pub fn region_at(target: Option<web_sys::EventTarget>) -> Option<usize> {
    let element = target?.dyn_into::<web_sys::Element>().ok()?;
    let id = element.get_attribute("data-region")?;
    REGIONS.iter().position(|r| r.id == id)
}

/// A press on a region: which pointer, which region, where it went down.
type Press = Option<(i32, usize, i32, i32)>;

/// How far (CSS px) a finger may move between down and up and still be a
/// tap; any further and it was a scroll or a pinch, which marks nothing.
const TAP_SLOP: i32 = 10;

/// The region of the figure an event is on (not the list's check boxes).
fn figure_region_at(target: Option<web_sys::EventTarget>) -> Option<usize> {
    target.filter(|t| t.has_type::<web_sys::SvgElement>()).and_then(|t| region_at(Some(t)))
}

/// Calls `on_tap` with a region and its path for each tap on a region of
/// the figure inside `root`. The listeners are the page's own, on `root`: a tap is the
/// widget's most frequent input, and goes straight to its handler.
#[hook]
pub fn use_region_taps(root: NodeRef, on_tap: Rc<dyn Fn(usize, &web_sys::Element)>) {
    let latest = use_mut_ref(|| on_tap.clone());
    *latest.borrow_mut() = on_tap;
    use_effect_with(root, move |root| {
        let press = Rc::new(RefCell::new(Press::None));
        let listeners = root.cast::<web_sys::Element>().map(|root| {
            let down = {
                let press = press.clone();
                EventListener::new(&root, "pointerdown", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::PointerEvent>() else { return };
                    *press.borrow_mut() = figure_region_at(e.target()).map(|i| (e.pointer_id(), i, e.client_x(), e.client_y()));
                })
            };
            let up = {
                let press = press.clone();
                EventListener::new(&root, "pointerup", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::PointerEvent>() else { return };
                    let Some((pointer, i, x, y)) = press.borrow_mut().take() else { return };
                    let still = (e.client_x() - x).abs() <= TAP_SLOP && (e.client_y() - y).abs() <= TAP_SLOP;
                    let path = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                    if let (true, true, Some(path)) = (pointer == e.pointer_id(), still, path) {
                        if figure_region_at(Some(path.clone().into())) == Some(i) {
                            let on_tap = latest.borrow().clone();
                            on_tap(i, &path);
                        }
                    }
                })
            };
            // The browser took the gesture (a scroll or a pinch): no tap.
            let cancel = EventListener::new(&root, "pointercancel", move |_| *press.borrow_mut() = None);
            [down, up, cancel]
        });
        move || drop(listeners)
    });
}
