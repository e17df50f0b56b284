//! Version 1 of the on-disk document: the exact shape of a `.ron` file.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::model::{Card, EmotionCurve, EmotionScale, Journey, Lane, Persona, PersonaId, Phase};

/// The top-level value of a version-1 file. Field order here is the order in the
/// file, chosen so a human reads the map top-down: what, who, scale, then content.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileV1 {
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

impl FileV1 {
    pub fn from_journey(journey: &Journey) -> Self {
        Self {
            version: 1,
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

/// A map's language on disk: `Some("de")`, the ISO 639-1 code that the file
/// names (`laptop-webshop.de.ron`) and the command line (`--lang de`) use too,
/// rather than the Rust variant name that settings files write.
mod language_code {
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::i18n::Lang;

    /// Every code a file may name; a test keeps it in step with `Lang::ALL`.
    pub(super) const CODES: &[&str] = &["en", "de"];

    #[expect(
        clippy::ref_option,
        clippy::trivially_copy_pass_by_ref,
        reason = "serde's `with` hands the field by reference"
    )]
    pub fn serialize<S: Serializer>(
        language: &Option<Lang>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match language {
            Some(lang) => serializer.serialize_some(lang.code()),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Lang>, D::Error> {
        Ok(Option::<Code>::deserialize(deserializer)?.map(|Code(lang)| lang))
    }

    /// One code, checked as it is read so an error points at the code itself.
    struct Code(Lang);

    impl<'de> Deserialize<'de> for Code {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let code = String::deserialize(deserializer)?;
            // An unknown code reads like any unknown value: "expected one of `en`, `de`".
            code.parse()
                .map(Code)
                .map_err(|_| serde::de::Error::unknown_variant(&code, CODES))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::language_code::CODES;
    use crate::i18n::Lang;

    #[test]
    fn every_language_has_a_code_files_may_name() {
        let codes: Vec<&str> = Lang::ALL.into_iter().map(Lang::code).collect();
        assert_eq!(codes, CODES);
    }
}
