//! The host's options: one object with named fields, read from the JSON
//! `options` property or attribute, `mount(element, options)`, or the
//! element's own attributes. Checked in full before anything is shown.

use crate::error::{Category, Error};
use crate::instruments::Library;
use crate::care::plan::{self, Overrides, PlanChoice, Step};
use crate::i18n::{Locale, OFFERED};
use crate::model::{BodyMapAnswer, Instrument, TextPack};
use schemars::JsonSchema;
use crate::model::read::{self, as_string, Obj};
use serde::Serialize;
use std::rc::Rc;

mod wording;
pub use wording::primary_language;

/// Options a host passes to the widget.
#[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Options {
    /// Instrument ids, in the order they are shown, e.g. `["nrs11", "phq9"]`.
    #[serde(default)]
    pub instruments: Vec<String>,
    /// The language of the widget's own words, as a BCP 47 tag: `en` or
    /// `es` (a region such as `es-MX` is allowed). Defaults to the first of
    /// the browser's languages the widget speaks, else English. An
    /// instrument's wording follows only where it has a validated
    /// translation; otherwise it stays in its own language, with a note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// Offer the patient a menu to change the language. Defaults to true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale_switch: Option<bool>,
    /// `auto` (the default): one question per screen on a narrow screen
    /// (up to 36em wide), one instrument per screen otherwise; `question`:
    /// always one question per screen; `page`: always all of an
    /// instrument's questions on one screen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layout: Option<String>,
    /// Where the completed response is POSTed as JSON; absent: not posted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
    /// The host's opaque patient identifier, copied into the response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patient_id: Option<String>,
    /// The host's opaque encounter identifier, copied into the response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encounter_id: Option<String>,
    /// The host's own instrument definitions, usable by id in `instruments`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub definitions: Vec<Instrument>,
    /// `definitions` as the host gave them (JSON text of the array), for the
    /// FHIR mapping, which knows only the built-ins.
    #[serde(skip)]
    #[schemars(skip)]
    pub definitions_json: Option<String>,
    /// The clinic's licensed wording for instruments whose terms do not let
    /// the wording ship with the widget (see [`TextPack`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text_packs: Vec<TextPack>,
    /// The regions of the patient's earlier body map (region ids), to
    /// measure how much today's map overlaps it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_body_map: Option<Vec<String>>,
    /// A completed response to show read-only, for a clinician: its body
    /// maps are drawn shaded by intensity, with their measures. Read from
    /// the `review` option (a response envelope).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub review: Vec<BodyMapAnswer>,
    /// How long a POST to the endpoint may take before it counts as failed
    /// and is tried again, in seconds (1 to 120; default 30).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_seconds: Option<u32>,
    /// Save the answers on this device as they are given, to offer them
    /// back after a reload or a crash. Defaults to true; turn it off on
    /// shared devices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autosave: Option<bool>,
    /// Names the saved answers, so that two assessments on one site (or
    /// two patients on one device) keep theirs apart. Defaults to the
    /// patient id and the instruments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub save_key: Option<String>,
    /// What is POSTed: `native` (the response envelope, the default),
    /// `fhir` (a FHIR R4 transaction Bundle) or `both`
    /// (`{"response": …, "fhir": …}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// An assessment plan instead of `instruments`: a built-in plan's id
    /// (`intake`, `pre-procedure`, `post-procedure`, `review`) or the
    /// clinic's own plan object. It sets the instruments, their order and
    /// which items must be answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<PlanChoice>,
    /// This patient's changes to the plan: instruments to `remove`, steps
    /// to `add`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_overrides: Option<Overrides>,
    /// The patient's earlier responses (envelopes): each score's change
    /// since the latest of them is reported against its MCID, and its
    /// body map is the one today's is compared with.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<crate::output::Envelope>,
    /// A procedure and its diary so far (`{procedure, entries, rules?}`):
    /// the `diary` instrument's answer becomes the next entry, and the
    /// response carries what the diary then shows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diary: Option<crate::care::diary::Diary>,
    /// After submitting, a plain-language note on what each instrument
    /// measured and what happens next: `false` hides it; `{ "next": "…" }`
    /// gives the clinic's own "what happens next" (shown as given).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub education: Option<Education>,
}

