//! Procedure response: pain before a procedure and at times after it, and
//! what it shows: the relief at each time, the peak, how long relief of at
//! least 50 % and at least 80 % lasted, and for comparative blocks whether
//! the longer-acting anaesthetic gave the longer relief.
//!
//! Sources, and what they do and do not settle:
//! - A diagnostic medial branch block counts as positive at ≥ 50 % relief:
//!   Cohen SP et al., consensus practice guidelines on interventions for
//!   lumbar facet joint pain, Reg Anesth Pain Med 2020;45:424-467, Table 11
//!   ("≥50%, with lower cut-offs considered in certain circumstances"); the
//!   cervical guidelines (Hurley RW et al., RAPM 2022;47:3-59, Table 22)
//!   state ">50%". Clinics may set another threshold (`DiaryRules`).
//! - 80 % is the stricter cut-off also in use (e.g. Cohen SP et al., Clin J
//!   Pain 2013;29:382-391 compared ≥50 % and ≥80 %); both are reported.
//! - Comparative blocks: a response is concordant when relief lasts longer
//!   with the longer-acting agent, bupivacaine, than with lidocaine
//!   (Barnsley L et al., Pain 1993;55:99-106; Lord SM et al., Clin J Pain
//!   1995;11:208-213). No source consulted states expected durations in
//!   hours, so none is built in; a clinic may set its own
//!   (`DiaryRules::expected`), and each block is then checked against it.
//! - The default schedule for blocks, every 30 minutes for the first hour
//!   and hourly to 6 hours, follows diaries used in published studies
//!   (scores every 30 minutes for 5 hours, Aleem B et al., Pain Med
//!   2020;21:2100-2104; hourly to 6 hours, Theodore BR et al., Pain Med, pp. 1131-1136).
//!   Other procedures have no default: the clinic sets the schedule.
//!
//! Durations are read from the entries as recorded, never interpolated: a
//! run of relief lasted at least from its first to its last entry, and
//! less than until the next entry below the threshold (if there is one).

use super::time;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What was done.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum ProcedureKind {
    /// A diagnostic medial branch block.
    MedialBranchBlock,
    /// Radiofrequency ablation.
    RadiofrequencyAblation,
    /// An epidural steroid injection.
    EpiduralSteroidInjection,
    /// A sacroiliac joint injection or lateral branch block.
    SacroiliacJointInjection,
    /// A spinal cord stimulator trial.
    SpinalCordStimulatorTrial,
    /// Anything else.
    Other,
}

/// The local anaesthetic used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum Anaesthetic {
    /// Lidocaine (lignocaine): the shorter-acting agent of comparative blocks.
    Lidocaine,
    /// Bupivacaine: the longer-acting agent of comparative blocks.
    Bupivacaine,
    /// Ropivacaine.
    Ropivacaine,
    /// Another agent.
    Other,
}

/// A procedure, as the host describes it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Procedure {
    /// What was done.
    pub kind: ProcedureKind,
    /// When (RFC 3339).
    pub performed_at: String,
    /// The local anaesthetic, if one was used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_anaesthetic: Option<Anaesthetic>,
    /// When entries are due, in minutes after the procedure; the default
    /// depends on the kind (see the module's sources).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_minutes: Option<Vec<u32>>,
}

/// One diary entry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DiaryEntry {
    /// When (RFC 3339). An entry at or before the procedure is a baseline.
    pub at: String,
    /// Pain now, 0–10.
    pub pain: u8,
    /// Whether the patient had tried activities that usually hurt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity_tried: Option<bool>,
}

/// A clinic's thresholds; the defaults follow the sources above.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DiaryRules {
    /// Relief (percent) at or above which a block is positive. Default 50.
    #[serde(default = "fifty")]
    pub positive_percent: f64,
    /// The stricter threshold also reported. Default 80.
    #[serde(default = "eighty")]
    pub high_percent: f64,
    /// The clinic's own expected duration of relief for an agent, in
    /// minutes (at least, at most). None built in.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expected: Vec<ExpectedDuration>,
}

