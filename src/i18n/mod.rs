//! The words of the widget itself, in every language it speaks. Every
//! string a patient reads that is not an instrument's wording comes from
//! here: [`text`] looks a [`Msg`] up in the patient's [`Locale`], and
//! [`fill`] puts numbers and names into its `{0}`, `{1}`… places (already
//! formatted for the locale by the browser's `Intl`).
//!
//! Instrument wording is not here: it belongs to each instrument and is
//! shown in a language only where its publisher has a validated
//! translation.
//!
//! `ar-XB` is a pseudo-locale for testing: English wrapped in right-to-left
//! override marks and laid out right to left, so a test can tell every
//! catalogue string from one written straight into the code, and see the
//! layout mirrored.

mod body;
mod strings;

pub use body::{quality_words, region_name};
pub use strings::{education, Msg};
use std::borrow::Cow;

/// A language the widget's own words are written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    /// English.
    #[default]
    En,
    /// Spanish.
    Es,
    /// The right-to-left pseudo-locale, for tests.
    PseudoRtl,
}

/// The locales a patient can choose from, in the order offered.
pub const OFFERED: [Locale; 2] = [Locale::En, Locale::Es];

impl Locale {
    /// Its BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
            Locale::PseudoRtl => "ar-XB",
        }
    }

    /// The language's own name for itself, as a language menu shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Es => "Español",
            Locale::PseudoRtl => "\u{202E}Pseudo RTL\u{202C}",
        }
    }

    /// The text direction, for the `dir` attribute.
    pub fn dir(self) -> &'static str {
        if self == Locale::PseudoRtl { "rtl" } else { "ltr" }
    }

    /// The locale for a BCP 47 tag, by its primary language (`es-MX` is
    /// Spanish); `None` for a language the widget does not speak.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        if tag.eq_ignore_ascii_case("ar-XB") {
            return Some(Locale::PseudoRtl);
        }
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        OFFERED.into_iter().find(|l| l.tag().eq_ignore_ascii_case(primary))
    }

    /// The first of the patient's preferred languages (as the browser
    /// lists them) that the widget speaks, else English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Locale {
        preferred.into_iter().find_map(|tag| Locale::from_tag(tag).filter(|l| *l != Locale::PseudoRtl)).unwrap_or_default()
    }

    /// True for `one` in the locale's plural rules. English and Spanish
    /// both (CLDR): one for the integer 1, other otherwise.
    fn is_one(self, n: usize) -> bool {
        n == 1
    }
}

/// The direction of text in the language `tag`: `rtl` for the scripts
/// written right to left, else `ltr`.
pub fn direction(tag: &str) -> &'static str {
    let primary = tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    let rtl = ["ar", "he", "fa", "ur", "ps", "sd", "yi", "dv", "ckb", "ug"].contains(&primary.as_str());
    if rtl { "rtl" } else { "ltr" }
}

/// `msg` in `locale`.
pub fn text(locale: Locale, msg: Msg) -> Cow<'static, str> {
    match locale {
        Locale::En => Cow::Borrowed(strings::EN[msg as usize]),
        Locale::Es => Cow::Borrowed(strings::ES[msg as usize]),
        Locale::PseudoRtl => Cow::Owned(pseudo(strings::EN[msg as usize])),
    }
}

/// `msg` in `locale` with `{0}`, `{1}`… replaced by `args`.
pub fn fill(locale: Locale, msg: Msg, args: &[&str]) -> String {
    let template = text(locale, msg);
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = &*template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').and_then(|close| Some((close, after[..close].parse::<usize>().ok()?))) {
            Some((close, index)) => {
                out.push_str(args.get(index).copied().unwrap_or_default());
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `one` or `other` by the count `n`, filled with `shown` (the count as
/// the locale writes it).
pub fn plural(locale: Locale, n: usize, one: Msg, other: Msg, shown: &str) -> String {
    fill(locale, if locale.is_one(n) { one } else { other }, &[shown])
}

/// The pseudo-locale's form of an English string: wrapped in U+202E
/// (right-to-left override) and U+202C (pop directional formatting).
fn pseudo(english: &str) -> String {
    format!("\u{202E}{english}\u{202C}")
}