/// The note after submitting.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Education {
    /// Whether it is shown.
    pub shown: bool,
    /// The clinic's own "what happens next", in place of the widget's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

/// The form of what is POSTed to the endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// The response envelope.
    Native,
    /// A FHIR R4 transaction Bundle.
    Fhir,
    /// `{"response": envelope, "fhir": bundle}`.
    Both,
}

/// How many questions a screen shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LayoutChoice {
    /// One question per screen on narrow screens, else one instrument.
    #[default]
    Auto,
    /// One instrument per screen.
    Page,
    /// One question per screen.
    Question,
}

/// Options checked and resolved: the instruments themselves, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// The instruments, in order, each in its own language (or, for a
    /// licensed one, in the clinic's wording).
    pub instruments: Vec<Rc<Instrument>>,
    /// Each instrument's wording in other languages, from its publisher's
    /// validated translations and the clinic's text packs.
    pub translations: Vec<Vec<Rc<Instrument>>>,
    /// The host's own definitions as given (JSON text of an array), for the
    /// FHIR mapping; `[]` without any.
    pub own_definitions: String,
    /// The language of the widget's own words.
    pub locale: Locale,
    /// False when the host left the language to the browser.
    pub locale_given: bool,
    /// Whether the patient may change the language.
    pub locale_switch: bool,
    /// How many questions a screen shows.
    pub layout: LayoutChoice,
    /// Where to POST the response, if anywhere.
    pub endpoint: Option<String>,
    /// The host's patient id.
    pub patient_id: Option<String>,
    /// The host's encounter id.
    pub encounter_id: Option<String>,
    /// The earlier body map's regions, checked.
    pub previous_body_map: Option<Vec<String>>,
    /// Body maps to show read-only instead of asking anything.
    pub review: Vec<BodyMapAnswer>,
    /// The time limit of a POST to the endpoint, in milliseconds.
    pub timeout_ms: u32,
    /// Where the answers are saved as they are given; `None` when saving is off.
    pub save_key: Option<String>,
    /// What is POSTed.
    pub format: Format,
    /// The plan the instruments came from, by id.
    pub plan: Option<String>,
    /// The patient's earlier responses.
    pub history: Vec<crate::output::Envelope>,
    /// The procedure diary the `diary` instrument adds to.
    pub diary: Option<crate::care::diary::Diary>,
    /// The note after submitting.
    pub education: Education,
}

/// The element attributes that map onto options, by attribute name.
pub const ATTRIBUTES: &[&str] = &["instruments", "locale", "endpoint", "patient-id", "encounter-id"];

impl Config {
    /// The wording of instrument `index` for a patient reading `locale`:
    /// its validated translation into that language if there is one, else
    /// its own.
    pub fn wording(&self, index: usize, locale: Locale) -> Option<&Rc<Instrument>> {
        let shown = self.instruments.get(index)?;
        let same = |i: &&Rc<Instrument>| primary_language(&i.language) == locale.tag();
        Some(std::iter::once(shown).chain(self.translations.get(index).into_iter().flatten()).find(same).unwrap_or(shown))
    }
}

impl Options {
    /// Reads options from JSON text, naming the field at fault on error. (The
    /// browser widget parses with `JSON.parse` and calls
    /// [`Options::from_value`].)
    pub fn from_json(text: &str) -> Result<Options, Error> {
        let value: serde_json::Value = serde_json::from_str(text)
            .map_err(|e| config_error(format!("the options are not valid JSON: {e}")))?;
        Options::from_value(&value)
    }

    /// Reads options from JSON data already parsed.
    pub fn from_value(value: &serde_json::Value) -> Result<Options, Error> {
        if !value.is_object() {
            return Err(config_error("options must be a JSON object"));
        }
        Options::read(value).map_err(|message| {
            // A broken definition is the definition's fault, not the options'.
            let category = if message.starts_with("definitions[") || message.starts_with("textPacks[") {
                Category::Definition
            } else {
                Category::Config
            };
            Error::new(category, message)
        })
    }

