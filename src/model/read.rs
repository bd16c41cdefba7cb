//! Reads instrument definitions from JSON by hand, walking a parsed
//! `serde_json::Value`. Two reasons: every error names the path of the field
//! at fault (`items[3].kind.min: expected a whole number`), which is what the
//! author of a custom instrument needs; and one small walker costs the
//! widget's download a fraction of what derived deserialisers for every type
//! would.

use super::instrument::{
    Band, Better, Mcid, Choice, ClassRule, FhirValue, Code, Condition, TableRow, WeightedBy, Instrument, Item, ItemKind, Licence, Measure, MissingRule, Range, SafetyRule,
    ScoreDefinition, ScoreMethod,
};
use super::{BodyMapAnswer, Quality, RegionPain};
use serde_json::{Map, Value};

/// A JSON object being read, with its path for messages.
pub(crate) struct Obj<'a> {
    map: &'a Map<String, Value>,
    path: String,
}

impl<'a> Obj<'a> {
    /// `value` as an object whose keys are all in `known`.
    pub(crate) fn new(value: &'a Value, path: &str, known: &[&str]) -> Result<Self, String> {
        let Value::Object(map) = value else {
            return Err(format!("{}: expected an object, found {}", show(path), kind_of(value)));
        };
        if let Some(key) = map.keys().find(|k| !known.contains(&k.as_str())) {
            return Err(format!("{}: unknown field `{key}` (expected one of: {})", show(path), known.join(", ")));
        }
        Ok(Obj { map, path: path.to_string() })
    }

    /// The path of field `key`.
    pub(crate) fn at(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    pub(crate) fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    pub(crate) fn need(&self, key: &str) -> Result<&'a Value, String> {
        self.get(key).ok_or_else(|| format!("{}: missing", self.at(key)))
    }

    /// A required string.
    pub(crate) fn string(&self, key: &str) -> Result<String, String> {
        as_string(self.need(key)?, &self.at(key))
    }

    /// An optional string.
    pub(crate) fn opt_string(&self, key: &str) -> Result<Option<String>, String> {
        self.get(key).map(|v| as_string(v, &self.at(key))).transpose()
    }

    pub(crate) fn opt_bool(&self, key: &str) -> Result<Option<bool>, String> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(_) => Err(format!("{}: expected true or false", self.at(key))),
        }
    }

    fn int(&self, key: &str) -> Result<i32, String> {
        as_int(self.need(key)?, &self.at(key))
    }

    pub(crate) fn opt_int(&self, key: &str) -> Result<Option<i32>, String> {
        self.get(key).map(|v| as_int(v, &self.at(key))).transpose()
    }

    pub(crate) fn number(&self, key: &str) -> Result<f64, String> {
        self.opt_number(key)?.ok_or_else(|| format!("{}: missing", self.at(key)))
    }

    pub(crate) fn opt_number(&self, key: &str) -> Result<Option<f64>, String> {
        self.get(key)
            .map(|value| value.as_f64().ok_or_else(|| format!("{}: expected a number, found {}", self.at(key), kind_of(value))))
            .transpose()
    }

    pub(crate) fn flag(&self, key: &str, default: bool) -> Result<bool, String> {
        match self.get(key) {
            None => Ok(default),
            Some(Value::Bool(b)) => Ok(*b),
            Some(other) => Err(format!("{}: expected true or false, found {}", self.at(key), kind_of(other))),
        }
    }

    /// An optional array (absent reads as empty), each element read by `read`.
    pub(crate) fn list<T>(&self, key: &str, read: impl Fn(&Value, &str) -> Result<T, String>) -> Result<Vec<T>, String> {
        let Some(value) = self.get(key) else { return Ok(Vec::new()) };
        let Value::Array(values) = value else {
            return Err(format!("{}: expected an array, found {}", self.at(key), kind_of(value)));
        };
        let at = self.at(key);
        let mut out = Vec::with_capacity(values.len());
        for (i, v) in values.iter().enumerate() {
            out.push(read(v, &format!("{at}[{i}]"))?);
        }
        Ok(out)
    }

    fn required_list<T>(&self, key: &str, read: impl Fn(&Value, &str) -> Result<T, String>) -> Result<Vec<T>, String> {
        self.need(key)?;
        self.list(key, read)
    }
}

