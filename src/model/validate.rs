//! Consistency rules a journey must satisfy: unique ids, references that resolve,
//! values that fit their ranges. The format module turns each [`Problem`] into a
//! `file:line:column` message; the editor's edits keep these rules by construction.

use crate::i18n::text::load as t;
use crate::i18n::tr_args;
use std::collections::{BTreeMap, BTreeSet};

use super::{Actor, Journey, LaneKind, Photo};

/// Which element of the document a problem is about, by position in its list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// The document's own fields.
    Document,
    /// The emotion scale.
    Scale,
    /// `personas[i]`.
    Persona(usize),
    /// `phases[i]`.
    Phase(usize),
    /// `phases[i].steps[j]`.
    Step(usize, usize),
    /// `lanes[i]`.
    Lane(usize),
    /// `cards[i]`.
    Card(usize),
    /// `cards[i].actors[j]`.
    CardActor(usize, usize),
    /// `curves[i]`.
    Curve(usize),
    /// `curves[i].points[j]`.
    CurvePoint(usize, usize),
}

/// The name of a field inside an [`Item`], e.g. `"lane"`.
pub type Field = &'static str;

/// One broken rule, with where it is and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The element that breaks the rule.
    pub item: Item,
    /// The field of that element, when one field is to blame.
    pub field: Option<Field>,
    /// What is wrong, in words a user understands.
    pub message: String,
}

impl Problem {
    fn new(item: Item, field: Option<Field>, message: String) -> Self {
        Self {
            item,
            field,
            message,
        }
    }
}

/// Checks every rule and returns the problems in document order (empty when valid).
pub fn validate(journey: &Journey) -> Vec<Problem> {
    let mut problems = Vec::new();
    check_unique_ids(journey, &mut problems);
    check_phases(journey, &mut problems);
    check_scale(journey, &mut problems);
    check_references(journey, &mut problems);
    check_cards(journey, &mut problems);
    check_curves(journey, &mut problems);
    check_sizes(journey, &mut problems);
    check_photos(journey, &mut problems);
    problems
}

/// The tallest minimum lane height accepted, in map points: ten screens.
pub const MAX_LANE_MIN_HEIGHT: f32 = 10_000.0;

/// A number as a person writes it: `1e30`, not thirty-one digits.
fn readable(value: f32) -> String {
    if value.abs() < 1e6 {
        value.to_string()
    } else {
        format!("{value:e}")
    }
}

fn check_sizes(journey: &Journey, problems: &mut Vec<Problem>) {
    // Sizes are display hints, but a NaN or an absurd one breaks every layout.
    for (p, phase) in journey.phases.iter().enumerate() {
        for (j, step) in phase.steps.iter().enumerate() {
            if let Some(width) = step.width
                && !(width.is_finite() && width > 0.0)
            {
                // A step without a name (every step of a version-1 file)
                // is named by its place in the phase.
                let message = if step.name.is_empty() {
                    tr_args(
                        t::INVALID_STEP_WIDTH_UNNAMED,
                        &[
                            ("number", (j + 1).into()),
                            ("phase", (&phase.name).into()),
                            ("width", (&width.to_string()).into()),
                        ],
                    )
                } else {
                    tr_args(
                        t::INVALID_STEP_WIDTH,
                        &[
                            ("step", (&step.name).into()),
                            ("phase", (&phase.name).into()),
                            ("width", (&width.to_string()).into()),
                        ],
                    )
                };
                problems.push(Problem::new(Item::Step(p, j), Some("width"), message));
            }
        }
    }
    for (i, lane) in journey.lanes.iter().enumerate() {
        if let Some(height) = lane.min_height
            && !(height.is_finite() && (0.0..=MAX_LANE_MIN_HEIGHT).contains(&height))
        {
            problems.push(Problem::new(
                Item::Lane(i),
                Some("min_height"),
                tr_args(
                    t::INVALID_LANE_HEIGHT,
                    &[
                        ("lane", (&lane.name).into()),
                        ("height", (&readable(height)).into()),
                        ("max", (&MAX_LANE_MIN_HEIGHT.to_string()).into()),
                    ],
                ),
            ));
        }
    }
}