    fn read(value: &serde_json::Value) -> Result<Options, String> {
        let o = Obj::new(
            value,
            "options",
            &["instruments", "locale", "endpoint", "patientId", "encounterId", "definitions", "textPacks", "previousBodyMap", "review", "timeoutSeconds", "autosave", "saveKey", "format", "localeSwitch", "layout", "plan", "planOverrides", "history", "diary", "education"],
        )?;
        Ok(Options {
            instruments: o.list("instruments", as_string)?,
            locale: o.opt_string("locale")?,
            locale_switch: o.opt_bool("localeSwitch")?,
            layout: o.opt_string("layout")?,
            plan: o.get("plan").map(|v| PlanChoice::read(v, "options.plan")).transpose()?,
            plan_overrides: o.get("planOverrides").map(|v| plan::read_overrides(v, "options.planOverrides")).transpose()?,
            diary: o.get("diary").map(|v| crate::care::diary::read(v, "options.diary")).transpose()?,
            education: match o.get("education") {
                None => None,
                Some(serde_json::Value::Bool(shown)) => Some(Education { shown: *shown, next: None }),
                Some(v) => {
                    let e = Obj::new(v, "options.education", &["next"])?;
                    Some(Education { shown: true, next: Some(e.string("next")?) })
                }
            },
            history: o.list("history", |v, path| {
                crate::output::read::envelope(v, path).map_err(|e| format!("not a response envelope: {e}"))
            })?,
            endpoint: o.opt_string("endpoint")?,
            patient_id: o.opt_string("patientId")?,
            encounter_id: o.opt_string("encounterId")?,
            // Paths inside a definition are relative to it, as the
            // definition checks give them: `definitions[0]: items[1].id: …`.
            definitions_json: o.get("definitions").map(|v| v.to_string()),
            definitions: o.list("definitions", |v, path| {
                let at = path.trim_start_matches("options.");
                // A FHIR Questionnaire becomes our definition first; what it
                // cannot honour is refused by linkId, as a definition error.
                if crate::import::is_questionnaire(v) {
                    return imported(v, at);
                }
                read::instrument(v, "").map_err(|e| format!("{at}: {e}"))
            })?,
            text_packs: o.list("textPacks", |v, path| TextPack::read(v, path.trim_start_matches("options.")))?,
            previous_body_map: match o.get("previousBodyMap") {
                None => None,
                Some(_) => Some(o.list("previousBodyMap", as_string)?),
            },
            timeout_seconds: match o.opt_int("timeoutSeconds")? {
                None => None,
                Some(n @ 1..=120) => Some(n as u32),
                Some(n) => return Err(format!("options.timeoutSeconds: {n} is outside 1..120")),
            },
            autosave: o.opt_bool("autosave")?,
            save_key: o.opt_string("saveKey")?,
            format: o.opt_string("format")?,
            review: match o.get("review") {
                None => Vec::new(),
                Some(envelope) => review_maps(envelope)?,
            },
        })
    }

    /// Lets an element attribute (one of [`ATTRIBUTES`]) override a field.
    pub fn set_attribute(&mut self, name: &str, value: &str) {
        let text = Some(value.trim().to_string()).filter(|v| !v.is_empty());
        match name {
            "instruments" => {
                self.instruments = value
                    .split([',', ' '])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect()
            }
            "locale" => self.locale = text,
            "endpoint" => self.endpoint = text,
            "patient-id" => self.patient_id = text,
            "encounter-id" => self.encounter_id = text,
            _ => {}
        }
    }

    /// The built-in instruments these options ask for, which a widget built
    /// without bundled definitions must load before [`Options::resolve_with`].
    pub fn builtins_wanted(&self) -> Vec<String> {
        let planned = self.steps().ok().flatten().map(|steps| steps.into_iter().map(|s| s.instrument).collect::<Vec<_>>());
        let ids = planned.unwrap_or_else(|| self.instruments.clone());
        ids.into_iter().filter(|id| crate::instruments::is_builtin(id)).collect()
    }

    /// The plan's steps for this patient, when a plan was given.
    fn steps(&self) -> Result<Option<Vec<Step>>, Error> {
        let Some(choice) = &self.plan else {
            return match self.plan_overrides {
                Some(_) => Err(config_error("options.planOverrides: there is no plan to change")),
                None => Ok(None),
            };
        };
        if !self.instruments.is_empty() {
            return Err(config_error("options: give instruments or a plan, not both"));
        }
        let plan = choice.plan().map_err(config_error)?;
        plan::resolve(&plan, &self.plan_overrides.clone().unwrap_or_default()).map(Some).map_err(config_error)
    }

