//! Card gestures: add, retext, move, span, recolour, delete, duplicate, paste.

use std::collections::HashSet;

use crate::model::{Card, CardId, Journey, LaneId, StepId};

use super::transaction::Transaction;
use super::{Edit, EditError, Rule};

pub(super) fn run(
    tx: &mut Transaction,
    journey: &mut Journey,
    edit: Edit,
) -> Result<(), EditError> {
    match edit {
        Edit::AddCard {
            lane,
            step,
            before,
            title,
            notes,
        } => {
            cell(journey, lane, step)?;
            let mut card = Card::new(CardId(journey.ids.next_raw()), lane, step, title);
            card.notes = notes;
            let index = match before {
                Some(before) => card_index(journey, before)?,
                None => end_of_cell(journey, lane, step),
            };
            tx.primitive(journey, Edit::InsertCard { index, card })
        }
        Edit::SetCardText { card, title, notes } => {
            let mut updated = journey.cards[card_index(journey, card)?].clone();
            updated.title = title;
            updated.notes = notes;
            tx.primitive(journey, Edit::UpdateCard(updated))
        }
        Edit::MoveCards {
            cards,
            lane,
            step,
            before,
        } => move_cards(tx, journey, &cards, (lane, step), before),
        Edit::SpanCard { card, span } => {
            let mut updated = journey.cards[card_index(journey, card)?].clone();
            let (_, column) = cell(journey, updated.lane, updated.step)?;
            updated.span = clamp_span(journey, column, span);
            tx.primitive(journey, Edit::UpdateCard(updated))
        }
        Edit::SetCardActors { card, actors } => set_actors(tx, journey, card, actors),
        Edit::RecolorCards { cards, color } => {
            for id in cards {
                let mut updated = journey.cards[card_index(journey, id)?].clone();
                updated.color = color;
                tx.primitive(journey, Edit::UpdateCard(updated))?;
            }
            Ok(())
        }
        Edit::DeleteCards(cards) => {
            for id in unique(&cards) {
                tx.primitive(journey, Edit::RemoveCard(id))?;
            }
            Ok(())
        }
        Edit::DuplicateCards(cards) => {
            let wanted: HashSet<CardId> = cards.iter().copied().collect();
            let mut indices: Vec<usize> = journey
                .cards
                .iter()
                .enumerate()
                .filter(|(_, card)| wanted.contains(&card.id))
                .map(|(index, _)| index)
                .collect();
            if indices.len() != wanted.len() {
                return Err(EditError::Missing("a card to duplicate".to_owned()));
            }
            // From the back, so inserting a copy never shifts a card still to copy.
            indices.reverse();
            for index in indices {
                let mut copy = journey.cards[index].clone();
                copy.id = CardId(journey.ids.next_raw());
                tx.primitive(
                    journey,
                    Edit::InsertCard {
                        index: index + 1,
                        card: copy,
                    },
                )?;
            }
            Ok(())
        }
        Edit::PasteCards(cards) => {
            for mut card in cards {
                let (_, column) = cell(journey, card.lane, card.step)?;
                card.id = CardId(journey.ids.next_raw());
                card.span = clamp_span(journey, column, card.span);
                card.actors.retain(|actor| actor_exists(journey, actor));
                let index = end_of_cell(journey, card.lane, card.step);
                tx.primitive(journey, Edit::InsertCard { index, card })?;
            }
            Ok(())
        }
        other => Err(EditError::Refused(format!(
            "{} is not a card edit",
            other.name().id
        ))),
    }
}

/// Names who acts on a card, each once, in the order given.
fn set_actors(
    tx: &mut Transaction,
    journey: &mut Journey,
    card: CardId,
    actors: Vec<crate::model::Actor>,
) -> Result<(), EditError> {
    if !actors.iter().all(|actor| actor_exists(journey, actor)) {
        return Err(EditError::Rule(Rule::UnknownActor));
    }
    let mut updated = journey.cards[card_index(journey, card)?].clone();
    let mut seen = HashSet::new();
    updated.actors = actors
        .into_iter()
        .filter(|actor| seen.insert(actor.clone()))
        .collect();
    tx.primitive(journey, Edit::UpdateCard(updated))
}

