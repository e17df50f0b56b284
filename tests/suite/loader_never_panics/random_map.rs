//! Random version-2 maps built element by element: phases of several
//! steps, cards spanning phase borders with actors, curves with moments of
//! truth. Most choices make a valid map; each rarely drawn `mistake` breaks
//! one rule of the file format on purpose.

use journeymap::model::{
    Actor, Card, CardId, CurveId, EmotionCurve, EmotionPoint, Journey, Lane, LaneId, LaneKind,
    Persona, PersonaId, Phase, PhaseId, Rgb, Step, StepId,
};
use proptest::prelude::*;

/// A random version-2 map as choices; [`Plan::build`] makes the journey.
/// Most choices make a valid map; each `mistake` (drawn rarely) breaks one
/// rule on purpose.
#[derive(Clone, Debug)]
pub struct Plan {
    /// Per phase, per step: whether it has a name, and a width choice.
    phases: Vec<Vec<(bool, u8)>>,
    /// A phase left with no steps.
    empty_phase: Option<usize>,
    lanes: Vec<u8>,
    personas: usize,
    cards: Vec<CardPlan>,
    curves: Vec<Vec<PointPlan>>,
    /// Two elements sharing an id: which pair.
    clash: Option<u8>,
}

#[derive(Clone, Debug)]
struct CardPlan {
    lane: usize,
    step: usize,
    span: u32,
    actors: Vec<(bool, usize)>,
    mistake: Option<u8>,
}

#[derive(Clone, Debug)]
struct PointPlan {
    step: usize,
    value: i8,
    moment: bool,
    label: bool,
    mistake: Option<u8>,
}

fn card_plan() -> impl Strategy<Value = CardPlan> {
    (
        any::<usize>(),
        any::<usize>(),
        any::<u32>(),
        prop::collection::vec((any::<bool>(), any::<usize>()), 0..3),
        prop::option::weighted(0.04, 0..7u8),
    )
        .prop_map(|(lane, step, span, actors, mistake)| CardPlan {
            lane,
            step,
            span,
            actors,
            mistake,
        })
}

fn point_plan() -> impl Strategy<Value = PointPlan> {
    (
        any::<usize>(),
        -2..=2i8,
        prop::bool::weighted(0.2),
        any::<bool>(),
        prop::option::weighted(0.04, 0..4u8),
    )
        .prop_map(|(step, value, moment, label, mistake)| PointPlan {
            step,
            value,
            moment,
            label,
            mistake,
        })
}

pub fn plan() -> impl Strategy<Value = Plan> {
    let steps = prop::collection::vec((any::<bool>(), 0..40u8), 1..4);
    (
        prop::collection::vec(steps, 1..5),
        prop::option::weighted(0.04, any::<usize>()),
        prop::collection::vec(0..9u8, 1..5),
        0..3usize,
        prop::collection::vec(card_plan(), 0..12),
        prop::collection::vec(prop::collection::vec(point_plan(), 0..8), 0..3),
        prop::option::weighted(0.05, 0..4u8),
    )
        .prop_map(
            |(phases, empty_phase, lanes, personas, cards, curves, clash)| Plan {
                phases,
                empty_phase,
                lanes,
                personas,
                cards,
                curves,
                clash,
            },
        )
}

/// A step's width: mostly none, sometimes a size, rarely an unusable one.
fn width(choice: u8) -> Option<f32> {
    match choice {
        0..=29 => None,
        30..=34 => Some(240.0),
        35..=37 => Some(95.5),
        38 => Some(-10.0),
        _ => Some(f32::NAN),
    }
}

impl Plan {
    /// Whether the plan breaks a rule on purpose.
    pub fn has_mistake(&self) -> bool {
        self.empty_phase.is_some()
            || self.clash.is_some()
            || self.phases.iter().flatten().any(|&(_, w)| w >= 38)
            || self.cards.iter().any(|card| card.mistake.is_some())
            || self
                .curves
                .iter()
                .flatten()
                .any(|point| point.mistake.is_some())
    }

