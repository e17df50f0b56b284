//! Drags in progress: what is being dragged (from egui's drag id), where it
//! would land this frame (the drop target), and the one edit it makes on release.
//!
//! A drag changes nothing until it ends: the preview is painted from the drop
//! target, so a whole drag is one edit and one undo step, and Escape simply
//! forgets it.

use egui::{Id, Pos2, Rect, Vec2};

use crate::edit::Edit;
use crate::layout::MapLayout;
use crate::model::{CardId, CurveId, Journey, LaneId, PhaseId, StepId};

use super::hit::{self, CardDrop};

/// What the pointer is dragging.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Gesture {
    /// Cards, grabbed by one of them at `grab` (pointer minus the card's corner).
    Cards {
        /// The cards that move, in document order.
        cards: Vec<CardId>,
        /// The card under the pointer.
        grabbed: CardId,
        /// Pointer position relative to the grabbed card's top-left corner.
        grab: Vec2,
    },
    /// A card's right edge: its span.
    Span(CardId),
    /// A phase header: reordering.
    Phase(PhaseId),
    /// A phase's right border: its width.
    PhaseWidth(PhaseId),
    /// A step header: moving the step within its phase or into another.
    Step(StepId),
    /// A step's right border inside its phase: its width.
    StepWidth(StepId),
    /// A lane header: reordering.
    Lane(LaneId),
    /// A lane's bottom border: its height.
    LaneHeight(LaneId),
    /// An emotion point, up or down.
    Point {
        /// The curve.
        curve: CurveId,
        /// The step of the point.
        step: StepId,
        /// The emotion lane it is dragged in.
        lane: LaneId,
    },
    /// A selection box from `start`; `add` keeps the earlier selection.
    Box {
        /// Where the drag began (map space).
        start: Pos2,
        /// Shift or Ctrl was held: add to the selection.
        add: bool,
    },
}

impl Gesture {
    /// Whether releasing the drag changes the map (all but a selection box).
    pub fn changes_map(&self) -> bool {
        !matches!(self, Gesture::Box { .. })
    }
}

/// A drag in progress: the gesture and the egui widget that owns it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Drag {
    /// What is dragged.
    pub gesture: Gesture,
    /// The widget egui reports as dragged; when egui stops reporting it, the drag is over.
    pub widget: Id,
}

/// Where the drag would land if released now; recomputed every frame.
#[derive(Clone, Debug, PartialEq)]
pub enum DropTarget {
    /// Dragged cards land in a cell (or go back, `None`).
    Cards(Option<CardDrop>),
    /// The card would span this many steps.
    Span(u32),
    /// The phase or lane would move to this slot.
    Slot(usize),
    /// The step would move to this slot among the steps of the phase at
    /// this position (see [`hit::step_slot`]).
    StepSlot {
        /// The phase, by position.
        phase: usize,
        /// The slot among its steps: 0 before the first, its count after the last.
        slot: usize,
    },
    /// The column or lane would get this size.
    Size(f32),
    /// The point would get this value.
    Value(f32),
    /// The selection box (map space).
    Box(Rect),
}

/// The drop target for `drag` with the pointer at `pointer` (map space).
pub fn drop_target(
    drag: &Drag,
    journey: &Journey,
    layout: &MapLayout,
    pointer: Pos2,
) -> Option<DropTarget> {
    Some(match &drag.gesture {
        Gesture::Cards { cards, .. } => {
            let moving = |id: CardId| cards.contains(&id);
            DropTarget::Cards(hit::card_drop(journey, layout, pointer, &moving))
        }
        Gesture::Span(card) => {
            let card = journey.card(*card)?;
            let start = journey.step_index(card.step)?;
            let end = hit::column_at_x(layout, pointer.x)?.max(start);
            DropTarget::Span(u32::try_from(end - start + 1).ok()?)
        }
        Gesture::Phase(_) => DropTarget::Slot(hit::phase_slot(layout, pointer.x)),
        Gesture::Lane(_) => DropTarget::Slot(hit::lane_slot(layout, pointer.y)),
        Gesture::PhaseWidth(phase) => {
            // The border is the phase's last step's right edge.
            let last = journey.phase_columns(*phase)?.end.checked_sub(1)?;
            let left = layout.steps.get(last)?.column.left();
            let (min, max) = crate::layout::Metrics::default().phase_width_range;
            DropTarget::Size((pointer.x - left).clamp(min, max).round())
        }
        Gesture::Step(_) => {
            let (phase, slot) = hit::step_slot(layout, pointer.x)?;
            DropTarget::StepSlot { phase, slot }
        }
        Gesture::StepWidth(step) => {
            let left = layout.steps.get(journey.step_index(*step)?)?.column.left();
            let (min, max) = crate::layout::Metrics::default().phase_width_range;
            DropTarget::Size((pointer.x - left).clamp(min, max).round())
        }
        Gesture::LaneHeight(lane) => {
            let index = journey.lane_index(*lane)?;
            let top = layout.lanes.get(index)?.row.top();
            let min = crate::layout::Metrics::default().collapsed_lane_height;
            DropTarget::Size((pointer.y - top).max(min).round())
        }
        Gesture::Point { lane, .. } => {
            let index = journey.lane_index(*lane)?;
            let row = layout.lanes.get(index)?.row;
            DropTarget::Value(hit::emotion_value_at(
                row,
                pointer.y,
                &journey.emotion_scale,
            ))
        }
        Gesture::Box { start, .. } => DropTarget::Box(Rect::from_two_pos(*start, pointer)),
    })
}