/// A clinic's expectation of how long an agent's relief lasts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExpectedDuration {
    /// The agent.
    pub anaesthetic: Anaesthetic,
    /// Relief shorter than this does not fit.
    pub min_minutes: u32,
    /// Relief longer than this does not fit.
    pub max_minutes: u32,
}

fn fifty() -> f64 {
    50.0
}

fn eighty() -> f64 {
    80.0
}

impl Default for DiaryRules {
    fn default() -> Self {
        DiaryRules { positive_percent: fifty(), high_percent: eighty(), expected: Vec::new() }
    }
}

/// One recorded time after the procedure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct TimePoint {
    /// Minutes after the procedure.
    pub minutes: i64,
    /// Pain, 0–10.
    pub pain: u8,
    /// Relief from baseline, percent (negative when pain is worse); absent
    /// without a baseline above 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relief: Option<f64>,
    /// Whether activities that usually hurt had been tried.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity_tried: Option<bool>,
}

/// How long relief of at least a threshold lasted, as recorded: the first
/// unbroken run of entries at or above it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReliefSpan {
    /// The threshold, percent.
    pub threshold: f64,
    /// The first entry at or above it (minutes after the procedure).
    pub from_minutes: i64,
    /// The last entry of the run.
    pub until_minutes: i64,
    /// The first entry after the run below the threshold; absent while the
    /// last entry is still at or above it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_by_minutes: Option<i64>,
    /// `until − from`: the relief lasted at least this long.
    pub at_least_minutes: i64,
    /// `ended_by − from`: and less than this (absent while it lasts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub less_than_minutes: Option<i64>,
}

/// What the diary shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ProcedureResponse {
    /// Pain before the procedure (the last entry at or before it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<u8>,
    /// Every entry after the procedure, in time order.
    pub points: Vec<TimePoint>,
    /// The highest relief recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peak_relief: Option<f64>,
    /// When it was recorded (minutes after the procedure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peak_minutes: Option<i64>,
    /// Relief at or above the positive threshold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub positive_span: Option<ReliefSpan>,
    /// Relief at or above the high threshold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high_span: Option<ReliefSpan>,
    /// True when the peak reached the positive threshold; absent when no
    /// relief could be computed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub positive: Option<bool>,
    /// The highest relief among entries made after trying activities that
    /// usually hurt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peak_relief_with_activity: Option<f64>,
    /// The clinic's expected duration for the agent, and whether the
    /// positive relief fits it; absent when the clinic set none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fits_expected: Option<bool>,
    /// The next scheduled entry after the last one made, if any is left.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_due_minutes: Option<u32>,
    /// The same, as a time (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_due_at: Option<String>,
    /// Against an earlier block of the same target with the other agent
    /// (`comparedWith`): whether the two agree.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub concordance: Option<Concordance>,
    /// Why something could not be computed, in words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// The schedule for `procedure`: the host's, else the default for its kind.
pub fn schedule(procedure: &Procedure) -> Vec<u32> {
    match (&procedure.schedule_minutes, procedure.kind) {
        (Some(minutes), _) => minutes.clone(),
        (None, ProcedureKind::MedialBranchBlock | ProcedureKind::SacroiliacJointInjection) => vec![30, 60, 120, 180, 240, 300, 360],
        (None, _) => Vec::new(),
    }
}

