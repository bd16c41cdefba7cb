//! Items: each FHIR item becomes one of ours (a group becomes a display
//! heading and its items follow it, `within` it); what cannot be honoured
//! is refused by linkId.

use super::ext::{self, Known};
use super::ImportError;
use serde_json::{json, Map, Value};

/// What the importer knows of an item it has made, for the enableWhen and
/// totals that refer to it.
pub(super) struct Seen {
    pub link_id: String,
    pub kind: Kind,
    pub options: Vec<Opt>,
    pub required: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Display,
    Boolean,
    Number,
    Text,
    Choice,
}

/// An answer option: our value for it, its coding and its score.
pub(super) struct Opt {
    pub value: String,
    /// The code of its coding (the value, but for our own export's options
    /// that have a code of their own, such as a LOINC answer).
    pub code: String,
    pub system: Option<String>,
    pub score: Option<i32>,
}

/// An item whose value the Questionnaire computes: a candidate total.
pub(super) struct Calculated {
    pub link_id: String,
    pub text: String,
    pub codes: Vec<Value>,
    pub expression: String,
    pub item: Value,
}

/// The walk over the items, in order.
#[derive(Default)]
pub(super) struct Walk {
    pub out: Vec<Value>,
    pub seen: Vec<Seen>,
    pub calculated: Vec<Calculated>,
    pub notes: Vec<String>,
    /// The linkIds refused so far, so that what depends on them says so.
    pub refused: Vec<String>,
    /// The Questionnaire's `contained` resources, where an `answerValueSet`
    /// of `"#id"` finds its ValueSet.
    pub contained: Value,
    /// True for our own export of a licensed instrument whose wording does
    /// not ship (`licence.textRequired`): its items have no text.
    pub wordless: bool,
    /// True for our own export (it carries our definition extension): its
    /// items' kinds come from our item-kind extension.
    pub own: bool,
}

/// Item fields the importer reads; anything else is refused.
const FIELDS: &[&str] = &[
    "linkId", "id", "definition", "code", "prefix", "text", "type", "enableWhen", "enableBehavior", "required",
    "repeats", "readOnly", "maxLength", "answerOption", "answerValueSet", "item", "extension",
];

/// What an item's extensions say.
#[derive(Default)]
struct Ext<'a> {
    control: Option<&'a str>,
    min: Option<f64>,
    max: Option<f64>,
    step: Option<f64>,
    calculated: Option<&'a str>,
    hidden: bool,
    unit: bool,
    note: Option<&'a str>,
    /// Our item-kind extension's text, when there is one.
    own_kind: Option<Option<&'a str>>,
}

impl Walk {
    /// `list`, each item `within` the heading given (if any).
    pub(super) fn items(&mut self, list: &[Value], within: Option<&str>, errors: &mut Vec<ImportError>) {
        for it in list {
            if let Err(e) = self.item(it, within, errors) {
                self.refused.extend(e.link_id().map(String::from));
                errors.push(e);
            }
        }
    }

