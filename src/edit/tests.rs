use super::*;
use crate::i18n::Lang;
use crate::model::{Journey, LaneKind, ScaleProblem, validate};
use crate::templates::{example_map as example, new_map};

/// Applies `edit`, checks the result is valid, undoes and redoes it, and returns
/// the journey after the edit. The persona edit tests use it too.
pub(crate) fn round_trip(journey: &Journey, edit: Edit) -> Journey {
    let mut edited = journey.clone();
    let mut history = History::default();
    let name = edit.name();
    let inverse = apply(&mut edited, edit).expect("edit applies");
    assert_eq!(validate(&edited), vec![], "valid after {}", name.id);
    history.record(name, inverse, None);
    let after = edited.clone();
    assert_eq!(history.undo(&mut edited), Ok(Some(name)));
    assert_eq!(
        Journey {
            ids: journey.ids,
            ..edited.clone()
        },
        *journey,
        "undo of {} restores the map",
        name.id
    );
    assert_eq!(history.redo(&mut edited), Ok(Some(name)));
    assert_eq!(edited, after, "redo of {} repeats it", name.id);
    after
}

fn cell_titles(journey: &Journey, lane: LaneId, step: StepId) -> Vec<String> {
    journey
        .cards
        .iter()
        .filter(|card| card.lane == lane && card.step == step)
        .map(|card| card.title.clone())
        .collect()
}

fn busiest_cell(journey: &Journey) -> (LaneId, StepId) {
    let card = journey
        .cards
        .iter()
        .max_by_key(|c| cell_titles(journey, c.lane, c.step).len())
        .expect("the example has cards");
    (card.lane, card.step)
}

#[test]
fn adding_a_card_puts_it_last_in_its_cell() {
    let journey = example();
    let (lane, phase) = busiest_cell(&journey);
    let after = round_trip(
        &journey,
        Edit::AddCard {
            lane,
            step: phase,
            before: None,
            title: "New idea".into(),
            notes: String::new(),
        },
    );
    assert_eq!(
        cell_titles(&after, lane, phase).last().map(String::as_str),
        Some("New idea")
    );
}

#[test]
fn moving_a_card_to_the_front_of_its_cell_reorders_it() {
    let journey = example();
    let (lane, phase) = busiest_cell(&journey);
    let titles = cell_titles(&journey, lane, phase);
    let ids: Vec<CardId> = journey
        .cards
        .iter()
        .filter(|c| c.lane == lane && c.step == phase)
        .map(|c| c.id)
        .collect();
    let after = round_trip(
        &journey,
        Edit::MoveCards {
            cards: vec![ids[ids.len() - 1]],
            lane,
            step: phase,
            before: Some(ids[0]),
        },
    );
    let mut expected = titles.clone();
    let last = expected.pop().expect("cell has cards");
    expected.insert(0, last);
    assert_eq!(cell_titles(&after, lane, phase), expected);
}

#[test]
fn a_move_to_where_the_card_already_is_changes_nothing() {
    let mut journey = example();
    let card = journey.cards[0].clone();
    let inverse = apply(
        &mut journey,
        Edit::MoveCards {
            cards: vec![card.id],
            lane: card.lane,
            step: card.step,
            before: Some(card.id),
        },
    );
    assert_eq!(inverse, Ok(vec![]));
}

#[test]
fn cards_cannot_move_into_an_emotion_lane() {
    let mut journey = example();
    let emotion = journey
        .lanes
        .iter()
        .find(|lane| lane.kind == LaneKind::Emotion)
        .expect("example has an emotion lane")
        .id;
    let before = journey.clone();
    let card = journey.cards[0].id;
    let phase = journey.phases[0].steps[0].id;
    let result = apply(
        &mut journey,
        Edit::MoveCards {
            cards: vec![card],
            lane: emotion,
            step: phase,
            before: None,
        },
    );
    assert!(matches!(
        result,
        Err(EditError::Rule(Rule::NoCardsInLane(_)))
    ));
    assert_eq!(journey, before, "a refused edit changes nothing");
}