/// Reads the diary of `procedure`. An entry whose time cannot be read is
/// left out, with a note.
pub fn analyse(procedure: &Procedure, entries: &[DiaryEntry], rules: &DiaryRules) -> ProcedureResponse {
    let mut notes = Vec::new();
    let Some(performed) = time::parse(&procedure.performed_at) else {
        notes.push(format!("the procedure's time '{}' is not an RFC 3339 time", procedure.performed_at));
        return empty(notes);
    };
    let mut timed: Vec<(i64, &DiaryEntry)> = Vec::new();
    for entry in entries {
        match time::parse(&entry.at) {
            Some(at) if entry.pain <= 10 => timed.push(((at - performed).div_euclid(60_000), entry)),
            Some(_) => notes.push(format!("the entry at {} has pain {} (0–10): left out", entry.at, entry.pain)),
            None => notes.push(format!("the entry time '{}' is not an RFC 3339 time: left out", entry.at)),
        }
    }
    timed.sort_by_key(|(minutes, _)| *minutes);
    let baseline = timed.iter().filter(|(m, _)| *m <= 0).last().map(|(_, e)| e.pain);
    match baseline {
        None => notes.push("no pain score before the procedure: relief cannot be computed".into()),
        Some(0) => notes.push("pain before the procedure was 0: relief cannot be computed".into()),
        Some(_) => {}
    }
    let points: Vec<TimePoint> = timed
        .iter()
        .filter(|(m, _)| *m > 0)
        .map(|(minutes, e)| TimePoint { minutes: *minutes, pain: e.pain, relief: relief(baseline, e.pain), activity_tried: e.activity_tried })
        .collect();
    let peak = points.iter().filter_map(|p| Some((p.relief?, p.minutes))).fold(None, |best: Option<(f64, i64)>, (r, m)| match best {
        Some((b, _)) if b >= r => best,
        _ => Some((r, m)),
    });
    let positive_span = span(&points, rules.positive_percent);
    let fits_expected = procedure.local_anaesthetic.and_then(|agent| {
        let expected = rules.expected.iter().find(|e| e.anaesthetic == agent)?;
        // The recorded duration (its lower bound) inside the clinic's range.
        let range = i64::from(expected.min_minutes)..=i64::from(expected.max_minutes);
        Some(positive_span.as_ref().is_some_and(|s| range.contains(&s.at_least_minutes)))
    });
    let last = points.last().map_or(0, |p| p.minutes);
    let next_due_minutes = schedule(procedure).into_iter().filter(|&m| i64::from(m) > last).min();
    ProcedureResponse {
        baseline,
        peak_relief: peak.map(|p| p.0),
        peak_minutes: peak.map(|p| p.1),
        high_span: span(&points, rules.high_percent),
        positive: peak.map(|p| p.0 >= rules.positive_percent),
        positive_span,
        peak_relief_with_activity: points.iter().filter(|p| p.activity_tried == Some(true)).filter_map(|p| p.relief).reduce(f64::max),
        fits_expected,
        next_due_at: next_due_minutes.map(|m| time::format(performed + i64::from(m) * 60_000)),
        next_due_minutes,
        points,
        concordance: None,
        notes,
    }
}

fn empty(notes: Vec<String>) -> ProcedureResponse {
    ProcedureResponse {
        baseline: None,
        points: Vec::new(),
        peak_relief: None,
        peak_minutes: None,
        positive_span: None,
        high_span: None,
        positive: None,
        peak_relief_with_activity: None,
        fits_expected: None,
        next_due_minutes: None,
        next_due_at: None,
        concordance: None,
        notes,
    }
}

/// Percent relief from `baseline`: (baseline − now) / baseline × 100.
fn relief(baseline: Option<u8>, pain: u8) -> Option<f64> {
    let baseline = f64::from(baseline.filter(|b| *b > 0)?);
    Some((baseline - f64::from(pain)) / baseline * 100.0)
}

/// The first unbroken run of entries with relief at or above `threshold`.
/// An entry without a relief value ends a run.
fn span(points: &[TimePoint], threshold: f64) -> Option<ReliefSpan> {
    let reaches = |p: &TimePoint| p.relief.is_some_and(|r| r >= threshold - 1e-9);
    let start = points.iter().position(reaches)?;
    let run = points[start..].iter().take_while(|p| reaches(p)).count();
    let (from, until) = (points[start].minutes, points[start + run - 1].minutes);
    let ended_by = points.get(start + run).map(|p| p.minutes);
    Some(ReliefSpan {
        threshold,
        from_minutes: from,
        until_minutes: until,
        ended_by_minutes: ended_by,
        at_least_minutes: until - from,
        less_than_minutes: ended_by.map(|e| e - from),
    })
}

