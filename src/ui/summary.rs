//! The clinician's summary: safety flags first, the latest scores with
//! their bands and change against each MCID, the body map shaded by
//! intensity, every score over time, and the procedure's response. Read
//! only; printable on one page.

use super::body_map::BodyMapField;
use super::intl::{date_time, decimal, percent, t};
use super::plot;
use super::services::Services;
use crate::care::change::ChangeStatus;
use crate::care::summary::Summary;
use crate::i18n::{fill, Locale, Msg};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`SummaryView`].
#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    /// What to show.
    pub summary: Rc<Summary>,
    /// The language of the summary's own words.
    pub locale: Locale,
    /// The host's services (the body map's figure).
    pub services: Services,
}

/// The summary.
#[function_component(SummaryView)]
pub fn summary_view(props: &SummaryProps) -> Html {
    let (s, locale) = (&*props.summary, props.locale);
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let latest = s.latest_at.as_deref().and_then(crate::care::time::parse);
    html! {
        <ContextProvider<Locale> context={locale}>
        <article class="pa-ui pa-report" lang={locale.tag()} dir={locale.dir()}>
            <header class="pa-report-head">
                <h2 class="pa-title">{ t(locale, Msg::SummaryTitle) }</h2>
                if let Some(ms) = latest {
                    <p class="pa-step">{ fill(locale, Msg::LatestOn, &[&date_time(locale, ms as f64)]) }</p>
                }
                <button type="button" class="pa-button pa-print" onclick={print}>{ t(locale, Msg::Print) }</button>
            </header>
            if latest.is_none() {
                <p>{ t(locale, Msg::NoResponses) }</p>
            }
            { safety(s, locale) }
            { scores(s, locale) }
            <div class="pa-report-grid">
                if let Some(map) = &s.body_map {
                    <section class="pa-report-map">
                        <h3>{ t(locale, Msg::BodyMap) }</h3>
                        <BodyMapField item="summary-map" map={Some(map.clone())} read_only=true on_answer={Callback::noop()} services={props.services.clone()} />
                    </section>
                }
                { procedure(s, locale) }
                <section class="pa-report-trends">
                    <h3>{ t(locale, Msg::OverTime) }</h3>
                    <div class="pa-plots">
                        { for s.series.iter().filter(|l| l.points.len() > 1).map(|line| {
                            let title = s.rows.iter().find(|r| r.instrument == line.instrument).map_or(line.instrument.as_str(), |r| r.title.as_str());
                            plot::trend(locale, title, line)
                        }) }
                    </div>
                </section>
            </div>
        </article>
        </ContextProvider<Locale>>
    }
}

fn safety(s: &Summary, locale: Locale) -> Html {
    html! {
        <section class={classes!("pa-report-safety", (!s.safety.is_empty()).then_some("pa-alerting"))}>
            <h3>{ t(locale, Msg::Safety) }</h3>
            if s.safety.is_empty() {
                <p>{ t(locale, Msg::NoSafety) }</p>
            } else {
                <ul>{ for s.safety.iter().map(|f| html! { <li lang="en">{ format!("{} ({}): {}", f.instrument, f.item, f.message) }</li> }) }</ul>
            }
        </section>
    }
}

