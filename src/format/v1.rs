//! Version 1 of the on-disk document, read only: the exact shape of a
//! `.ron` file from before phases held steps, and its upgrade.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::model::{
    Card, CardColor, CardId, CurveId, EmotionCurve, EmotionPoint, EmotionScale, Evidence, Item,
    Journey, Kpi, Lane, LaneId, Persona, PersonaId, Phase, PhaseId, Problem, Rgb, Step, StepId,
    Touchpoint,
};

/// The top-level value of a version-1 file. Version 1 had no steps: each
/// phase was one column, and cards and emotion values named a phase. Read
/// only; [`FileV1::into_journey`] gives each phase one step.
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
    pub phases: Vec<PhaseV1>,
    pub lanes: Vec<Lane>,
    #[serde(default)]
    pub cards: Vec<CardV1>,
    #[serde(default)]
    pub curves: Vec<CurveV1>,
}

/// A version-1 phase: one column with its own width.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PhaseV1 {
    id: PhaseId,
    name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    width: Option<f32>,
}

/// A version-1 card: it starts in a phase and spans phases.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CardV1 {
    id: CardId,
    lane: LaneId,
    phase: PhaseId,
    #[serde(default = "one")]
    span: u32,
    title: String,
    #[serde(default)]
    notes: String,
    #[serde(default)]
    color: Option<CardColor>,
    #[serde(default)]
    evidence: Evidence,
    #[serde(default)]
    touchpoint: Option<Touchpoint>,
    #[serde(default)]
    kpi: Option<Kpi>,
}

fn one() -> u32 {
    1
}

/// A version-1 curve, whose points name phases.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CurveV1 {
    id: CurveId,
    name: String,
    color: Rgb,
    #[serde(default)]
    persona: Option<PersonaId>,
    #[serde(default)]
    points: Vec<PointV1>,
}

/// A version-1 emotion value in a phase.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PointV1 {
    phase: PhaseId,
    value: f32,
    #[serde(default)]
    label: String,
}

impl FileV1 {
    /// The rules about phases in the words of version 1 (a card or value "is
    /// in phase N", a span "of phases", a phase's width): checked before the
    /// upgrade, which could not say which step a missing phase means. After
    /// a clean check the upgraded map breaks none of the step rules.
    pub fn phase_problems(&self) -> Vec<Problem> {
        use crate::i18n::{text::load as t, tr_args};
        let column = |id: PhaseId| self.phases.iter().position(|phase| phase.id == id);
        let mut problems = Vec::new();
        for (i, phase) in self.phases.iter().enumerate() {
            if let Some(width) = phase.width
                && !(width.is_finite() && width > 0.0)
            {
                problems.push(Problem {
                    item: Item::Phase(i),
                    field: Some("width"),
                    message: tr_args(
                        t::INVALID_PHASE_WIDTH,
                        &[
                            ("phase", (&phase.name).into()),
                            ("width", (&width.to_string()).into()),
                        ],
                    ),
                });
            }
        }
        for (i, card) in self.cards.iter().enumerate() {
            let card_name = || (&card.title).into();
            match column(card.phase) {
                None => problems.push(Problem {
                    item: Item::Card(i),
                    field: Some("phase"),
                    message: tr_args(
                        t::INVALID_CARD_PHASE,
                        &[
                            ("card", card_name()),
                            ("phase", (&card.phase.to_string()).into()),
                        ],
                    ),
                }),
                Some(start) => {
                    let span = card.span as usize;
                    let available = self.phases.len() - start;
                    if span == 0 || span > available {
                        problems.push(Problem {
                            item: Item::Card(i),
                            field: Some("span"),
                            message: tr_args(
                                t::INVALID_CARD_SPAN,
                                &[
                                    ("card", card_name()),
                                    ("span", span.into()),
                                    ("available", available.into()),
                                ],
                            ),
                        });
                    }
                }
            }
        }
        for (c, curve) in self.curves.iter().enumerate() {
            let mut seen = std::collections::BTreeSet::new();
            for (p, point) in curve.points.iter().enumerate() {
                let message = if column(point.phase).is_none() {
                    t::INVALID_POINT_PHASE
                } else if !seen.insert(point.phase) {
                    t::INVALID_POINT_TWICE
                } else {
                    continue;
                };
                problems.push(Problem {
                    item: Item::CurvePoint(c, p),
                    field: Some("phase"),
                    message: tr_args(
                        message,
                        &[
                            ("curve", (&curve.name).into()),
                            ("phase", (&point.phase.to_string()).into()),
                        ],
                    ),
                });
            }
        }
        problems
    }

