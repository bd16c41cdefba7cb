//! For each marked region: how much it hurts (0–10) and how it feels.

use crate::bodymap::REGIONS;
use crate::engine::body_map::{set_intensity, toggle_quality, toggle_region};
use crate::model::{Answer, BodyMapAnswer, Quality};
use yew::prelude::*;

/// One fieldset per marked region, in the map's order.
pub fn details(item: &str, map: Option<&BodyMapAnswer>, on: &Callback<Option<Answer>>) -> Html {
    let Some(map) = map else { return Html::default() };
    let rows = REGIONS.iter().filter_map(|region| {
        let id = region.id();
        let pain = map.regions.get(&id)?;
        let name = format!("{item}-{id}");
        let emit = |next: BodyMapAnswer| Some(Answer::BodyMap(next));
        let numbers = (0..=10u8).map(|n| {
            let (map, id) = (map.clone(), id.clone());
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
            let (map, id) = (map.clone(), id.clone());
            html! {
                <label class="pa-option">
                    <input type="checkbox" checked={pain.qualities.contains(&q)}
                        onchange={on.reform(move |_| emit(toggle_quality(Some(&map), &id, q)))} />
                    <span>{ q.words() }</span>
                </label>
            }
        });
        let remove = {
            let (map, id) = (map.clone(), id.clone());
            on.reform(move |_| emit(toggle_region(Some(&map), &id)))
        };
        let missing = pain.intensity.is_none();
        Some(html! {
            <fieldset class={classes!("pa-bm-detail", missing.then_some("pa-marked"))} data-region={id.clone()}>
                <legend>{ region.name() }</legend>
                <p class="pa-bm-label">{ "How much does it hurt here? 0 is no pain, 10 the worst possible pain." }</p>
                if missing { <p class="pa-problem">{ "Choose a number from 0 to 10." }</p> }
                <div class="pa-numbers" style="--pa-count:11">{ for numbers }</div>
                <p class="pa-bm-label">{ "How does it feel? (tick any)" }</p>
                <div class="pa-options pa-bm-qualities">{ for qualities }</div>
                <button type="button" class="pa-button pa-bm-remove" onclick={remove}>{ format!("Remove {}", region.name()) }</button>
            </fieldset>
        })
    });
    html! { <div class="pa-bm-details">{ for rows }</div> }
}
