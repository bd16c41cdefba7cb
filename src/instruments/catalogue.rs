//! The reference table of built-in instruments, generated from their
//! definitions so that it cannot drift from what the engine scores.

use crate::engine::show_number;
use crate::model::{Instrument, Measure, MissingRule, ScoreDefinition, ScoreMethod};

/// Whether an instrument's wording ships with the widget: the plain mark a
/// clinic reads before choosing it, in the README, the reference and the
/// catalogue page alike.
pub fn wording_mark(instrument: &Instrument) -> &'static str {
    match (instrument.licence.text_required, instrument.licence.artwork_required) {
        (false, _) => "ships with its wording",
        (true, false) => "needs your licensed text",
        (true, true) => "needs your licensed text and artwork",
    }
}

/// The README's table: each built-in's id, title, wording mark and the
/// basis of that mark (its owner's terms as the definition states them).
pub fn readme_table(instruments: &[Instrument]) -> String {
    let shipped = instruments.iter().filter(|i| !i.licence.text_required).count();
    let mut out = format!(
        "{shipped} of the {} built-ins ship with their wording; the others need your licensed text.\n\n\
         | id | instrument | wording | basis |\n|---|---|---|---|\n",
        instruments.len()
    );
    for instrument in instruments {
        let cells = [
            format!("`{}`", instrument.id),
            instrument.title.clone(),
            wording_mark(instrument).to_string(),
            instrument.licence.terms.clone(),
        ];
        out.push_str(&format!("| {} |\n", cells.map(|c| cell(&c)).join(" | ")));
    }
    out
}

/// A Markdown document listing every instrument in `instruments`: id, items,
/// each score's rule, range, missing-item rule and bands, the sources, the
/// wording mark and licence, and the provenance notes.
pub fn markdown(instruments: &[Instrument]) -> String {
    let mut out = String::from(
        "# Built-in instruments\n\n\
         Generated from `src/instruments/*.json` by `pa-score catalogue`; do not edit by hand.\n\n\
         | id | instrument | items | score | range | missing items | bands | source | wording | terms |\n\
         |---|---|---|---|---|---|---|---|---|---|\n",
    );
    for instrument in instruments {
        let scores = if instrument.scores.is_empty() { vec![None] } else { instrument.scores.iter().map(Some).collect() };
        for (i, score) in scores.into_iter().enumerate() {
            let first = i == 0;
            let cells = [
                if first { format!("`{}`", instrument.id) } else { String::new() },
                if first { format!("{} (version {})", instrument.title, instrument.version) } else { String::new() },
                if first { instrument.items.len().to_string() } else { String::new() },
                score.map_or("not scored".into(), rule),
                score.map_or(String::new(), |s| format!("{}–{}", show_number(s.range.min), show_number(s.range.max))),
                score.map_or(String::new(), missing),
                score.map_or(String::new(), bands),
                score.map_or(String::new(), |s| s.source.clone()),
                if first { wording_mark(instrument).to_string() } else { String::new() },
                if first { format!("{} {}", instrument.licence.copyright, instrument.licence.terms) } else { String::new() },
            ];
            out.push_str(&format!("| {} |\n", cells.map(|c| cell(&c)).join(" | ")));
        }
    }
    for instrument in instruments {
        out.push_str(&format!("\n## {} — `{}`\n\n", instrument.title, instrument.id));
        out.push_str(&format!("- Source: {}\n", instrument.licence.source));
        out.push_str(&format!("- Licence: {} {}\n", instrument.licence.copyright, instrument.licence.terms));
        let languages: Vec<&str> = std::iter::once(instrument.language.as_str())
            .chain(instrument.translations.iter().map(|t| t.locale.as_str()))
            .collect();
        let wording = if instrument.licence.text_required {
            "from the clinic's text pack".to_string()
        } else {
            languages.join(", ")
        };
        out.push_str(&format!("- Wording: {} ({wording})\n", wording_mark(instrument)));
        let codes: Vec<String> = instrument.codes.iter().map(|c| format!("{} {}", system_name(&c.system), c.code)).collect();
        if !codes.is_empty() {
            out.push_str(&format!("- Codes: {}\n", codes.join(", ")));
        }
        for score in &instrument.scores {
            if let Some(m) = &score.mcid {
                let mut size: Vec<String> = m.points.iter().map(|p| format!("{} points", show_number(*p))).collect();
                size.extend(m.percent.map(|p| format!("{} %", show_number(p))));
                let better = if m.better == crate::model::Better::Lower { "lower" } else { "higher" };
                out.push_str(&format!("- Minimal important change ({}): {}; {better} is better. {}\n", score.label, size.join(" or "), m.source));
            }
        }
        for note in &instrument.notes {
            out.push_str(&format!("- {note}\n"));
        }
    }
    out
}

fn rule(score: &ScoreDefinition) -> String {
    let method = match score.method {
        ScoreMethod::Sum => "sum",
        ScoreMethod::Mean => "mean",
        ScoreMethod::Percent => "percent of maximum",
        ScoreMethod::Table => "table conversion of the sum",
        ScoreMethod::Count => "number scoring 1 or more",
        ScoreMethod::Classify => return format!("{}: {}", score.label, classification(score)),
        ScoreMethod::BodyMap => {
            let measure = score.measure.and_then(|m| Measure::ALL.iter().find(|(k, _)| *k == m)).map_or("?", |(_, n)| n);
            return format!("{}: body map measure '{measure}' of {}", score.label, score.items.join(", "));
        }
    };
    let weighted = match &score.weighted_by {
        Some(by) => format!(", weighted by the answer to {}", by.item),
        None => String::new(),
    };
    let ceiling = score.ceiling.map_or(String::new(), |c| format!(", at most {}", show_number(c)));
    format!("{}: {method} of {}{weighted}{ceiling}", score.label, score.items.join(", "))
}

/// "2 if distress ≥ 4; else 0 if total ≤ 3; else 1".
fn classification(score: &ScoreDefinition) -> String {
    let rules: Vec<String> = score
        .classify
        .iter()
        .map(|rule| {
            let value = show_number(rule.value);
            if rule.when.is_empty() {
                return format!("else {value}");
            }
            let conditions: Vec<String> = rule
                .when
                .iter()
                .flat_map(|c| {
                    c.min.map(|min| format!("{} ≥ {}", c.score, show_number(min))).into_iter()
                        .chain(c.max.map(|max| format!("{} ≤ {}", c.score, show_number(max))))
                })
                .collect();
            format!("{value} if {}", conditions.join(" and "))
        })
        .collect();
    rules.join("; ")
}

fn missing(score: &ScoreDefinition) -> String {
    if score.method == ScoreMethod::Classify {
        return "none if a score it reads is missing".into();
    }
    match &score.missing {
        MissingRule::AllRequired => "every item needed".into(),
        MissingRule::Prorate { min_answered, source } => {
            format!("prorated with at least {min_answered} of {} answered ({source})", score.items.len())
        }
    }
}

fn bands(score: &ScoreDefinition) -> String {
    if score.bands.is_empty() {
        return "none".into();
    }
    let list: Vec<String> = score
        .bands
        .iter()
        .map(|b| format!("{}–{} {}", show_number(b.min), show_number(b.max), b.label))
        .collect();
    list.join("; ")
}

fn system_name(system: &str) -> &str {
    match system {
        "http://loinc.org" => "LOINC",
        "http://snomed.info/sct" => "SNOMED CT",
        other => other,
    }
}

/// A table cell: no pipes or line breaks.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}
