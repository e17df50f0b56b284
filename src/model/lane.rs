//! Lanes: the rows of a journey map, each one kind of information.

use serde::{Deserialize, Serialize};

use super::LaneId;
use crate::i18n::{self, Msg, text::domain as t};

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

    /// The kind's name as a message, e.g. "Pain points".
    pub fn msg(self) -> Msg {
        match self {
            LaneKind::Touchpoints => t::LANE_TOUCHPOINTS,
            LaneKind::Actions => t::LANE_ACTIONS,
            LaneKind::Thoughts => t::LANE_THOUGHTS,
            LaneKind::Goals => t::LANE_GOALS,
            LaneKind::PainPoints => t::LANE_PAIN_POINTS,
            LaneKind::Opportunities => t::LANE_OPPORTUNITIES,
            LaneKind::Kpis => t::LANE_KPIS,
            LaneKind::Text => t::LANE_TEXT,
            LaneKind::Emotion => t::LANE_EMOTION,
        }
    }

    /// The kind's name in the interface's language, as the inspector lists it
    /// and as a new lane of this kind is named.
    pub fn label(self) -> String {
        i18n::tr(self.msg())
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

#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if passes a reference"
)]
pub(crate) fn is_false(value: &bool) -> bool {
    !*value
}