fn show(path: &str) -> &str {
    if path.is_empty() {
        "the definition"
    } else {
        path
    }
}

/// The JSON type of `value`, for messages.
pub(crate) fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// `value` as a string.
pub(crate) fn as_string(value: &Value, path: &str) -> Result<String, String> {
    value.as_str().map(str::to_string).ok_or_else(|| format!("{path}: expected a string, found {}", kind_of(value)))
}

pub(crate) fn as_int(value: &Value, path: &str) -> Result<i32, String> {
    value
        .as_i64()
        .and_then(|n| i32::try_from(n).ok())
        .ok_or_else(|| format!("{path}: expected a whole number, found {}", kind_of(value)))
}

/// Reads an instrument definition.
pub fn instrument(value: &Value, path: &str) -> Result<Instrument, String> {
    let o = Obj::new(
        value,
        path,
        &["id", "version", "title", "url", "instructions", "language", "licence", "codes", "items", "scores", "safety", "translations", "notes"],
    )?;
    Ok(Instrument {
        id: o.string("id")?,
        version: o.string("version")?,
        title: o.string("title")?,
        url: o.opt_string("url")?,
        instructions: o.opt_string("instructions")?,
        language: o.opt_string("language")?.unwrap_or_else(|| "en".into()),
        licence: licence(o.need("licence")?, &o.at("licence"))?,
        codes: o.list("codes", code)?,
        items: o.required_list("items", item)?,
        scores: o.list("scores", score)?,
        safety: o.list("safety", safety)?,
        translations: o.list("translations", super::TextPack::read)?,
        notes: o.list("notes", as_string)?,
    })
}

fn licence(value: &Value, path: &str) -> Result<Licence, String> {
    let o = Obj::new(value, path, &["copyright", "terms", "source", "textRequired", "artworkRequired"])?;
    Ok(Licence {
        copyright: o.string("copyright")?,
        terms: o.string("terms")?,
        source: o.string("source")?,
        text_required: o.flag("textRequired", false)?,
        artwork_required: o.flag("artworkRequired", false)?,
    })
}

pub(crate) fn code(value: &Value, path: &str) -> Result<Code, String> {
    let o = Obj::new(value, path, &["system", "code", "display"])?;
    Ok(Code { system: o.string("system")?, code: o.string("code")?, display: o.opt_string("display")? })
}

fn item(value: &Value, path: &str) -> Result<Item, String> {
    let o = Obj::new(
        value,
        path,
        &["id", "text", "kind", "required", "codes", "clinician", "enableWhen", "enableBehavior", "within"],
    )?;
    let kind = kind(o.need("kind")?, &o.at("kind"))?;
    // Text between the questions asks nothing, so it is never required.
    let asks = !matches!(kind, ItemKind::Display {});
    Ok(Item {
        enable_when: o.list("enableWhen", super::read_enable::condition)?,
        enable_behavior: super::read_enable::behavior(&o)?,
        within: o.opt_string("within")?,
        id: o.string("id")?,
        text: o.string("text")?,
        required: o.flag("required", asks)?,
        kind,
        clinician: o.flag("clinician", false)?,
        codes: o.list("codes", code)?,
    })
}

/// The fields each item kind takes besides `type`.
const KINDS: &[(&str, &[&str])] = &[
    ("singleChoice", &["options", "other"]),
    ("multiChoice", &["options", "other"]),
    ("checklist", &["options"]),
    ("rating", &["min", "max", "minLabel", "maxLabel"]),
    ("vas", &["minLabel", "maxLabel"]),
    ("number", &["min", "max"]),
    ("decimal", &["min", "max"]),
    ("display", &[]),
    ("yesNo", &["yesScore"]),
    ("text", &["maxLength"]),
    ("bodyMap", &[]),
];