    fn item(&mut self, it: &Value, within: Option<&str>, errors: &mut Vec<ImportError>) -> Result<(), ImportError> {
        let Some(link_id) = it.get("linkId").and_then(Value::as_str) else {
            return Err(ImportError::top("an item has no linkId"));
        };
        let fail = |m: String| ImportError::at(link_id, m);
        if !crate::engine::is_item_id(link_id) {
            return Err(fail("the linkId is not usable as an item id (1 to 128 letters, digits, '_', '-', '.', '/' or ':')".into()));
        }
        if self.seen.iter().any(|s| s.link_id == link_id) || self.calculated.iter().any(|c| c.link_id == link_id) {
            return Err(fail("the linkId is used by an earlier item".into()));
        }
        for (key, _) in it.as_object().into_iter().flatten() {
            let why = match key.as_str() {
                "initial" => "initial answers are not supported: the patient gives every answer",
                "modifierExtension" => "modifierExtension is not supported",
                k if FIELDS.contains(&k) || k.starts_with('_') => continue,
                k => return Err(fail(format!("{k} is not supported"))),
            };
            return Err(fail(why.into()));
        }
        let x = extensions(it).map_err(fail)?;
        let kind = it.get("type").and_then(Value::as_str).unwrap_or("");
        let text = text(it);
        let flag = |k: &str| it.get(k).and_then(Value::as_bool).unwrap_or(false);
        let codes = ext::codes(it.get("code"), "code").map_err(fail)?;
        let children = it.get("item").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
        // A computed item: a total, if the expression is a sum of weights.
        if let Some(expression) = x.calculated {
            // A quantity holds the number too (the SDC PHQ-9's total is one).
            if !matches!(kind, "decimal" | "integer" | "quantity") || !children.is_empty() {
                return Err(fail(format!("a calculated item of type '{kind}' is not supported: a total is a decimal, integer or quantity item")));
            }
            if let Some(note) = x.note {
                self.notes.push(format!("Item '{link_id}' of the Questionnaire notes: {note}"));
            }
            self.calculated.push(Calculated { link_id: link_id.into(), text, codes, expression: expression.into(), item: it.clone() });
            return Ok(());
        }
        if flag("readOnly") {
            return Err(fail("readOnly is supported only on a total computed from the answers' weights (calculatedExpression)".into()));
        }
        if x.hidden {
            return Err(fail("hidden items (questionnaire-hidden) are not supported".into()));
        }
        if x.unit {
            return Err(fail("a unit (questionnaire-unit) is not supported: give the unit in the item's text".into()));
        }
        if flag("repeats") && kind == "group" {
            return Err(fail("repeating groups are not supported".into()));
        }
        // A string or integer item with answerOption is a choice among
        // those strings or numbers (FHIR R4 allows options on both).
        let listed = it.get("answerOption").is_some() && matches!(kind, "string" | "integer");
        if flag("repeats") && !matches!(kind, "choice" | "open-choice") && !listed {
            return Err(fail(format!("repeats is supported on choice and open-choice items (and string or integer items with answerOption) only, not on a {kind}")));
        }
        if it.get("answerOption").is_some() && !matches!(kind, "choice" | "open-choice" | "string" | "integer") {
            return Err(fail(format!("answerOption on a {kind} item is not supported")));
        }
        if it.get("answerValueSet").is_some() && !matches!(kind, "choice" | "open-choice") {
            return Err(fail(format!("answerValueSet on a {kind} item is not supported")));
        }
        if it.get("answerOption").is_some() && it.get("answerValueSet").is_some() {
            return Err(fail("answerOption and answerValueSet together are not supported: the options come from one or the other".into()));
        }
        if it.get("maxLength").is_some() && !matches!(kind, "string" | "text") {
            return Err(fail(format!("maxLength on a {kind} item is not supported")));
        }
        let (enable, behaviour) = super::enable::conditions(it, &self.seen, &self.refused).map_err(fail)?;
        let mut out = Map::new();
        out.insert("id".into(), json!(link_id));
        out.insert("text".into(), json!(text));
        if let Some(within) = within {
            out.insert("within".into(), json!(within));
        }
        if !enable.is_empty() {
            out.insert("enableWhen".into(), json!(enable));
            if let Some(b) = behaviour {
                out.insert("enableBehavior".into(), json!(b));
            }
        }
        if kind == "group" {
            return self.group(it, out, children, within, errors);
        }
        // Words a licensed instrument does not ship are left out of our own
        // export, and come back from the clinic's text pack; any other
        // item needs words to show.
        if text.is_empty() && !self.wordless {
            return Err(fail(format!("a {kind} item needs text to show (text, or a prefix): it has none")));
        }
        if kind != "display" {
            out.insert("required".into(), json!(flag("required")));
        } else if flag("required") || flag("repeats") {
            return Err(fail("a display item cannot be required or repeat".into()));
        }
        if !codes.is_empty() {
            out.insert("codes".into(), json!(codes));
        }
        if x.own_kind.is_some() && !self.own {
            return Err(fail(format!("extension {} is read only with {} on the Questionnaire", crate::output::fhir::KIND_EXTENSION, crate::output::fhir::DEFINITION_EXTENSION)));
        }
        let (our_kind, seen, options, consumed) = match x.own_kind {
            Some(text) => {
                let (k, seen, options) = super::own::kind(it, kind, text).map_err(fail)?;
                (k, seen, options, Vec::new())
            }
            None => {
                let (k, options, consumed) = self.kind(it, kind, &x, children).map_err(fail)?;
                let listed = it.get("answerOption").is_some() && matches!(kind, "string" | "integer");
                (k, if listed { Kind::Choice } else { seen_kind(kind) }, options, consumed)
            }
        };
        if let (Some(note), true) = (x.note, kind != "display") {
            // Text the Questionnaire shows with the question comes before it.
            let mut shown = out.clone();
            shown.remove("required");
            shown.remove("codes");
            shown.insert("id".into(), json!(format!("{link_id}-note")));
            shown.insert("text".into(), json!(note));
            shown.insert("kind".into(), json!({ "type": "display" }));
            self.out.push(Value::Object(shown));
        }
        out.insert("kind".into(), our_kind);
        self.out.push(Value::Object(out));
        self.seen.push(Seen { link_id: link_id.into(), kind: seen, options, required: flag("required") });
        // Items under a question follow it, as they are shown with it; our
        // own export nests an item under the one it is asked `within`.
        let rest: Vec<Value> = children.iter().filter(|c| !consumed.contains(&c.get("linkId"))).cloned().collect();
        let inner = if x.own_kind.is_some() { Some(link_id) } else { within };
        self.items(&rest, inner, errors);
        Ok(())
    }

