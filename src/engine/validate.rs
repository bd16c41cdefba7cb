//! Checks an instrument definition before it is shown or scored. Every
//! problem is reported with the path of the field at fault, so the author of
//! a custom instrument can fix all of them in one pass.

use super::{item_max, item_min, show_number};
use crate::model::{Instrument, ItemKind, MissingRule, ScoreDefinition, ScoreMethod};

/// Every problem found in `instrument`; empty when it is usable.
pub fn validate_definition(instrument: &Instrument) -> Vec<String> {
    let mut issues = Vec::new();
    if !is_identifier(&instrument.id) {
        issues.push(format!(
            "id: '{}' must be 1 to 64 letters, digits, '_' or '-'",
            instrument.id
        ));
    }
    if instrument.version.trim().is_empty() {
        issues.push("version: must not be empty".into());
    }
    if instrument.items.is_empty() {
        issues.push("items: an instrument needs at least one item".into());
    }
    for (i, pack) in instrument.translations.iter().enumerate() {
        let at = format!("translations[{i}]");
        if let Err(found) = super::apply_text_pack(instrument, pack) {
            issues.extend(found.into_iter().map(|f| format!("{at}: {f}")));
        }
        if instrument.translations[..i].iter().any(|earlier| earlier.locale.eq_ignore_ascii_case(&pack.locale)) {
            issues.push(format!("{at}.locale: '{}' is translated twice", pack.locale));
        }
    }
    for (i, item) in instrument.items.iter().enumerate() {
        let at = format!("items[{i}]");
        if !is_item_id(&item.id) {
            issues.push(format!(
                "{at}.id: '{}' is not a valid item id (1 to 128 letters, digits, '_', '-', '.', '/' or ':')",
                item.id
            ));
        }
        if instrument.items[..i].iter().any(|earlier| earlier.id == item.id) {
            issues.push(format!("{at}.id: '{}' is used by an earlier item", item.id));
        }
        // A licensed instrument ships without wording; its text pack is
        // checked when it is applied.
        let worded = !instrument.licence.text_required;
        if worded && item.text.trim().is_empty() {
            issues.push(format!("{at}.text: must not be empty"));
        }
        check_kind(&at, &item.kind, worded, &mut issues);
        if matches!(item.kind, ItemKind::Display {}) && item.required {
            issues.push(format!("{at}.required: a display item asks nothing, so it cannot be required"));
        }
    }
    super::validate_enable::check(instrument, &mut issues);
    for (i, score) in instrument.scores.iter().enumerate() {
        let at = format!("scores[{i}]");
        if instrument.scores[..i].iter().any(|earlier| earlier.id == score.id) {
            issues.push(format!("{at}.id: '{}' is used by an earlier score", score.id));
        }
        check_score(instrument, &at, score, &mut issues);
        check_classification(&instrument.scores[..i], &at, score, &mut issues);
        check_table(instrument, &at, score, &mut issues);
        check_weights(instrument, &at, score, &mut issues);
    }
    for (i, rule) in instrument.safety.iter().enumerate() {
        match instrument.item(&rule.item) {
            None => issues.push(format!("safety[{i}].item: no item '{}'", rule.item)),
            Some(item) if !is_scored(&item.kind) => issues.push(format!(
                "safety[{i}].item: '{}' has no scores to compare with minScore",
                rule.item
            )),
            Some(_) => {}
        }
    }
    issues
}

fn is_identifier(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// An item id: wider than an instrument id, so that FHIR linkIds such as
/// `/44249-1/44250-9` or `1.1` are item ids as they are. Every character
/// allowed is safe in a DOM id, in a space-separated id list
/// (`aria-describedby`) and in a double-quoted attribute selector.
pub(crate) fn is_item_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 128
        && id.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/' | ':'))
}

/// An instrument id: 1 to 64 letters, digits, '_' or '-'.
pub(crate) fn is_instrument_id(id: &str) -> bool {
    is_identifier(id)
}

fn is_scored(kind: &ItemKind) -> bool {
    match kind {
        ItemKind::SingleChoice { options, .. } | ItemKind::MultiChoice { options, .. } | ItemKind::Checklist { options } => {
            options.iter().any(|o| o.score.is_some())
        }
        ItemKind::Rating { .. } | ItemKind::Vas { .. } | ItemKind::Number { .. } | ItemKind::YesNo { .. } | ItemKind::BodyMap {} => true,
        ItemKind::Text { .. } | ItemKind::Decimal { .. } | ItemKind::Display {} => false,
    }
}

