use super::*;
use crate::model::{
    Card, CardId, EmotionCurve, EmotionPoint, Lane, LaneId, Phase, PhaseId, Rgb, StepId,
};

fn small_journey() -> Journey {
    let mut journey = Journey::default();
    journey
        .phases
        .push(Phase::single(PhaseId(1), "Awareness", StepId(5)));
    journey.lanes.push(Lane {
        id: LaneId(2),
        name: "Touchpoints".into(),
        kind: LaneKind::Touchpoints,
        collapsed: false,
        min_height: None,
    });
    journey
        .cards
        .push(Card::new(CardId(3), LaneId(2), StepId(5), "Blog"));
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
    journey.cards[0].step = StepId(98);
    let fields: Vec<_> = validate(&journey).iter().map(|p| p.field).collect();
    assert_eq!(fields, vec![Some("lane"), Some("step")]);
}

#[test]
fn a_span_past_the_last_phase_is_reported() {
    let mut journey = small_journey();
    journey.cards[0].span = 2;
    let problems = validate(&journey);
    assert_eq!(problems[0].field, Some("span"));
    assert!(
        problems[0]
            .message
            .contains("starts in the last step of the map, so its span must be 1"),
        "{problems:?}"
    );
}

#[test]
fn curve_values_outside_the_scale_and_twice_in_a_phase_are_reported() {
    let mut journey = small_journey();
    let point = |value| EmotionPoint::new(StepId(5), value);
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
            (Item::CurvePoint(0, 1), Some("step")),
            (Item::CurvePoint(0, 1), Some("value"))
        ]
    );
}

#[test]
fn sizes_that_are_not_usable_numbers_are_reported() {
    let mut journey = small_journey();
    journey.phases[0].steps[0].width = Some(f32::NAN);
    journey.lanes[0].min_height = Some(1e9);
    let fields: Vec<_> = validate(&journey).iter().map(|p| p.field).collect();
    assert_eq!(fields, vec![Some("width"), Some("min_height")]);
    journey.phases[0].steps[0].width = Some(5000.0); // drawn clamped, but a number
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

#[test]
fn a_missing_or_empty_actor_is_reported_at_the_actor() {
    let mut journey = small_journey();
    journey.cards[0].actors = vec![
        crate::model::Actor::Name("Front desk".into()),
        crate::model::Actor::Persona(crate::model::PersonaId(77)),
        crate::model::Actor::Name("  ".into()),
    ];
    let found: Vec<_> = validate(&journey)
        .into_iter()
        .map(|p| (p.item, p.field, p.message))
        .collect();
    assert_eq!(
        found,
        vec![
            (
                Item::CardActor(0, 1),
                None,
                "card \"Blog\" names persona 77 as an actor, which does not exist".to_owned()
            ),
            (
                Item::CardActor(0, 2),
                None,
                "card \"Blog\" names an actor with an empty name; write who acts in `Name(\"…\")`, \
                 or remove it"
                    .to_owned()
            ),
        ]
    );
}

#[test]
fn a_step_without_a_name_is_named_by_its_place() {
    let mut journey = small_journey();
    journey.refresh_id_counter();
    journey.push_step(PhaseId(1), "Compare");
    journey.push_step(PhaseId(1), "");
    journey.phases[0].steps[1].width = Some(-1.0);
    journey.phases[0].steps[2].width = Some(0.0);
    let messages: Vec<_> = validate(&journey).into_iter().map(|p| p.message).collect();
    assert_eq!(
        messages,
        [
            "step \"Compare\" of phase \"Awareness\" has width -1; a width must be a positive number",
            "step 3 of phase \"Awareness\" has width 0; a width must be a positive number",
        ]
    );
}