#[test]
fn deleting_a_phase_takes_its_cards_and_points_and_shrinks_spans() {
    let mut journey = example();
    let phase = journey.phases[1].id;
    // A card over the first phase, all of the second and one step of the
    // third loses the second phase's steps and keeps the rest.
    let spanning = journey.cards[0].id;
    let (first, second) = (journey.phases[0].steps.len(), journey.phases[1].steps.len());
    let span = u32::try_from(first + second + 1).expect("few steps");
    assert_eq!(journey.step_index(journey.cards[0].step), Some(0));
    apply(
        &mut journey,
        Edit::SpanCard {
            card: spanning,
            span,
        },
    )
    .expect("span");
    let gone = cards_only_in_phase(&journey, phase);
    let cards_before = journey.cards.len();
    let after = round_trip(&journey, Edit::DeletePhase(phase));
    assert_eq!(after.cards.len(), cards_before - gone);
    let steps: Vec<StepId> = journey.phases[1].steps.iter().map(|s| s.id).collect();
    assert!(
        after
            .curves
            .iter()
            .all(|c| steps.iter().all(|s| c.point_in(*s).is_none()))
    );
    assert_eq!(
        after.card(spanning).map(|c| c.span),
        Some(span - u32::try_from(second).expect("few steps"))
    );
}

#[test]
fn reordering_a_phase_shrinks_spans_that_would_run_off_the_map() {
    let mut journey = example();
    let card = journey.cards[0].clone();
    let start = journey.step_index(card.step).expect("step");
    let span = u32::try_from(journey.step_count() - start).expect("small");
    apply(
        &mut journey,
        Edit::SpanCard {
            card: card.id,
            span,
        },
    )
    .expect("span");
    let last = journey.phases.len() - 1;
    let (phase, index) = journey.step_place(card.step).expect("placed");
    let after = round_trip(
        &journey,
        Edit::ReorderPhase {
            phase: journey.phases[phase].id,
            to: last,
        },
    );
    // Now in the last phase, the card reaches to the map's end and no further.
    let room = journey.phases[phase].steps.len() - index;
    assert_eq!(
        after.card(card.id).map(|c| c.span),
        Some(u32::try_from(room).expect("few steps"))
    );
    assert!(room < span as usize);
}

#[test]
fn changing_the_scale_maps_points_by_their_height() {
    let journey = example();
    let after = round_trip(
        &journey,
        Edit::ChangeScale(EmotionScale {
            min: 1.0,
            max: 5.0,
            step: 1.0,
        }),
    );
    for (old, new) in journey.curves.iter().zip(&after.curves) {
        for (a, b) in old.points.iter().zip(&new.points) {
            assert!((b.value - (a.value + 3.0)).abs() < 1e-4, "{a:?} → {b:?}");
        }
    }
}

#[test]
#[expect(
    clippy::float_cmp,
    reason = "whole values of the example, snapped to whole values: exact"
)]
fn changing_to_a_zero_based_scale_maps_the_middle_up_and_undoes_exactly() {
    let journey = example();
    let after = round_trip(
        &journey,
        Edit::ChangeScale(EmotionScale {
            min: 0.0,
            max: 5.0,
            step: 1.0,
        }),
    );
    for (old, new) in journey.curves.iter().zip(&after.curves) {
        for (a, b) in old.points.iter().zip(&new.points) {
            let expected = match a.value {
                -2.0 => 0.0,
                -1.0 => 1.0,
                0.0 => 3.0,
                1.0 => 4.0,
                _ => 5.0,
            };
            assert_eq!(b.value, expected, "{a:?} → {b:?}");
        }
    }
}

#[test]
fn a_scale_the_editor_does_not_offer_is_refused_and_changes_nothing() {
    let journey = example();
    for (scale, problem) in [
        ((0.0, 1.0, 0.25), ScaleProblem::StepNotWholeOrHalf),
        ((0.5, 5.0, 1.0), ScaleProblem::BoundsOffStep),
        ((5.0, 1.0, 1.0), ScaleProblem::MinNotBelowMax),
        ((0.0, 500.0, 1.0), ScaleProblem::TooManySteps),
    ] {
        let mut edited = journey.clone();
        let (min, max, step) = scale;
        let result = apply(
            &mut edited,
            Edit::ChangeScale(EmotionScale { min, max, step }),
        );
        assert_eq!(result, Err(EditError::Rule(Rule::BadScale(problem))));
        assert_eq!(edited, journey);
    }
}