fn check_photos(journey: &Journey, problems: &mut Vec<Problem>) {
    // Only the size: whether the bytes decode is for `crate::photo`, which the
    // file loader asks too; the model knows no image decoding.
    for (i, persona) in journey.personas.iter().enumerate() {
        if let Some(photo) = &persona.photo
            && photo.bytes().len() > Photo::MAX_BYTES
        {
            problems.push(Problem::new(
                Item::Persona(i),
                Some("photo"),
                format!(
                    "the photo of persona \"{}\" is {} KB; a photo may have at most {} KB \
                     (choose it again in the persona panel, which makes it smaller)",
                    persona.name,
                    photo.bytes().len() / 1024,
                    Photo::MAX_BYTES / 1024
                ),
            ));
        }
    }
}

fn check_unique_ids(journey: &Journey, problems: &mut Vec<Problem>) {
    // One counter serves all kinds, so an id must be unique across kinds too.
    let mut seen: BTreeMap<u64, &'static str> = BTreeMap::new();
    let mut claim = |raw: u64, what: &'static str, item: Item, problems: &mut Vec<Problem>| {
        if let Some(first) = seen.get(&raw) {
            problems.push(Problem::new(
                item,
                Some("id"),
                tr_args(
                    t::INVALID_DUPLICATE_ID,
                    &[("id", (&raw.to_string()).into()), ("kind", (*first).into())],
                ),
            ));
        } else {
            seen.insert(raw, what);
        }
    };
    for (i, persona) in journey.personas.iter().enumerate() {
        claim(persona.id.0, "persona", Item::Persona(i), problems);
    }
    for (i, phase) in journey.phases.iter().enumerate() {
        claim(phase.id.0, "phase", Item::Phase(i), problems);
        for (j, step) in phase.steps.iter().enumerate() {
            claim(step.id.0, "step", Item::Step(i, j), problems);
        }
    }
    for (i, lane) in journey.lanes.iter().enumerate() {
        claim(lane.id.0, "lane", Item::Lane(i), problems);
    }
    for (i, card) in journey.cards.iter().enumerate() {
        claim(card.id.0, "card", Item::Card(i), problems);
    }
    for (i, curve) in journey.curves.iter().enumerate() {
        claim(curve.id.0, "curve", Item::Curve(i), problems);
    }
}

fn check_phases(journey: &Journey, problems: &mut Vec<Problem>) {
    for (i, phase) in journey.phases.iter().enumerate() {
        if phase.steps.is_empty() {
            problems.push(Problem::new(
                Item::Phase(i),
                Some("steps"),
                tr_args(
                    t::INVALID_PHASE_NO_STEPS,
                    &[("phase", (&phase.name).into())],
                ),
            ));
        }
    }
}

fn check_scale(journey: &Journey, problems: &mut Vec<Problem>) {
    let scale = journey.emotion_scale;
    if !scale.is_valid() {
        problems.push(Problem::new(
            Item::Scale,
            None,
            tr_args(
                t::INVALID_SCALE,
                &[
                    ("min", (&scale.min.to_string()).into()),
                    ("max", (&scale.max.to_string()).into()),
                    ("step", (&scale.step.to_string()).into()),
                    (
                        "steps",
                        (&super::EmotionScale::MAX_STEPS.to_string()).into(),
                    ),
                ],
            ),
        ));
    }
}

fn check_references(journey: &Journey, problems: &mut Vec<Problem>) {
    let personas: BTreeSet<_> = journey.personas.iter().map(|p| p.id).collect();
    if let Some(id) = journey.primary_persona
        && !personas.contains(&id)
    {
        problems.push(Problem::new(
            Item::Document,
            Some("primary_persona"),
            tr_args(
                t::INVALID_PRIMARY_PERSONA,
                &[("id", (&id.to_string()).into())],
            ),
        ));
    }
    for (i, curve) in journey.curves.iter().enumerate() {
        if let Some(id) = curve.persona
            && !personas.contains(&id)
        {
            problems.push(Problem::new(
                Item::Curve(i),
                Some("persona"),
                tr_args(
                    t::INVALID_CURVE_PERSONA,
                    &[
                        ("curve", (&curve.name).into()),
                        ("id", (&id.to_string()).into()),
                    ],
                ),
            ));
        }
    }
}