    #[expect(
        clippy::too_many_lines,
        reason = "one map, element kind by element kind"
    )]
    pub fn build(&self) -> Journey {
        let mut next = 0u64;
        let mut id = || {
            next += 1;
            next
        };
        let mut journey = Journey {
            title: "Zufall 🎲".into(),
            ..Journey::default()
        };
        for p in 0..self.personas {
            journey
                .personas
                .push(Persona::new(PersonaId(id()), format!("Persona {p}")));
        }
        for (p, steps) in self.phases.iter().enumerate() {
            let phase_id = PhaseId(id());
            let steps = steps
                .iter()
                .enumerate()
                .map(|(s, &(named, w))| Step {
                    width: width(w),
                    ..Step::new(
                        StepId(id()),
                        if named {
                            format!("Step {s}")
                        } else {
                            String::new()
                        },
                    )
                })
                .collect();
            journey.phases.push(Phase {
                steps,
                ..Phase::single(phase_id, format!("Phase {p}"), StepId(0))
            });
        }
        if let Some(p) = self.empty_phase {
            let count = journey.phases.len();
            journey.phases[p % count].steps.clear();
        }
        for &kind in &self.lanes {
            let kind = LaneKind::ALL[usize::from(kind)];
            journey.lanes.push(Lane {
                id: LaneId(id()),
                name: format!("{kind:?}"),
                kind,
                collapsed: false,
                min_height: None,
            });
        }
        let columns = journey.step_ids();
        let card_lanes: Vec<LaneId> = journey
            .lanes
            .iter()
            .filter(|lane| lane.kind != LaneKind::Emotion)
            .map(|lane| lane.id)
            .collect();
        let emotion_lane = journey
            .lanes
            .iter()
            .find(|lane| lane.kind == LaneKind::Emotion)
            .map(|lane| lane.id);
        let personas: Vec<PersonaId> = journey.personas.iter().map(|p| p.id).collect();
        for (c, plan) in self.cards.iter().enumerate() {
            if card_lanes.is_empty() || columns.is_empty() {
                break;
            }
            let column = plan.step % columns.len();
            let room = u32::try_from(columns.len() - column).unwrap();
            let mut card = Card::new(
                CardId(id()),
                card_lanes[plan.lane % card_lanes.len()],
                columns[column],
                format!("Karte {c}"),
            );
            card.span = 1 + plan.span % room;
            card.actors = plan
                .actors
                .iter()
                .map(|&(persona, pick)| match personas.len() {
                    n if persona && n > 0 => Actor::Persona(personas[pick % n]),
                    _ => Actor::Name(["Kassierer", "Automat 🤖", "Front desk"][pick % 3].into()),
                })
                .collect();
            match plan.mistake {
                Some(0) => card.lane = LaneId(900_000),
                Some(1) => card.lane = emotion_lane.unwrap_or(LaneId(900_001)),
                Some(2) => card.step = StepId(900_002),
                Some(3) => card.span = 0,
                Some(4) => card.span = room + 1,
                Some(5) => card.actors.push(Actor::Persona(PersonaId(900_005))),
                Some(_) => card.actors.push(Actor::Name(" ".into())),
                None => {}
            }
            journey.cards.push(card);
        }
        let scale = journey.emotion_scale;
        for (c, points) in self.curves.iter().enumerate() {
            let mut curve = EmotionCurve {
                id: CurveId(id()),
                name: format!("Kurve {c}"),
                color: Rgb(0xE4, 0x57, 0x2E),
                persona: personas.get(c).copied(),
                points: Vec::new(),
            };
            for plan in points {
                if columns.is_empty() {
                    break;
                }
                let step = columns[plan.step % columns.len()];
                let taken = curve.points.iter().any(|point| point.step == step);
                let mut point = EmotionPoint {
                    label: if plan.label {
                        "Aha!".into()
                    } else {
                        String::new()
                    },
                    moment_of_truth: plan.moment,
                    ..EmotionPoint::new(step, f32::from(plan.value) * scale.step)
                };
                match plan.mistake {
                    Some(0) => point.step = StepId(900_010),
                    Some(1) => point.value = scale.max + 1.0,
                    Some(2) => point.value = f32::NAN,
                    // A second value in a step that has one already.
                    Some(_) if !curve.points.is_empty() => point.step = curve.points[0].step,
                    _ if taken => continue,
                    _ => {}
                }
                curve.points.push(point);
            }
            journey.curves.push(curve);
        }
        match self.clash {
            Some(0) => {
                let phase = journey.phases[0].id;
                if let Some(step) = journey.phases[0].steps.first_mut() {
                    step.id = StepId(phase.0);
                }
            }
            Some(1) if !journey.cards.is_empty() => {
                journey.cards[0].id = CardId(columns.last().map_or(0, |step| step.0));
            }
            Some(2) => {
                let last = journey.phases.last().map(|phase| phase.id).unwrap();
                if let Some(step) = journey.phases[0].steps.first_mut() {
                    step.id = StepId(last.0);
                }
            }
            Some(_) if columns.len() > 1 => {
                let first = columns[0];
                let mut steps = journey.phases.iter_mut().flat_map(|phase| &mut phase.steps);
                steps.nth(1).unwrap().id = first;
            }
            _ => {}
        }
        journey.refresh_id_counter();
        journey
    }
}