/// Whether an actor may stand on a card of this map: a free name, or a
/// persona the map has (a card pasted from another map may name one it lacks).
pub(super) fn actor_exists(journey: &Journey, actor: &crate::model::Actor) -> bool {
    match actor {
        crate::model::Actor::Persona(id) => journey.persona(*id).is_some(),
        crate::model::Actor::Name(name) => !name.trim().is_empty(),
    }
}

/// Checks that a card may sit in this lane and step; returns the lane's
/// index and the step's column.
pub(super) fn cell(
    journey: &Journey,
    lane: LaneId,
    step: StepId,
) -> Result<(usize, usize), EditError> {
    let lane_index = journey
        .lane_index(lane)
        .ok_or_else(|| EditError::Missing(format!("lane {lane}")))?;
    if !journey.lanes[lane_index].kind.holds_cards() {
        return Err(EditError::Rule(Rule::NoCardsInLane(
            journey.lanes[lane_index].name.clone(),
        )));
    }
    let column = journey
        .step_index(step)
        .ok_or_else(|| EditError::Missing(format!("step {step}")))?;
    Ok((lane_index, column))
}

/// The largest span that fits from `column`, and at least 1.
pub(super) fn clamp_span(journey: &Journey, column: usize, span: u32) -> u32 {
    let available = u32::try_from(journey.step_count().saturating_sub(column)).unwrap_or(1);
    span.clamp(1, available.max(1))
}

fn card_index(journey: &Journey, id: CardId) -> Result<usize, EditError> {
    journey
        .cards
        .iter()
        .position(|card| card.id == id)
        .ok_or_else(|| EditError::Missing(format!("card {id}")))
}

/// The list position right after the last card of a cell (or the end of the list).
fn end_of_cell(journey: &Journey, lane: LaneId, step: StepId) -> usize {
    journey
        .cards
        .iter()
        .rposition(|card| card.lane == lane && card.step == step)
        .map_or(journey.cards.len(), |last| last + 1)
}

fn unique(ids: &[CardId]) -> Vec<CardId> {
    let mut seen = HashSet::new();
    ids.iter().copied().filter(|id| seen.insert(*id)).collect()
}

fn move_cards(
    tx: &mut Transaction,
    journey: &mut Journey,
    ids: &[CardId],
    (lane, step): (LaneId, StepId),
    before: Option<CardId>,
) -> Result<(), EditError> {
    let (_, column) = cell(journey, lane, step)?;
    let moving: HashSet<CardId> = ids.iter().copied().collect();
    let in_order: Vec<CardId> = journey
        .cards
        .iter()
        .map(|card| card.id)
        .filter(|id| moving.contains(id))
        .collect();
    if in_order.len() != moving.len() {
        return Err(EditError::Missing("a card to move".to_owned()));
    }
    let in_cell = |card: &Card| card.lane == lane && card.step == step;
    let remaining: Vec<&Card> = journey
        .cards
        .iter()
        .filter(|card| !moving.contains(&card.id))
        .collect();
    let at = match before {
        // In front of a card that moves too: where that card is now.
        Some(target) if moving.contains(&target) => {
            let from = card_index(journey, target)?;
            journey.cards[..from]
                .iter()
                .filter(|card| !moving.contains(&card.id))
                .count()
        }
        Some(target) => remaining
            .iter()
            .position(|card| card.id == target && in_cell(card))
            .ok_or_else(|| EditError::Missing(format!("card {target} in the target cell")))?,
        None => remaining
            .iter()
            .rposition(|card| in_cell(card))
            .map_or(remaining.len(), |last| last + 1),
    };
    let unchanged_order = journey.cards[at..at + in_order.len()]
        .iter()
        .map(|card| card.id)
        .eq(in_order.iter().copied());
    let unchanged_cell = in_order
        .iter()
        .all(|id| journey.card(*id).is_some_and(in_cell));
    if unchanged_order && unchanged_cell {
        return Ok(());
    }
    let mut moved = Vec::with_capacity(in_order.len());
    for id in &in_order {
        let index = card_index(journey, *id)?;
        let mut card = journey.cards[index].clone();
        tx.primitive(journey, Edit::RemoveCard(*id))?;
        card.lane = lane;
        card.step = step;
        card.span = clamp_span(journey, column, card.span);
        moved.push(card);
    }
    for (offset, card) in moved.into_iter().enumerate() {
        tx.primitive(
            journey,
            Edit::InsertCard {
                index: at + offset,
                card,
            },
        )?;
    }
    Ok(())
}
