//! Lanes: the rows of a journey map, each one kind of information.

use serde::{Deserialize, Serialize};

use super::LaneId;

/// What a lane holds. The kind decides the card colour by default, the icon on the
/// lane header and which kind-specific card fields apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum LaneKind {
    /// Touchpoints (Berührungspunkte): where the customer meets the brand.
    Touchpoints,
    /// Customer actions (Handlungen): what the persona does.
    Actions,
    /// Thoughts and feelings (Gedanken und Gefühle).
    Thoughts,
    /// Goals (Ziele): what the customer wants in this phase.
    Goals,
    /// Pain points (Schmerzpunkte): obstacles and frustrations.
    PainPoints,
    /// Opportunities (Chancen): ideas to remove a pain point.
    Opportunities,
    /// KPIs (Kennzahlen): a number per phase.
    Kpis,
    /// Free text.
    Text,
    /// The emotion curve lane (Erlebniskurve).
    Emotion,
}

impl LaneKind {
    /// Every kind, in the order a new map lists them.
    pub const ALL: [LaneKind; 9] = [
        LaneKind::Touchpoints,
        LaneKind::Actions,
        LaneKind::Thoughts,
        LaneKind::Goals,
        LaneKind::PainPoints,
        LaneKind::Opportunities,
        LaneKind::Kpis,
        LaneKind::Text,
        LaneKind::Emotion,
    ];

    /// English name of the kind, as used in menus and the lane header tooltip.
    pub fn label(self) -> &'static str {
        match self {
            LaneKind::Touchpoints => "Touchpoints",
            LaneKind::Actions => "Customer actions",
            LaneKind::Thoughts => "Thoughts & feelings",
            LaneKind::Goals => "Goals",
            LaneKind::PainPoints => "Pain points",
            LaneKind::Opportunities => "Opportunities",
            LaneKind::Kpis => "KPIs",
            LaneKind::Text => "Free text",
            LaneKind::Emotion => "Emotion",
        }
    }

    /// Whether cards live in this lane (the emotion lane holds curves instead).
    pub fn holds_cards(self) -> bool {
        self != LaneKind::Emotion
    }
}

/// A row of the map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lane {
    /// Stable id.
    pub id: LaneId,
    /// Name shown in the lane header.
    pub name: String,
    /// What the lane holds.
    pub kind: LaneKind,
    /// A collapsed lane is drawn as a thin strip with its name only.
    #[serde(default, skip_serializing_if = "is_false")]
    pub collapsed: bool,
    /// Minimum height in map points chosen by the user; the lane still grows to fit its cards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_height: Option<f32>,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes a reference
pub(crate) fn is_false(value: &bool) -> bool {
    !*value
}