    /// A group: a heading (a display item), its items `within` it; a group
    /// without text is no heading, and its items keep the outer heading.
    fn group(&mut self, it: &Value, mut out: Map<String, Value>, children: &[Value], within: Option<&str>, errors: &mut Vec<ImportError>) -> Result<(), ImportError> {
        let link_id = it.get("linkId").and_then(Value::as_str).unwrap_or_default();
        let fail = |m: &str| ImportError::at(link_id, m);
        if it.get("repeats").and_then(Value::as_bool) == Some(true) {
            return Err(fail("repeating groups are not supported"));
        }
        // A required group needs an answer inside it, which holds already
        // when one of its own questions is required.
        let answered = children.iter().any(|c| {
            c.get("required").and_then(Value::as_bool) == Some(true) && !matches!(c.get("type").and_then(Value::as_str), Some("group" | "display"))
        });
        if it.get("required").and_then(Value::as_bool) == Some(true) && !answered {
            return Err(fail("a required group none of whose own questions is required (at least one answer inside it) is not supported"));
        }
        if let Some(codes) = it.get("code") {
            let codes = ext::codes(Some(codes), "code").map_err(|e| ImportError::at(link_id, e))?;
            out.insert("codes".into(), json!(codes));
        }
        let heading = out.get("text").and_then(Value::as_str).is_some_and(|t| !t.trim().is_empty());
        if !heading {
            if out.contains_key("enableWhen") {
                return Err(fail("a group with enableWhen needs text, to be shown as the heading its items depend on"));
            }
            self.items(children, within, errors);
            return Ok(());
        }
        out.insert("kind".into(), json!({ "type": "display" }));
        self.out.push(Value::Object(out));
        self.seen.push(Seen { link_id: link_id.into(), kind: Kind::Display, options: Vec::new(), required: false });
        self.items(children, Some(link_id), errors);
        Ok(())
    }

    /// Our kind for the item, its options, and the linkIds of children it
    /// took as its own (a slider's end labels).
    #[allow(clippy::type_complexity)]
    fn kind<'v>(&self, it: &'v Value, kind: &str, x: &Ext, children: &'v [Value]) -> Result<(Value, Vec<Opt>, Vec<Option<&'v Value>>), String> {
        let repeats = it.get("repeats").and_then(Value::as_bool).unwrap_or(false);
        let control_ok = |allowed: &[&str]| match x.control {
            Some(c) if !allowed.contains(&c) => Err(format!("itemControl '{c}' is not supported on a {kind} item")),
            _ => Ok(()),
        };
        if x.step.is_some_and(|s| s != 1.0) {
            return Err("a slider step other than 1 (questionnaire-sliderStepValue) is not supported".into());
        }
        if (x.min.is_some() || x.max.is_some()) && !matches!(kind, "integer" | "decimal") {
            return Err(format!("minValue and maxValue on a {kind} item are not supported"));
        }
        Ok(match kind {
            "display" => {
                // Help and instruction text is shown as any other text.
                control_ok(&["help", "flyover", "legal", "inline", "prompt", "instructions"])?;
                (json!({ "type": "display" }), Vec::new(), Vec::new())
            }
            "boolean" => {
                control_ok(&["radio-button", "check-box"])?;
                (json!({ "type": "yesNo" }), Vec::new(), Vec::new())
            }
            "decimal" => {
                control_ok(&[])?;
                let mut k = json!({ "type": "decimal" });
                if let Some(min) = x.min {
                    k["min"] = json!(min);
                }
                if let Some(max) = x.max {
                    k["max"] = json!(max);
                }
                (k, Vec::new(), Vec::new())
            }
            "string" | "integer" if it.get("answerOption").is_some() => {
                // The options must be of the item's own type.
                let value = if kind == "string" { "valueString" } else { "valueInteger" };
                control_ok(&["drop-down", "radio-button", "check-box", "autocomplete", "list"])?;
                let listed = it.get("answerOption").and_then(Value::as_array).cloned().unwrap_or_default();
                if let Some(i) = listed.iter().position(|o| o.get(value).is_none()) {
                    return Err(format!("answerOption[{i}]: the options of a {kind} item are {value}s"));
                }
                let (values, options) = answer_options(&listed, "answerOption")?;
                let name = if repeats { "multiChoice" } else { "singleChoice" };
                (json!({ "type": name, "options": values }), options, Vec::new())
            }
            "integer" => return integer(x, children),
            "string" | "text" => {
                control_ok(&["text-box"])?;
                let mut k = json!({ "type": "text" });
                if let Some(n) = it.get("maxLength") {
                    let n = n.as_u64().filter(|n| *n >= 1 && *n <= u64::from(u32::MAX)).ok_or("maxLength must be a whole number of at least 1")?;
                    k["maxLength"] = json!(n);
                }
                (k, Vec::new(), Vec::new())
            }
            "choice" | "open-choice" => {
                control_ok(&["drop-down", "radio-button", "check-box", "autocomplete", "list"])?;
                let listed = match it.get("answerValueSet") {
                    Some(reference) => {
                        let reference = reference.as_str().ok_or("answerValueSet must be a canonical URL")?;
                        super::valueset::options(&self.contained, reference)?
                    }
                    None => it.get("answerOption").and_then(Value::as_array).cloned().unwrap_or_default(),
                };
                let source = if it.get("answerValueSet").is_some() { "the ValueSet's concept" } else { "answerOption" };
                let (values, options) = answer_options(&listed, source)?;
                let name = if repeats { "multiChoice" } else { "singleChoice" };
                let mut k = json!({ "type": name, "options": values });
                if kind == "open-choice" {
                    k["other"] = json!(true);
                }
                (k, options, Vec::new())
            }
            other => return Err(format!("type '{other}' is not supported")),
        })
    }
}

