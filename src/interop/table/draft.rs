//! What a sheet will become, before it has ids: the phases, lanes, cards,
//! curves and personas read from it, and the rows that cannot be used.
//! The preview summarises a draft; `build` turns it into a `Journey`.

use super::{Preview, PreviewCard, RowProblem};
use crate::i18n::Lang;
use crate::model::{
    Actor, Card, CardColor, CardId, CurveId, EmotionCurve, EmotionPoint, EmotionScale, Evidence,
    Journey, Kpi, LaneId, LaneKind, PERSONA_COLORS, Persona, PersonaId, Phase, PhaseId, Rgb, Step,
    StepId, Touchpoint,
};

/// A phase and the names of its steps, in order.
#[derive(Clone, Debug, Default)]
pub(super) struct DraftPhase {
    pub name: String,
    pub steps: Vec<String>,
}

/// A lane.
#[derive(Clone, Debug)]
pub(super) struct DraftLane {
    pub name: String,
    pub kind: LaneKind,
}

/// A card, placed by column (its step's position among all steps) and lane
/// index; `row` is the 1-based row it came from.
#[derive(Clone, Debug)]
pub(super) struct DraftCard {
    pub row: usize,
    pub column: usize,
    pub lane: usize,
    pub values: CardValues,
}

/// What a row says about its card, besides where it goes.
#[derive(Clone, Debug)]
pub(super) struct CardValues {
    pub title: String,
    pub notes: String,
    pub color: Option<CardColor>,
    pub evidence: Evidence,
    pub touchpoint: Option<Touchpoint>,
    pub kpi: Option<Kpi>,
    /// Actor names; those naming a persona become persona actors.
    pub actors: Vec<String>,
    pub span: u32,
}

impl CardValues {
    /// A card with only a title, as a grid cell's line gives it.
    pub(super) fn titled(title: String) -> Self {
        Self {
            title,
            notes: String::new(),
            color: None,
            evidence: Evidence::default(),
            touchpoint: None,
            kpi: None,
            actors: Vec::new(),
            span: 1,
        }
    }
}

/// An emotion curve; its persona by name.
#[derive(Clone, Debug)]
pub(super) struct DraftCurve {
    pub name: String,
    pub color: Option<Rgb>,
    pub persona: Option<String>,
    pub points: Vec<DraftPoint>,
}

/// One value of a curve, by column.
#[derive(Clone, Debug)]
pub(super) struct DraftPoint {
    pub column: usize,
    pub value: f32,
    pub label: String,
    pub moment_of_truth: bool,
}

/// Everything read from a sheet (and, for our own workbooks, its sibling
/// sheets).
#[derive(Clone, Debug, Default)]
pub(super) struct Draft {
    pub title: Option<String>,
    pub description: String,
    pub language: Option<Lang>,
    pub scale: EmotionScale,
    pub phases: Vec<DraftPhase>,
    pub lanes: Vec<DraftLane>,
    pub cards: Vec<DraftCard>,
    /// Personas with a placeholder id; real ids are given when built.
    pub personas: Vec<Persona>,
    pub primary_persona: Option<String>,
    pub curves: Vec<DraftCurve>,
    pub problems: Vec<RowProblem>,
}

impl Draft {
    /// How many steps (columns) the draft has.
    pub fn step_count(&self) -> usize {
        self.phases.iter().map(|phase| phase.steps.len()).sum()
    }

    /// The phase and step names of a column.
    pub fn place(&self, column: usize) -> (&str, &str) {
        let mut start = 0;
        for phase in &self.phases {
            let end = start + phase.steps.len();
            if column < end {
                let step = phase
                    .steps
                    .get(column.saturating_sub(start))
                    .map_or("", String::as_str);
                return (&phase.name, step);
            }
            start = end;
        }
        ("", "")
    }

    /// The column of the step named `step` in the first phase named
    /// `phase`. An empty step name also finds the only step of a phase of
    /// one step, whatever its name.
    pub fn column_of(&self, phase: &str, step: &str) -> Option<usize> {
        let mut start = 0;
        for candidate in &self.phases {
            if candidate.name == phase {
                if let Some(index) = candidate.steps.iter().position(|name| name == step) {
                    return Some(start + index);
                }
                if step.is_empty() && candidate.steps.len() == 1 {
                    return Some(start);
                }
                return None;
            }
            start += candidate.steps.len();
        }
        None
    }

