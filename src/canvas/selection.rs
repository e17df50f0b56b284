//! What is selected, and moving the selection with the keyboard. Never saved.

use std::collections::BTreeSet;

use egui::{Rangef, Rect};

use crate::layout::MapLayout;
use crate::model::{CardId, CurveId, Journey, LaneId, PhaseId, StepId};

/// The selection: several cards, or one other item.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Selection {
    /// Nothing: the inspector shows the journey itself.
    #[default]
    None,
    /// One or more cards.
    Cards(BTreeSet<CardId>),
    /// A phase (its header).
    Phase(PhaseId),
    /// A step inside a phase (its header).
    Step(StepId),
    /// A lane (its header).
    Lane(LaneId),
    /// An emotion curve (its legend entry).
    Curve(CurveId),
    /// One point of an emotion curve.
    Point {
        /// The curve.
        curve: CurveId,
        /// The step the point is in.
        step: StepId,
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
            Selection::Step(id) => journey.step(*id).is_some(),
            Selection::Lane(id) => journey.lane(*id).is_some(),
            Selection::Curve(id) => journey.curves.iter().any(|c| c.id == *id),
            Selection::Point { curve, step } => journey
                .curves
                .iter()
                .any(|c| c.id == *curve && c.point_in(*step).is_some()),
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

/// The nearest visible card from `from` in `direction`, as the eye looks:
/// only cards wholly past the card's edge in that direction count; the gap
/// along the direction counts once and the sideways gap twice.
///
/// Both gaps are measured between the cards' edges, not their centres, so a
/// card that spans several phases is straight below (or above) a card in any
/// phase it covers, and is the next card left of the phase after its end.
pub fn neighbour(
    journey: &Journey,
    layout: &MapLayout,
    from: usize,
    direction: Direction,
) -> Option<CardId> {
    let origin = layout.cards.get(from)?.rect;
    journey
        .cards
        .iter()
        .zip(&layout.cards)
        .enumerate()
        .filter(|(index, (_, card))| *index != from && !card.hidden)
        .filter_map(|(_, (card, card_layout))| {
            let (cost, tie) = distance(origin, card_layout.rect, direction)?;
            Some((cost, tie, card.id))
        })
        // Equal candidates: the first in document order wins.
        .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)))
        .map(|(_, _, id)| id)
}

/// How far `to` is from `from` in `direction`: the gap between their edges
/// along it plus twice the sideways gap, and the sideways distance of their
/// centres to break ties. A card straight ahead (overlapping sideways, like a
/// card spanning the column) always beats one off to the side, however near:
/// Down goes down the column, not diagonally into the next one. `None` when
/// `to` is not wholly past `from`.
fn distance(from: Rect, to: Rect, direction: Direction) -> Option<(f32, f32)> {
    // Touching edges still count as past; overlapping ones do not.
    const TOLERANCE: f32 = 1.0;
    // Off to the side costs more than any distance straight ahead on a map.
    const SIDEWAYS_PENALTY: f32 = 1.0e6;
    let ahead = match direction {
        Direction::Left => from.left() - to.right(),
        Direction::Right => to.left() - from.right(),
        Direction::Up => from.top() - to.bottom(),
        Direction::Down => to.top() - from.bottom(),
    };
    if ahead < -TOLERANCE {
        return None;
    }
    let (sideways, centres) = match direction {
        Direction::Left | Direction::Right => (
            interval_gap(from.y_range(), to.y_range()),
            (to.center().y - from.center().y).abs(),
        ),
        Direction::Up | Direction::Down => (
            interval_gap(from.x_range(), to.x_range()),
            (to.center().x - from.center().x).abs(),
        ),
    };
    let off_side = if sideways > TOLERANCE {
        SIDEWAYS_PENALTY
    } else {
        0.0
    };
    Some((off_side + ahead.max(0.0) + 2.0 * sideways, centres))
}

/// The space between two ranges; zero where they overlap.
fn interval_gap(a: Rangef, b: Rangef) -> f32 {
    (b.min - a.max).max(a.min - b.max).max(0.0)
}

