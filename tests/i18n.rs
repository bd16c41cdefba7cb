//! The widget's own words: complete in every language, placeholders kept,
//! and the pseudo-locale marking every string.

use pain_assessment::bodymap::REGIONS;
use pain_assessment::i18n::{fill, plural, quality_words, region_name, text, Locale, Msg};
use pain_assessment::model::Quality;
use std::collections::BTreeSet;

fn placeholders(text: &str) -> BTreeSet<String> {
    text.split('{').skip(1).filter_map(|s| s.split_once('}')).map(|(n, _)| n.to_string()).collect()
}

#[test]
fn every_message_is_written_in_each_language_with_the_same_placeholders() {
    // Words that are the same in both languages.
    let same = [Msg::No];
    for &msg in Msg::ALL {
        let (en, es) = (text(Locale::En, msg), text(Locale::Es, msg));
        assert!(!en.trim().is_empty() && !es.trim().is_empty(), "{msg:?}");
        assert_eq!(placeholders(&en), placeholders(&es), "{msg:?}");
        assert!(same.contains(&msg) || en != es, "{msg:?} is not translated: '{es}'");
    }
    assert!(Msg::ALL.len() >= 60, "{}", Msg::ALL.len());
}

#[test]
fn placeholders_are_filled_in_order_and_plurals_chosen() {
    assert_eq!(fill(Locale::En, Msg::PartOf, &["2", "3"]), "Part 2 of 3");
    assert_eq!(fill(Locale::Es, Msg::PartOf, &["2", "3"]), "Parte 2 de 3");
    assert_eq!(plural(Locale::En, 1, Msg::ProblemsOne, Msg::ProblemsOther, "1"), "1 question still needs an answer:");
    assert_eq!(plural(Locale::Es, 3, Msg::ProblemsOne, Msg::ProblemsOther, "3"), "Falta responder 3 preguntas:");
    assert_eq!(fill(Locale::En, Msg::IntensityIs, &["left knee, front"]), "left knee, front: intensity ");
}

#[test]
fn the_pseudo_locale_marks_every_string_right_to_left() {
    for &msg in Msg::ALL {
        let shown = text(Locale::PseudoRtl, msg);
        assert!(shown.starts_with('\u{202E}') && shown.ends_with('\u{202C}'), "{msg:?}");
    }
    assert_eq!(Locale::PseudoRtl.dir(), "rtl");
    assert!(region_name(Locale::PseudoRtl, &REGIONS[0]).starts_with('\u{202E}'));
}

#[test]
fn the_browser_languages_choose_the_locale() {
    assert_eq!(Locale::negotiate(["fr-FR", "es-419", "en"]), Locale::Es);
    assert_eq!(Locale::negotiate(["de", "fr"]), Locale::En);
    assert_eq!(Locale::negotiate(["ar-XB", "en"]), Locale::En, "the pseudo-locale is never chosen for a patient");
    assert_eq!(Locale::from_tag("ES-mx"), Some(Locale::Es));
    assert_eq!(Locale::from_tag("pt"), None);
}

#[test]
fn every_region_and_quality_has_a_distinct_spanish_name() {
    let names: BTreeSet<_> = REGIONS.iter().map(|r| region_name(Locale::Es, r).into_owned()).collect();
    assert_eq!(names.len(), REGIONS.len());
    assert_eq!(region_name(Locale::Es, pain_assessment::bodymap::region("left_knee_front").unwrap()), "rodilla izquierda, por delante");
    let qualities: BTreeSet<_> = Quality::ALL.iter().map(|&q| quality_words(Locale::Es, q)).collect();
    assert_eq!(qualities.len(), 6);
}
