//! Hit testing and drop targets in map space, from the shared [`MapLayout`].
//!
//! Pure functions: no egui state, so they are unit-tested with a fake layout
//! and used alike by mouse gestures and keyboard navigation.

use egui::{Pos2, Rect};

use crate::layout::{MapLayout, Metrics};
use crate::model::{CardId, EmotionScale, Journey, LaneKind};

/// The column (step) and lane index of the cell under `pos`.
pub fn cell_at(layout: &MapLayout, pos: Pos2) -> Option<(usize, usize)> {
    let column = layout
        .steps
        .iter()
        .position(|step| step.column.x_range().contains(pos.x))?;
    let lane = layout
        .lanes
        .iter()
        .position(|lane| lane.row.y_range().contains(pos.y))?;
    Some((column, lane))
}

/// The column (step) whose x range contains `x`, clamped to the first and last.
pub fn column_at_x(layout: &MapLayout, x: f32) -> Option<usize> {
    let last = layout.steps.len().checked_sub(1)?;
    Some(
        layout
            .steps
            .iter()
            .position(|step| x < step.column.right())
            .unwrap_or(last),
    )
}

/// The index of the card under `pos`, the topmost when cards overlap.
pub fn card_at(layout: &MapLayout, pos: Pos2) -> Option<usize> {
    layout
        .cards
        .iter()
        .rposition(|card| !card.hidden && card.rect.contains(pos))
}

/// Where dragged cards would land: a cell, and the card they go in front of.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CardDrop {
    /// Column (step) index.
    pub column: usize,
    /// Lane index.
    pub lane: usize,
    /// The card they go in front of; `None` puts them last in the cell.
    pub before: Option<CardId>,
    /// Where the insertion bar is drawn (map space): y and the x range.
    pub bar_y: f32,
    /// The bar's horizontal extent.
    pub bar_x: (f32, f32),
}

/// The drop target for cards dragged to `pos`, skipping the cards being dragged
/// (`moving`). `None` outside any cell that takes cards: the drop puts them back.
pub fn card_drop(
    journey: &Journey,
    layout: &MapLayout,
    pos: Pos2,
    moving: &dyn Fn(CardId) -> bool,
) -> Option<CardDrop> {
    let (column, lane) = cell_at(layout, pos)?;
    let lane_model = journey.lanes.get(lane)?;
    if lane_model.kind == LaneKind::Emotion || lane_model.collapsed {
        return None;
    }
    let step_layout = layout.steps.get(column)?;
    let step_id = step_layout.id;
    let metrics = Metrics::default();
    let bar_x = (
        step_layout.column.left() + metrics.cell_padding,
        step_layout.column.right() - metrics.cell_padding,
    );
    let mut last_bottom = layout.lanes[lane].row.top() + metrics.cell_padding / 2.0;
    for (card, card_layout) in journey.cards.iter().zip(&layout.cards) {
        if card.lane != lane_model.id || card.step != step_id || moving(card.id) {
            continue;
        }
        if pos.y < card_layout.rect.center().y {
            return Some(CardDrop {
                column,
                lane,
                before: Some(card.id),
                bar_y: card_layout.rect.top() - metrics.card_gap / 2.0,
                bar_x,
            });
        }
        last_bottom = card_layout.rect.bottom() + metrics.card_gap / 2.0;
    }
    Some(CardDrop {
        column,
        lane,
        before: None,
        bar_y: last_bottom,
        bar_x,
    })
}

/// The position a dragged phase header would take if dropped at `x`.
pub fn phase_slot(layout: &MapLayout, x: f32) -> usize {
    layout
        .phases
        .iter()
        .filter(|phase| x > phase.column.center().x)
        .count()
}

/// Where a dragged step header would land with the pointer at `x`: the
/// phase (by position) whose columns hold `x`, clamped to the first and
/// last, and the slot among its steps, counting the step centres passed.
pub fn step_slot(layout: &MapLayout, x: f32) -> Option<(usize, usize)> {
    let last = layout.phases.len().checked_sub(1)?;
    let phase = layout
        .phases
        .iter()
        .position(|phase| x < phase.column.right())
        .unwrap_or(last);
    let slot = layout
        .steps
        .iter()
        .filter(|step| step.phase_index == phase && x > step.column.center().x)
        .count();
    Some((phase, slot))
}

