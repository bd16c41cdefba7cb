//! For each marked region: how much it hurts (0–10) and how it feels.

use crate::bodymap::{areas, measures, REGIONS};
use crate::engine::show_number;
use crate::engine::body_map::{set_intensity, toggle_quality, toggle_region};
use crate::model::{Answer, BodyMapAnswer, Quality};
use yew::prelude::*;

/// One fieldset per marked region, in the map's order.
pub fn details(item: &str, map: Option<&BodyMapAnswer>, insist: bool, on: &Callback<Option<Answer>>) -> Html {
    let Some(map) = map else { return Html::default() };
    let rows = REGIONS.iter().filter_map(|region| {
        let id = region.id;
        let pain = map.regions.get(id)?;
        let name = format!("{item}-{id}");
        let emit = |next: BodyMapAnswer| Some(Answer::BodyMap(next));
        let numbers = (0..=10u8).map(|n| {
            let map = map.clone();
            html! {
                <label class="pa-number">
                    <input type="radio" name={format!("{name}-intensity")} value={n.to_string()}
                        checked={pain.intensity == Some(n)}
                        onchange={on.reform(move |_| emit(set_intensity(Some(&map), &id, n)))} />
                    <span>{ n }</span>
                </label>
            }
        });
        let qualities = Quality::ALL.iter().map(|&q| {
            let map = map.clone();
            html! {
                <label class="pa-option">
                    <input type="checkbox" checked={pain.qualities.contains(&q)}
                        onchange={on.reform(move |_| emit(toggle_quality(Some(&map), &id, q)))} />
                    <span>{ q.words() }</span>
                </label>
            }
        });
        let remove = {
            let map = map.clone();
            on.reform(move |_| emit(toggle_region(Some(&map), &id)))
        };
        let missing = insist && pain.intensity.is_none();
        Some(html! {
            <fieldset class={classes!("pa-bm-detail", missing.then_some("pa-marked"))} data-region={id}>
                <legend>{ region.name }</legend>
                <p class="pa-bm-label">{ "How much does it hurt here? 0 is no pain, 10 the worst possible pain." }</p>
                if missing { <p class="pa-problem">{ "Choose a number from 0 to 10." }</p> }
                <div class="pa-numbers" style="--pa-count:11">{ for numbers }</div>
                <p class="pa-bm-label">{ "How does it feel? (tick any)" }</p>
                <div class="pa-options pa-bm-qualities">{ for qualities }</div>
                <button type="button" class="pa-button pa-bm-remove" onclick={remove}>{ format!("Remove {}", region.name) }</button>
            </fieldset>
        })
    });
    html! { <div class="pa-bm-details">{ for rows }</div> }
}

/// A completed map in words: each marked region with its intensity and
/// qualities, then the map's measures (computed here from the answer).
pub fn summary(map: Option<&BodyMapAnswer>) -> Html {
    let Some(map) = map else { return html! { <p>{ "The body map was not answered." }</p> } };
    if map.regions.is_empty() {
        return html! { <p class="pa-bm-summary">{ "No pain anywhere." }</p> };
    }
    let rows = REGIONS.iter().filter_map(|region| {
        let pain = map.regions.get(region.id)?;
        let level = pain.intensity.map_or("no intensity given".into(), |n| format!("{n} of 10"));
        let words: Vec<&str> = pain.qualities.iter().map(|q| q.words()).collect();
        let qualities = if words.is_empty() { String::new() } else { format!("; {}", words.join(", ")) };
        Some(html! { <li>{ format!("{}: {level}{qualities}", region.name) }</li> })
    });
    let m = measures(map, &areas(), map.previous.as_deref());
    let number = |v: f64| show_number((v * 10.0).round() / 10.0);
    let optional = |v: Option<f64>| v.map_or("—".into(), number);
    let facts = [
        ("Regions", format!("{} of 74", m.regions)),
        ("Extent", format!("{}% (front {}%, back {}%)", number(m.extent), number(m.extent_front), number(m.extent_back))),
        ("Right / left", format!("{} / {} (laterality {})", m.right, m.left, optional(m.laterality))),
        ("Intensity", format!("mean {}, highest {}", optional(m.mean_intensity), optional(m.max_intensity))),
        ("Intensity-weighted extent", format!("{}%", optional(m.weighted_extent))),
        ("Michigan Body Map", format!("{} of 35", m.michigan)),
        ("Widespread Pain Index", format!("{} of 19, {} of 5 regions", m.wpi, m.wpi_regions)),
        ("Overlap with the earlier map", optional(m.jaccard)),
    ];
    html! {
        <div class="pa-bm-summary">
            <ul>{ for rows }</ul>
            <dl>{ for facts.into_iter().map(|(term, value)| html! { <><dt>{ term }</dt><dd>{ value }</dd></> }) }</dl>
        </div>
    }
}
