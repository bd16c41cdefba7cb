//! Pure display of each item kind: they turn DOM events into answers and
//! hold no state of their own.

use super::intl::t;
use crate::i18n::{Locale, Msg};
use crate::model::{Answer, Choice};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Radio buttons, one per option; an option with a picture shows the
/// picture, with its label as the text alternative.
pub fn single_choice(item: &str, options: &[Choice], selected: Option<&str>, on: &Callback<Option<Answer>>) -> Html {
    let pictures = options.iter().any(|o| o.image.is_some());
    let radios = options.iter().map(|option| {
        let value = option.value.clone();
        let face = match &option.image {
            Some(url) => html! { <img src={url.clone()} alt={option.label.clone()} /> },
            None => html! { <span>{ &option.label }</span> },
        };
        html! {
            <label class="pa-option">
                <input type="radio" name={item.to_string()} value={option.value.clone()}
                    checked={selected == Some(option.value.as_str())}
                    onchange={on.reform(move |_| Some(Answer::Text(value.clone())))} />
                { face }
            </label>
        }
    });
    html! { <div class={classes!("pa-options", pictures.then_some("pa-pictures"))}>{ for radios }</div> }
}

/// Check boxes, one per option; the answer is the list of chosen values in
/// the options' order.
pub fn multi_choice(item: &str, options: &[Choice], answer: &Option<Answer>, on: &Callback<Option<Answer>>) -> Html {
    let chosen: Vec<String> = match answer {
        Some(Answer::Many(values)) => values.clone(),
        _ => Vec::new(),
    };
    // An answer of the patient's own (an open choice's) stays, last.
    let typed: Vec<String> = chosen.iter().filter(|v| !options.iter().any(|o| &o.value == *v)).cloned().collect();
    let boxes = options.iter().map(|option| {
        let checked = chosen.contains(&option.value);
        let next: Vec<String> = options
            .iter()
            .filter(|o| (o.value == option.value) != chosen.contains(&o.value))
            .map(|o| o.value.clone())
            .chain(typed.iter().cloned())
            .collect();
        html! {
            <label class="pa-option">
                <input type="checkbox" name={item.to_string()} value={option.value.clone()} {checked}
                    onchange={on.reform(move |_| Some(Answer::Many(next.clone())))} />
                <span>{ &option.label }</span>
            </label>
        }
    });
    html! { <div class="pa-options">{ for boxes }</div> }
}

/// A row of numbers from `min` to `max`, with the end words below it. The
/// end words also describe the two end numbers for screen readers.
pub fn rating(
    item: &str,
    (min, max): (i32, i32),
    (min_label, max_label): (&str, &str),
    selected: Option<i64>,
    on: &Callback<Option<Answer>>,
) -> Html {
    let min_id = format!("pa-{item}-min");
    let max_id = format!("pa-{item}-max");
    let buttons = (min..=max).map(|n| {
        let n = i64::from(n);
        let described = if n == i64::from(min) {
            Some(min_id.clone())
        } else if n == i64::from(max) {
            Some(max_id.clone())
        } else {
            None
        };
        html! {
            <label class="pa-number">
                <input type="radio" name={item.to_string()} value={n.to_string()}
                    checked={selected == Some(n)} aria-describedby={described}
                    onchange={on.reform(move |_| Some(Answer::Number(n)))} />
                <span>{ n }</span>
            </label>
        }
    });
    html! {
        <div class="pa-rating">
            <div class="pa-numbers">{ for buttons }</div>
            <div class="pa-anchors">
                <span id={min_id}>{ min_label }</span>
                <span id={max_id}>{ max_label }</span>
            </div>
        </div>
    }
}

/// Two radio buttons, Yes and No, in `words`' language.
pub fn yes_no(item: &str, words: Locale, selected: Option<bool>, on: &Callback<Option<Answer>>) -> Html {
    let radio = |value: bool, label: Msg| {
        html! {
            <label class="pa-option">
                <input type="radio" name={item.to_string()} value={value.to_string()}
                    checked={selected == Some(value)}
                    onchange={on.reform(move |_| Some(Answer::Bool(value)))} />
                <span>{ t(words, label) }</span>
            </label>
        }
    };
    html! { <div class="pa-options pa-yes-no" lang={words.tag()} dir={words.dir()}>{ radio(true, Msg::Yes) }{ radio(false, Msg::No) }</div> }
}

/// A text box, named by its question; clearing it clears the answer.
pub fn text(item: &str, max_length: u32, value: &str, on: &Callback<Option<Answer>>) -> Html {
    html! {
        <textarea class="pa-text" name={item.to_string()} maxlength={max_length.to_string()} rows="3"
            value={value.to_string()} aria-labelledby={format!("pa-{item}-q")}
            oninput={on.reform(|e: InputEvent| {
                let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
                (!text.trim().is_empty()).then_some(Answer::Text(text))
            })} />
    }
}

/// A box for a whole number from `min` to `max`, named by the question and
/// described by the range it takes, showing `value`. A whole number typed
/// is the answer; anything else goes on as typed, for the session to keep
/// and mark; an empty box clears the answer.
pub fn number(item: &str, (min, max): (i32, i32), hint: &str, value: String, on: &Callback<Option<Answer>>) -> Html {
    let hint_id = format!("pa-{item}-range");
    html! {
        <div class="pa-count">
            <input type="number" inputmode="numeric" step="1" name={item.to_string()}
                min={min.to_string()} max={max.to_string()} {value}
                aria-labelledby={format!("pa-{item}-q")} aria-describedby={hint_id.clone()}
                oninput={on.reform(|e: InputEvent| {
                    let typed = e.target_unchecked_into::<HtmlInputElement>().value().trim().to_string();
                    (!typed.is_empty()).then(|| typed.parse::<i64>().map_or(Answer::Text(typed), Answer::Number))
                })} />
            <span class="pa-range" id={hint_id}>{ hint }</span>
        </div>
    }
}

/// A box for an answer of the patient's own beside a choice's options,
/// labelled in the widget's words. `on` gets what is typed, trimmed; an
/// empty box gives an empty string.
pub fn other(item: &str, label: &str, value: &str, on: &Callback<String>) -> Html {
    html! {
        <label class="pa-option pa-other">
            <span>{ label }</span>
            <input type="text" name={format!("{item}-other")} maxlength={crate::engine::TYPED_MAX.to_string()}
                value={value.to_string()}
                oninput={on.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value().trim().to_string())} />
        </label>
    }
}

/// A box for a number that may have decimals, typed as the patient's
/// locale writes it (`72.5` or `72,5`): a number read is the answer;
/// anything else goes on as typed, for the session to keep and mark. A
/// text box with a decimal keypad, since a number box refuses a comma in
/// some browsers and reports nothing.
pub fn decimal(item: &str, hint: Option<&str>, value: String, on: &Callback<Option<Answer>>) -> Html {
    let hint_id = format!("pa-{item}-range");
    html! {
        <div class="pa-count">
            <input type="text" inputmode="decimal" name={item.to_string()} {value} autocomplete="off"
                aria-labelledby={format!("pa-{item}-q")} aria-describedby={hint.map(|_| hint_id.clone())}
                oninput={on.reform(|e: InputEvent| {
                    let typed = e.target_unchecked_into::<HtmlInputElement>().value().trim().to_string();
                    (!typed.is_empty()).then(|| crate::engine::parse_decimal(&typed).map_or(Answer::Text(typed), Answer::Decimal))
                })} />
            if let Some(hint) = hint { <span class="pa-range" id={hint_id}>{ hint }</span> }
        </div>
    }
}