    /// Checks every field and resolves the instruments.
    pub fn resolve(self) -> Result<Config, Error> {
        self.resolve_with(Library::builtin())
    }

    /// [`Options::resolve`] against `library`, which holds any built-in
    /// definitions loaded at run time.
    pub fn resolve_with(mut self, mut library: Library) -> Result<Config, Error> {
        let steps = self.steps()?;
        if let Some(steps) = &steps {
            self.instruments = steps.iter().map(|s| s.instrument.clone()).collect();
        }
        if self.instruments.is_empty() && self.review.is_empty() {
            return Err(config_error(
                "no instruments chosen: set the instruments attribute, e.g. instruments=\"nrs11,phq9\"",
            ));
        }
        let locale = match self.locale.as_deref() {
            None => Locale::En,
            Some(tag) if !is_language_tag(tag) => {
                return Err(config_error(format!("locale '{tag}' is not a language tag such as 'en' or 'es-MX'")))
            }
            // A clinic that asked for a language gets it or a clear refusal,
            // never English in its place without a word.
            Some(tag) => Locale::from_tag(tag).ok_or_else(|| {
                let offered: Vec<&str> = OFFERED.iter().map(|l| l.tag()).collect();
                config_error(format!("locale '{tag}' is not available (available: {})", offered.join(", ")))
            })?,
        };
        let layout = match self.layout.as_deref() {
            None | Some("auto") => LayoutChoice::Auto,
            Some("page") => LayoutChoice::Page,
            Some("question") => LayoutChoice::Question,
            Some(other) => return Err(config_error(format!("options.layout: '{other}' is not auto, page or question"))),
        };
        for definition in self.definitions {
            library.add(definition)?;
        }
        let mut instruments = Vec::with_capacity(self.instruments.len());
        let mut translations = Vec::with_capacity(self.instruments.len());
        for (i, id) in self.instruments.iter().enumerate() {
            if self.instruments[..i].contains(id) {
                return Err(config_error(format!("instrument '{id}' is listed twice")));
            }
            let mut definition = library.get(id)?;
            if let Some(step) = steps.as_ref().and_then(|steps| steps.iter().find(|s| &s.instrument == id)) {
                definition = Rc::new(plan::apply(&definition, step).map_err(config_error)?);
            }
            let (shown, others) = wording::wordings(definition, &self.text_packs, locale)?;
            instruments.push(shown);
            translations.push(others);
        }
        if let Some(endpoint) = &self.endpoint {
            check_endpoint(endpoint)?;
        }
        let format = match self.format.as_deref() {
            None | Some("native") => Format::Native,
            Some("fhir") => Format::Fhir,
            Some("both") => Format::Both,
            Some(other) => return Err(config_error(format!("options.format: '{other}' is not native, fhir or both"))),
        };
        let save_key = (self.autosave != Some(false)).then(|| {
            let name = self.save_key.clone().unwrap_or_else(|| format!("{}|{}", self.patient_id.as_deref().unwrap_or(""), self.instruments.join(",")));
            format!("pain-assessment:draft:{name}")
        });
        // Without an explicit earlier map, the latest earlier response's.
        if self.previous_body_map.is_none() {
            self.previous_body_map = latest_body_map(&self.history);
        }
        for (i, id) in self.previous_body_map.iter().flatten().enumerate() {
            if crate::bodymap::region(id).is_none() {
                return Err(config_error(format!("options.previousBodyMap[{i}]: '{id}' is not a region of the body map")));
            }
        }
        Ok(Config {
            instruments,
            translations,
            own_definitions: self.definitions_json.unwrap_or_else(|| "[]".into()),
            locale,
            locale_given: self.locale.is_some(),
            locale_switch: self.locale_switch != Some(false),
            layout,
            endpoint: self.endpoint,
            patient_id: self.patient_id,
            encounter_id: self.encounter_id,
            previous_body_map: self.previous_body_map,
            review: self.review,
            timeout_ms: self.timeout_seconds.map_or(30_000, |s| s * 1000),
            save_key,
            format,
            history: self.history,
            diary: self.diary,
            education: self.education.unwrap_or(Education { shown: true, next: None }),
            plan: match &self.plan {
                Some(PlanChoice::Named(id)) => Some(id.clone()),
                Some(PlanChoice::Own(plan)) => Some(plan.id.clone()),
                None => None,
            },
        })
    }
}