pub(crate) fn kind(value: &Value, path: &str) -> Result<ItemKind, String> {
    let name = Obj::new(value, path, &["type", "options", "other", "min", "max", "minLabel", "maxLabel", "yesScore", "maxLength"])?
        .string("type")?;
    let Some((_, fields)) = KINDS.iter().find(|(k, _)| *k == name) else {
        let names: Vec<_> = KINDS.iter().map(|(k, _)| *k).collect();
        return Err(format!("{path}.type: unknown kind '{name}' (expected one of: {})", names.join(", ")));
    };
    let mut known = vec!["type"];
    known.extend_from_slice(fields);
    let o = Obj::new(value, path, &known)
        .map_err(|e| format!("{e}; a {name} item takes {}", fields.join(", ")))?;
    Ok(match name.as_str() {
        "singleChoice" => ItemKind::SingleChoice { options: o.required_list("options", choice)?, other: o.flag("other", false)? },
        "multiChoice" => ItemKind::MultiChoice { options: o.required_list("options", choice)?, other: o.flag("other", false)? },
        "checklist" => ItemKind::Checklist { options: o.required_list("options", choice)? },
        "rating" => ItemKind::Rating {
            min: o.int("min")?,
            max: o.int("max")?,
            min_label: o.string("minLabel")?,
            max_label: o.string("maxLabel")?,
        },
        "vas" => ItemKind::Vas { min_label: o.string("minLabel")?, max_label: o.string("maxLabel")? },
        "number" => ItemKind::Number { min: o.int("min")?, max: o.int("max")? },
        "decimal" => ItemKind::Decimal { min: o.opt_number("min")?, max: o.opt_number("max")? },
        "display" => ItemKind::Display {},
        "yesNo" => ItemKind::YesNo { yes_score: o.opt_int("yesScore")?.unwrap_or(1) },
        "bodyMap" => ItemKind::BodyMap {},
        _ => ItemKind::Text {
            max_length: match o.opt_int("maxLength")? {
                None => 2000,
                Some(n) => u32::try_from(n).map_err(|_| format!("{}: must not be negative", o.at("maxLength")))?,
            },
        },
    })
}

fn choice(value: &Value, path: &str) -> Result<Choice, String> {
    let o = Obj::new(value, path, &["value", "label", "score", "codes", "image", "fhirValue"])?;
    let image = o.opt_string("image")?;
    if let Some(url) = &image {
        check_image(url).map_err(|why| format!("{}: {why}", o.at("image")))?;
    }
    let fhir_value = match o.opt_string("fhirValue")?.as_deref() {
        None | Some("coding") => FhirValue::Coding,
        Some("string") => FhirValue::String,
        Some("integer") => FhirValue::Integer,
        Some(other) => return Err(format!("{}: '{other}' is not one of coding, string, integer", o.at("fhirValue"))),
    };
    let choice = Choice {
        value: o.string("value")?,
        label: o.string("label")?,
        score: o.opt_int("score")?,
        codes: o.list("codes", code)?,
        image,
        fhir_value,
    };
    // A plain string or integer carries no coding, and an integer is one.
    if !fhir_value.is_coding() && !choice.codes.is_empty() {
        return Err(format!("{}: an option given as a FHIR {} has no codes", o.at("fhirValue"), if fhir_value == FhirValue::String { "string" } else { "integer" }));
    }
    if fhir_value == FhirValue::Integer && choice.value.parse::<i32>().is_err() {
        return Err(format!("{}: the value '{}' is not a whole number, so it cannot be given as a FHIR integer", o.at("value"), choice.value));
    }
    Ok(choice)
}

/// A picture comes from the host's own site or is inline: a path, an
/// http(s) URL or a `data:image/` URI, never a script URL.
pub(crate) fn check_image(url: &str) -> Result<(), String> {
    let lower = url.trim_start().to_ascii_lowercase();
    let scheme = lower.split_once(':').map(|(s, _)| s).filter(|s| !s.contains('/'));
    match scheme {
        None | Some("http") | Some("https") => Ok(()),
        Some("data") if lower.starts_with("data:image/") => Ok(()),
        Some(_) => Err(format!("'{url}' must be a path, an http(s) URL or a data:image/ URI")),
    }
}