fn check_cards(journey: &Journey, problems: &mut Vec<Problem>) {
    let columns = journey.step_columns();
    let step_count = journey.step_count();
    for (i, card) in journey.cards.iter().enumerate() {
        let item = Item::Card(i);
        let name = &card.title;
        match journey.lane(card.lane) {
            None => problems.push(Problem::new(
                item,
                Some("lane"),
                tr_args(
                    t::INVALID_CARD_LANE,
                    &[
                        ("card", name.into()),
                        ("lane", (&card.lane.to_string()).into()),
                    ],
                ),
            )),
            Some(lane) if lane.kind == LaneKind::Emotion => problems.push(Problem::new(
                item,
                Some("lane"),
                tr_args(
                    t::INVALID_CARD_IN_EMOTION_LANE,
                    &[("card", name.into()), ("lane", (&lane.name).into())],
                ),
            )),
            Some(_) => {}
        }
        match columns.get(&card.step) {
            None => problems.push(Problem::new(
                item,
                Some("step"),
                tr_args(
                    t::INVALID_CARD_STEP,
                    &[
                        ("card", name.into()),
                        ("step", (&card.step.to_string()).into()),
                    ],
                ),
            )),
            Some(&start) => {
                let span = card.span as usize;
                let available = step_count.saturating_sub(start);
                if span == 0 || span > available {
                    problems.push(Problem::new(
                        item,
                        Some("span"),
                        tr_args(
                            t::INVALID_CARD_SPAN_STEPS,
                            &[
                                ("card", name.into()),
                                ("span", span.into()),
                                ("available", available.into()),
                            ],
                        ),
                    ));
                }
            }
        }
        for (a, actor) in card.actors.iter().enumerate() {
            // At the actor itself: a card may name several.
            let item = Item::CardActor(i, a);
            match actor {
                Actor::Persona(id) if journey.persona(*id).is_none() => {
                    problems.push(Problem::new(
                        item,
                        None,
                        tr_args(
                            t::INVALID_CARD_ACTOR,
                            &[("card", name.into()), ("id", (&id.to_string()).into())],
                        ),
                    ));
                }
                Actor::Name(actor) if actor.trim().is_empty() => {
                    problems.push(Problem::new(
                        item,
                        None,
                        tr_args(t::INVALID_CARD_ACTOR_EMPTY, &[("card", name.into())]),
                    ));
                }
                _ => {}
            }
        }
        if let Some(kpi) = &card.kpi
            && !kpi.value.is_finite()
        {
            problems.push(Problem::new(
                item,
                Some("kpi"),
                tr_args(t::INVALID_KPI, &[("card", name.into())]),
            ));
        }
    }
}

fn check_curves(journey: &Journey, problems: &mut Vec<Problem>) {
    let scale = journey.emotion_scale;
    let columns = journey.step_columns();
    for (c, curve) in journey.curves.iter().enumerate() {
        let mut seen = BTreeSet::new();
        for (p, point) in curve.points.iter().enumerate() {
            let item = Item::CurvePoint(c, p);
            if !columns.contains_key(&point.step) {
                problems.push(Problem::new(
                    item,
                    Some("step"),
                    tr_args(
                        t::INVALID_POINT_STEP,
                        &[
                            ("curve", (&curve.name).into()),
                            ("step", (&point.step.to_string()).into()),
                        ],
                    ),
                ));
            } else if !seen.insert(point.step) {
                problems.push(Problem::new(
                    item,
                    Some("step"),
                    tr_args(
                        t::INVALID_POINT_TWICE_STEP,
                        &[
                            ("curve", (&curve.name).into()),
                            ("step", (&point.step.to_string()).into()),
                        ],
                    ),
                ));
            }
            if !scale.contains(point.value) {
                problems.push(Problem::new(
                    item,
                    Some("value"),
                    tr_args(
                        t::INVALID_POINT_VALUE,
                        &[
                            ("value", (&point.value.to_string()).into()),
                            ("curve", (&curve.name).into()),
                            ("min", (&scale.min.to_string()).into()),
                            ("max", (&scale.max.to_string()).into()),
                        ],
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
#[path = "validate_tests.rs"]
mod tests;
