//! The visual analogue scale: an unmarked line with words at both ends.
//! A tap or drag places the mark; no number is ever shown. Arrow, Page and
//! Home/End keys move it as on a slider, and screen readers hear the
//! position, so the line needs neither sight nor dragging (WCAG 2.5.7).

use crate::engine::{vas_at, vas_key};
use crate::model::Answer;
use yew::prelude::*;

/// Props of [`VasField`].
#[derive(Properties, PartialEq)]
pub struct VasProps {
    /// The item's id.
    pub item: AttrValue,
    /// The words at the 0 end.
    pub min_label: AttrValue,
    /// The words at the 100 end.
    pub max_label: AttrValue,
    /// The current answer, 0–100.
    pub value: Option<i64>,
    /// Receives the new answer.
    pub on_answer: Callback<Option<Answer>>,
}

/// The line. While a finger or pointer is down the mark follows it; the
/// answer is given once, when it lifts.
#[function_component(VasField)]
pub fn vas_field(props: &VasProps) -> Html {
    let track = use_node_ref();
    let dragging = use_state(|| None::<i64>);

    let position = {
        let track = track.clone();
        move |client_x: i32| {
            let element = track.cast::<web_sys::Element>()?;
            let rect = element.get_bounding_client_rect();
            vas_at(f64::from(client_x) - rect.left(), rect.width())
        }
    };
    let onpointerdown = {
        let (dragging, position) = (dragging.clone(), position.clone());
        Callback::from(move |e: PointerEvent| {
            if let Some(element) = e.target_dyn_into::<web_sys::Element>() {
                let _ = element.set_pointer_capture(e.pointer_id());
            }
            dragging.set(position(e.client_x()));
        })
    };
    let onpointermove = {
        let (dragging, position) = (dragging.clone(), position.clone());
        Callback::from(move |e: PointerEvent| {
            if dragging.is_some() {
                dragging.set(position(e.client_x()).or(*dragging));
            }
        })
    };
    let onpointerup = {
        let (dragging, on_answer) = (dragging.clone(), props.on_answer.clone());
        Callback::from(move |_: PointerEvent| {
            if let Some(value) = *dragging {
                on_answer.emit(Some(Answer::Number(value)));
            }
            dragging.set(None);
        })
    };
    let onpointercancel = {
        let dragging = dragging.clone();
        Callback::from(move |_: PointerEvent| dragging.set(None))
    };
    let onkeydown = {
        let (value, on_answer) = (props.value, props.on_answer.clone());
        Callback::from(move |e: KeyboardEvent| {
            if let Some(next) = vas_key(value, &e.key()) {
                e.prevent_default();
                on_answer.emit(Some(Answer::Number(next)));
            }
        })
    };

    let item = &props.item;
    let shown = (*dragging).or(props.value);
    // The mark is placed through the CSS object model, which a strict CSP
    // allows (a style attribute it does not).
    let mark = use_node_ref();
    {
        let mark = mark.clone();
        use_effect_with(shown, move |at| {
            if let (Some(at), Some(element)) = (at, mark.cast::<web_sys::HtmlElement>()) {
                let _ = element.style().set_property("left", &format!("{at}%"));
            }
        });
    }
    let locale = super::intl::use_locale();
    let text = match props.value {
        Some(v) => crate::i18n::fill(locale, crate::i18n::Msg::VasAt, &[&super::intl::count(locale, v as usize)]),
        None => super::intl::t(locale, crate::i18n::Msg::VasNone),
    };
    html! {
        <div class="pa-vas">
            <div ref={track} class="pa-vas-track" role="slider" tabindex="0" lang={locale.tag()}
                aria-labelledby={format!("pa-{item}-q")}
                aria-describedby={format!("pa-{item}-min pa-{item}-max")}
                aria-valuemin="0" aria-valuemax="100"
                aria-valuenow={props.value.map(|v| v.to_string())}
                aria-valuetext={text}
                {onpointerdown} {onpointermove} {onpointerup} {onpointercancel} {onkeydown}>
                <div class="pa-vas-line"></div>
                if shown.is_some() {
                    <div class="pa-vas-mark" ref={mark}></div>
                }
            </div>
            <div class="pa-anchors">
                <span id={format!("pa-{item}-min")}>{ &props.min_label }</span>
                <span id={format!("pa-{item}-max")}>{ &props.max_label }</span>
            </div>
        </div>
    }
}
