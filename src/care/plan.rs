//! Assessment plans: which instruments a visit asks, in what order, and
//! which of their items must be answered. Built-in presets (intake, before
//! a procedure, follow-up after one, periodic review) live in `src/plans/`
//! as JSON a clinic can copy and edit; a host names one or passes its own,
//! and may add or remove instruments for one patient.

use crate::model::read::{as_string, Obj};
use crate::model::Instrument;
use schemars::JsonSchema;
use serde::Serialize;
use serde_json::Value;

/// A named plan.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    /// Its id, e.g. `intake`.
    pub id: String,
    /// What the visit is called.
    pub title: String,
    /// The kind of visit.
    pub visit: String,
    /// The instruments, in the order asked.
    pub steps: Vec<Step>,
    /// Why the plan asks what it asks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// One instrument of a plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Step {
    /// The instrument's id.
    pub instrument: String,
    /// Items that must be answered here, though the definition lets them be skipped.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub required: Vec<String>,
    /// Items that may be skipped here, though the definition requires them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub optional: Vec<String>,
}

/// A plan by a built-in's id, or the clinic's own.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum PlanChoice {
    /// A built-in plan's id, e.g. `intake`.
    Named(String),
    /// The clinic's own plan.
    Own(Plan),
}

impl PlanChoice {
    /// Reads a plan id or a plan object.
    pub fn read(value: &Value, path: &str) -> Result<PlanChoice, String> {
        match value {
            Value::String(id) => Ok(PlanChoice::Named(id.clone())),
            other => read(other, path).map(PlanChoice::Own),
        }
    }

    /// The plan itself.
    pub fn plan(&self) -> Result<Plan, String> {
        match self {
            PlanChoice::Named(id) => builtin(id),
            PlanChoice::Own(plan) => Ok(plan.clone()),
        }
    }
}

/// One patient's changes to a plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Overrides {
    /// Instruments to leave out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remove: Vec<String>,
    /// Instruments to add, after the plan's own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub add: Vec<Step>,
}

const BUILTIN: &[(&str, &str)] = &[
    ("intake", include_str!("../plans/intake.json")),
    ("pre-procedure", include_str!("../plans/pre-procedure.json")),
    ("post-procedure", include_str!("../plans/post-procedure.json")),
    ("review", include_str!("../plans/review.json")),
    ("block-diary", include_str!("../plans/block-diary.json")),
];

/// The ids of the built-in plans.
pub fn builtin_ids() -> impl Iterator<Item = &'static str> {
    BUILTIN.iter().map(|(id, _)| *id)
}

/// A built-in plan by id.
pub fn builtin(id: &str) -> Result<Plan, String> {
    let (_, text) = BUILTIN.iter().find(|(known, _)| *known == id).ok_or_else(|| {
        format!("unknown plan '{id}' (built-in: {})", builtin_ids().collect::<Vec<_>>().join(", "))
    })?;
    let value: Value = serde_json::from_str(text).map_err(|e| format!("plan '{id}': {e}"))?;
    read(&value, &format!("plan '{id}'"))
}

/// Reads a plan, naming the field at fault.
pub fn read(value: &Value, path: &str) -> Result<Plan, String> {
    let o = Obj::new(value, path, &["id", "title", "visit", "steps", "notes"])?;
    let steps = o.list("steps", step)?;
    if steps.is_empty() {
        return Err(format!("{}: a plan needs at least one step", o.at("steps")));
    }
    Ok(Plan { id: o.string("id")?, title: o.string("title")?, visit: o.string("visit")?, steps, notes: o.list("notes", as_string)? })
}

/// Reads a patient's overrides.
pub fn read_overrides(value: &Value, path: &str) -> Result<Overrides, String> {
    let o = Obj::new(value, path, &["remove", "add"])?;
    Ok(Overrides { remove: o.list("remove", as_string)?, add: o.list("add", step)? })
}

fn step(value: &Value, path: &str) -> Result<Step, String> {
    let o = Obj::new(value, path, &["instrument", "required", "optional"])?;
    Ok(Step { instrument: o.string("instrument")?, required: o.list("required", as_string)?, optional: o.list("optional", as_string)? })
}

/// The steps `plan` asks of this patient: its own less `remove`, then
/// `add`. Removing what the plan does not ask, or adding what it already
/// asks, is refused: either is a mistake that would go unseen.
pub fn resolve(plan: &Plan, overrides: &Overrides) -> Result<Vec<Step>, String> {
    for (i, id) in overrides.remove.iter().enumerate() {
        if !plan.steps.iter().any(|s| &s.instrument == id) {
            return Err(format!("planOverrides.remove[{i}]: plan '{}' does not ask '{id}'", plan.id));
        }
    }
    let mut steps: Vec<Step> = plan.steps.iter().filter(|s| !overrides.remove.contains(&s.instrument)).cloned().collect();
    for (i, step) in overrides.add.iter().enumerate() {
        if steps.iter().any(|s| s.instrument == step.instrument) {
            return Err(format!("planOverrides.add[{i}]: plan '{}' already asks '{}'", plan.id, step.instrument));
        }
        steps.push(step.clone());
    }
    if steps.is_empty() {
        return Err(format!("planOverrides: nothing of plan '{}' is left to ask", plan.id));
    }
    Ok(steps)
}

/// `instrument` with the step's required and optional items applied. An
/// item the instrument does not have is refused.
pub fn apply(instrument: &Instrument, step: &Step) -> Result<Instrument, String> {
    let mut changed = instrument.clone();
    for (list, required) in [(&step.required, true), (&step.optional, false)] {
        for id in list {
            let item = changed.items.iter_mut().find(|i| &i.id == id).ok_or_else(|| {
                format!("plan step '{}': '{}' has no item '{id}'", step.instrument, instrument.id)
            })?;
            // Text between the questions has no answer to require.
            if required && matches!(item.kind, crate::model::ItemKind::Display {}) {
                return Err(format!("plan step '{}': '{id}' is text, not a question, so it cannot be required", step.instrument));
            }
            item.required = required;
        }
    }
    Ok(changed)
}
