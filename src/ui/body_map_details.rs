//! For each marked region: how much it hurts (0–10) and how it feels.

use crate::bodymap::{areas, measures, REGIONS};
use super::intl::{count, decimal, percent, t};
use crate::i18n::{fill, quality_words, region_name, Locale, Msg};
use crate::engine::body_map::{set_intensity, toggle_quality, toggle_region};
use crate::model::{Answer, BodyMapAnswer, Quality};
use yew::prelude::*;

/// One fieldset per marked region: the `first` (the one marked last, so it
/// is next to the figure), then the rest in the map's order.
pub fn details(locale: Locale, item: &str, map: Option<&BodyMapAnswer>, first: Option<&str>, insist: bool, on: &Callback<Option<Answer>>) -> Html {
    let Some(map) = map else { return Html::default() };
    let mut marked: Vec<_> = REGIONS.iter().filter_map(|r| Some((r, map.regions.get(r.id)?))).collect();
    if let Some(at) = marked.iter().position(|(r, _)| Some(r.id) == first) {
        marked[..=at].rotate_right(1);
    }
    let rows = marked.into_iter().map(|(region, pain)| {
        let id = region.id;
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
                    <span>{ quality_words(locale, q) }</span>
                </label>
            }
        });
        let remove = {
            let map = map.clone();
            on.reform(move |_| emit(toggle_region(Some(&map), &id)))
        };
        let missing = insist && pain.intensity.is_none();
        let name = region_name(locale, region);
        html! {
            <fieldset key={id} class={classes!("pa-bm-detail", missing.then_some("pa-marked"))} data-region={id}>
                <legend>{ name.clone() }</legend>
                <p class="pa-bm-label">{ t(locale, Msg::HowMuch) }</p>
                if missing { <p class="pa-problem">{ t(locale, Msg::ChooseNumber) }</p> }
                <div class="pa-numbers">{ for numbers }</div>
                <p class="pa-bm-label">{ t(locale, Msg::HowFeels) }</p>
                <div class="pa-options pa-bm-qualities">{ for qualities }</div>
                <button type="button" class="pa-button pa-bm-remove" onclick={remove}>{ fill(locale, Msg::Remove, &[&name]) }</button>
            </fieldset>
        }
    });
    html! { <div class="pa-bm-details">{ for rows }</div> }
}

/// A completed map in words: each marked region with its intensity and
/// qualities, then the map's measures (computed here from the answer).
pub fn summary(locale: Locale, map: Option<&BodyMapAnswer>) -> Html {
    let Some(map) = map else { return html! { <p>{ t(locale, Msg::MapUnanswered) }</p> } };
    if map.regions.is_empty() {
        return html! { <p class="pa-bm-summary">{ t(locale, Msg::NoPainShort) }</p> };
    }
    let rows = REGIONS.iter().filter_map(|region| {
        let pain = map.regions.get(region.id)?;
        let level = pain.intensity.map_or_else(|| t(locale, Msg::NoIntensity), |n| fill(locale, Msg::OutOfTen, &[&count(locale, n.into())]));
        let words: Vec<String> = pain.qualities.iter().map(|&q| quality_words(locale, q).into_owned()).collect();
        let qualities = if words.is_empty() { String::new() } else { format!("; {}", words.join(", ")) };
        Some(html! { <li>{ format!("{}: {level}{qualities}", region_name(locale, region)) }</li> })
    });
    let m = measures(map, &areas(), map.previous.as_deref());
    let number = |v: f64| decimal(locale, v);
    let optional = |v: Option<f64>| v.map_or("—".into(), number);
    let pct = |v: f64| percent(locale, v);
    let n = |v: usize| count(locale, v);
    let facts = [
        (Msg::Regions, fill(locale, Msg::RegionsOf, &[&n(m.regions)])),
        (Msg::Extent, fill(locale, Msg::ExtentIs, &[&pct(m.extent), &pct(m.extent_front), &pct(m.extent_back)])),
        (Msg::RightLeft, fill(locale, Msg::RightLeftIs, &[&n(m.right), &n(m.left), &optional(m.laterality)])),
        (Msg::Intensity, fill(locale, Msg::IntensityMeasures, &[&optional(m.mean_intensity), &optional(m.max_intensity)])),
        (Msg::WeightedExtent, m.weighted_extent.map_or("—".into(), pct)),
        (Msg::Michigan, fill(locale, Msg::MichiganOf, &[&n(m.michigan)])),
        (Msg::Wpi, fill(locale, Msg::WpiIs, &[&n(m.wpi), &n(m.wpi_regions)])),
        (Msg::Overlap, optional(m.jaccard)),
    ];
    html! {
        <div class="pa-bm-summary">
            <ul>{ for rows }</ul>
            <dl>{ for facts.into_iter().map(|(term, value)| html! { <><dt>{ t(locale, term) }</dt><dd>{ value }</dd></> }) }</dl>
        </div>
    }
}
