//! Random sequences of edits, undos and redos keep the journey valid, never lose
//! or duplicate a card, and undoing everything gives back the original map.

use journeymap::edit::{Edit, History, apply};
use journeymap::i18n::Lang;
use journeymap::model::{Actor, CardColor, EmotionScale, Journey, LaneKind, validate};
use journeymap::templates::{example_map as example, new_map};
use proptest::prelude::*;

/// One user action, with small numbers that pick items of the map as it is then.
#[derive(Clone, Debug)]
enum Op {
    Edit { kind: u8, a: u8, b: u8, c: u8 },
    Undo,
    Redo,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => (0u8..39, any::<u8>(), any::<u8>(), any::<u8>())
            .prop_map(|(kind, a, b, c)| Op::Edit { kind, a, b, c }),
        2 => Just(Op::Undo),
        1 => Just(Op::Redo),
    ]
}

fn pick<T>(items: &[T], n: u8) -> Option<&T> {
    (!items.is_empty()).then(|| &items[usize::from(n) % items.len()])
}

/// Turns an [`Op::Edit`] into an edit of the map as it is now (`None` if the map
/// has nothing to pick from).
#[expect(
    clippy::too_many_lines,
    reason = "one arm per kind of edit reads best as a table"
)]
fn edit_for(journey: &Journey, kind: u8, a: u8, b: u8, c: u8) -> Option<Edit> {
    let card = pick(&journey.cards, a).map(|card| card.id);
    let cards: Vec<_> = journey
        .cards
        .iter()
        .enumerate()
        .filter(|(i, _)| (i + usize::from(b)) % 3 == 0)
        .map(|(_, card)| card.id)
        .collect();
    let card_lanes: Vec<_> = journey
        .lanes
        .iter()
        .filter(|lane| lane.kind.holds_cards())
        .map(|lane| lane.id)
        .collect();
    let lane = pick(&journey.lanes, b).map(|lane| lane.id);
    let card_lane = pick(&card_lanes, b).copied();
    let phase = pick(&journey.phases, c).map(|phase| phase.id);
    let steps = journey.step_ids();
    let step = pick(&steps, c).copied();
    let curve = pick(&journey.curves, a).map(|curve| curve.id);
    let persona = pick(&journey.personas, b).map(|persona| persona.id);
    let in_cell = |lane, step| {
        journey
            .cards
            .iter()
            .filter(|card| card.lane == lane && card.step == step)
            .map(|card| card.id)
            .nth(usize::from(a) % 3)
    };
    Some(match kind {
        0 => Edit::AddCard {
            lane: card_lane?,
            step: step?,
            before: in_cell(card_lane?, step?),
            title: format!("Card {a}"),
            notes: String::new(),
        },
        1 => Edit::MoveCards {
            cards: vec![card?],
            lane: card_lane?,
            step: step?,
            before: in_cell(card_lane?, step?),
        },
        2 => Edit::MoveCards {
            cards: cards.clone(),
            lane: card_lane?,
            step: step?,
            before: None,
        },
        3 => Edit::DeleteCards(cards),
        4 => Edit::DuplicateCards(vec![card?]),
        5 => Edit::SpanCard {
            card: card?,
            span: u32::from(c % 5),
        },
        6 => Edit::RecolorCards {
            cards,
            color: pick(&CardColor::ALL, c).copied(),
        },
        7 => Edit::SetCardText {
            card: card?,
            title: format!("Retitled {c}"),
            notes: "Notes".to_owned(),
        },
        8 => Edit::AddPhase {
            index: usize::from(c),
            name: format!("Phase {a}"),
        },
        9 => Edit::RenamePhase {
            phase: phase?,
            name: format!("Renamed {a}"),
        },
        10 => Edit::ReorderPhase {
            phase: phase?,
            to: usize::from(a) % journey.phases.len(),
        },
        11 => Edit::DeletePhase(phase?),
        12 => Edit::ResizePhase {
            phase: phase?,
            width: Some(100.0 + f32::from(a)),
        },
        13 => Edit::AddLane {
            index: usize::from(c),
            name: format!("Lane {a}"),
            kind: *pick(&LaneKind::ALL, a)?,
        },
        14 => Edit::MoveLane {
            lane: lane?,
            to: usize::from(a) % journey.lanes.len(),
        },
        15 => Edit::DeleteLane(lane?),
        16 => Edit::CollapseLane {
            lane: lane?,
            collapsed: a.is_multiple_of(2),
        },
        17 => Edit::SetPoint {
            curve: curve?,
            step: step?,
            value: (!b.is_multiple_of(4)).then_some(f32::from(b % 7) - 3.2),
        },
        18 => Edit::PasteCards(
            journey
                .cards
                .iter()
                .take(usize::from(a % 4))
                .cloned()
                .collect(),
        ),
        19 => Edit::ChangeScale(*pick(
            &[
                EmotionScale {
                    min: -2.0,
                    max: 2.0,
                    step: 1.0,
                },
                EmotionScale {
                    min: -5.0,
                    max: 5.0,
                    step: 1.0,
                },
                EmotionScale {
                    min: 1.0,
                    max: 5.0,
                    step: 0.5,
                },
            ],
            a,
        )?),
        20 => Edit::LabelPoint {
            curve: curve?,
            step: step?,
            label: format!("Label {b}"),
        },
        21 => Edit::AddPersona {
            name: format!("Persona {a}"),
            color: journeymap::model::Rgb(c, b, a),
        },
        22 => Edit::DuplicatePersona {
            persona: persona?,
            name: format!("Copy {a}"),
        },
        23 => Edit::DeletePersona(persona?),
        24 => Edit::AssignCurve {
            curve: curve?,
            // Every third pick takes the curve back from its persona.
            persona: persona.filter(|_| !c.is_multiple_of(3)),
        },
        25 => Edit::SetPrimaryPersona(persona.filter(|_| !c.is_multiple_of(3))),
        26 => {
            let mut updated = journey.persona(persona?)?.clone();
            updated.quote = format!("Quote {a}");
            updated.goals.push(format!("Goal {c}"));
            Edit::UpdatePersona(updated)
        }
        27 => Edit::SetLanguage([None, Some(Lang::En), Some(Lang::De)][usize::from(a) % 3]),
        // Reload from disk: the map is replaced by another whole map.
        28 => Edit::ReplaceJourney(Box::new(if a.is_multiple_of(2) {
            example()
        } else {
            new_map(Lang::En)
        })),
        29 => Edit::AddStep {
            phase: phase?,
            index: usize::from(a % 4),
            name: format!("Step {b}"),
        },
        30 => Edit::RenameStep {
            step: step?,
            name: format!("Schritt {a}"),
        },
        31 => Edit::ResizeStep {
            step: step?,
            width: (!a.is_multiple_of(3)).then_some(120.0 + f32::from(b)),
        },
        // Within its phase or into another, also the last step of a phase
        // (refused: a phase keeps one).
        32 => Edit::MoveStep {
            step: step?,
            phase: pick(&journey.phases, a)?.id,
            index: usize::from(b % 4),
        },
        33 => Edit::DeleteStep(step?),
        34 => Edit::MarkMomentOfTruth {
            curve: curve?,
            step: step?,
            marked: !b.is_multiple_of(3),
        },
        35 => Edit::SetCardActors {
            card: card?,
            actors: [
                persona.map(Actor::Persona),
                (!c.is_multiple_of(2)).then(|| Actor::Name(format!("Actor {}", c % 3))),
                // An empty name is refused, and nothing changes.
                c.is_multiple_of(7).then(|| Actor::Name(String::new())),
            ]
            .into_iter()
            .flatten()
            .collect(),
        },
        36 => Edit::DescribeStep {
            step: step?,
            description: format!("Described {a}"),
        },
        _ => Edit::AddCurve {
            name: format!("Curve {a}"),
            color: journeymap::model::Rgb(a, b, c),
        },
    })
}

