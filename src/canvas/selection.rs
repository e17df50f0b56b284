//! What is selected, and moving the selection with the keyboard. Never saved.

use std::collections::BTreeSet;

use egui::Vec2;

use crate::layout::MapLayout;
use crate::model::{CardId, CurveId, Journey, LaneId, PhaseId};

/// The selection: several cards, or one other item.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Selection {
    /// Nothing: the inspector shows the journey itself.
    #[default]
    None,
    /// One or more cards.
    Cards(BTreeSet<CardId>),
    /// A phase (its header).
    Phase(PhaseId),
    /// A lane (its header).
    Lane(LaneId),
    /// An emotion curve (its legend entry).
    Curve(CurveId),
    /// One point of an emotion curve.
    Point {
        /// The curve.
        curve: CurveId,
        /// The phase the point is in.
        phase: PhaseId,
    },
}

impl Selection {
    /// Just this card.
    pub fn card(id: CardId) -> Self {
        Selection::Cards(BTreeSet::from([id]))
    }

    /// The selected cards, in id order.
    pub fn cards(&self) -> Vec<CardId> {
        match self {
            Selection::Cards(cards) => cards.iter().copied().collect(),
            _ => Vec::new(),
        }
    }

    /// Whether this card is selected.
    pub fn contains_card(&self, id: CardId) -> bool {
        matches!(self, Selection::Cards(cards) if cards.contains(&id))
    }

    /// Adds the card, or removes it if it was selected (Ctrl/Shift+click).
    pub fn toggle_card(&mut self, id: CardId) {
        match self {
            Selection::Cards(cards) => {
                if !cards.remove(&id) {
                    cards.insert(id);
                }
                if cards.is_empty() {
                    *self = Selection::None;
                }
            }
            _ => *self = Selection::card(id),
        }
    }

    /// Drops what no longer exists (after an undo or a delete).
    pub fn prune(&mut self, journey: &Journey, card_exists: &dyn Fn(CardId) -> bool) {
        let keep = match self {
            Selection::None => true,
            Selection::Cards(cards) => {
                cards.retain(|id| card_exists(*id));
                !cards.is_empty()
            }
            Selection::Phase(id) => journey.phase(*id).is_some(),
            Selection::Lane(id) => journey.lane(*id).is_some(),
            Selection::Curve(id) => journey.curves.iter().any(|c| c.id == *id),
            Selection::Point { curve, phase } => journey
                .curves
                .iter()
                .any(|c| c.id == *curve && c.point_in(*phase).is_some()),
        };
        if !keep {
            *self = Selection::None;
        }
    }
}

/// A direction for the arrow keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Towards the previous phase.
    Left,
    /// Towards the next phase.
    Right,
    /// Towards the lane above, or the card above in the cell.
    Up,
    /// Towards the lane below, or the card below in the cell.
    Down,
}

/// The nearest visible card from `from` in `direction`: mostly along the
/// direction, with sideways distance counting double, as the eye looks.
pub fn neighbour(
    journey: &Journey,
    layout: &MapLayout,
    from: usize,
    direction: Direction,
) -> Option<CardId> {
    let origin = layout.cards.get(from)?.rect.center();
    let axis = match direction {
        Direction::Left => Vec2::new(-1.0, 0.0),
        Direction::Right => Vec2::new(1.0, 0.0),
        Direction::Up => Vec2::new(0.0, -1.0),
        Direction::Down => Vec2::new(0.0, 1.0),
    };
    journey
        .cards
        .iter()
        .zip(&layout.cards)
        .enumerate()
        .filter(|(index, (_, card))| *index != from && !card.hidden)
        .filter_map(|(_, (card, card_layout))| {
            let delta = card_layout.rect.center() - origin;
            let along = delta.dot(axis);
            let across = (delta - along * axis).length();
            (along > 1.0).then_some((along + 2.0 * across, card.id))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, id)| id)
}

/// The cards in reading order: lane by lane, phase by phase, top to bottom.
pub fn reading_order(journey: &Journey) -> Vec<CardId> {
    let mut cards: Vec<(usize, usize, usize, CardId)> = journey
        .cards
        .iter()
        .enumerate()
        .filter(|(_, card)| journey.lane(card.lane).is_some_and(|lane| !lane.collapsed))
        .map(|(index, card)| {
            (
                journey.lane_index(card.lane).unwrap_or(usize::MAX),
                journey.phase_index(card.phase).unwrap_or(usize::MAX),
                index,
                card.id,
            )
        })
        .collect();
    cards.sort_unstable();
    cards.into_iter().map(|(_, _, _, id)| id).collect()
}

/// The card after (or before) `from` in reading order, wrapping around.
pub fn next_in_reading_order(
    journey: &Journey,
    from: Option<CardId>,
    forward: bool,
) -> Option<CardId> {
    let order = reading_order(journey);
    let count = order.len();
    if count == 0 {
        return None;
    }
    let position = from.and_then(|id| order.iter().position(|card| *card == id));
    let next = match (position, forward) {
        (None, true) => 0,
        (None, false) => count - 1,
        (Some(at), true) => (at + 1) % count,
        (Some(at), false) => (at + count - 1) % count,
    };
    Some(order[next])
}

impl super::Canvas {
    /// The cell new and pasted cards go to: the focused card's, else the last clicked.
    pub fn target_cell(&self, journey: &Journey) -> Option<(LaneId, PhaseId)> {
        self.focus_card
            .filter(|id| self.selection.contains_card(*id))
            .and_then(|id| journey.card(id))
            .map(|card| (card.lane, card.phase))
            .or(self.current_cell)
            .filter(|(lane, phase)| {
                journey.lane(*lane).is_some_and(|l| l.kind.holds_cards())
                    && journey.phase(*phase).is_some()
            })
    }

    /// Moves the selection to a neighbouring card (arrow keys).
    pub fn select_neighbour(&mut self, journey: &Journey, direction: Direction) {
        let Some(cached) = self.layout.clone() else {
            return;
        };
        let from = self
            .focus_card
            .and_then(|id| cached.card_index.get(&id).copied());
        let next = match from {
            Some(from) => neighbour(journey, &cached.layout, from, direction),
            None => next_in_reading_order(journey, None, true),
        };
        if let Some(card) = next {
            self.select_card_by_keyboard(card);
        }
    }

    /// Moves the selection to the next or previous card in reading order (Tab).
    pub fn select_next(&mut self, journey: &Journey, forward: bool) {
        if let Some(card) = next_in_reading_order(journey, self.focus_card, forward) {
            self.select_card_by_keyboard(card);
        }
    }

    pub(super) fn select_card_by_keyboard(&mut self, card: CardId) {
        self.select(Selection::card(card));
        self.reveal = Some(card);
    }

    /// Selects every card (Ctrl+A).
    pub fn select_all(&mut self, journey: &Journey) {
        let cards = journey.cards.iter().map(|card| card.id).collect();
        self.select(Selection::Cards(cards));
    }

    /// Selects the cards an edit just created (paste, duplicate, add).
    pub fn select_created(&mut self, cards: &[CardId]) {
        if !cards.is_empty() {
            self.select(Selection::Cards(cards.iter().copied().collect()));
        }
    }
}
