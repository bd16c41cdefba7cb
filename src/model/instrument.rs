//! An instrument definition: what is asked, how it is scored, and whose it is.
//!
//! Built-in instruments and host-supplied ones share this one format; it is
//! read from JSON and checked by [`crate::engine::validate_definition`] before
//! use.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A validated questionnaire or scale. Read from JSON by
/// [`super::read::instrument`], whose errors name the field at fault.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Instrument {
    /// Short stable identifier used in options and output, e.g. `phq9`.
    pub id: String,
    /// Version of the instrument's wording and scoring that this definition
    /// encodes. Submissions carry it; re-scoring refuses a different version.
    pub version: String,
    /// Title shown above the questions.
    pub title: String,
    /// The canonical URL of the FHIR Questionnaire this definition was
    /// imported from; the FHIR output names it (with `version`) as the
    /// QuestionnaireResponse's `questionnaire`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Instructions shown before the first item, exactly as published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// The language of the wording (BCP 47); `en` when absent.
    #[serde(default = "english")]
    pub language: String,
    /// Who owns the instrument and on what terms it may be used.
    pub licence: Licence,
    /// Codes for the instrument as a whole (e.g. a LOINC panel).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<Code>,
    /// The questions, in the order they are shown.
    pub items: Vec<Item>,
    /// The scores computed from the answers.
    #[serde(default)]
    pub scores: Vec<ScoreDefinition>,
    /// Answers that must reach a clinician whatever the total.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub safety: Vec<SafetyRule>,
    /// The publisher's validated translations of the wording, one text
    /// pack per language; shown when the patient reads that language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<super::TextPack>,
    /// Provenance for clinicians and reviewers: which published version the
    /// wording follows, how codes and missing items were settled, what was
    /// left out and why. Shown in the catalogue.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

fn english() -> String {
    "en".into()
}

/// Copyright and terms of use, shown wherever the terms require.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Licence {
    /// The copyright or attribution line as the owner asks for it.
    pub copyright: String,
    /// The terms in a sentence, e.g. "No permission required to reproduce".
    pub terms: String,
    /// The primary source (paper or manual) that defines the instrument.
    pub source: String,
    /// True when the owner's terms do not let the wording ship: the
    /// definition carries structure and scoring only, and the instrument is
    /// shown once the clinic passes its licensed text pack.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub text_required: bool,
    /// True when the options are pictures the owner licenses separately
    /// (e.g. the FPS-R faces): the clinic's text pack must give an image for
    /// every option.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub artwork_required: bool,
}

/// A code in a terminology such as LOINC or SNOMED CT.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Code {
    /// The terminology's URI, e.g. `http://loinc.org`; empty only for an
    /// option coding imported from a FHIR Questionnaire that states no
    /// system (it is then left out in FHIR output too).
    pub system: String,
    /// The code itself, e.g. `44261-6`.
    pub code: String,
    /// The terminology's display text for the code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
}

/// One question.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    /// Identifier unique within the instrument, e.g. `phq9_1`.
    pub id: String,
    /// The question as published.
    pub text: String,
    /// What kind of answer the item takes.
    pub kind: ItemKind,
    /// Whether the patient must answer before going on. Defaults to true.
    #[serde(default = "yes")]
    pub required: bool,
    /// Codes for the item (e.g. its LOINC question code).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<Code>,
    /// True for an item the clinician completes (an examination finding),
    /// not the patient; it is marked as such on screen.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub clinician: bool,
    /// Conditions on earlier answers under which the item is asked; empty
    /// means always. An item that is not asked is not shown, not required
    /// and not scored, and an answer it held is removed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub enable_when: Vec<super::EnableWhen>,
    /// Whether all of `enableWhen` must hold (the default) or any one.
    #[serde(default, skip_serializing_if = "super::EnableBehavior::is_all")]
    pub enable_behavior: super::EnableBehavior,
    /// The id of an earlier item heading the group this item belongs to:
    /// the item is asked only while that item is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub within: Option<String>,
}

fn yes() -> bool {
    true
}

