//! Whether an answer fits its item, and what it scores.

use crate::model::{Answer, BodyMapAnswer, Item, ItemKind};

/// `Ok` when `answer` is a possible answer to `item`; otherwise why not.
pub fn check_answer(item: &Item, answer: &Answer) -> Result<(), String> {
    match (&item.kind, answer) {
        (ItemKind::SingleChoice { options, other }, Answer::Text(value)) => {
            if options.iter().any(|o| &o.value == value) {
                Ok(())
            } else if *other {
                check_typed(&item.id, value)
            } else {
                Err(format!("'{value}' is not one of the options of item '{}'", item.id))
            }
        }
        (ItemKind::MultiChoice { options, .. } | ItemKind::Checklist { options }, Answer::Many(values)) => {
            let other = matches!(item.kind, ItemKind::MultiChoice { other: true, .. });
            let mut typed = 0;
            for (i, value) in values.iter().enumerate() {
                if !options.iter().any(|o| &o.value == value) {
                    if !other {
                        return Err(format!("'{value}' is not one of the options of item '{}'", item.id));
                    }
                    // One answer of the patient's own, beside the options.
                    typed += 1;
                    if typed > 1 {
                        return Err(format!("item '{}' takes one answer of the patient's own, not more", item.id));
                    }
                    check_typed(&item.id, value)?;
                }
                if values[..i].contains(value) {
                    return Err(format!("'{value}' is chosen twice in item '{}'", item.id));
                }
            }
            Ok(())
        }
        (ItemKind::Rating { min, max, .. } | ItemKind::Number { min, max }, Answer::Number(n)) => {
            if (i64::from(*min)..=i64::from(*max)).contains(n) {
                Ok(())
            } else {
                Err(format!("{n} is outside {min}..{max} for item '{}'", item.id))
            }
        }
        (ItemKind::Vas { .. }, Answer::Number(n)) => {
            if (0..=100).contains(n) {
                Ok(())
            } else {
                Err(format!("{n} is outside 0..100 for item '{}'", item.id))
            }
        }
        (ItemKind::Decimal { min, max }, Answer::Number(_) | Answer::Decimal(_)) => {
            let x = match answer {
                Answer::Number(n) => *n as f64,
                Answer::Decimal(x) => *x,
                _ => f64::NAN,
            };
            let low = min.unwrap_or(f64::MIN);
            let high = max.unwrap_or(f64::MAX);
            if x.is_finite() && (low..=high).contains(&x) {
                Ok(())
            } else {
                let show = |bound: Option<f64>| bound.map(super::show_number).unwrap_or_default();
                Err(format!("{} is outside {}..{} for item '{}'", super::show_number(x), show(*min), show(*max), item.id))
            }
        }
        (ItemKind::Display {}, _) => Err(format!("item '{}' is text only and takes no answer", item.id)),
        (ItemKind::YesNo { .. }, Answer::Bool(_)) => Ok(()),
        (ItemKind::BodyMap {}, Answer::BodyMap(map)) => check_map(&item.id, map),
        (ItemKind::Text { max_length }, Answer::Text(text)) => {
            if text.chars().count() <= *max_length as usize {
                Ok(())
            } else {
                Err(format!("the answer to item '{}' is longer than {max_length} characters", item.id))
            }
        }
        (kind, _) => Err(format!("item '{}' expects {}", item.id, expected(kind))),
    }
}

fn expected(kind: &ItemKind) -> &'static str {
    match kind {
        ItemKind::SingleChoice { .. } => "one option's value (a string)",
        ItemKind::MultiChoice { .. } | ItemKind::Checklist { .. } => "an array of option values",
        ItemKind::Rating { .. } | ItemKind::Number { .. } => "a whole number",
        ItemKind::Vas { .. } => "a whole number from 0 to 100",
        ItemKind::Decimal { .. } => "a number",
        ItemKind::Display {} => "no answer",
        ItemKind::YesNo { .. } => "true or false",
        ItemKind::Text { .. } => "a string",
        ItemKind::BodyMap {} => "a body map, {\"regions\": {...}}",
    }
}

/// The longest answer of the patient's own a choice item takes, in
/// characters: as long as a free-text item's default.
pub const TYPED_MAX: usize = 2000;

/// An answer typed beside a choice's options: some text, not too long.
fn check_typed(item: &str, text: &str) -> Result<(), String> {
    if text.trim().is_empty() {
        Err(format!("the answer typed for item '{item}' is empty"))
    } else if text.chars().count() > TYPED_MAX {
        Err(format!("the answer typed for item '{item}' is longer than {TYPED_MAX} characters"))
    } else {
        Ok(())
    }
}