/// The regions of the body map in the most recently completed of `history`.
fn latest_body_map(history: &[crate::output::Envelope]) -> Option<Vec<String>> {
    let dated = history.iter().filter_map(|e| Some((crate::care::time::parse(e.completed_at.as_deref()?)?, e)));
    let (_, latest) = dated.filter(|(_, e)| e.instruments.iter().any(|r| r.answers.values().any(|a| matches!(a, crate::model::Answer::BodyMap(_))))).max_by_key(|(at, _)| *at)?;
    latest.instruments.iter().flat_map(|r| r.answers.values()).find_map(|a| match a {
        crate::model::Answer::BodyMap(map) => Some(map.regions.keys().cloned().collect()),
        _ => None,
    })
}

/// The body map answers of a response envelope (`instruments[].answers`),
/// each checked; a review with none is refused, as is an unknown region.
fn review_maps(envelope: &serde_json::Value) -> Result<Vec<BodyMapAnswer>, String> {
    let mut maps = Vec::new();
    for (i, response) in envelope["instruments"].as_array().into_iter().flatten().enumerate() {
        for (item, answer) in response["answers"].as_object().into_iter().flatten() {
            if !answer.is_object() {
                continue;
            }
            let at = format!("options.review.instruments[{i}].answers.{item}");
            let map = read::body_map(answer, &at)?;
            if let Some(id) = map.regions.keys().find(|id| crate::bodymap::region(id).is_none()) {
                return Err(format!("{at}: '{id}' is not a region of the body map"));
            }
            maps.push(map);
        }
    }
    if maps.is_empty() {
        return Err("options.review: expected a response envelope with a body map answer".into());
    }
    Ok(maps)
}

fn config_error(message: impl Into<String>) -> Error {
    Error::new(Category::Config, message)
}

/// An endpoint is a path on the host's own site or an http(s) URL: any other
/// scheme (`javascript:`, `data:`) is refused.
fn check_endpoint(endpoint: &str) -> Result<(), Error> {
    let lower = endpoint.to_ascii_lowercase();
    let scheme_end = lower.find(':');
    let path_start = lower.find(['/', '?', '#']);
    let has_scheme = matches!((scheme_end, path_start), (Some(c), Some(p)) if c < p)
        || (scheme_end.is_some() && path_start.is_none());
    if endpoint.chars().any(char::is_whitespace) {
        return Err(config_error(format!("endpoint '{endpoint}' contains white space")));
    }
    if has_scheme && !(lower.starts_with("https://") || lower.starts_with("http://")) {
        return Err(config_error(format!("endpoint '{endpoint}' must be an http(s) URL or a path")));
    }
    Ok(())
}

fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}


/// A FHIR Questionnaire given as a definition, imported here where the
/// importer is compiled in (native builds, the scorer).
#[cfg(any(not(target_arch = "wasm32"), feature = "scorer"))]
fn imported(questionnaire: &serde_json::Value, at: &str) -> Result<Instrument, String> {
    let definition = crate::import::questionnaire(questionnaire).map_err(|errors| format!("{at}: {}", crate::import::describe(&errors)))?;
    read::instrument(&definition, "").map_err(|e| format!("{at}: the imported Questionnaire: {e}"))
}

/// The widget leaves the importer to the scorer module, which the page's
/// script loads only when a definition is a Questionnaire and uses before
/// mounting (`js/pain-assessment.js`), so no other page downloads it. A
/// Questionnaire that still reaches here could not be imported, and the
/// script has put the reason in `importError`.
#[cfg(all(target_arch = "wasm32", not(feature = "scorer")))]
fn imported(questionnaire: &serde_json::Value, at: &str) -> Result<Instrument, String> {
    let why = questionnaire.get("importError").and_then(serde_json::Value::as_str);
    Err(format!("{at}: {}", why.unwrap_or("a FHIR Questionnaire is imported by pain-assessment.js, which was not used to mount the widget")))
}