#[test]
fn choosing_the_current_scale_changes_nothing() {
    let mut journey = example();
    journey.curves[0].points[0].value = 0.4;
    let mut edited = journey.clone();
    let inverse = apply(&mut edited, Edit::ChangeScale(journey.emotion_scale));
    assert_eq!(inverse.map(|steps| steps.len()), Ok(0));
    assert_eq!(edited, journey, "a value between steps is left alone");
}

#[test]
fn setting_and_removing_points_and_labels_round_trips() {
    let journey = example();
    let curve = journey.curves[0].id;
    let phase = journey.phases[0].steps[0].id;
    let after = round_trip(
        &journey,
        Edit::SetPoint {
            curve,
            step: phase,
            value: Some(1.4),
        },
    );
    assert_eq!(after.curves[0].point_in(phase).map(|p| p.value), Some(1.0));
    round_trip(
        &after,
        Edit::LabelPoint {
            curve,
            step: phase,
            label: "Found it".into(),
        },
    );
    round_trip(
        &journey,
        Edit::SetPoint {
            curve,
            step: phase,
            value: None,
        },
    );
}

#[test]
fn lanes_add_rename_collapse_move_and_delete_round_trip() {
    let journey = example();
    let lane = journey.lanes[0].id;
    round_trip(
        &journey,
        Edit::AddLane {
            index: 1,
            name: "Notes".into(),
            kind: LaneKind::Text,
        },
    );
    round_trip(
        &journey,
        Edit::RenameLane {
            lane,
            name: "Kanäle".into(),
        },
    );
    round_trip(
        &journey,
        Edit::CollapseLane {
            lane,
            collapsed: true,
        },
    );
    round_trip(
        &journey,
        Edit::ResizeLane {
            lane,
            height: Some(300.0),
        },
    );
    round_trip(&journey, Edit::MoveLane { lane, to: 2 });
    let after = round_trip(&journey, Edit::DeleteLane(lane));
    assert!(after.cards.iter().all(|c| c.lane != lane));
}

#[test]
fn typing_in_one_field_is_one_step_until_sealed() {
    let mut journey = example();
    let mut history = History::default();
    for title in ["A", "AB", "ABC"] {
        let inverse = apply(&mut journey, Edit::SetTitle(title.into())).expect("title");
        history.record(crate::i18n::text::edit::STEP_EDIT_TITLE, inverse, Some(7));
    }
    assert_eq!(history.undo_len(), 1);
    history.seal();
    let inverse = apply(&mut journey, Edit::SetTitle("ABCD".into())).expect("title");
    history.record(crate::i18n::text::edit::STEP_EDIT_TITLE, inverse, Some(7));
    assert_eq!(history.undo_len(), 2);
    history.undo(&mut journey).expect("undo");
    assert_eq!(journey.title, "ABC");
    history.undo(&mut journey).expect("undo");
    assert_eq!(journey.title, example().title);
}

#[test]
fn the_map_language_is_set_and_undone_exactly() {
    let german = example();
    assert_eq!(german.language, Some(Lang::De));
    let english = round_trip(&german, Edit::SetLanguage(Some(Lang::En)));
    assert_eq!(english.language, Some(Lang::En));
    let follows = round_trip(&english, Edit::SetLanguage(None));
    assert_eq!(follows.language, None);
    assert_eq!(
        Edit::SetLanguage(None).name(),
        crate::i18n::text::edit::STEP_SET_LANGUAGE
    );
    // The same language again changes nothing, so there is nothing to undo.
    let mut same = german.clone();
    let inverse = apply(&mut same, Edit::SetLanguage(Some(Lang::De))).expect("applies");
    assert!(inverse.is_empty());
}