/// Every region a known one, every intensity 0–10, no quality twice.
fn check_map(item: &str, map: &BodyMapAnswer) -> Result<(), String> {
    let previous = map.previous.iter().flatten();
    for id in map.regions.keys().chain(previous) {
        if crate::bodymap::region(id).is_none() {
            return Err(format!("'{id}' is not a region of the body map in item '{item}'"));
        }
    }
    for (id, pain) in &map.regions {
        if let Some(n) = pain.intensity.filter(|n| *n > 10) {
            return Err(format!("intensity {n} is outside 0..10 for region '{id}' in item '{item}'"));
        }
        for (i, quality) in pain.qualities.iter().enumerate() {
            if pain.qualities[..i].contains(quality) {
                return Err(format!("a quality is given twice for region '{id}' in item '{item}'"));
            }
        }
    }
    Ok(())
}

/// The most an answer to `item` can score; `None` for an unscored item.
pub fn item_max(item: &Item) -> Option<i32> {
    match &item.kind {
        ItemKind::SingleChoice { options, .. } => options.iter().filter_map(|o| o.score).max(),
        ItemKind::MultiChoice { options, .. } | ItemKind::Checklist { options } => {
            let scores: Vec<i32> = options.iter().filter_map(|o| o.score).collect();
            (!scores.is_empty()).then(|| scores.iter().filter(|s| **s > 0).sum())
        }
        ItemKind::Rating { max, .. } | ItemKind::Number { max, .. } => Some(*max),
        ItemKind::Vas { .. } => Some(100),
        ItemKind::YesNo { yes_score } => Some((*yes_score).max(0)),
        ItemKind::Text { .. } | ItemKind::BodyMap {} | ItemKind::Decimal { .. } | ItemKind::Display {} => None,
    }
}

/// The least an answer to `item` can score; `None` for an unscored item.
pub fn item_min(item: &Item) -> Option<i32> {
    match &item.kind {
        ItemKind::SingleChoice { options, .. } => options.iter().filter_map(|o| o.score).min(),
        ItemKind::MultiChoice { options, .. } | ItemKind::Checklist { options } => {
            let scores: Vec<i32> = options.iter().filter_map(|o| o.score).collect();
            (!scores.is_empty()).then(|| scores.iter().filter(|s| **s < 0).sum())
        }
        ItemKind::Rating { min, .. } | ItemKind::Number { min, .. } => Some(*min),
        ItemKind::Vas { .. } => Some(0),
        ItemKind::YesNo { yes_score } => Some((*yes_score).min(0)),
        ItemKind::Text { .. } | ItemKind::BodyMap {} | ItemKind::Decimal { .. } | ItemKind::Display {} => None,
    }
}

/// The score of `answer` to `item`, where a checklist left untouched
/// counts as nothing ticked (it scores 0) and any other unanswered item has
/// no score.
pub fn item_score_or_unticked(item: &Item, answer: Option<&Answer>) -> Option<i32> {
    match (answer, &item.kind) {
        (Some(answer), _) => item_score(item, answer),
        (None, ItemKind::Checklist { .. }) => Some(0),
        (None, _) => None,
    }
}

/// The score of a valid answer; `None` for an answer that does not fit the
/// item or carries no score (free text, an unscored option).
pub fn item_score(item: &Item, answer: &Answer) -> Option<i32> {
    check_answer(item, answer).ok()?;
    match (&item.kind, answer) {
        (ItemKind::SingleChoice { options, .. }, Answer::Text(value)) => {
            options.iter().find(|o| &o.value == value)?.score
        }
        // A multi-choice scores the sum of its chosen options' scores.
        (ItemKind::MultiChoice { options, .. } | ItemKind::Checklist { options }, Answer::Many(values)) => Some(
            values
                .iter()
                .filter_map(|v| options.iter().find(|o| &o.value == v)?.score)
                .sum(),
        ),
        (ItemKind::Rating { .. } | ItemKind::Vas { .. } | ItemKind::Number { .. }, Answer::Number(n)) => i32::try_from(*n).ok(),
        (ItemKind::YesNo { yes_score }, Answer::Bool(yes)) => Some(if *yes { *yes_score } else { 0 }),
        _ => None,
    }
}

/// A number as a patient types it, whatever their locale writes: `72.5`
/// and `72,5` are both 72.5, and a sign or spaces around it are allowed.
/// Anything else (two separators, thousands grouping such as `1,234.5`,
/// letters, more than 15 digits) is `None`, to be shown back and marked
/// rather than guessed.
///
/// Read by hand rather than by `str::parse::<f64>`, whose tables would add
/// some 15 KB to the widget: the digits as a whole number divided by a power
/// of ten, both exact in an `f64` at 15 digits, so the one rounding of the
/// division gives the nearest `f64`, as a full parser would.
pub fn parse_decimal(typed: &str) -> Option<f64> {
    let text = typed.trim();
    let (negative, digits) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (whole, fraction) = match digits.split_once(['.', ',']) {
        Some((w, f)) => (w, f),
        None => (digits, ""),
    };
    let all = || whole.bytes().chain(fraction.bytes());
    if whole.len() + fraction.len() == 0 || whole.len() + fraction.len() > 15 || !all().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mantissa = all().fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
    let value = mantissa as f64 / 10f64.powi(fraction.len() as i32);
    Some(if negative { -value } else { value })
}