/// The kinds of answer an item takes.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum ItemKind {
    /// Exactly one of the options; the answer is the option's `value`.
    #[serde(rename_all = "camelCase")]
    SingleChoice {
        /// The options, in the order shown.
        options: Vec<Choice>,
        /// True when the patient may type an answer that is not among the
        /// options (FHIR's open-choice): the answer is then the typed text,
        /// which scores nothing.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        other: bool,
    },
    /// Any number of the options; the answer is the list of chosen values.
    #[serde(rename_all = "camelCase")]
    MultiChoice {
        /// The options, in the order shown.
        options: Vec<Choice>,
        /// True when the patient may add one answer of their own, typed,
        /// to the options chosen; it is kept as text and scores nothing.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        other: bool,
    },
    /// A checklist: tick every option that applies, as on paper. Ticking
    /// none is an answer (nothing applies), so the item is never missing;
    /// it scores the sum of the ticked options' scores.
    #[serde(rename_all = "camelCase")]
    Checklist {
        /// The options, in the order shown.
        options: Vec<Choice>,
    },
    /// A whole number from `min` to `max` picked from a row of numbers, with
    /// words at both ends (a numeric rating scale).
    #[serde(rename_all = "camelCase")]
    Rating {
        /// The lowest number offered.
        min: i32,
        /// The highest number offered.
        max: i32,
        /// The words at the low end, as published.
        min_label: String,
        /// The words at the high end, as published.
        max_label: String,
    },
    /// A visual analogue scale: an unmarked line with words at both ends
    /// only. The answer is the position from 0 to 100 (the millimetres of
    /// the paper 100 mm line); no number is shown to the patient.
    #[serde(rename_all = "camelCase")]
    Vas {
        /// The words at the left (0) end, as published.
        min_label: String,
        /// The words at the right (100) end, as published.
        max_label: String,
    },
    /// A whole number typed in, from `min` to `max`, such as a count of days
    /// in the past 30; it scores its value. The question itself says what
    /// is counted, so the field carries no words of its own.
    #[serde(rename_all = "camelCase")]
    Number {
        /// The smallest number accepted.
        min: i32,
        /// The largest number accepted.
        max: i32,
    },
    /// A number that may have a fractional part (a weight in kilograms, a
    /// temperature), typed in; `72.5` and `72,5` are both read as 72.5.
    /// Never scored.
    #[serde(rename_all = "camelCase")]
    Decimal {
        /// The smallest number accepted, if there is one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<f64>,
        /// The largest number accepted, if there is one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<f64>,
    },
    /// Text shown between the questions (a heading, an instruction for the
    /// items after it): never answered, never required, never scored.
    Display {},
    /// Yes or no; the answer is a boolean. A "yes" scores `yesScore`.
    #[serde(rename_all = "camelCase")]
    YesNo {
        /// The score of "yes" (a "no" scores 0). Defaults to 1.
        yes_score: i32,
    },
    /// The body map: the patient marks the regions that hurt, with an
    /// intensity and qualities for each (see `crate::bodymap`). Scored only
    /// through `bodyMap` scores, each naming a measure.
    BodyMap {},
    /// Free text, never scored.
    #[serde(rename_all = "camelCase")]
    Text {
        /// The longest answer accepted, in characters. Defaults to 2000.
        max_length: u32,
    },
}

/// One option of a choice item.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Choice {
    /// The value recorded when this option is chosen; unique within the item.
    pub value: String,
    /// The option's words, as published.
    pub label: String,
    /// The option's score; `null` for an option that is not scored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<i32>,
    /// Codes for the option (e.g. a LOINC answer code).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<Code>,
    /// A picture shown for the option (a URL on the host's site or a
    /// `data:image/` URI), with `label` as its text alternative.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// How FHIR gives the option: `coding` (the default: its first code,
    /// else `value` in this item's own option system), or `string` /
    /// `integer` for an option a Questionnaire published as a plain
    /// `valueString` / `valueInteger`, which the QuestionnaireResponse then
    /// answers with that same string or integer (`value`), no coding. Such
    /// an option has no `codes`.
    #[serde(default, skip_serializing_if = "FhirValue::is_coding")]
    pub fhir_value: FhirValue,
}

