//! Definition checks for conditional items: every condition names an item
//! asked earlier (so no forward reference and no cycle), takes an operator
//! that item's answers allow, and compares with a value the item could
//! give; a value it could never give would hide the item for good.

use crate::engine::show_number;
use crate::model::{EnableWhen, Expected, Instrument, Item, ItemKind, Operator};

/// Every problem with the `enableWhen` and `within` of `instrument`'s items.
pub(super) fn check(instrument: &Instrument, issues: &mut Vec<String>) {
    for (i, item) in instrument.items.iter().enumerate() {
        let at = format!("items[{i}]");
        let earlier = &instrument.items[..i];
        if let Some(heading) = &item.within {
            if !earlier.iter().any(|e| &e.id == heading) {
                issues.push(format!("{at}.within: '{heading}' {}", not_earlier(instrument, heading, &item.id)));
            }
        }
        for (j, condition) in item.enable_when.iter().enumerate() {
            let at = format!("{at}.enableWhen[{j}]");
            match earlier.iter().find(|e| e.id == condition.item) {
                None => issues.push(format!("{at}.item: '{}' {}", condition.item, not_earlier(instrument, &condition.item, &item.id))),
                Some(target) => {
                    if let Err(why) = fits(target, condition) {
                        issues.push(format!("{at}: {why}"));
                    }
                }
            }
        }
    }
}

fn not_earlier(instrument: &Instrument, id: &str, this: &str) -> &'static str {
    if id == this {
        "is this item itself: a condition names an item asked before it"
    } else if instrument.item(id).is_some() {
        "comes later: a condition names an item asked before it, so conditions cannot go round in a circle"
    } else {
        "is not an item of this instrument"
    }
}

/// `Ok` when `condition` could hold for some answer to `target`.
fn fits(target: &Item, condition: &EnableWhen) -> Result<(), String> {
    let id = &target.id;
    match (condition.operator, &condition.answer) {
        (Operator::Exists, Expected::Bool(_)) => Ok(()),
        (Operator::Exists, _) => Err("`exists` takes true or false".into()),
        (_, _) if matches!(target.kind, ItemKind::BodyMap {}) => Err(format!("'{id}' is a body map: only `exists` applies")),
        (Operator::In, Expected::OneOf(values)) if values.is_empty() => Err("`in` needs at least one value".into()),
        (Operator::In, Expected::OneOf(values)) => values.iter().try_for_each(|v| possible(target, v)),
        (Operator::In, _) => Err("`in` takes an array of values".into()),
        (_, Expected::OneOf(_)) => Err(format!("`{}` takes one value, not an array", condition.operator.symbol())),
        (op, value) if op.is_ordering() => ordering(target, op, value),
        (_, value) => possible(target, value),
    }
}

/// `Ok` when `value` is an answer `target` can give.
fn possible(target: &Item, value: &Expected) -> Result<(), String> {
    let id = &target.id;
    match (&target.kind, value) {
        (kind, Expected::Text(v)) if !kind.options().is_empty() => {
            if kind.options().iter().any(|o| &o.value == v) {
                Ok(())
            } else {
                Err(format!("'{v}' is not an option of '{id}'"))
            }
        }
        (ItemKind::YesNo { .. }, Expected::Bool(_)) | (ItemKind::Text { .. }, Expected::Text(_)) => Ok(()),
        // A decimal takes fractions too.
        (ItemKind::Decimal { .. }, Expected::Number(n)) => {
            let (min, max) = bounds(&target.kind).unwrap_or_default();
            if (min..=max).contains(n) {
                Ok(())
            } else {
                Err(format!("'{id}' takes {} to {}, never {}", show_number(min), show_number(max), show_number(*n)))
            }
        }
        (kind, Expected::Number(n)) => match bounds(kind) {
            Some((min, max)) if n.fract() == 0.0 && (min..=max).contains(n) => Ok(()),
            Some((min, max)) => Err(format!("'{id}' takes whole numbers from {} to {}, never {}", show_number(min), show_number(max), show_number(*n))),
            None => Err(format!("'{id}' is not answered with a number")),
        },
        _ => Err(format!("'{id}' is never answered with {}", describe(value))),
    }
}

/// `>`, `<`, `>=` and `<=` compare numbers, and must be able to hold.
fn ordering(target: &Item, op: Operator, value: &Expected) -> Result<(), String> {
    let id = &target.id;
    let (Some((min, max)), Expected::Number(n)) = (bounds(&target.kind), value) else {
        return Err(format!("`{}` compares numbers, and '{id}' is not answered with a number", op.symbol()));
    };
    let can = match op {
        Operator::Greater => max > *n,
        Operator::Less => min < *n,
        Operator::AtLeast => max >= *n,
        _ => min <= *n,
    };
    if can {
        Ok(())
    } else {
        Err(format!("'{id}' takes {} to {}, so `{} {}` can never hold", show_number(min), show_number(max), op.symbol(), show_number(*n)))
    }
}

fn bounds(kind: &ItemKind) -> Option<(f64, f64)> {
    match kind {
        ItemKind::Rating { min, max, .. } | ItemKind::Number { min, max } => Some((f64::from(*min), f64::from(*max))),
        ItemKind::Vas { .. } => Some((0.0, 100.0)),
        ItemKind::Decimal { min, max } => Some((min.unwrap_or(f64::MIN), max.unwrap_or(f64::MAX))),
        _ => None,
    }
}

fn describe(value: &Expected) -> &'static str {
    match value {
        Expected::Bool(_) => "true or false",
        Expected::Number(_) => "a number",
        Expected::Text(_) => "text",
        Expected::OneOf(_) => "an array",
    }
}