fn score(value: &Value, path: &str) -> Result<ScoreDefinition, String> {
    let o = Obj::new(value, path, &["id", "label", "method", "items", "missing", "range", "bands", "codes", "source", "classify", "table", "weightedBy", "measure", "mcid", "ceiling"])?;
    let method = match o.string("method")?.as_str() {
        "sum" => ScoreMethod::Sum,
        "mean" => ScoreMethod::Mean,
        "percent" => ScoreMethod::Percent,
        "classify" => ScoreMethod::Classify,
        "count" => ScoreMethod::Count,
        "table" => ScoreMethod::Table,
        "bodyMap" => ScoreMethod::BodyMap,
        other => {
            return Err(format!(
                "{}: unknown method '{other}' (expected sum, mean, percent, count, table, classify or bodyMap)",
                o.at("method")
            ))
        }
    };
    Ok(ScoreDefinition {
        id: o.string("id")?,
        label: o.string("label")?,
        method,
        items: o.list("items", as_string)?,
        missing: match o.get("missing") {
            None => MissingRule::AllRequired,
            Some(v) => missing(v, &o.at("missing"))?,
        },
        range: range(o.need("range")?, &o.at("range"))?,
        bands: o.list("bands", band)?,
        codes: o.list("codes", code)?,
        source: o.string("source")?,
        classify: o.list("classify", class_rule)?,
        table: o.list("table", table_row)?,
        measure: match o.opt_string("measure")? {
            None => None,
            Some(name) => Some(Measure::ALL.iter().find(|(_, n)| *n == name).map(|(m, _)| *m).ok_or_else(|| {
                let names: Vec<_> = Measure::ALL.iter().map(|(_, n)| *n).collect();
                format!("{}: unknown measure '{name}' (expected one of: {})", o.at("measure"), names.join(", "))
            })?),
        },
        weighted_by: match o.get("weightedBy") {
            None => None,
            Some(v) => Some(weighted_by(v, &o.at("weightedBy"))?),
        },
        mcid: match o.get("mcid") {
            None => None,
            Some(v) => Some(mcid(v, &o.at("mcid"))?),
        },
        ceiling: o.opt_number("ceiling")?,
    })
}

fn mcid(value: &Value, path: &str) -> Result<Mcid, String> {
    let o = Obj::new(value, path, &["points", "percent", "better", "source"])?;
    let better = match o.string("better")?.as_str() {
        "lower" => Better::Lower,
        "higher" => Better::Higher,
        other => return Err(format!("{}: '{other}' is not lower or higher", o.at("better"))),
    };
    let (points, percent) = (o.opt_number("points")?, o.opt_number("percent")?);
    if points.is_none() && percent.is_none() {
        return Err(format!("{path}: give points, percent or both"));
    }
    if points.into_iter().chain(percent).any(|v| !(v > 0.0)) {
        return Err(format!("{path}: points and percent must be above 0"));
    }
    Ok(Mcid { points, percent, better, source: o.string("source")? })
}

fn weighted_by(value: &Value, path: &str) -> Result<WeightedBy, String> {
    let o = Obj::new(value, path, &["item", "weights"])?;
    let item = o.string("item")?;
    let Some(Value::Object(groups)) = value.get("weights") else {
        return Err(format!("{path}.weights: expected an object of weights by option value"));
    };
    let mut weights = super::SortedMap::new();
    for (group, table) in groups {
        let Value::Object(table) = table else {
            return Err(format!("{path}.weights.{group}: expected an object of weights by item id"));
        };
        let mut row = super::SortedMap::new();
        for (id, weight) in table {
            row.insert(id.clone(), as_int(weight, &format!("{path}.weights.{group}.{id}"))?);
        }
        weights.insert(group.clone(), row);
    }
    Ok(WeightedBy { item, weights })
}

fn table_row(value: &Value, path: &str) -> Result<TableRow, String> {
    let o = Obj::new(value, path, &["raw", "value", "se"])?;
    Ok(TableRow { raw: o.number("raw")?, value: o.number("value")?, se: o.opt_number("se")? })
}

fn class_rule(value: &Value, path: &str) -> Result<ClassRule, String> {
    let o = Obj::new(value, path, &["value", "when"])?;
    Ok(ClassRule { value: o.number("value")?, when: o.list("when", condition)? })
}