    /// The preview: the first `limit` cards, every problem, the counts.
    pub fn preview(&self, limit: usize) -> Preview {
        let cards = self
            .cards
            .iter()
            .take(limit)
            .map(|card| {
                let (phase, step) = self.place(card.column);
                PreviewCard {
                    row: card.row,
                    phase: phase.to_owned(),
                    step: step.to_owned(),
                    lane: self
                        .lanes
                        .get(card.lane)
                        .map(|lane| lane.name.clone())
                        .unwrap_or_default(),
                    title: card.values.title.clone(),
                }
            })
            .collect();
        Preview {
            cards,
            problems: self.problems.clone(),
            phases: self.phases.len(),
            steps: self.step_count(),
            lanes: self.lanes.len(),
            card_count: self.cards.len(),
        }
    }

    /// The map, with fresh ids from 1 in the order phases and their steps,
    /// lanes, cards, personas and curves come. `fallback` is its language
    /// when the draft names none.
    pub fn into_journey(self, title: String, fallback: Lang) -> Journey {
        let mut journey = Journey {
            title,
            description: self.description,
            language: Some(self.language.unwrap_or(fallback)),
            emotion_scale: self.scale,
            ..Journey::default()
        };
        let mut step_ids = Vec::new();
        for phase in self.phases {
            let id = PhaseId(journey.ids.next_raw());
            let steps = phase
                .steps
                .into_iter()
                .map(|name| {
                    let step = StepId(journey.ids.next_raw());
                    step_ids.push(step);
                    Step::new(step, name)
                })
                .collect();
            journey.phases.push(Phase {
                id,
                name: phase.name,
                description: String::new(),
                steps,
            });
        }
        let lane_ids: Vec<LaneId> = self
            .lanes
            .into_iter()
            .map(|lane| journey.push_lane(lane.name, lane.kind))
            .collect();
        let card_ids: Vec<CardId> = self
            .cards
            .iter()
            .map(|_| CardId(journey.ids.next_raw()))
            .collect();
        for persona in self.personas {
            let id = PersonaId(journey.ids.next_raw());
            journey.personas.push(Persona { id, ..persona });
        }
        push_cards(&mut journey, self.cards, &card_ids, &step_ids, &lane_ids);
        push_curves(&mut journey, self.curves, &step_ids);
        journey.primary_persona = self
            .primary_persona
            .and_then(|name| persona_named(&journey, &name));
        journey
    }
}

/// The persona of the map called `name`, if any.
fn persona_named(journey: &Journey, name: &str) -> Option<PersonaId> {
    journey
        .personas
        .iter()
        .find(|persona| persona.name.trim() == name.trim())
        .map(|persona| persona.id)
}

/// Adds the cards with their ids; an actor named like a persona is that
/// persona.
fn push_cards(
    journey: &mut Journey,
    cards: Vec<DraftCard>,
    ids: &[CardId],
    step_ids: &[StepId],
    lane_ids: &[LaneId],
) {
    for (card, &id) in cards.into_iter().zip(ids) {
        let (Some(&step), Some(&lane_id)) = (step_ids.get(card.column), lane_ids.get(card.lane))
        else {
            continue;
        };
        let values = card.values;
        let actors = values
            .actors
            .into_iter()
            .map(|name| match persona_named(journey, &name) {
                Some(persona) => Actor::Persona(persona),
                None => Actor::Name(name),
            })
            .collect();
        journey.cards.push(Card {
            span: values.span,
            notes: values.notes,
            color: values.color,
            evidence: values.evidence,
            touchpoint: values.touchpoint,
            kpi: values.kpi,
            actors,
            ..Card::new(id, lane_id, step, values.title)
        });
    }
}

/// Adds the curves; one without a colour takes the palette colour of its
/// place, as a persona without one does.
fn push_curves(journey: &mut Journey, curves: Vec<DraftCurve>, step_ids: &[StepId]) {
    for (index, curve) in curves.into_iter().enumerate() {
        let id = CurveId(journey.ids.next_raw());
        let persona = curve.persona.and_then(|name| persona_named(journey, &name));
        let points = curve
            .points
            .into_iter()
            .filter_map(|point| {
                Some(EmotionPoint {
                    step: *step_ids.get(point.column)?,
                    value: point.value,
                    label: point.label,
                    moment_of_truth: point.moment_of_truth,
                })
            })
            .collect();
        let palette = PERSONA_COLORS.get(index % PERSONA_COLORS.len());
        journey.curves.push(EmotionCurve {
            id,
            name: curve.name,
            color: curve
                .color
                .or_else(|| palette.copied())
                .unwrap_or(Rgb(0xE4, 0x57, 0x2E)),
            persona,
            points,
        });
    }
}
