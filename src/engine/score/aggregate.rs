//! Sum and mean over item scores, with the published missing-item rule.

use crate::model::{MissingRule, ScoreMethod};

/// The result of applying a method and missing-item rule.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// Every item was answered.
    Complete(f64),
    /// Some items were missing and the instrument's rule allowed for them.
    Prorated(f64),
    /// The score cannot be computed; the reason, in words.
    NotScorable(String),
}

/// Applies `method` to the answered item scores `values` (whose maxima are
/// `maxima`), out of `total` items that the score reads.
pub fn aggregate(method: ScoreMethod, rule: &MissingRule, values: &[i32], maxima: &[i32], total: usize) -> Outcome {
    let answered = values.len();
    let sum: f64 = values.iter().map(|&v| f64::from(v)).sum();
    // Percent of the most the answered items could score: the Oswestry
    // (Fairbank & Pynsent 2000) and Neck Disability Index (Vernon & Mior
    // 1991) formula, which itself allows for unanswered sections.
    let percent = || {
        let most: f64 = maxima.iter().map(|&m| f64::from(m)).sum();
        if most > 0.0 {
            // Multiply first: whole-number sums then divide exactly where they can.
            Some(sum * 100.0 / most)
        } else {
            None
        }
    };
    if answered == total && total > 0 {
        return match method {
            // A table converts the raw sum afterwards (see `table`).
            ScoreMethod::Sum | ScoreMethod::Table => Outcome::Complete(sum),
            ScoreMethod::Mean => Outcome::Complete(sum / total as f64),
            ScoreMethod::Percent => percent().map_or_else(|| zero_maximum(), Outcome::Complete),
            ScoreMethod::Count => Outcome::Complete(values.iter().filter(|&&v| v >= 1).count() as f64),
            ScoreMethod::Classify | ScoreMethod::BodyMap => not_aggregated(),
        };
    }
    let missing = total - answered;
    match rule {
        // A score whose source gives no rule for missing items is not
        // computed at all: a partial sum would read as a lower score.
        MissingRule::AllRequired => Outcome::NotScorable(format!(
            "{missing} of {total} items unanswered; every item is needed"
        )),
        // The source's proration: the mean of the answered items stands in
        // for each missing one, so a prorated sum is mean × items.
        MissingRule::Prorate { min_answered, .. } => {
            if answered < *min_answered as usize || answered == 0 {
                return Outcome::NotScorable(format!(
                    "{missing} of {total} items unanswered; at least {min_answered} answers are needed"
                ));
            }
            let mean = sum / answered as f64;
            match method {
                ScoreMethod::Sum | ScoreMethod::Table => Outcome::Prorated(mean * total as f64),
                ScoreMethod::Mean => Outcome::Prorated(mean),
                ScoreMethod::Percent => percent().map_or_else(|| zero_maximum(), Outcome::Prorated),
                // A count of items that scored has no published proration.
                ScoreMethod::Count => Outcome::NotScorable(format!("{missing} of {total} items unanswered; every item is needed")),
                ScoreMethod::Classify | ScoreMethod::BodyMap => not_aggregated(),
            }
        }
    }
}

fn zero_maximum() -> Outcome {
    Outcome::NotScorable("the answered items cannot score above 0, so no percentage exists".into())
}

/// A classification reads scores, and a body map measure its map, not item
/// scores; see `classify` and `body_map`.
fn not_aggregated() -> Outcome {
    Outcome::NotScorable("not computed from item scores".into())
}