fn condition(value: &Value, path: &str) -> Result<Condition, String> {
    let o = Obj::new(value, path, &["score", "min", "max"])?;
    Ok(Condition { score: o.string("score")?, min: o.opt_number("min")?, max: o.opt_number("max")? })
}

fn missing(value: &Value, path: &str) -> Result<MissingRule, String> {
    let rule = Obj::new(value, path, &["rule", "minAnswered", "source"])?.string("rule")?;
    match rule.as_str() {
        "allRequired" => {
            Obj::new(value, path, &["rule"])?;
            Ok(MissingRule::AllRequired)
        }
        "prorate" => {
            let o = Obj::new(value, path, &["rule", "minAnswered", "source"])?;
            let min = o.int("minAnswered")?;
            Ok(MissingRule::Prorate {
                min_answered: u32::try_from(min).map_err(|_| format!("{}: must not be negative", o.at("minAnswered")))?,
                source: o.string("source")?,
            })
        }
        other => Err(format!("{path}.rule: unknown rule '{other}' (expected allRequired or prorate)")),
    }
}

fn range(value: &Value, path: &str) -> Result<Range, String> {
    let o = Obj::new(value, path, &["min", "max"])?;
    Ok(Range { min: o.number("min")?, max: o.number("max")? })
}

fn band(value: &Value, path: &str) -> Result<Band, String> {
    let o = Obj::new(value, path, &["id", "label", "min", "max"])?;
    Ok(Band { id: o.string("id")?, label: o.string("label")?, min: o.number("min")?, max: o.number("max")? })
}

fn safety(value: &Value, path: &str) -> Result<SafetyRule, String> {
    let o = Obj::new(value, path, &["id", "item", "minScore", "message", "source"])?;
    Ok(SafetyRule {
        id: o.string("id")?,
        item: o.string("item")?,
        min_score: o.int("minScore")?,
        message: o.string("message")?,
        source: o.string("source")?,
    })
}

/// A body map answer read by hand (no serde in the widget for it), naming
/// the field at fault: `{"regions": {id: {"intensity", "qualities"}}, "previous"}`.
pub(crate) fn body_map(value: &Value, path: &str) -> Result<BodyMapAnswer, String> {
    let o = Obj::new(value, path, &["regions", "previous"])?;
    let Some(Value::Object(marked)) = o.get("regions") else {
        return Err(format!("{}: expected an object of marked regions", o.at("regions")));
    };
    let mut regions = super::SortedMap::new();
    for (id, pain) in marked {
        let at = format!("{}.{id}", o.at("regions"));
        let p = Obj::new(pain, &at, &["intensity", "qualities"])?;
        let intensity = match p.opt_int("intensity")? {
            None => None,
            Some(n) => Some(u8::try_from(n).ok().filter(|n| *n <= 10).ok_or_else(|| format!("{at}.intensity: {n} is outside 0..10"))?),
        };
        let qualities = p.list("qualities", |v, at| {
            let name = as_string(v, at)?;
            Quality::ALL.into_iter().find(|q| q.key() == name).ok_or_else(|| format!("{at}: unknown quality '{name}'"))
        })?;
        regions.insert(id.clone(), RegionPain { intensity, qualities });
    }
    let previous = match o.get("previous") {
        None => None,
        Some(_) => Some(o.list("previous", as_string)?),
    };
    Ok(BodyMapAnswer { regions, previous })
}

/// An answer read by hand from its JSON (see [`crate::model::Answer`]).
pub(crate) fn answer(value: &Value, path: &str) -> Result<super::Answer, String> {
    use super::Answer;
    match value {
        Value::Bool(b) => Ok(Answer::Bool(*b)),
        Value::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(whole), _) => Ok(Answer::Number(whole)),
            (None, Some(x)) => Ok(Answer::Decimal(x)),
            (None, None) => Err(format!("{path}: expected a number")),
        },
        Value::String(s) => Ok(Answer::Text(s.clone())),
        Value::Array(items) => items.iter().enumerate().map(|(i, v)| as_string(v, &format!("{path}[{i}]"))).collect::<Result<_, _>>().map(Answer::Many),
        Value::Object(_) => body_map(value, path).map(Answer::BodyMap),
        Value::Null => Err(format!("{path}: expected an answer, found null")),
    }
}