/// How two comparative blocks agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum Concordance {
    /// Both positive, and relief lasted longer with bupivacaine than with
    /// lidocaine: concordant (Barnsley 1993; Lord 1995).
    Concordant,
    /// Both positive, but lidocaine's relief lasted as long or longer.
    Discordant,
    /// Both positive, but the entries cannot tell which lasted longer.
    Indeterminate,
    /// At least one block did not reach the positive threshold.
    NotBothPositive,
    /// Not a lidocaine and a bupivacaine block: no published order of
    /// duration to compare against.
    NotComparable,
}

/// Compares two blocks of the same target with different agents.
pub fn compare_blocks(first: (&Procedure, &ProcedureResponse), second: (&Procedure, &ProcedureResponse)) -> Concordance {
    let agent = |p: &Procedure| p.local_anaesthetic;
    let (short, long) = match (agent(first.0), agent(second.0)) {
        (Some(Anaesthetic::Lidocaine), Some(Anaesthetic::Bupivacaine)) => (first.1, second.1),
        (Some(Anaesthetic::Bupivacaine), Some(Anaesthetic::Lidocaine)) => (second.1, first.1),
        _ => return Concordance::NotComparable,
    };
    let (Some(s), Some(l)) = (short.positive_span.as_ref(), long.positive_span.as_ref()) else {
        return Concordance::NotBothPositive;
    };
    // Longer for certain: the bupivacaine run's least exceeds the most the
    // lidocaine run can have lasted; shorter for certain the other way.
    let longer = s.less_than_minutes.is_some_and(|most| l.at_least_minutes >= most);
    let not_longer = l.less_than_minutes.is_some_and(|most| s.at_least_minutes >= most);
    match (longer, not_longer) {
        (true, _) => Concordance::Concordant,
        (false, true) => Concordance::Discordant,
        _ => Concordance::Indeterminate,
    }
}

/// What `analyse_json` reads: a procedure, its diary and the clinic's rules.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Diary {
    /// The procedure.
    pub procedure: Procedure,
    /// Every entry so far, before and after it.
    pub entries: Vec<DiaryEntry>,
    /// The clinic's thresholds; the defaults when absent.
    #[serde(default)]
    pub rules: DiaryRules,
    /// An earlier block of the same target with the other agent, and its
    /// entries, for comparative blocks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compared_with: Option<Block>,
}

/// Another block and its diary.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Block {
    /// The procedure.
    pub procedure: Procedure,
    /// Its entries.
    pub entries: Vec<DiaryEntry>,
}

/// Reads `diary`, and compares it with its earlier block when it has one.
pub fn read_all(diary: &Diary, extra: &[DiaryEntry]) -> ProcedureResponse {
    let mut entries = diary.entries.clone();
    entries.extend_from_slice(extra);
    let mut response = analyse(&diary.procedure, &entries, &diary.rules);
    if let Some(other) = &diary.compared_with {
        let earlier = analyse(&other.procedure, &other.entries, &diary.rules);
        response.concordance = Some(compare_blocks((&other.procedure, &earlier), (&diary.procedure, &response)));
    }
    response
}

/// [`analyse`] over JSON text holding a [`Diary`].
pub fn analyse_json(text: &str) -> Result<ProcedureResponse, crate::Error> {
    let bad = |m: String| crate::Error::new(crate::Category::Response, format!("not a procedure diary: {m}"));
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| bad(e.to_string()))?;
    let diary = read(&value, "diary").map_err(bad)?;
    Ok(read_all(&diary, &[]))
}

