//! Version 2 of the on-disk document: phases list their steps, and cards
//! and emotion values name a step. The model's types are this version's shape.

use serde::{Deserialize, Serialize};

use super::v1::language_code;
use crate::i18n::Lang;
use crate::model::{Card, EmotionCurve, EmotionScale, Journey, Lane, Persona, PersonaId, Phase};

/// The top-level value of a version-2 file. Field order here is the order in the
/// file, chosen so a human reads the map top-down: what, who, scale, then content.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileV2 {
    pub version: u32,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "language_code"
    )]
    pub language: Option<Lang>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_persona: Option<PersonaId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub personas: Vec<Persona>,
    #[serde(default)]
    pub emotion_scale: EmotionScale,
    pub phases: Vec<Phase>,
    pub lanes: Vec<Lane>,
    #[serde(default)]
    pub cards: Vec<Card>,
    #[serde(default)]
    pub curves: Vec<EmotionCurve>,
}

impl FileV2 {
    pub fn from_journey(journey: &Journey) -> Self {
        Self {
            version: 2,
            title: journey.title.clone(),
            description: journey.description.clone(),
            language: journey.language,
            primary_persona: journey.primary_persona,
            personas: journey.personas.clone(),
            emotion_scale: journey.emotion_scale,
            phases: journey.phases.clone(),
            lanes: journey.lanes.clone(),
            cards: journey.cards.clone(),
            curves: journey.curves.clone(),
        }
    }

    pub fn into_journey(self) -> Journey {
        let mut journey = Journey {
            title: self.title,
            description: self.description,
            language: self.language,
            primary_persona: self.primary_persona,
            personas: self.personas,
            phases: self.phases,
            lanes: self.lanes,
            cards: self.cards,
            emotion_scale: self.emotion_scale,
            curves: self.curves,
            ids: crate::model::IdCounter::default(),
        };
        journey.refresh_id_counter();
        journey
    }
}
