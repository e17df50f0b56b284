//! Consistency rules a journey must satisfy: unique ids, references that resolve,
//! values that fit their ranges. The format module turns each [`Problem`] into a
//! `file:line:column` message; the editor's edits keep these rules by construction.

use std::collections::{BTreeMap, BTreeSet};

use super::{Journey, LaneKind, Photo};

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
    /// `lanes[i]`.
    Lane(usize),
    /// `cards[i]`.
    Card(usize),
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
    for (i, phase) in journey.phases.iter().enumerate() {
        if let Some(width) = phase.width
            && !(width.is_finite() && width > 0.0)
        {
            problems.push(Problem::new(
                Item::Phase(i),
                Some("width"),
                format!(
                    "phase \"{}\" has width {width}; a width must be a positive number",
                    phase.name
                ),
            ));
        }
    }
    for (i, lane) in journey.lanes.iter().enumerate() {
        if let Some(height) = lane.min_height
            && !(height.is_finite() && (0.0..=MAX_LANE_MIN_HEIGHT).contains(&height))
        {
            problems.push(Problem::new(
                Item::Lane(i),
                Some("min_height"),
                format!(
                    "lane \"{}\" has min_height {}; it must be 0 to {MAX_LANE_MIN_HEIGHT}",
                    lane.name,
                    readable(height)
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
                format!("duplicate id {raw}: already used by a {first}; every id must be unique"),
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
    }
    for (i, lane) in journey.lanes.iter().enumerate() {
        claim(lane.id.0, "lane", Item::Lane(i), problems);
    }
    for (i, card) in journey.cards.iter().enumerate() {
        claim(card.id.0, "card", Item::Card(i), problems);
    }
    for (i, curve) in journey.curves.iter().enumerate() {
        claim(curve.id.0, "emotion curve", Item::Curve(i), problems);
    }
}

fn check_scale(journey: &Journey, problems: &mut Vec<Problem>) {
    let scale = journey.emotion_scale;
    if !scale.is_valid() {
        problems.push(Problem::new(
            Item::Scale,
            None,
            format!(
                "emotion scale {}…{} step {} is unusable: min must be below max, the step \
                 positive, and at most {} steps",
                scale.min,
                scale.max,
                scale.step,
                super::EmotionScale::MAX_STEPS
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
            format!("primary_persona refers to persona {id}, which does not exist"),
        ));
    }
    for (i, curve) in journey.curves.iter().enumerate() {
        if let Some(id) = curve.persona
            && !personas.contains(&id)
        {
            problems.push(Problem::new(
                Item::Curve(i),
                Some("persona"),
                format!(
                    "emotion curve \"{}\" refers to persona {id}, which does not exist",
                    curve.name
                ),
            ));
        }
    }
}

fn check_cards(journey: &Journey, problems: &mut Vec<Problem>) {
    for (i, card) in journey.cards.iter().enumerate() {
        let item = Item::Card(i);
        let name = &card.title;
        match journey.lane(card.lane) {
            None => problems.push(Problem::new(
                item,
                Some("lane"),
                format!("card \"{name}\" is in lane {}, which does not exist", card.lane),
            )),
            Some(lane) if lane.kind == LaneKind::Emotion => problems.push(Problem::new(
                item,
                Some("lane"),
                format!(
                    "card \"{name}\" is in lane \"{}\", an emotion lane, which holds curves, not cards",
                    lane.name
                ),
            )),
            Some(_) => {}
        }
        match journey.phase_index(card.phase) {
            None => problems.push(Problem::new(
                item,
                Some("phase"),
                format!(
                    "card \"{name}\" is in phase {}, which does not exist",
                    card.phase
                ),
            )),
            Some(start) => {
                let span = card.span as usize;
                let available = journey.phases.len() - start;
                if span == 0 || span > available {
                    problems.push(Problem::new(
                        item,
                        Some("span"),
                        format!(
                            "card \"{name}\" spans {span} phases, but from its phase there are \
                             {available} (the span must be 1 to {available})"
                        ),
                    ));
                }
            }
        }
        if let Some(kpi) = &card.kpi
            && !kpi.value.is_finite()
        {
            problems.push(Problem::new(
                item,
                Some("kpi"),
                format!("card \"{name}\" has a KPI value that is not a finite number"),
            ));
        }
    }
}

fn check_curves(journey: &Journey, problems: &mut Vec<Problem>) {
    let scale = journey.emotion_scale;
    for (c, curve) in journey.curves.iter().enumerate() {
        let mut seen = BTreeSet::new();
        for (p, point) in curve.points.iter().enumerate() {
            let item = Item::CurvePoint(c, p);
            if journey.phase(point.phase).is_none() {
                problems.push(Problem::new(
                    item,
                    Some("phase"),
                    format!(
                        "a point of emotion curve \"{}\" is in phase {}, which does not exist",
                        curve.name, point.phase
                    ),
                ));
            } else if !seen.insert(point.phase) {
                problems.push(Problem::new(
                    item,
                    Some("phase"),
                    format!(
                        "emotion curve \"{}\" has two points in phase {}; a curve has at most \
                         one value per phase",
                        curve.name, point.phase
                    ),
                ));
            }
            if !scale.contains(point.value) {
                problems.push(Problem::new(
                    item,
                    Some("value"),
                    format!(
                        "emotion value {} of curve \"{}\" is outside the scale {}…{}",
                        point.value, curve.name, scale.min, scale.max
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Card, CardId, EmotionCurve, EmotionPoint, Lane, LaneId, Phase, PhaseId, Rgb,
    };

    fn small_journey() -> Journey {
        let mut journey = Journey::default();
        journey.phases.push(Phase {
            id: PhaseId(1),
            name: "Awareness".into(),
            description: String::new(),
            width: None,
        });
        journey.lanes.push(Lane {
            id: LaneId(2),
            name: "Touchpoints".into(),
            kind: LaneKind::Touchpoints,
            collapsed: false,
            min_height: None,
        });
        journey
            .cards
            .push(Card::new(CardId(3), LaneId(2), PhaseId(1), "Blog"));
        journey
    }

    #[test]
    fn a_consistent_journey_has_no_problems() {
        assert_eq!(validate(&small_journey()), vec![]);
    }

    #[test]
    fn duplicate_ids_across_kinds_are_reported_on_the_second_use() {
        let mut journey = small_journey();
        journey.cards[0].id = CardId(1);
        let problems = validate(&journey);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].item, Item::Card(0));
        assert!(
            problems[0].message.contains("duplicate id 1"),
            "{problems:?}"
        );
    }

    #[test]
    fn dangling_lane_and_phase_references_are_reported() {
        let mut journey = small_journey();
        journey.cards[0].lane = LaneId(99);
        journey.cards[0].phase = PhaseId(98);
        let fields: Vec<_> = validate(&journey).iter().map(|p| p.field).collect();
        assert_eq!(fields, vec![Some("lane"), Some("phase")]);
    }

    #[test]
    fn a_span_past_the_last_phase_is_reported() {
        let mut journey = small_journey();
        journey.cards[0].span = 2;
        let problems = validate(&journey);
        assert_eq!(problems[0].field, Some("span"));
        assert!(problems[0].message.contains("must be 1 to 1"));
    }

    #[test]
    fn curve_values_outside_the_scale_and_twice_in_a_phase_are_reported() {
        let mut journey = small_journey();
        let point = |value| EmotionPoint {
            phase: PhaseId(1),
            value,
            label: String::new(),
        };
        journey.curves.push(EmotionCurve {
            id: crate::model::CurveId(4),
            name: "as-is".into(),
            color: Rgb(0, 0, 0),
            persona: None,
            points: vec![point(1.0), point(7.0)],
        });
        let problems = validate(&journey);
        let found: Vec<_> = problems.iter().map(|p| (p.item, p.field)).collect();
        assert_eq!(
            found,
            vec![
                (Item::CurvePoint(0, 1), Some("phase")),
                (Item::CurvePoint(0, 1), Some("value"))
            ]
        );
    }

    #[test]
    fn sizes_that_are_not_usable_numbers_are_reported() {
        let mut journey = small_journey();
        journey.phases[0].width = Some(f32::NAN);
        journey.lanes[0].min_height = Some(1e9);
        let fields: Vec<_> = validate(&journey).iter().map(|p| p.field).collect();
        assert_eq!(fields, vec![Some("width"), Some("min_height")]);
        journey.phases[0].width = Some(5000.0); // drawn clamped, but a number
        journey.lanes[0].min_height = Some(120.0);
        assert_eq!(validate(&journey), vec![]);
    }

    #[test]
    fn a_photo_over_the_size_limit_is_reported() {
        let mut journey = small_journey();
        let mut persona = crate::model::Persona::new(crate::model::PersonaId(9), "Lena");
        let mut bytes = vec![0xFF, 0xD8, 0xFF];
        bytes.resize(Photo::MAX_BYTES + 1, 0);
        persona.photo = Photo::from_bytes(bytes);
        journey.personas.push(persona);
        let problems = validate(&journey);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(
            (problems[0].item, problems[0].field),
            (Item::Persona(0), Some("photo"))
        );
        assert!(problems[0].message.contains("at most 2048 KB"));
    }

    #[test]
    fn an_unusable_scale_is_reported() {
        let mut journey = small_journey();
        journey.emotion_scale.step = 0.0;
        assert_eq!(validate(&journey)[0].item, Item::Scale);
    }
}
