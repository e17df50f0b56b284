//! Phases and their steps: the columns of a journey map, in time order.
//!
//! A phase ("Kauf") is a coarse stage of the journey; the steps inside it
//! ("Warenkorb prüfen", "Gutscheincode suchen", "Bezahlen") are what the
//! persona does, in order. Cards and emotion values belong to a step, so the
//! map's columns are the steps; a phase with one step looks like a plain column.

use serde::{Deserialize, Serialize};

use super::{PhaseId, StepId};

/// A stage of the journey, e.g. "Awareness", holding at least one step.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    /// Stable id.
    pub id: PhaseId,
    /// Name shown in the phase header.
    pub name: String,
    /// Optional one-line explanation shown under the name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The steps inside the phase, in time order; never empty in a valid map.
    pub steps: Vec<Step>,
}

impl Phase {
    /// A phase with one step: how templates and new phases start.
    pub fn single(id: PhaseId, name: impl Into<String>, step: StepId) -> Self {
        Self {
            id,
            name: name.into(),
            description: String::new(),
            steps: vec![Step::new(step, "")],
        }
    }

    /// Whether the phase shows step headers (it has more than one step).
    pub fn has_steps(&self) -> bool {
        self.steps.len() > 1
    }
}

/// One step the persona takes inside a phase: a column of the map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Stable id.
    pub id: StepId,
    /// Name shown in the step header (unused while the phase has one step).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Optional one-line explanation shown under the name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Column width in map points chosen by the user; `None` uses the theme default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<f32>,
}

impl Step {
    /// A step of default width.
    pub fn new(id: StepId, name: impl Into<String>) -> Self {
        Self {
            id,
            name: name.into(),
            description: String::new(),
            width: None,
        }
    }
}