fn check_kind(at: &str, kind: &ItemKind, worded: bool, issues: &mut Vec<String>) {
    match kind {
        ItemKind::SingleChoice { options, .. } | ItemKind::MultiChoice { options, .. } | ItemKind::Checklist { options } => {
            if options.len() < 2 {
                issues.push(format!("{at}.kind.options: a choice needs at least two options"));
            }
            for (j, option) in options.iter().enumerate() {
                if option.value.is_empty() {
                    issues.push(format!("{at}.kind.options[{j}].value: must not be empty"));
                }
                if options[..j].iter().any(|earlier| earlier.value == option.value) {
                    issues.push(format!(
                        "{at}.kind.options[{j}].value: '{}' is used by an earlier option",
                        option.value
                    ));
                }
                if worded && option.label.trim().is_empty() {
                    issues.push(format!("{at}.kind.options[{j}].label: must not be empty"));
                }
            }
        }
        ItemKind::Rating { min, max, .. } => {
            if min >= max {
                issues.push(format!("{at}.kind: min ({min}) must be below max ({max})"));
            } else if i64::from(*max) - i64::from(*min) > 100 {
                issues.push(format!("{at}.kind: a rating offers at most 101 numbers"));
            }
        }
        ItemKind::Number { min, max } => {
            if min >= max {
                issues.push(format!("{at}.kind: min ({min}) must be below max ({max})"));
            }
        }
        ItemKind::Decimal { min, max } => {
            if min.into_iter().chain(max).any(|v| !v.is_finite()) {
                issues.push(format!("{at}.kind: min and max must be finite numbers"));
            } else if let (Some(min), Some(max)) = (min, max) {
                if min >= max {
                    issues.push(format!("{at}.kind: min ({}) must be below max ({})", show_number(*min), show_number(*max)));
                }
            }
        }
        ItemKind::Vas { .. } | ItemKind::YesNo { .. } | ItemKind::BodyMap {} | ItemKind::Display {} => {}
        ItemKind::Text { max_length } => {
            if *max_length == 0 {
                issues.push(format!("{at}.kind.maxLength: must be at least 1"));
            }
        }
    }
}

fn check_score(
    instrument: &Instrument,
    at: &str,
    score: &ScoreDefinition,
    issues: &mut Vec<String>,
) {
    let classifies = score.method == ScoreMethod::Classify;
    if score.items.is_empty() && !classifies {
        issues.push(format!("{at}.items: a score needs at least one item"));
    }
    if !score.items.is_empty() && classifies {
        issues.push(format!("{at}.items: a classification reads scores, not items"));
    }
    for (j, id) in score.items.iter().enumerate() {
        match instrument.item(id) {
            None => issues.push(format!("{at}.items[{j}]: no item '{id}'")),
            Some(item) if !is_scored(&item.kind) => {
                issues.push(format!("{at}.items[{j}]: item '{id}' is not scored"))
            }
            Some(_) => {}
        }
    }
    check_body_map_score(instrument, at, score, issues);
    if classifies_or_counts(score) && matches!(score.missing, MissingRule::Prorate { .. }) {
        let method = match score.method {
            ScoreMethod::Classify => "classify",
            ScoreMethod::Count => "count",
            _ => "bodyMap",
        };
        issues.push(format!("{at}.missing: a {method} score has no proration"));
    }
    if let MissingRule::Prorate { min_answered, .. } = score.missing {
        if min_answered == 0 || min_answered as usize > score.items.len() {
            issues.push(format!(
                "{at}.missing.minAnswered: {min_answered} must be from 1 to the number of items ({})",
                score.items.len()
            ));
        }
    }
    let range = score.range;
    if !(range.min.is_finite() && range.max.is_finite() && range.min < range.max) {
        issues.push(format!("{at}.range: min must be below max"));
    }
    if let Some(ceiling) = score.ceiling {
        if score.method != ScoreMethod::Sum {
            issues.push(format!("{at}.ceiling: only a sum takes a ceiling"));
        } else if !(ceiling >= range.min && ceiling <= range.max) {
            issues.push(format!("{at}.ceiling: {} is outside the range", show_number(ceiling)));
        }
    }
    check_bands(at, score, issues);
}

/// A classification reads only scores defined before it, gives values
/// inside its range, and ends with a rule that always applies, so every set
/// of computable scores falls in exactly one group.
fn check_classification(earlier: &[ScoreDefinition], at: &str, score: &ScoreDefinition, issues: &mut Vec<String>) {
    if score.method != ScoreMethod::Classify {
        if !score.classify.is_empty() {
            issues.push(format!("{at}.classify: only a classify score takes rules"));
        }
        return;
    }
    if score.classify.last().is_none_or(|rule| !rule.when.is_empty()) {
        issues.push(format!("{at}.classify: the last rule must have no conditions, so that one always applies"));
    }
    for (j, rule) in score.classify.iter().enumerate() {
        if rule.value < score.range.min || rule.value > score.range.max {
            issues.push(format!("{at}.classify[{j}].value: {} is outside the range", show_number(rule.value)));
        }
        for (k, condition) in rule.when.iter().enumerate() {
            if !earlier.iter().any(|s| s.id == condition.score) {
                issues.push(format!("{at}.classify[{j}].when[{k}].score: no score '{}' before this one", condition.score));
            }
            if condition.min.is_none() && condition.max.is_none() {
                issues.push(format!("{at}.classify[{j}].when[{k}]: needs min or max"));
            }
        }
    }
}