/// The map without its id counter, which only ever moves forward so an id is
/// never handed out twice (not even after an undo).
fn content(journey: &Journey) -> Journey {
    Journey {
        ids: journeymap::model::IdCounter::default(),
        ..journey.clone()
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn edits_undos_and_redos_keep_the_map_valid_and_undo_restores_it(
        ops in proptest::collection::vec(op(), 1..40)
    ) {
        let original = example();
        let mut journey = original.clone();
        let mut history = History::default();
        // The map after each step of history: undo and redo must land exactly here.
        let mut states = vec![content(&journey)];
        let mut position = 0;
        let mut ids = journey.ids;
        for op in ops {
            match op {
                Op::Edit { kind, a, b, c } => {
                    let Some(edit) = edit_for(&journey, kind, a, b, c) else { continue };
                    let name = edit.name();
                    let before = content(&journey);
                    let moves = matches!(edit, Edit::MoveCards { .. } | Edit::SpanCard { .. }
                        | Edit::RecolorCards { .. } | Edit::ReorderPhase { .. }
                        | Edit::MoveStep { .. } | Edit::SetCardActors { .. });
                    if let Ok(inverse) = apply(&mut journey, edit) {
                        if moves {
                            prop_assert_eq!(journey.cards.len(), before.cards.len(), "{} lost or added cards", name.id);
                        }
                        if inverse.is_empty() {
                            prop_assert_eq!(content(&journey), before);
                        } else {
                            history.record(name, inverse, None);
                            position += 1;
                            states.truncate(position);
                            states.push(content(&journey));
                        }
                    } else {
                        prop_assert_eq!(content(&journey), before, "a refused {} changed the map", name.id);
                    }
                }
                Op::Undo => {
                    if history.undo(&mut journey).expect("undo applies").is_some() {
                        position -= 1;
                        prop_assert_eq!(&content(&journey), &states[position]);
                    }
                }
                Op::Redo => {
                    if history.redo(&mut journey).expect("redo applies").is_some() {
                        position += 1;
                        prop_assert_eq!(&content(&journey), &states[position]);
                    }
                }
            }
            prop_assert_eq!(validate(&journey), vec![]);
            // Not even an undo of a reload hands an id out twice.
            prop_assert!(journey.ids.0 >= ids.0, "the id counter went back");
            ids = journey.ids;
        }
        while history.undo(&mut journey).expect("undo applies").is_some() {}
        prop_assert_eq!(content(&journey), content(&original));
    }
}
