//! Safety flags: answers that must reach a clinician whatever the total.

use crate::engine::answer::item_score;
use crate::model::{Answers, Instrument, SafetyFlag};

/// The flags raised by `answers`, one per rule whose item scored at least
/// the rule's `minScore`.
pub fn flags(instrument: &Instrument, answers: &Answers) -> Vec<SafetyFlag> {
    instrument
        .safety
        .iter()
        .filter_map(|rule| {
            let item = instrument.item(&rule.item)?;
            let score = item_score(item, answers.get(&rule.item)?)?;
            (score >= rule.min_score).then(|| SafetyFlag {
                id: rule.id.clone(),
                instrument: instrument.id.clone(),
                item: rule.item.clone(),
                item_score: score,
                message: rule.message.clone(),
            })
        })
        .collect()
}
