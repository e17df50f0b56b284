//! Copy and paste of cards, within a map and between maps, and the plain-text
//! form other programs see.
//!
//! A copied card remembers where it sat relative to the first copied card (in
//! lane and step positions), so a pasted group keeps its shape in any map.

use std::collections::HashSet;

use crate::model::{Card, CardId, Journey, LaneId, StepId};

/// Cards on the app's own clipboard, independent of the map they came from.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CardClip {
    cards: Vec<ClipCard>,
    /// The plain text put on the system clipboard with these cards; when a paste
    /// brings back exactly this text, the cards (with colours and fields) are
    /// pasted instead of one card per line.
    text: String,
}

#[derive(Clone, Debug, PartialEq)]
struct ClipCard {
    card: Card,
    /// Lane position relative to the first copied card's lane.
    lane_offset: isize,
    /// Column (step) position relative to the first copied card's step.
    step_offset: isize,
}

impl CardClip {
    /// Copies the cards with these ids, in document order.
    pub fn copy(journey: &Journey, ids: &[CardId]) -> Self {
        let wanted: HashSet<CardId> = ids.iter().copied().collect();
        let cards: Vec<&Card> = journey
            .cards
            .iter()
            .filter(|card| wanted.contains(&card.id))
            .collect();
        let position = |card: &Card| {
            (
                journey.lane_index(card.lane).and_then(signed).unwrap_or(0),
                journey.step_index(card.step).and_then(signed).unwrap_or(0),
            )
        };
        let origin = cards.first().map_or((0, 0), |card| position(card));
        let cards: Vec<ClipCard> = cards
            .into_iter()
            .map(|card| {
                let (lane, step) = position(card);
                ClipCard {
                    card: card.clone(),
                    lane_offset: lane - origin.0,
                    step_offset: step - origin.1,
                }
            })
            .collect();
        let text = plain_text(cards.iter().map(|clip| &clip.card));
        Self { cards, text }
    }

    /// Whether nothing was copied.
    pub fn is_empty(&self) -> bool {
        self.cards.is_empty()
    }

    /// The text for the system clipboard: title, then notes, one card per paragraph.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The copied cards placed in `journey`: the first in `target` (a lane and
    /// step), the rest keeping their relative positions. Without a target,
    /// cards go back to their own lane and step if this map has them. Ids are
    /// placeholders; `Edit::PasteCards` gives fresh ones, and drops actors
    /// naming personas this map lacks.
    pub fn place(&self, journey: &Journey, target: Option<(LaneId, StepId)>) -> Vec<Card> {
        let Some(fallback) = first_card_cell(journey) else {
            return Vec::new();
        };
        let steps = journey.step_ids();
        let target_position = target
            .and_then(|(lane, step)| Some((journey.lane_index(lane)?, journey.step_index(step)?)));
        self.cards
            .iter()
            .map(|clip| {
                let mut card = clip.card.clone();
                let (lane, step) = match target_position {
                    Some((lane_index, column)) => {
                        let lane = offset_index(lane_index, clip.lane_offset, journey.lanes.len())
                            .map(|i| journey.lanes[i].id)
                            .filter(|id| holds_cards(journey, *id))
                            .unwrap_or(journey.lanes[lane_index].id);
                        let step = offset_index(column, clip.step_offset, steps.len())
                            .map_or(steps[column], |i| steps[i]);
                        (lane, step)
                    }
                    None if holds_cards(journey, card.lane) && steps.contains(&card.step) => {
                        (card.lane, card.step)
                    }
                    None => fallback,
                };
                let (lane, step) = if holds_cards(journey, lane) {
                    (lane, step)
                } else {
                    fallback
                };
                card.lane = lane;
                card.step = step;
                card
            })
            .collect()
    }

    /// Whether `text` is what this clip put on the system clipboard.
    pub fn matches_text(&self, text: &str) -> bool {
        !self.cards.is_empty() && normalize(text) == normalize(&self.text)
    }
}

/// Titles and notes as plain text: one card per paragraph.
pub fn plain_text<'a>(cards: impl IntoIterator<Item = &'a Card>) -> String {
    cards
        .into_iter()
        .map(|card| {
            if card.notes.is_empty() {
                card.title.clone()
            } else {
                format!("{}\n{}", card.title, card.notes)
            }
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// One card per non-empty line of `text`, all in one cell; ids are placeholders.
pub fn cards_from_text(text: &str, lane: LaneId, step: StepId) -> Vec<Card> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| Card::new(CardId(0), lane, step, line))
        .collect()
}

fn normalize(text: &str) -> String {
    text.replace("\r\n", "\n").trim().to_owned()
}

fn signed(index: usize) -> Option<isize> {
    isize::try_from(index).ok()
}

fn offset_index(index: usize, offset: isize, len: usize) -> Option<usize> {
    let moved = signed(index)?.checked_add(offset)?;
    usize::try_from(moved).ok().filter(|i| *i < len)
}

fn holds_cards(journey: &Journey, lane: LaneId) -> bool {
    journey
        .lane(lane)
        .is_some_and(|lane| lane.kind.holds_cards())
}

/// The first lane that takes cards, in the first step.
pub fn first_card_cell(journey: &Journey) -> Option<(LaneId, StepId)> {
    let lane = journey.lanes.iter().find(|lane| lane.kind.holds_cards())?;
    Some((lane.id, journey.step_ids().first().copied()?))
}