#[test]
fn copied_cards_paste_into_another_map_keeping_their_shape() {
    let source = example();
    let ids: Vec<CardId> = source.cards.iter().take(3).map(|c| c.id).collect();
    let clip = clipboard::CardClip::copy(&source, &ids);
    assert!(clip.text().contains(&source.cards[0].title));
    let target = new_map(Lang::En);
    let placed = clip.place(&target, clipboard::first_card_cell(&target));
    assert_eq!(placed.len(), 3);
    let after = round_trip(&target, Edit::PasteCards(placed));
    assert_eq!(after.cards.len(), 3);
    assert!(clip.matches_text(&format!("{}\r\n", clip.text())));
}

#[test]
fn plain_text_makes_one_card_per_line() {
    let journey = new_map(Lang::En);
    let (lane, phase) = clipboard::first_card_cell(&journey).expect("cell");
    let cards = clipboard::cards_from_text("Flyer\n\n  Hotline \nWebsite", lane, phase);
    let titles: Vec<_> = cards.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles, ["Flyer", "Hotline", "Website"]);
}

#[test]
fn duplicating_puts_copies_right_after_the_originals() {
    let journey = example();
    let ids = vec![journey.cards[0].id, journey.cards[2].id];
    let after = round_trip(&journey, Edit::DuplicateCards(ids));
    assert_eq!(after.cards.len(), journey.cards.len() + 2);
    assert_eq!(after.cards[1].title, journey.cards[0].title);
    assert_ne!(after.cards[1].id, journey.cards[0].id);
    assert_eq!(after.cards[4].title, journey.cards[2].title);
}

#[test]
fn the_last_phase_and_lane_stay_and_the_user_is_told_why_in_their_language() {
    let mut journey = Journey::default();
    let phase = journey.push_phase("Only");
    let lane = journey.push_lane("Only", LaneKind::Text);
    let phase_error = apply(&mut journey, Edit::DeletePhase(phase)).unwrap_err();
    let lane_error = apply(&mut journey, Edit::DeleteLane(lane)).unwrap_err();
    assert_eq!(phase_error, EditError::Rule(Rule::LastPhase));
    assert_eq!(lane_error, EditError::Rule(Rule::LastLane));
    assert_eq!(phase_error.message(), "a map keeps at least one phase");
    crate::i18n::set_current(crate::i18n::Lang::De);
    let german = lane_error.message();
    crate::i18n::set_current(crate::i18n::Lang::En);
    assert_eq!(german, "eine Map braucht mindestens eine Zeile");
}

#[test]
fn replacing_the_journey_is_one_step_that_undo_reverses_exactly() {
    let journey = example();
    let on_disk = new_map(Lang::En);
    let after = round_trip(&journey, Edit::ReplaceJourney(Box::new(on_disk.clone())));
    assert_eq!(
        Journey {
            ids: on_disk.ids,
            ..after.clone()
        },
        on_disk
    );
    assert_eq!(
        Edit::ReplaceJourney(Box::new(on_disk)).name(),
        t::STEP_RELOAD
    );
}

#[test]
fn replacing_the_journey_never_moves_the_id_counter_back() {
    let mut journey = example();
    let on_disk = new_map(Lang::En);
    assert!(on_disk.ids.0 < journey.ids.0, "the example has more ids");
    let counter = journey.ids;
    let inverse = apply(&mut journey, Edit::ReplaceJourney(Box::new(on_disk))).unwrap();
    assert_eq!(journey.ids, counter, "at least the old counter");
    let fresh = journey.ids.next_raw();
    apply_all(&mut journey, inverse).unwrap();
    assert!(journey.ids.0 > fresh, "undo keeps ids handed out since");
}

#[test]
fn an_invalid_or_identical_replacement_changes_nothing() {
    let mut journey = example();
    let before = journey.clone();
    assert_eq!(
        apply(&mut journey, Edit::ReplaceJourney(Box::new(before.clone()))),
        Ok(vec![])
    );
    let mut broken = new_map(Lang::En);
    broken.phases.clear();
    broken.cards.push(journey.cards[0].clone());
    assert!(apply(&mut journey, Edit::ReplaceJourney(Box::new(broken))).is_err());
    assert_eq!(journey, before);
}