/// The x (map space) of step slot `slot` in the phase at position `phase`:
/// the left edge of the step it goes in front of, or the right edge of the
/// phase's last step.
pub fn step_slot_x(layout: &MapLayout, phase: usize, slot: usize) -> Option<f32> {
    let mut steps = layout.steps.iter().filter(|step| step.phase_index == phase);
    match slot.checked_sub(1) {
        None => steps.next().map(|step| step.column.left()),
        Some(previous) => steps.nth(previous).map(|step| step.column.right()),
    }
}

/// The position a dragged lane header would take if dropped at `y`.
pub fn lane_slot(layout: &MapLayout, y: f32) -> usize {
    layout
        .lanes
        .iter()
        .filter(|lane| y > lane.row.center().y)
        .count()
}

/// Turns a slot from [`phase_slot`]/[`lane_slot`] into the target index of
/// the moved item, which itself no longer counts once it is taken out.
pub fn slot_to_index(slot: usize, from: usize) -> usize {
    if slot > from { slot - 1 } else { slot }
}

/// The x (map space) of the border between slot `slot - 1` and `slot`.
pub fn phase_slot_x(layout: &MapLayout, slot: usize) -> Option<f32> {
    match slot.checked_sub(1) {
        None => layout.phases.first().map(|phase| phase.column.left()),
        Some(previous) => layout
            .phases
            .get(previous)
            .map(|phase| phase.column.right()),
    }
}

/// The y (map space) of the border above lane slot `slot`.
pub fn lane_slot_y(layout: &MapLayout, slot: usize) -> Option<f32> {
    match slot.checked_sub(1) {
        None => layout.lanes.first().map(|lane| lane.row.top()),
        Some(previous) => layout.lanes.get(previous).map(|lane| lane.row.bottom()),
    }
}

/// The emotion value at height `y` of an emotion lane's row, snapped to the scale.
pub fn emotion_value_at(row: Rect, y: f32, scale: &EmotionScale) -> f32 {
    // Inverse of `MapLayout::emotion_y`, found by probing its two ends, so the
    // inset rule lives in one place.
    let bottom = MapLayout::emotion_y(row, 0.0);
    let top = MapLayout::emotion_y(row, 1.0);
    let fraction = if (bottom - top).abs() < f32::EPSILON {
        0.5
    } else {
        ((bottom - y) / (bottom - top)).clamp(0.0, 1.0)
    };
    scale.snap(scale.min + fraction * (scale.max - scale.min))
}

