//! Phases: the columns of a journey map, in time order.

use serde::{Deserialize, Serialize};

use super::PhaseId;

/// A column of the map: one stage of the journey, e.g. "Awareness".
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
    /// Column width in map points chosen by the user; `None` uses the theme default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<f32>,
}