/// The step in column `column`.
fn layout_step(journey: &Journey, column: usize) -> Option<StepId> {
    journey.step_at(column).map(|step| step.id)
}

/// The edit a released drag makes, if any. Box selection makes no edit; the
/// canvas handles it.
pub fn finish(drag: &Drag, target: &DropTarget, journey: &Journey) -> Option<Edit> {
    match (&drag.gesture, target) {
        (Gesture::Cards { cards, .. }, DropTarget::Cards(Some(drop))) => Some(Edit::MoveCards {
            cards: cards.clone(),
            lane: journey.lanes.get(drop.lane)?.id,
            step: layout_step(journey, drop.column)?,
            before: drop.before,
        }),
        (Gesture::Span(card), DropTarget::Span(span)) => (journey.card(*card)?.span != *span)
            .then_some(Edit::SpanCard {
                card: *card,
                span: *span,
            }),
        (Gesture::Phase(phase), DropTarget::Slot(slot)) => {
            let from = journey.phase_index(*phase)?;
            let to = hit::slot_to_index(*slot, from);
            (to != from).then_some(Edit::ReorderPhase { phase: *phase, to })
        }
        (Gesture::Lane(lane), DropTarget::Slot(slot)) => {
            let from = journey.lane_index(*lane)?;
            let to = hit::slot_to_index(*slot, from);
            (to != from).then_some(Edit::MoveLane { lane: *lane, to })
        }
        (Gesture::PhaseWidth(phase), DropTarget::Size(width)) => Some(Edit::ResizePhase {
            phase: *phase,
            width: Some(*width),
        }),
        (Gesture::Step(step), DropTarget::StepSlot { phase, slot }) => {
            let (from_phase, from) = journey.step_place(*step)?;
            let index = if *phase == from_phase {
                hit::slot_to_index(*slot, from)
            } else {
                *slot
            };
            // A drop where the step already is changes nothing. Taking the
            // last step out of a phase is left to the edit, which refuses it
            // with the rule's message.
            (*phase != from_phase || index != from).then_some(Edit::MoveStep {
                step: *step,
                phase: journey.phases.get(*phase)?.id,
                index,
            })
        }
        (Gesture::StepWidth(step), DropTarget::Size(width)) => Some(Edit::ResizeStep {
            step: *step,
            width: Some(*width),
        }),
        (Gesture::LaneHeight(lane), DropTarget::Size(height)) => Some(Edit::ResizeLane {
            lane: *lane,
            height: Some(*height),
        }),
        (Gesture::Point { curve, step, .. }, DropTarget::Value(value)) => {
            let current = journey
                .curves
                .iter()
                .find(|c| c.id == *curve)?
                .point_in(*step)?
                .value;
            ((current - value).abs() > 1e-6).then_some(Edit::SetPoint {
                curve: *curve,
                step: *step,
                value: Some(*value),
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use egui::Id;

    use super::{Drag, DropTarget, Gesture, finish};
    use crate::edit::{self, Edit, EditError, Rule};
    use crate::model::{Journey, Phase, PhaseId, Step, StepId};

    /// "Kauf" of one step and "Bindung" of two.
    fn journey() -> Journey {
        let mut journey = Journey::default();
        journey
            .phases
            .push(Phase::single(PhaseId(1), "Kauf", StepId(10)));
        let mut bindung = Phase::single(PhaseId(2), "Bindung", StepId(20));
        bindung
            .steps
            .push(Step::new(StepId(21), "Weiterempfehlung"));
        journey.phases.push(bindung);
        journey
    }

    fn step_drop(journey: &Journey, step: u64, phase: usize, slot: usize) -> Option<Edit> {
        let drag = Drag {
            gesture: Gesture::Step(StepId(step)),
            widget: Id::NULL,
        };
        finish(&drag, &DropTarget::StepSlot { phase, slot }, journey)
    }

    #[test]
    fn a_step_dropped_where_it_is_changes_nothing() {
        let journey = journey();
        // Slots 0 and 1 of its own phase both leave the first step first.
        assert_eq!(step_drop(&journey, 20, 1, 0), None);
        assert_eq!(step_drop(&journey, 20, 1, 1), None);
        assert_eq!(
            step_drop(&journey, 20, 1, 2),
            Some(Edit::MoveStep {
                step: StepId(20),
                phase: PhaseId(2),
                index: 1
            })
        );
        assert_eq!(
            step_drop(&journey, 21, 0, 0),
            Some(Edit::MoveStep {
                step: StepId(21),
                phase: PhaseId(1),
                index: 0
            })
        );
    }

    #[test]
    fn taking_the_last_step_out_of_a_phase_is_refused_with_the_rule() {
        let mut journey = journey();
        let edit = step_drop(&journey, 10, 1, 2).expect("a move to another phase");
        assert_eq!(
            edit::apply(&mut journey, edit),
            Err(EditError::Rule(Rule::LastStep("Kauf".to_owned())))
        );
    }
}
