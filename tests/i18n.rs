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
    let same = [Msg::No, Msg::HoursAfter];
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

#[test]
fn a_patient_reading_spanish_gets_the_publishers_spanish_phq9_and_english_where_none_exists() {
    use pain_assessment::Options;
    let options = r#"{"instruments":["nrs11","phq9","bodymap"],"locale":"es"}"#;
    let config = Options::from_json(options).and_then(Options::resolve).unwrap();
    let phq9 = config.wording(1, Locale::Es).unwrap();
    assert_eq!(phq9.language, "es-US");
    assert_eq!(phq9.title, "Cuestionario sobre la Salud del Paciente-9 (PHQ-9)");
    assert_eq!(phq9.items[8].text, "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera");
    let labels: Vec<&str> = phq9.items[0].kind.options().iter().map(|o| o.label.as_str()).collect();
    assert_eq!(labels, ["Ningún día", "Varios días", "Más de la mitad de los días", "Casi todos los días"]);
    assert_eq!(phq9.licence.terms, "No se requiere permiso para reproducir, traducir, presentar o distribuir.");
    // Same structure and scoring: only words differ.
    let english = &config.instruments[1];
    for (es, en) in phq9.items.iter().zip(&english.items) {
        assert_eq!((&es.id, es.kind.options().iter().map(|o| (&o.value, o.score)).collect::<Vec<_>>()),
                   (&en.id, en.kind.options().iter().map(|o| (&o.value, o.score)).collect::<Vec<_>>()));
    }
    assert_eq!(config.wording(0, Locale::Es).unwrap().language, "en", "the NRS has no Spanish form here");
    assert_eq!(config.wording(2, Locale::Es).unwrap().title, "¿Dónde le duele?");
    assert_eq!(config.wording(1, Locale::En).unwrap().language, "en");
    // The response says which language each wording was in.
    let session = pain_assessment::Session::new(config.instruments.clone()).with_view(Locale::Es, Default::default());
    let meta = pain_assessment::output::Meta { submission_id: "s".into(), started_at: "2026-11-29T08:00:00Z".into() };
    let envelope = pain_assessment::output::build(&session, &config, &meta);
    assert_eq!(envelope.locale, "es");
    assert_eq!(envelope.instruments.iter().map(|i| i.language.as_str()).collect::<Vec<_>>(), ["en", "es-US", "es"]);
}

#[test]
fn every_built_in_has_its_own_note_on_what_it_measures() {
    for id in pain_assessment::instruments::builtin_ids() {
        assert_ne!(pain_assessment::i18n::education(id), Msg::EduGeneric, "{id} falls back to the generic note");
    }
    assert_eq!(pain_assessment::i18n::education("clinic_sleep"), Msg::EduGeneric);
}