/// An integer: a row of numbers for a slider (with its `lower` and `upper`
/// display items as the end labels), else a box for a whole number.
#[allow(clippy::type_complexity)]
fn integer<'v>(x: &Ext, children: &'v [Value]) -> Result<(Value, Vec<Opt>, Vec<Option<&'v Value>>), String> {
    let whole = |v: Option<f64>, default: i64| match v {
        None => Ok(default),
        Some(v) if v.fract() == 0.0 && v >= f64::from(i32::MIN) && v <= f64::from(i32::MAX) => Ok(v as i64),
        Some(v) => Err(format!("minValue or maxValue {} is not a whole number that fits an integer item", crate::engine::show_number(v))),
    };
    match x.control {
        Some("slider") => {
            let (Some(_), Some(_)) = (x.min, x.max) else {
                return Err("a slider needs minValue and maxValue".into());
            };
            let (min, max) = (whole(x.min, 0)?, whole(x.max, 0)?);
            if max - min > 100 || max <= min {
                return Err(format!("a slider from {min} to {max} is not supported: at most 101 numbers, shown as a row"));
            }
            let label = |code: &str| {
                children.iter().find(|c| {
                    c.get("type").and_then(Value::as_str) == Some("display")
                        && ext::list(c).any(|e| matches!(ext::known(e), Known::ItemControl(Some(k)) if k == code))
                })
            };
            let (low, high) = (label("lower"), label("upper"));
            let words = |c: Option<&Value>| c.map(text).unwrap_or_default();
            let kind = json!({ "type": "rating", "min": min, "max": max, "minLabel": words(low), "maxLabel": words(high) });
            Ok((kind, Vec::new(), vec![low.and_then(|c| c.get("linkId")), high.and_then(|c| c.get("linkId"))]))
        }
        None | Some("spinner") => {
            // FHIR's integer is 32-bit signed: its whole range when no
            // bounds are given (and every such number is exact in JavaScript).
            let kind = json!({ "type": "number", "min": whole(x.min, i64::from(i32::MIN))?, "max": whole(x.max, i64::from(i32::MAX))? });
            Ok((kind, Vec::new(), Vec::new()))
        }
        Some(c) => Err(format!("itemControl '{c}' is not supported on an integer item")),
    }
}

fn seen_kind(kind: &str) -> Kind {
    match kind {
        "display" => Kind::Display,
        "boolean" => Kind::Boolean,
        "decimal" | "integer" => Kind::Number,
        "choice" | "open-choice" => Kind::Choice,
        _ => Kind::Text,
    }
}

/// The item's text, after its prefix (a number such as "4.1").
fn text(it: &Value) -> String {
    let field = |k: &str| it.get(k).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty());
    match (field("prefix"), field("text")) {
        (Some(prefix), Some(text)) => format!("{prefix} {text}"),
        (None, Some(text)) => text.to_string(),
        (_, None) => String::new(),
    }
}

