//! Classification scores: a group read off scores computed before it, by
//! rules tried in order (e.g. the STarT Back rule: high risk when the
//! distress subscale is 4 or more, otherwise low risk when the total is 3 or
//! less, otherwise medium; Keele University, "Using and scoring the Keele
//! STarT Back Screening Tool"). Which rules apply is data in each
//! definition, citing its source; this is only their evaluation.

use super::aggregate::Outcome;
use crate::model::{ScoreDefinition, ScoreResult};

/// The outcome of `def`'s rules on `earlier` results, and the items those
/// results used. A condition on a score that could not be computed makes
/// the classification not scorable: a group must never rest on a guess.
pub fn classify(def: &ScoreDefinition, earlier: &[ScoreResult]) -> (Outcome, Vec<String>) {
    let mut used: Vec<String> = Vec::new();
    for rule in &def.classify {
        for condition in &rule.when {
            let Some(result) = earlier.iter().find(|r| r.id == condition.score) else {
                return (Outcome::NotScorable(format!("needs score '{}', which is not defined before it", condition.score)), used);
            };
            for item in &result.items_used {
                if !used.contains(item) {
                    used.push(item.clone());
                }
            }
        }
    }
    for rule in &def.classify {
        let mut holds = true;
        for condition in &rule.when {
            let value = earlier.iter().find(|r| r.id == condition.score).and_then(|r| r.value);
            let Some(value) = value else {
                return (Outcome::NotScorable(format!("score '{}' could not be computed", condition.score)), used);
            };
            holds &= condition.min.is_none_or(|min| value >= min) && condition.max.is_none_or(|max| value <= max);
        }
        if holds {
            return (Outcome::Complete(rule.value), used);
        }
    }
    (Outcome::NotScorable("no classification rule applies".into()), used)
}