/// Reads a [`Diary`], naming the field at fault. By hand rather than by
/// serde, so the browser widget ships no derived deserializer for it.
pub fn read(value: &serde_json::Value, path: &str) -> Result<Diary, String> {
    use crate::model::read::{as_int, as_string, Obj};
    let o = Obj::new(value, path, &["procedure", "entries", "rules", "comparedWith"])?;
    let compared_with = match o.get("comparedWith") {
        None => None,
        Some(v) => {
            let at = o.at("comparedWith");
            let c = Obj::new(v, &at, &["procedure", "entries"])?;
            let mut both = serde_json::Map::new();
            both.insert("procedure".into(), c.need("procedure")?.clone());
            both.insert("entries".into(), c.get("entries").cloned().unwrap_or_else(|| serde_json::Value::Array(Vec::new())));
            let block = read(&serde_json::Value::Object(both), &at)?;
            Some(Block { procedure: block.procedure, entries: block.entries })
        }
    };
    let p = Obj::new(o.need("procedure")?, &o.at("procedure"), &["kind", "performedAt", "localAnaesthetic", "scheduleMinutes"])?;
    let kind = match p.string("kind")?.as_str() {
        "medialBranchBlock" => ProcedureKind::MedialBranchBlock,
        "radiofrequencyAblation" => ProcedureKind::RadiofrequencyAblation,
        "epiduralSteroidInjection" => ProcedureKind::EpiduralSteroidInjection,
        "sacroiliacJointInjection" => ProcedureKind::SacroiliacJointInjection,
        "spinalCordStimulatorTrial" => ProcedureKind::SpinalCordStimulatorTrial,
        "other" => ProcedureKind::Other,
        other => return Err(format!(
            "{}: '{other}' is not medialBranchBlock, radiofrequencyAblation, epiduralSteroidInjection, sacroiliacJointInjection, spinalCordStimulatorTrial or other",
            p.at("kind")
        )),
    };
    let agent = |v: &serde_json::Value, at: &str| -> Result<Anaesthetic, String> {
        match as_string(v, at)?.as_str() {
            "lidocaine" => Ok(Anaesthetic::Lidocaine),
            "bupivacaine" => Ok(Anaesthetic::Bupivacaine),
            "ropivacaine" => Ok(Anaesthetic::Ropivacaine),
            "other" => Ok(Anaesthetic::Other),
            other => Err(format!("{at}: '{other}' is not lidocaine, bupivacaine, ropivacaine or other")),
        }
    };
    let minutes = |v: &serde_json::Value, at: &str| -> Result<u32, String> {
        u32::try_from(as_int(v, at)?).map_err(|_| format!("{at}: minutes cannot be negative"))
    };
    let procedure = Procedure {
        kind,
        performed_at: p.string("performedAt")?,
        local_anaesthetic: p.get("localAnaesthetic").map(|v| agent(v, &p.at("localAnaesthetic"))).transpose()?,
        schedule_minutes: match p.get("scheduleMinutes") {
            None => None,
            Some(_) => Some(p.list("scheduleMinutes", minutes)?),
        },
    };
    let entries = o.list("entries", |v, at| {
        let e = Obj::new(v, at, &["at", "pain", "activityTried"])?;
        let pain = as_int(e.need("pain")?, &e.at("pain"))?;
        Ok(DiaryEntry {
            at: e.string("at")?,
            pain: u8::try_from(pain).ok().filter(|p| *p <= 10).ok_or_else(|| format!("{}: {pain} is not 0 to 10", e.at("pain")))?,
            activity_tried: e.opt_bool("activityTried")?,
        })
    })?;
    let rules = match o.get("rules") {
        None => DiaryRules::default(),
        Some(v) => {
            let r = Obj::new(v, &o.at("rules"), &["positivePercent", "highPercent", "expected"])?;
            DiaryRules {
                positive_percent: r.opt_number("positivePercent")?.unwrap_or_else(fifty),
                high_percent: r.opt_number("highPercent")?.unwrap_or_else(eighty),
                expected: r.list("expected", |v, at| {
                    let x = Obj::new(v, at, &["anaesthetic", "minMinutes", "maxMinutes"])?;
                    Ok(ExpectedDuration {
                        anaesthetic: agent(x.need("anaesthetic")?, &x.at("anaesthetic"))?,
                        min_minutes: minutes(x.need("minMinutes")?, &x.at("minMinutes"))?,
                        max_minutes: minutes(x.need("maxMinutes")?, &x.at("maxMinutes"))?,
                    })
                })?,
            }
        }
    };
    Ok(Diary { procedure, entries, rules, compared_with })
}