fn scores(s: &Summary, locale: Locale) -> Html {
    let status = |st: ChangeStatus| {
        t(locale, match st {
            ChangeStatus::Improved => Msg::Improved,
            ChangeStatus::Worsened => Msg::Worsened,
            ChangeStatus::NoImportantChange => Msg::BelowMcid,
            ChangeStatus::NoMcid => Msg::NoMcid,
        })
    };
    let rows = s.rows.iter().map(|row| {
        let change = row.change.as_ref().map(|c| {
            let sign = if c.change > 0.0 { "+" } else { "" };
            (format!("{sign}{} ({})", decimal(locale, c.change), status(c.status)), c.status)
        });
        let class = change.as_ref().map(|(_, st)| match st {
            ChangeStatus::Improved => "pa-better",
            ChangeStatus::Worsened => "pa-worse",
            _ => "",
        });
        html! {
            <tr data-instrument={row.instrument.clone()} class={classes!(class)}>
                <td>{ &row.title }</td>
                <td>{ &row.label }</td>
                <td class="pa-num">{ row.value.map_or_else(|| t(locale, Msg::NotScorable), |v| decimal(locale, v)) }</td>
                <td>{ row.band.clone().unwrap_or_default() }</td>
                <td>{ change.map(|c| c.0).unwrap_or_default() }</td>
            </tr>
        }
    });
    let mut seen = Vec::new();
    let sources = s.rows.iter().filter_map(|row| {
        let m = row.change.as_ref()?.mcid.as_ref()?;
        if seen.contains(&m.source) {
            return None;
        }
        seen.push(m.source.clone());
        let mut size: Vec<String> = m.points.iter().map(|p| fill(locale, Msg::McidPoints, &[&decimal(locale, *p)])).collect();
        size.extend(m.percent.map(|p| percent(locale, p)));
        let joined = size.join(&format!(" {} ", t(locale, Msg::Or)));
        Some(html! { <li>{ fill(locale, Msg::McidIs, &[&format!("{} · {}", row.title, row.label), &joined, &m.source]) }</li> })
    });
    html! {
        <section class="pa-report-scores">
            <h3>{ t(locale, Msg::Scores) }</h3>
            <table>
                <thead><tr>
                    <th scope="col">{ t(locale, Msg::Instrument) }</th>
                    <th scope="col">{ t(locale, Msg::Score) }</th>
                    <th scope="col">{ t(locale, Msg::Value) }</th>
                    <th scope="col">{ t(locale, Msg::Band) }</th>
                    <th scope="col">{ t(locale, Msg::Change) }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <ul class="pa-sources">{ for sources }</ul>
        </section>
    }
}

fn procedure(s: &Summary, locale: Locale) -> Html {
    let Some((diary, response)) = &s.procedure else { return Html::default() };
    let (positive, high) = (diary.rules.positive_percent, diary.rules.high_percent);
    let hours = |m: i64| decimal(locale, m as f64 / 60.0);
    let mut facts = Vec::new();
    if let (Some(peak), Some(at)) = (response.peak_relief, response.peak_minutes) {
        facts.push(fill(locale, Msg::PeakRelief, &[&percent(locale, peak), &hours(at)]));
    }
    match response.positive {
        Some(true) => facts.push(fill(locale, Msg::PositiveBlock, &[&percent(locale, positive)])),
        Some(false) => facts.push(fill(locale, Msg::NegativeBlock, &[&percent(locale, positive)])),
        None => {}
    }
    for span in [&response.positive_span, &response.high_span].into_iter().flatten() {
        facts.push(match span.less_than_minutes {
            Some(less) => fill(locale, Msg::Lasted, &[&percent(locale, span.threshold), &hours(span.at_least_minutes), &hours(less)]),
            None => fill(locale, Msg::LastsStill, &[&percent(locale, span.threshold), &hours(span.at_least_minutes)]),
        });
    }
    if let Some(c) = response.concordance {
        use crate::care::diary::Concordance;
        facts.push(t(locale, match c {
            Concordance::Concordant => Msg::Concordant,
            Concordance::Discordant => Msg::Discordant,
            Concordance::Indeterminate => Msg::Indeterminate,
            Concordance::NotBothPositive => Msg::NotBothPositive,
            Concordance::NotComparable => Msg::NotComparable,
        }));
    }
    if let Some(due) = response.next_due_at.as_deref().and_then(crate::care::time::parse) {
        facts.push(fill(locale, Msg::NextDue, &[&date_time(locale, due as f64)]));
    }
    html! {
        <section class="pa-report-procedure">
            <h3>{ t(locale, Msg::Procedure) }</h3>
            <ul>{ for facts.into_iter().map(|f| html! { <li>{ f }</li> }) }</ul>
            if !response.notes.is_empty() {
                <ul lang="en">{ for response.notes.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
            }
            { plot::relief(locale, response, (positive, high)) }
        </section>
    }
}