/// The FHIR type an option is given as (see [`Choice::fhir_value`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum FhirValue {
    /// A Coding (`valueCoding`, `answerCoding`).
    #[default]
    Coding,
    /// The option's value as a string (`valueString`, `answerString`).
    String,
    /// The option's value as a whole number (`valueInteger`, `answerInteger`).
    Integer,
}

impl FhirValue {
    /// True for the default, a coding.
    pub fn is_coding(&self) -> bool {
        *self == FhirValue::Coding
    }
}

/// A score computed from some of the items.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ScoreDefinition {
    /// Identifier unique within the instrument, e.g. `total`.
    pub id: String,
    /// What the score is called in reports.
    pub label: String,
    /// How the score is computed.
    pub method: ScoreMethod,
    /// The items the score reads, in order.
    pub items: Vec<String>,
    /// What happens when some of those items are unanswered.
    #[serde(default)]
    pub missing: MissingRule,
    /// The lowest and highest value the score can take.
    pub range: Range,
    /// Interpretation bands; together they must cover the range without overlap.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bands: Vec<Band>,
    /// Codes for the score (e.g. a LOINC total-score code).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<Code>,
    /// The published source of this scoring rule and its bands.
    pub source: String,
    /// For the `classify` method: rules tried in order; the first whose
    /// conditions all hold gives the value. The last rule has no conditions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub classify: Vec<ClassRule>,
    /// For the `table` method: the value (and standard error) for each raw
    /// sum, one row for every whole raw sum the items can give.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub table: Vec<TableRow>,
    /// For the `bodyMap` method: which measure of the map this score is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<Measure>,
    /// The smallest change in this score that patients notice as
    /// important, from a published study, for reporting change over time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mcid: Option<Mcid>,
    /// For a sum: the published logical maximum, reported for any larger sum
    /// (CDC's unhealthy days add physically and mentally unhealthy days of
    /// the past 30 days, and are at most 30).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ceiling: Option<f64>,
    /// Weights that depend on the answer to another item (e.g. the Opioid
    /// Risk Tool's points for women and for men): each item's score is
    /// multiplied by its weight for that answer before the sum.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weighted_by: Option<WeightedBy>,
}

/// Item weights chosen by the answer to a grouping item.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct WeightedBy {
    /// The single-choice item whose answer picks the weights.
    pub item: String,
    /// For each of that item's option values, a weight for every item the
    /// score reads.
    pub weights: super::SortedMap<String, super::SortedMap<String, i32>>,
}

/// One row of a conversion table, e.g. a raw sum and its T-score.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct TableRow {
    /// The raw sum of the item scores.
    pub raw: f64,
    /// The score that raw sum converts to.
    pub value: f64,
    /// The standard error of that score, where the table gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub se: Option<f64>,
}

/// One rule of a classification: `value` when every condition holds.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct ClassRule {
    /// The value given, usually a band's ordinal (0 low, 1 medium, …).
    pub value: f64,
    /// Conditions on scores defined before this one; empty means always.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub when: Vec<Condition>,
}

/// A score within bounds: at least `min` and at most `max`, when given.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Condition {
    /// The id of an earlier score of the same instrument.
    pub score: String,
    /// The lowest value that meets the condition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// The highest value that meets the condition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
}

/// How item scores become a score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum ScoreMethod {
    /// The sum of the item scores.
    Sum,
    /// The mean of the item scores.
    Mean,
    /// The answered items' scores as a percentage of the most those items
    /// could score (sum ÷ sum of their maxima × 100), as the Oswestry and
    /// Neck Disability indices are scored.
    Percent,
    /// How many of the items scored 1 or more (e.g. how many body regions
    /// have pain in them).
    Count,
    /// A classification from scores computed before this one, by the rules
    /// in `classify` (e.g. the STarT Back risk groups).
    Classify,
    /// A measure of a body map item (its one item), named by `measure`.
    BodyMap,
    /// The sum of the item scores converted by `table` (e.g. raw score to
    /// T-score). A prorated sum is rounded to the nearest whole number
    /// (halves up) before the lookup, and flagged as prorated.
    Table,
}