/// The cards whose rectangle meets `area` (a selection box).
pub fn cards_in(journey: &Journey, layout: &MapLayout, area: Rect) -> Vec<CardId> {
    journey
        .cards
        .iter()
        .zip(&layout.cards)
        .filter(|(_, card)| !card.hidden && card.rect.intersects(area))
        .map(|(card, _)| card.id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{TextMeasure, TextRole, layout};

    struct Fixed;
    impl TextMeasure for Fixed {
        fn line_size(&self, runs: &[(&str, TextRole)]) -> egui::Vec2 {
            let chars: usize = runs.iter().map(|(t, _)| t.chars().count()).sum();
            #[expect(
                clippy::cast_precision_loss,
                reason = "test texts are a few characters"
            )]
            egui::vec2(chars as f32 * 7.0, 16.0)
        }
    }

    #[test]
    fn dropping_above_a_cards_middle_goes_in_front_of_it() {
        let journey = crate::templates::example_map();
        let map = layout(&journey, &Metrics::default(), &Fixed);
        let (card, card_layout) = journey.cards.iter().zip(&map.cards).nth(1).expect("cards");
        let above = card_layout.rect.center() - egui::vec2(0.0, 2.0);
        let drop = card_drop(&journey, &map, above, &|_| false).expect("in a cell");
        assert_eq!(drop.before, Some(card.id));
        assert_eq!(journey.lanes[drop.lane].id, card.lane);
        // Dragging the card itself over its own place skips it.
        let skip = card_drop(&journey, &map, above, &|id| id == card.id).expect("in a cell");
        assert_ne!(skip.before, Some(card.id));
    }

    #[test]
    fn slots_count_the_centres_passed() {
        let journey = crate::templates::example_map();
        let map = layout(&journey, &Metrics::default(), &Fixed);
        let first = map.phases[0].column;
        assert_eq!(phase_slot(&map, first.left() + 1.0), 0);
        assert_eq!(phase_slot(&map, first.right() + 1.0), 1);
        assert_eq!(slot_to_index(3, 1), 2);
        assert_eq!(slot_to_index(0, 1), 0);
    }

    /// Phases of one, three and two steps, a lane of actions and a card in
    /// the second step of the middle phase.
    fn stepped() -> Journey {
        use crate::model::{Card, CardId, Phase, PhaseId, Step, StepId};
        let mut journey = Journey::default();
        for (phase, steps) in [(1, &[10][..]), (2, &[20, 21, 22][..]), (3, &[30, 31][..])] {
            let mut phase = Phase::single(PhaseId(phase), "P", StepId(steps[0]));
            phase
                .steps
                .extend(steps[1..].iter().map(|id| Step::new(StepId(*id), "S")));
            journey.phases.push(phase);
        }
        let lane = journey.push_lane("L", LaneKind::Actions);
        journey
            .cards
            .push(Card::new(CardId(90), lane, StepId(21), "card"));
        journey.refresh_id_counter();
        journey
    }

    #[test]
    fn step_slots_stay_in_the_phase_under_the_pointer() {
        let journey = stepped();
        let map = layout(&journey, &Metrics::default(), &Fixed);
        let column = |i: usize| map.steps[i].column;
        // Left half of the middle phase's second step: before it.
        assert_eq!(step_slot(&map, column(2).center().x - 1.0), Some((1, 1)));
        assert_eq!(step_slot(&map, column(2).center().x + 1.0), Some((1, 2)));
        // Right of the middle phase's last centre: its end, not the next phase.
        assert_eq!(step_slot(&map, column(3).right() - 1.0), Some((1, 3)));
        assert_eq!(step_slot(&map, column(4).left() + 1.0), Some((2, 0)));
        // Past either end of the map: the first or last phase.
        assert_eq!(step_slot(&map, column(0).left() - 50.0), Some((0, 0)));
        assert_eq!(step_slot(&map, column(5).right() + 50.0), Some((2, 2)));
        assert_eq!(step_slot_x(&map, 1, 0), Some(column(1).left()));
        assert_eq!(step_slot_x(&map, 1, 3), Some(column(3).right()));
        assert_eq!(step_slot_x(&map, 2, 1), Some(column(4).right()));
    }

    #[test]
    fn cards_drop_into_the_step_under_the_pointer_across_phase_borders() {
        let journey = stepped();
        let map = layout(&journey, &Metrics::default(), &Fixed);
        let row = map.lanes[0].row;
        let moving = |id: CardId| id == CardId(90);
        for column in 0..journey.step_count() {
            let x = map.steps[column].column.center().x;
            let drop =
                card_drop(&journey, &map, Pos2::new(x, row.center().y), &moving).expect("a cell");
            assert_eq!(drop.column, column);
            let cell = map.cell(column, 0).expect("the cell");
            assert!(cell.x_range().contains(drop.bar_x.0));
            assert!(cell.x_range().contains(drop.bar_x.1));
        }
        // The span handle reaches any step, also in the next phase.
        assert_eq!(column_at_x(&map, map.steps[4].column.center().x), Some(4));
    }

    #[test]
    fn emotion_values_snap_to_the_scale() {
        let row = Rect::from_min_size(Pos2::ZERO, egui::vec2(100.0, 200.0));
        let scale = EmotionScale::default();
        let top = MapLayout::emotion_y(row, 1.0);
        assert!((emotion_value_at(row, top - 50.0, &scale) - 2.0).abs() < 1e-6);
        let middle = MapLayout::emotion_y(row, 0.5);
        assert!(emotion_value_at(row, middle + 3.0, &scale).abs() < 1e-6);
    }
}