    /// The map with the meaning version 1 gave it: each phase becomes a
    /// phase of one step (with the phase's width), and every card and value
    /// in the phase moves to that step; a span of phases is a span of those
    /// steps. The new steps take the ids after the file's largest, in phase
    /// order, so the same file always upgrades to the same text.
    pub fn into_journey(self) -> Journey {
        let largest = self
            .phases
            .iter()
            .map(|phase| phase.id.0)
            .chain(self.lanes.iter().map(|lane| lane.id.0))
            .chain(self.cards.iter().map(|card| card.id.0))
            .chain(self.personas.iter().map(|persona| persona.id.0))
            .chain(self.curves.iter().map(|curve| curve.id.0))
            .max()
            .unwrap_or(0);
        let step_of: std::collections::HashMap<PhaseId, StepId> = self
            .phases
            .iter()
            .zip(1..)
            .map(|(phase, n)| (phase.id, StepId(largest.saturating_add(n))))
            .collect();
        // A reference to a missing phase was refused by `phase_problems`;
        // should one get here anyway, it points at a missing step.
        let step = |phase: PhaseId| step_of.get(&phase).copied().unwrap_or(StepId(phase.0));
        let phases = self
            .phases
            .iter()
            .map(|phase| Phase {
                id: phase.id,
                name: phase.name.clone(),
                description: phase.description.clone(),
                steps: vec![Step {
                    width: phase.width,
                    ..Step::new(step(phase.id), "")
                }],
            })
            .collect();
        let cards = self
            .cards
            .into_iter()
            .map(|card| Card {
                id: card.id,
                lane: card.lane,
                step: step(card.phase),
                span: card.span,
                title: card.title,
                notes: card.notes,
                color: card.color,
                evidence: card.evidence,
                touchpoint: card.touchpoint,
                kpi: card.kpi,
                actors: Vec::new(),
            })
            .collect();
        let curves = self
            .curves
            .into_iter()
            .map(|curve| EmotionCurve {
                id: curve.id,
                name: curve.name,
                color: curve.color,
                persona: curve.persona,
                points: curve
                    .points
                    .into_iter()
                    .map(|point| EmotionPoint {
                        label: point.label,
                        ..EmotionPoint::new(step(point.phase), point.value)
                    })
                    .collect(),
            })
            .collect();
        let mut journey = Journey {
            title: self.title,
            description: self.description,
            language: self.language,
            primary_persona: self.primary_persona,
            personas: self.personas,
            phases,
            lanes: self.lanes,
            cards,
            emotion_scale: self.emotion_scale,
            curves,
            ids: crate::model::IdCounter::default(),
        };
        journey.refresh_id_counter();
        journey
    }
}

/// Whether a problem of the upgraded map is one that
/// [`FileV1::phase_problems`] does not already report: anything but a step's
/// width, a card's step or span, and a value's step (a version-1 file can
/// break those only through its phases).
pub(super) fn not_about_phases(problem: &Problem) -> bool {
    !matches!(
        (problem.item, problem.field),
        (Item::Step(..), _)
            | (Item::Card(_), Some("step" | "span"))
            | (Item::CurvePoint(..), Some("step"))
    )
}

/// A map's language on disk: `Some("de")`, the ISO 639-1 code that the file
/// names (`laptop-webshop.de.ron`) and the command line (`--lang de`) use too,
/// rather than the Rust variant name that settings files write.
pub(super) mod language_code {
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
