//! Fills a licensed instrument's wording from a clinic's text pack.

use crate::model::{Instrument, ItemKind, ItemText, TextPack};

/// True when `instrument` has wording to show: its licence lets it ship, or
/// a text pack has filled every text.
pub fn has_text(instrument: &Instrument) -> bool {
    !instrument.licence.text_required
        || instrument.items.iter().all(|item| {
            !item.text.trim().is_empty()
                && match &item.kind {
                    ItemKind::SingleChoice { options, .. } | ItemKind::MultiChoice { options, .. } | ItemKind::Checklist { options } => options
                        .iter()
                        .all(|o| !o.label.trim().is_empty() && (o.image.is_some() || !instrument.licence.artwork_required)),
                    ItemKind::Rating { min_label, max_label, .. } | ItemKind::Vas { min_label, max_label } => {
                        !min_label.trim().is_empty() && !max_label.trim().is_empty()
                    }
                    ItemKind::YesNo { .. } | ItemKind::Number { .. } | ItemKind::Decimal { .. } | ItemKind::Display {} | ItemKind::Text { .. } | ItemKind::BodyMap {} => true,
                }
        })
}

/// `instrument` with the wording of `pack`, or every reason it does not
/// fit: a different instrument or version, an item or option the
/// instrument does not have, or one the pack leaves without words.
pub fn apply_text_pack(instrument: &Instrument, pack: &TextPack) -> Result<Instrument, Vec<String>> {
    let mut issues = Vec::new();
    if pack.instrument != instrument.id {
        issues.push(format!("instrument: the pack is for '{}', not '{}'", pack.instrument, instrument.id));
    }
    if pack.version != instrument.version {
        issues.push(format!(
            "version: the pack is for version '{}' but the built-in definition is version '{}'",
            pack.version, instrument.version
        ));
    }
    for id in pack.items.keys() {
        if instrument.item(id).is_none() {
            issues.push(format!("items.{id}: '{}' has no such item", instrument.id));
        }
    }
    let mut filled = instrument.clone();
    filled.language = pack.locale.clone();
    // A blank title, instructions or copyright line (as a fresh template
    // has) leaves the definition's own.
    let given = |text: &Option<String>| text.as_ref().filter(|t| !t.trim().is_empty()).cloned();
    if let Some(title) = given(&pack.title) {
        filled.title = title;
    }
    if let Some(instructions) = given(&pack.instructions) {
        filled.instructions = Some(instructions);
    }
    if let Some(copyright) = given(&pack.copyright) {
        filled.licence.copyright = copyright;
    }
    if let Some(terms) = given(&pack.terms) {
        filled.licence.terms = terms;
    }
    for item in &mut filled.items {
        let at = format!("items.{}", item.id);
        let Some(text) = pack.items.get(&item.id) else {
            issues.push(format!("{at}: missing"));
            continue;
        };
        item.text = text.text.clone();
        if text.text.trim().is_empty() {
            issues.push(format!("{at}.text: must not be empty"));
        }
        match &mut item.kind {
            ItemKind::SingleChoice { options, .. } | ItemKind::MultiChoice { options, .. } | ItemKind::Checklist { options } => {
                for option in options.iter_mut() {
                    match text.options.get(&option.value) {
                        Some(label) if !label.trim().is_empty() => option.label = label.clone(),
                        _ => issues.push(format!("{at}.options.{}: missing", option.value)),
                    }
                }
                for value in text.options.keys().chain(text.images.keys()) {
                    if !options.iter().any(|o| &o.value == value) {
                        issues.push(format!("{at}.options.{value}: the item has no such option"));
                    }
                }
                for option in options.iter_mut() {
                    match text.images.get(&option.value) {
                        Some(url) => option.image = Some(url.clone()),
                        None if instrument.licence.artwork_required => {
                            issues.push(format!("{at}.images.{}: missing (the licensed artwork)", option.value))
                        }
                        None => {}
                    }
                }
            }
            ItemKind::Rating { min_label, max_label, .. } | ItemKind::Vas { min_label, max_label } => {
                match (&text.min_label, &text.max_label) {
                    (Some(low), Some(high)) if !low.trim().is_empty() && !high.trim().is_empty() => {
                        *min_label = low.clone();
                        *max_label = high.clone();
                    }
                    _ => issues.push(format!("{at}: a scale needs minLabel and maxLabel")),
                }
            }
            ItemKind::YesNo { .. } | ItemKind::Number { .. } | ItemKind::Decimal { .. } | ItemKind::Display {} | ItemKind::Text { .. } | ItemKind::BodyMap {} => {}
        }
    }
    if issues.is_empty() {
        Ok(filled)
    } else {
        Err(issues)
    }
}

/// A blank pack for `instrument` in `locale`: every item, option and scale
/// end it needs, with empty words for the licence holder to fill in. A
/// blank pack is refused until it is filled.
pub fn text_pack_template(instrument: &Instrument, locale: &str) -> TextPack {
    let items = instrument
        .items
        .iter()
        .map(|item| {
            let mut text = ItemText { text: String::new(), ..ItemText::default() };
            match &item.kind {
                ItemKind::SingleChoice { options, .. } | ItemKind::MultiChoice { options, .. } | ItemKind::Checklist { options } => {
                    for option in options {
                        text.options.insert(option.value.clone(), String::new());
                        if instrument.licence.artwork_required {
                            text.images.insert(option.value.clone(), String::new());
                        }
                    }
                }
                ItemKind::Rating { .. } | ItemKind::Vas { .. } => {
                    text.min_label = Some(String::new());
                    text.max_label = Some(String::new());
                }
                ItemKind::YesNo { .. } | ItemKind::Number { .. } | ItemKind::Decimal { .. } | ItemKind::Display {} | ItemKind::Text { .. } | ItemKind::BodyMap {} => {}
            }
            (item.id.clone(), text)
        })
        .collect();
    TextPack {
        instrument: instrument.id.clone(),
        version: instrument.version.clone(),
        locale: locale.to_string(),
        title: Some(String::new()),
        instructions: Some(String::new()),
        copyright: Some(String::new()),
        terms: None,
        items,
    }
}
