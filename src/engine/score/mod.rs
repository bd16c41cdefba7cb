//! Scoring: answers in, scores and safety flags out.
//!
//! Each instrument's definition names its method, its missing-item rule and
//! its bands, and cites the published source for each (see
//! `src/instruments/`). The rules here are the shared arithmetic.

mod aggregate;
mod band;
mod body_map;
mod classify;
mod table;
mod safety;

use crate::engine::answer::{item_max, item_score_or_unticked};
use crate::model::SortedMap;
use crate::model::{Answer, Answers, Instrument, MissingRule, ScoreDefinition, ScoreMethod, ScoreResult, Scored};

pub use aggregate::Outcome;

/// Every score and safety flag of `instrument` for `answers`.
pub fn score(instrument: &Instrument, answers: &Answers) -> Scored {
    // An item that is not asked has no answer, whatever was sent for it.
    let asked = crate::engine::enabled(instrument, answers);
    let kept;
    let answers = if instrument.items.iter().zip(&asked).any(|(item, on)| !on && answers.contains_key(&item.id)) {
        let mut only_asked = answers.clone();
        crate::engine::clear_disabled(instrument, &mut only_asked);
        kept = only_asked;
        &kept
    } else {
        answers
    };
    let not_asked = |id: &str| instrument.items.iter().zip(&asked).any(|(item, on)| !on && item.id == id);
    Scored {
        scores: instrument.scores.iter().fold(Vec::new(), |mut done, def| {
            let result = score_one(instrument, def, answers, &done, &not_asked);
            done.push(result);
            done
        }),
        safety: safety::flags(instrument, answers),
    }
}

fn score_one(
    instrument: &Instrument,
    def: &ScoreDefinition,
    answers: &Answers,
    earlier: &[ScoreResult],
    not_asked: &dyn Fn(&str) -> bool,
) -> ScoreResult {
    let mut used = Vec::new();
    let mut missing = Vec::new();
    let mut values = Vec::new();
    let mut maxima = Vec::new();
    let skipped = skipped_items(def, not_asked);
    for id in def.items.iter().filter(|id| !skipped.contains(id)) {
        let item = instrument.item(id);
        let value = item.and_then(|item| item_score_or_unticked(item, answers.get(id)));
        match value {
            Some(v) => {
                used.push(id.clone());
                values.push(v);
                maxima.push(item.and_then(item_max).unwrap_or(0));
            }
            None => missing.push(id.clone()),
        }
    }
    let mut standard_error = None;
    let outcome = match group_weights(def, answers) {
        Err(reason) => Outcome::NotScorable(reason),
        Ok(weights) => {
            if let Some(weights) = weights {
                for (value, id) in values.iter_mut().zip(&used) {
                    *value *= weights.get(id).copied().unwrap_or(0);
                }
            }
            match def.method {
                ScoreMethod::Classify => {
                    let (outcome, read) = classify::classify(def, earlier);
                    used = read;
                    outcome
                }
                ScoreMethod::BodyMap => {
                    let outcome = body_map::measure(def, answers);
                    (used, missing) = match outcome {
                        Outcome::NotScorable(_) if def.items.iter().all(|id| !answers.contains_key(id)) => (vec![], def.items.clone()),
                        _ => (def.items.clone(), vec![]),
                    };
                    outcome
                }
                ScoreMethod::Table => {
                    let raw = aggregate::aggregate(ScoreMethod::Sum, &def.missing, &values, &maxima, def.items.len());
                    let (outcome, se) = table::convert(&def.table, raw);
                    standard_error = se;
                    outcome
                }
                _ if skipped.len() == def.items.len() => Outcome::NotScorable("none of its items was asked".into()),
                method => {
                    let rule = fewer_needed(&def.missing, skipped.len());
                    at_most(def.ceiling, aggregate::aggregate(method, &rule, &values, &maxima, def.items.len() - skipped.len()))
                }
            }
        }
    };
    let (value, prorated, not_scorable) = match outcome {
        Outcome::Complete(v) => (Some(v), false, None),
        Outcome::Prorated(v) => (Some(v), true, None),
        Outcome::NotScorable(reason) => (None, false, Some(reason)),
    };
    ScoreResult {
        id: def.id.clone(),
        label: def.label.clone(),
        value,
        range: def.range,
        standard_error,
        band: value.and_then(|v| band::band_for(&def.bands, v)),
        method: match def.method {
            ScoreMethod::Sum => "sum",
            ScoreMethod::Mean => "mean",
            ScoreMethod::Percent => "percent",
            ScoreMethod::Classify => "classify",
            ScoreMethod::Table => "table",
            ScoreMethod::Count => "count",
            ScoreMethod::BodyMap => "bodyMap",
        }
        .into(),
        items_used: used,
        items_missing: missing,
        prorated,
        not_scorable,
        codes: def.codes.clone(),
    }
}

/// The items of a sum, mean, percentage or count that were not asked: they
/// are left out, not missing, as the branching of a paper form leaves them
/// blank on purpose (FHIR R4: the answers of a disabled item are not part of
/// the response). A conversion table is built for every item answered, and a
/// classification or body map measure reads no item scores, so for those
/// nothing is skipped and an item not asked counts as unanswered.
fn skipped_items(def: &ScoreDefinition, not_asked: &dyn Fn(&str) -> bool) -> Vec<String> {
    match def.method {
        ScoreMethod::Sum | ScoreMethod::Mean | ScoreMethod::Percent | ScoreMethod::Count => {
            def.items.iter().filter(|id| not_asked(id)).cloned().collect()
        }
        ScoreMethod::Table | ScoreMethod::Classify | ScoreMethod::BodyMap => Vec::new(),
    }
}

/// A proration rule for a score some of whose items were not asked: the
/// number of unanswered items it allows stays the same, so the fewest
/// answers it needs falls by the number skipped (never below one).
fn fewer_needed(rule: &MissingRule, skipped: usize) -> MissingRule {
    match rule {
        MissingRule::Prorate { min_answered, source } => MissingRule::Prorate {
            min_answered: min_answered.saturating_sub(skipped as u32).max(1),
            source: source.clone(),
        },
        other => other.clone(),
    }
}

/// The weights for this answer to the score's grouping item, as the Opioid
/// Risk Tool gives women and men different points for the same answers
/// (Webster & Webster 2005). `Ok(None)` without a grouping item. An
/// unanswered grouping item leaves the score not computed: the weights
/// cannot be guessed.
fn group_weights<'a>(def: &'a ScoreDefinition, answers: &Answers) -> Result<Option<&'a SortedMap<String, i32>>, String> {
    let Some(by) = &def.weighted_by else { return Ok(None) };
    match answers.get(&by.item) {
        Some(Answer::Text(group)) => {
            by.weights.get(group).map(Some).ok_or_else(|| format!("no weights for the answer '{group}' to '{}'", by.item))
        }
        _ => Err(format!("needs the answer to '{}' to weigh the items", by.item)),
    }
}

/// A sum above its published logical maximum is reported as that maximum:
/// CDC counts unhealthy days as physically plus mentally unhealthy days, at
/// most 30 (CDC, Measuring Healthy Days, 2000). Without a ceiling the
/// outcome is unchanged.
fn at_most(ceiling: Option<f64>, outcome: Outcome) -> Outcome {
    match (ceiling, outcome) {
        (Some(c), Outcome::Complete(v)) => Outcome::Complete(v.min(c)),
        (Some(c), Outcome::Prorated(v)) => Outcome::Prorated(v.min(c)),
        (_, outcome) => outcome,
    }
}