/// A measure of a marked body map (see `crate::bodymap::Measures`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum Measure {
    /// Regions marked, of 74.
    Regions,
    /// Marked area as a percentage of the figure, both views.
    Extent,
    /// Marked area as a percentage of the front view.
    ExtentFront,
    /// Marked area as a percentage of the back view.
    ExtentBack,
    /// Regions marked on the patient's right.
    Right,
    /// Regions marked on the patient's left.
    Left,
    /// (right − left) ÷ (right + left).
    Laterality,
    /// Mean intensity of the marked regions.
    MeanIntensity,
    /// Highest intensity of the marked regions.
    MaxIntensity,
    /// Area × intensity ÷ 10 over the marked regions, as a percentage of the figure.
    WeightedExtent,
    /// Michigan Body Map areas marked, of 35.
    Michigan,
    /// Widespread Pain Index, 0–19.
    Wpi,
    /// WPI regions with pain, of 5 (jaw, chest and abdomen not counted).
    WpiRegions,
    /// Jaccard overlap with the earlier map the host passed in.
    Overlap,
}

impl Measure {
    /// Every measure with its JSON name.
    pub const ALL: [(Measure, &'static str); 14] = [
        (Measure::Regions, "regions"),
        (Measure::Extent, "extent"),
        (Measure::ExtentFront, "extentFront"),
        (Measure::ExtentBack, "extentBack"),
        (Measure::Right, "right"),
        (Measure::Left, "left"),
        (Measure::Laterality, "laterality"),
        (Measure::MeanIntensity, "meanIntensity"),
        (Measure::MaxIntensity, "maxIntensity"),
        (Measure::WeightedExtent, "weightedExtent"),
        (Measure::Michigan, "michigan"),
        (Measure::Wpi, "wpi"),
        (Measure::WpiRegions, "wpiRegions"),
        (Measure::Overlap, "overlap"),
    ];
}

/// The published rule for unanswered items.
#[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
#[serde(tag = "rule", rename_all = "camelCase")]
pub enum MissingRule {
    /// Every item must be answered; otherwise the score is not computed.
    #[default]
    AllRequired,
    /// With at least `minAnswered` items answered, a sum is prorated
    /// (mean of the answered items × number of items) and a mean is taken
    /// over the answered items. The result is flagged as prorated.
    #[serde(rename_all = "camelCase")]
    Prorate {
        /// The fewest answered items that still give a score.
        min_answered: u32,
        /// The published source of this rule.
        source: String,
    },
}

/// The inclusive range of a score.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Range {
    /// The lowest possible value.
    pub min: f64,
    /// The highest possible value.
    pub max: f64,
}

/// A minimal clinically important difference: a change at least this big,
/// in the better direction, is an important improvement. Either bound
/// suffices when both are given (as Ostelo et al. 2008 state theirs:
/// "X points or 30 %").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Mcid {
    /// The change in the score's own units.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points: Option<f64>,
    /// The change as a percentage of the earlier score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent: Option<f64>,
    /// Which way is better.
    pub better: Better,
    /// The study the value comes from, and its population.
    pub source: String,
}

/// The direction of improvement of a score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum Better {
    /// Lower is better (pain, disability, distress).
    Lower,
    /// Higher is better (e.g. self-efficacy).
    Higher,
}

/// An interpretation band: a score from `min` to `max` (inclusive) reads as `label`.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Band {
    /// Stable identifier, e.g. `moderately_severe`.
    pub id: String,
    /// The band's name as published.
    pub label: String,
    /// The lowest score in the band.
    pub min: f64,
    /// The highest score in the band.
    pub max: f64,
}

/// An answer that raises a safety flag.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct SafetyRule {
    /// Identifier of the flag raised, e.g. `self_harm_thoughts`.
    pub id: String,
    /// The item watched.
    pub item: String,
    /// The flag is raised when the item's score is at least this.
    pub min_score: i32,
    /// What the flag means, for the clinician reading the output.
    pub message: String,
    /// The published guidance behind the rule.
    pub source: String,
}

impl<'de> Deserialize<'de> for Instrument {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        super::read::instrument(&value, "").map_err(serde::de::Error::custom)
    }
}
