//! Which wording of each instrument a patient reads: its own, its
//! publisher's validated translations, or for a licensed instrument the
//! clinic's text packs.

use super::config_error;
use crate::engine::apply_text_pack;
use crate::error::{Category, Error};
use crate::i18n::Locale;
use crate::model::{Instrument, TextPack};
use std::rc::Rc;

/// The wording shown first and every other language's, each checked. A
/// licensed instrument without a pack is refused: placeholder wording is
/// never shown to a patient. Of its packs, the one in `locale` is shown
/// first, else the first given.
pub(super) fn wordings(instrument: Rc<Instrument>, packs: &[TextPack], locale: Locale) -> Result<(Rc<Instrument>, Vec<Rc<Instrument>>), Error> {
    let mut worded = Vec::new();
    for pack in &instrument.translations {
        let translated = apply_text_pack(&instrument, pack).map_err(|issues| {
            Error::new(Category::Internal, format!("{}: translation '{}': {}", instrument.id, pack.locale, issues.join("; ")))
        })?;
        worded.push(Rc::new(translated));
    }
    for (i, pack) in packs.iter().enumerate().filter(|(_, p)| p.instrument == instrument.id) {
        if worded.iter().any(|w| w.language.eq_ignore_ascii_case(&pack.locale)) {
            return Err(Error::new(Category::Definition, format!("textPacks[{i}] ({}): a second pack in '{}'", instrument.id, pack.locale)));
        }
        let translated = apply_text_pack(&instrument, pack).map_err(|issues| {
            Error::new(Category::Definition, format!("textPacks[{i}] ({}): {}", instrument.id, issues.join("; ")))
        })?;
        worded.push(Rc::new(translated));
    }
    if !instrument.licence.text_required {
        return Ok((instrument, worded));
    }
    if worded.is_empty() {
        let what = if instrument.licence.artwork_required { "licensed text and artwork" } else { "licensed text" };
        return Err(config_error(format!(
            "instrument '{}' needs {what}: its owner's terms do not let it ship with the widget. \
             A clinic holding a licence passes it in options.textPacks",
            instrument.id
        )));
    }
    let first = worded.iter().position(|w| primary_language(&w.language) == locale.tag()).unwrap_or(0);
    let shown = worded.remove(first);
    Ok((shown, worded))
}

/// The primary language subtag of a BCP 47 tag, lower-cased: `en-GB` → `en`.
pub fn primary_language(tag: &str) -> String {
    tag.split('-').next().unwrap_or_default().to_ascii_lowercase()
}