fn extensions(it: &Value) -> Result<Ext<'_>, String> {
    let mut x = Ext::default();
    for e in ext::list(it) {
        match ext::known(e) {
            Known::ItemControl(code) => x.control = code,
            Known::MinValue(v) => x.min = Some(v.ok_or("minValue must be a number")?),
            Known::MaxValue(v) => x.max = Some(v.ok_or("maxValue must be a number")?),
            Known::SliderStep(v) => x.step = Some(v.ok_or("questionnaire-sliderStepValue must be a number")?),
            Known::Calculated(expression) => x.calculated = Some(expression),
            Known::Hidden(hidden) => x.hidden = hidden,
            Known::Unit => x.unit = true,
            Known::DisplayCategory(text) => x.note = text,
            Known::MinOccurs(n) if n.unwrap_or(0) <= 1 => {}
            Known::MinOccurs(_) => return Err("questionnaire-minOccurs above 1 is not supported".into()),
            Known::Variable | Known::Ignored => {}
            Known::Score(_) => return Err(format!("{} belongs on an answer option, not on an item", ext::url(e))),
            Known::OwnKind(text) => x.own_kind = Some(text),
            Known::OwnDefinition(_) | Known::Unknown => return Err(format!("extension {} is not supported", ext::url(e))),
        }
    }
    Ok(x)
}

/// The options of a choice, from its answerOption list or its ValueSet's
/// concepts in that shape: valueCoding (its code is the value), valueString
/// or valueInteger, each with its score where an extension gives one.
fn answer_options(list: &[Value], source: &str) -> Result<(Vec<Value>, Vec<Opt>), String> {
    if list.is_empty() {
        return Err("a choice needs its options: answerOption, or answerValueSet naming a contained ValueSet".into());
    }
    let mut values = Vec::new();
    let mut options: Vec<Opt> = Vec::new();
    for (i, o) in list.iter().enumerate() {
        let at = format!("{source}[{i}]");
        let mut score = None;
        let mut take = |e: &Value| -> Result<(), String> {
            match ext::known(e) {
                Known::Score(Some(v)) if v.fract() == 0.0 && v.abs() <= 1e6 => {
                    score = Some(v as i32);
                    Ok(())
                }
                Known::Score(v) => Err(format!("{at}: the score {} is not a whole number", v.map(crate::engine::show_number).unwrap_or_default())),
                Known::Ignored => Ok(()),
                _ => Err(format!("{at}: extension {} is not supported", ext::url(e))),
            }
        };
        for key in o.as_object().into_iter().flatten().map(|(k, _)| k.as_str()) {
            match key {
                "valueCoding" | "valueString" | "valueInteger" | "extension" => {}
                "initialSelected" => return Err(format!("{at}: initialSelected is not supported: the patient gives every answer")),
                other => return Err(format!("{at}: {other} is not supported")),
            }
        }
        for e in ext::list(o) {
            take(e)?;
        }
        let (value, label, system, display) = if let Some(c) = o.get("valueCoding") {
            for e in ext::list(c) {
                take(e)?;
            }
            let field = |k: &str| c.get(k).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty());
            let code = field("code").ok_or(format!("{at}: a valueCoding needs a code"))?;
            let label = field("display").unwrap_or(code);
            (code.to_string(), label.to_string(), field("system").map(String::from), field("display").map(String::from))
        } else if let Some(s) = o.get("valueString").and_then(Value::as_str) {
            (s.to_string(), s.to_string(), None, None)
        } else if let Some(n) = o.get("valueInteger").and_then(Value::as_i64) {
            (n.to_string(), n.to_string(), None, None)
        } else {
            return Err(format!("{at}: needs valueCoding, valueString or valueInteger"));
        };
        if options.iter().any(|p| p.value == value) {
            return Err(format!("{at}: the code '{value}' is used by an earlier option"));
        }
        let mut v = json!({ "value": value, "label": label });
        // A plain string or integer is answered as one, not as a coding.
        if o.get("valueString").is_some() {
            v["fhirValue"] = json!("string");
        } else if o.get("valueInteger").is_some() {
            v["fhirValue"] = json!("integer");
        }
        if let Some(s) = score {
            v["score"] = json!(s);
        }
        // A coded option keeps its coding, with an empty system where the
        // Questionnaire states none (LHC-Forms' LOINC answers), so that the
        // response answers with the coding as given.
        if o.get("valueCoding").is_some() {
            let mut code = json!({ "system": system.as_deref().unwrap_or(""), "code": value });
            if let Some(d) = display {
                code["display"] = json!(d);
            }
            v["codes"] = json!([code]);
        }
        values.push(v);
        options.push(Opt { code: value.clone(), value, system, score });
    }
    Ok((values, options))
}