/// The cards in reading order: lane by lane, step by step, top to bottom.
pub fn reading_order(journey: &Journey) -> Vec<CardId> {
    let mut cards: Vec<(usize, usize, usize, CardId)> = journey
        .cards
        .iter()
        .enumerate()
        .filter(|(_, card)| journey.lane(card.lane).is_some_and(|lane| !lane.collapsed))
        .map(|(index, card)| {
            (
                journey.lane_index(card.lane).unwrap_or(usize::MAX),
                journey.step_index(card.step).unwrap_or(usize::MAX),
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
    pub fn target_cell(&self, journey: &Journey) -> Option<(LaneId, StepId)> {
        self.focus_card
            .filter(|id| self.selection.contains_card(*id))
            .and_then(|id| journey.card(id))
            .map(|card| (card.lane, card.step))
            .or(self.current_cell)
            .filter(|(lane, step)| {
                journey.lane(*lane).is_some_and(|l| l.kind.holds_cards())
                    && journey.step(*step).is_some()
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
        self.reveal = Some(super::Reveal::Card(card));
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

#[cfg(test)]
mod tests {
    use super::{Direction, neighbour};
    use crate::layout::{self, MapLayout, Metrics, TextMeasure, TextRole};
    use crate::model::{Card, CardId, Journey, Lane, LaneId, LaneKind, Phase, PhaseId, StepId};

    /// Every text one line of 10 points: card sizes do not matter here.
    struct OneLine;

    impl TextMeasure for OneLine {
        fn line_size(&self, _runs: &[(&str, TextRole)]) -> egui::Vec2 {
            // No width: every text fits one line.
            egui::vec2(0.0, 10.0)
        }
    }

    /// Three phases and three lanes:
    ///
    /// ```text
    ///          P0    P1    P2
    /// lane 0:  1     2
    /// lane 1:  [ 3 (span) ]  4
    /// lane 2:  5     6
    /// ```
    fn map() -> (Journey, MapLayout) {
        let mut journey = Journey::default();
        for p in 0..3 {
            journey.phases.push(Phase::single(
                PhaseId(100 + p),
                format!("P{p}"),
                StepId(300 + p),
            ));
            journey.lanes.push(Lane {
                id: LaneId(200 + p),
                name: format!("L{p}"),
                kind: LaneKind::Actions,
                collapsed: false,
                min_height: None,
            });
        }
        for (id, lane, phase, span) in [
            (1, 0, 0, 1),
            (2, 0, 1, 1),
            (3, 1, 0, 2),
            (4, 1, 2, 1),
            (5, 2, 0, 1),
            (6, 2, 1, 1),
        ] {
            let mut card = Card::new(CardId(id), LaneId(200 + lane), StepId(300 + phase), "");
            card.span = span;
            journey.cards.push(card);
        }
        let layout = layout::layout(&journey, &Metrics::default(), &OneLine);
        (journey, layout)
    }

    fn from(journey: &Journey, layout: &MapLayout, card: u64, direction: Direction) -> Option<u64> {
        let index = journey.cards.iter().position(|c| c.id == CardId(card))?;
        neighbour(journey, layout, index, direction).map(|id| id.0)
    }

    #[test]
    fn a_spanning_card_is_below_and_above_a_card_in_every_phase_it_covers() {
        let (journey, layout) = map();
        assert_eq!(from(&journey, &layout, 1, Direction::Down), Some(3));
        assert_eq!(from(&journey, &layout, 2, Direction::Down), Some(3));
        assert_eq!(from(&journey, &layout, 5, Direction::Up), Some(3));
        assert_eq!(from(&journey, &layout, 6, Direction::Up), Some(3));
    }

    #[test]
    fn from_a_spanning_card_up_and_down_reach_a_covered_phase_first_in_order() {
        let (journey, layout) = map();
        assert_eq!(from(&journey, &layout, 3, Direction::Up), Some(1));
        assert_eq!(from(&journey, &layout, 3, Direction::Down), Some(5));
    }

    #[test]
    fn left_and_right_go_past_a_spanning_cards_edges() {
        let (journey, layout) = map();
        assert_eq!(from(&journey, &layout, 3, Direction::Right), Some(4));
        assert_eq!(from(&journey, &layout, 4, Direction::Left), Some(3));
        assert_eq!(from(&journey, &layout, 3, Direction::Left), None);
        // A card inside the span's phases stays in its own row going right.
        assert_eq!(from(&journey, &layout, 1, Direction::Right), Some(2));
        assert_eq!(from(&journey, &layout, 5, Direction::Right), Some(6));
        assert_eq!(from(&journey, &layout, 2, Direction::Left), Some(1));
    }

    /// Two phases of two steps each, one lane above another:
    ///
    /// ```text
    ///          A: s0  s1 | B: s2  s3
    /// lane 0:     1   2  |    3
    /// lane 1:        [ 4 (span) ]  5
    /// ```
    #[test]
    fn arrows_go_by_steps_also_across_a_phase_border() {
        let mut journey = Journey::default();
        for (phase, steps) in [(1, [300, 301]), (2, [302, 303])] {
            let mut phase = Phase::single(PhaseId(phase), "P", StepId(steps[0]));
            phase
                .steps
                .push(crate::model::Step::new(StepId(steps[1]), "S"));
            journey.phases.push(phase);
        }
        for lane in [200, 201] {
            journey.lanes.push(Lane {
                id: LaneId(lane),
                name: "L".to_owned(),
                kind: LaneKind::Actions,
                collapsed: false,
                min_height: None,
            });
        }
        for (id, lane, step, span) in [
            (1, 200, 300, 1),
            (2, 200, 301, 1),
            (3, 200, 302, 1),
            (4, 201, 301, 2),
            (5, 201, 303, 1),
        ] {
            let mut card = Card::new(CardId(id), LaneId(lane), StepId(step), "");
            card.span = span;
            journey.cards.push(card);
        }
        let layout = layout::layout(&journey, &Metrics::default(), &OneLine);
        assert_eq!(from(&journey, &layout, 1, Direction::Right), Some(2));
        assert_eq!(from(&journey, &layout, 2, Direction::Right), Some(3));
        assert_eq!(from(&journey, &layout, 3, Direction::Left), Some(2));
        // The card spanning the border is below a card on either side of it.
        assert_eq!(from(&journey, &layout, 2, Direction::Down), Some(4));
        assert_eq!(from(&journey, &layout, 3, Direction::Down), Some(4));
        assert_eq!(from(&journey, &layout, 4, Direction::Right), Some(5));
        assert_eq!(from(&journey, &layout, 5, Direction::Left), Some(4));
    }

    #[test]
    fn nothing_past_the_edge_of_the_map() {
        let (journey, layout) = map();
        assert_eq!(from(&journey, &layout, 1, Direction::Up), None);
        assert_eq!(from(&journey, &layout, 1, Direction::Left), None);
        assert_eq!(from(&journey, &layout, 4, Direction::Right), None);
    }
}
