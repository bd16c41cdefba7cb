//! The body map's words in each locale: region names and pain qualities.
//! English uses the names in `bodymap::regions`; Spanish names each body
//! part with its side, the adjective agreeing with the noun.

use super::{pseudo, Locale};
use crate::bodymap::{Part, Region, Side, View};
use crate::model::Quality;
use std::borrow::Cow;

/// The region's name as a patient reads it and a screen reader says it.
pub fn region_name(locale: Locale, region: &Region) -> Cow<'static, str> {
    match locale {
        Locale::En => Cow::Borrowed(region.name),
        Locale::PseudoRtl => Cow::Owned(pseudo(region.name)),
        Locale::Es => {
            let (right, left) = spanish_part(region.part);
            let view = if region.view == View::Front { "por delante" } else { "por detrás" };
            Cow::Owned(format!("{}, {view}", if region.side == Side::Right { right } else { left }))
        }
    }
}

/// A pain quality's words.
pub fn quality_words(locale: Locale, quality: Quality) -> Cow<'static, str> {
    match locale {
        Locale::En => Cow::Borrowed(quality.words()),
        Locale::PseudoRtl => Cow::Owned(pseudo(quality.words())),
        Locale::Es => Cow::Borrowed(match quality {
            Quality::Aching => "dolor sordo",
            Quality::Burning => "ardor o quemazón",
            Quality::Shooting => "punzante o como una descarga eléctrica",
            Quality::Stabbing => "como una puñalada",
            Quality::Numbness => "entumecimiento",
            Quality::PinsAndNeedles => "hormigueo",
        }),
    }
}

/// A body part with its right and its left side, in Spanish.
fn spanish_part(part: Part) -> (&'static str, &'static str) {
    match part {
        Part::Cranium => ("parte superior derecha de la cabeza", "parte superior izquierda de la cabeza"),
        Part::Face => ("lado derecho de la cara", "lado izquierdo de la cara"),
        Part::BackOfHead => ("parte posterior derecha de la cabeza", "parte posterior izquierda de la cabeza"),
        Part::Neck => ("lado derecho del cuello", "lado izquierdo del cuello"),
        Part::Shoulder => ("hombro derecho", "hombro izquierdo"),
        Part::Chest => ("lado derecho del pecho", "lado izquierdo del pecho"),
        Part::UpperBack => ("parte alta derecha de la espalda", "parte alta izquierda de la espalda"),
        Part::UpperArm => ("brazo derecho", "brazo izquierdo"),
        Part::MiddleBack => ("parte media derecha de la espalda", "parte media izquierda de la espalda"),
        Part::Elbow => ("codo derecho", "codo izquierdo"),
        Part::Forearm => ("antebrazo derecho", "antebrazo izquierdo"),
        Part::Abdomen => ("lado derecho del abdomen", "lado izquierdo del abdomen"),
        Part::LowerBack => ("parte baja derecha de la espalda", "parte baja izquierda de la espalda"),
        Part::Wrist => ("muñeca derecha", "muñeca izquierda"),
        Part::Hip => ("cadera derecha", "cadera izquierda"),
        Part::Groin => ("ingle derecha", "ingle izquierda"),
        Part::Buttock => ("nalga derecha", "nalga izquierda"),
        Part::Palm => ("palma de la mano derecha", "palma de la mano izquierda"),
        Part::Hand => ("dorso de la mano derecha", "dorso de la mano izquierda"),
        Part::UpperLeg => ("muslo derecho", "muslo izquierdo"),
        Part::Knee => ("rodilla derecha", "rodilla izquierda"),
        Part::LowerLeg => ("parte inferior de la pierna derecha", "parte inferior de la pierna izquierda"),
        Part::Ankle => ("tobillo derecho", "tobillo izquierdo"),
        Part::Foot => ("empeine del pie derecho", "empeine del pie izquierdo"),
        Part::Sole => ("planta del pie derecho", "planta del pie izquierdo"),
    }
}