/// A conversion table has exactly one row for every whole raw sum the
/// items can give, so no answer can fall outside it, and values in range.
fn check_table(instrument: &Instrument, at: &str, score: &ScoreDefinition, issues: &mut Vec<String>) {
    if score.method != ScoreMethod::Table {
        if !score.table.is_empty() {
            issues.push(format!("{at}.table: only a table score takes a table"));
        }
        return;
    }
    let items: Vec<_> = score.items.iter().filter_map(|id| instrument.item(id)).collect();
    let lowest: i64 = items.iter().filter_map(|i| item_min(i)).map(i64::from).sum();
    let highest: i64 = items.iter().filter_map(|i| item_max(i)).map(i64::from).sum();
    for raw in lowest..=highest {
        let rows = score.table.iter().filter(|row| row.raw == raw as f64).count();
        if rows != 1 {
            issues.push(format!("{at}.table: {rows} rows for raw sum {raw} (each of {lowest}–{highest} needs one)"));
        }
    }
    for (j, row) in score.table.iter().enumerate() {
        if row.raw.fract() != 0.0 || row.raw < lowest as f64 || row.raw > highest as f64 {
            issues.push(format!("{at}.table[{j}].raw: {} is not a raw sum the items can give", show_number(row.raw)));
        }
        if row.value < score.range.min || row.value > score.range.max {
            issues.push(format!("{at}.table[{j}].value: {} is outside the range", show_number(row.value)));
        }
        if row.se.is_some_and(|se| !(se >= 0.0)) {
            issues.push(format!("{at}.table[{j}].se: must not be negative"));
        }
    }
}

/// Grouped weights: a sum whose grouping item is a single choice with a
/// full row of weights for each of its options.
fn check_weights(instrument: &Instrument, at: &str, score: &ScoreDefinition, issues: &mut Vec<String>) {
    let Some(by) = &score.weighted_by else { return };
    let at = format!("{at}.weightedBy");
    if score.method != ScoreMethod::Sum {
        issues.push(format!("{at}: only a sum takes weights"));
    }
    let Some(ItemKind::SingleChoice { options, .. }) = instrument.item(&by.item).map(|i| &i.kind) else {
        issues.push(format!("{at}.item: '{}' is not a single-choice item", by.item));
        return;
    };
    for option in options {
        let Some(row) = by.weights.get(&option.value) else {
            issues.push(format!("{at}.weights.{}: missing", option.value));
            continue;
        };
        for id in &score.items {
            if !row.contains_key(id) {
                issues.push(format!("{at}.weights.{}.{id}: missing", option.value));
            }
        }
        for id in row.keys() {
            if !score.items.contains(id) {
                issues.push(format!("{at}.weights.{}.{id}: not an item of this score", option.value));
            }
        }
    }
    for group in by.weights.keys() {
        if !options.iter().any(|o| &o.value == group) {
            issues.push(format!("{at}.weights.{group}: '{}' has no such option", by.item));
        }
    }
}

/// Bands must run upwards without overlap and cover the whole range, so that
/// every possible score reads as exactly one band.
fn check_bands(at: &str, score: &ScoreDefinition, issues: &mut Vec<String>) {
    let Some(first) = score.bands.first() else { return };
    if first.min != score.range.min {
        issues.push(format!(
            "{at}.bands[0].min: {} must equal range.min ({})",
            show_number(first.min),
            show_number(score.range.min)
        ));
    }
    for (j, pair) in score.bands.windows(2).enumerate() {
        let (low, high) = (&pair[0], &pair[1]);
        if low.min > low.max {
            issues.push(format!("{at}.bands[{j}]: min is above max"));
        }
        if high.min <= low.max {
            issues.push(format!(
                "{at}.bands[{}].min: {} overlaps the band before it (up to {})",
                j + 1,
                show_number(high.min),
                show_number(low.max)
            ));
        }
    }
    let last = &score.bands[score.bands.len() - 1];
    if last.max != score.range.max {
        issues.push(format!(
            "{at}.bands[{}].max: {} must equal range.max ({})",
            score.bands.len() - 1,
            show_number(last.max),
            show_number(score.range.max)
        ));
    }
}

fn classifies_or_counts(score: &ScoreDefinition) -> bool {
    matches!(score.method, ScoreMethod::Classify | ScoreMethod::Count | ScoreMethod::BodyMap)
}

/// A body map score reads one body map item and names its measure; a body
/// map item is read by nothing else.
fn check_body_map_score(instrument: &Instrument, at: &str, score: &ScoreDefinition, issues: &mut Vec<String>) {
    let maps = score.items.iter().filter(|id| matches!(instrument.item(id).map(|i| &i.kind), Some(ItemKind::BodyMap {}))).count();
    if score.method == ScoreMethod::BodyMap {
        if score.items.len() != 1 || maps != 1 {
            issues.push(format!("{at}.items: a bodyMap score reads exactly one body map item"));
        }
        if score.measure.is_none() {
            issues.push(format!("{at}.measure: a bodyMap score names its measure"));
        }
    } else {
        if maps > 0 {
            issues.push(format!("{at}.items: a body map item is scored only by bodyMap scores"));
        }
        if score.measure.is_some() {
            issues.push(format!("{at}.measure: only a bodyMap score takes a measure"));
        }
    }
}
