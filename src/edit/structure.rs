//! Gestures on the map's structure: phases, lanes, emotion curves and the scale.

use crate::model::{
    CurveId, EmotionCurve, EmotionPoint, EmotionScale, Journey, Lane, LaneId, Phase, PhaseId,
    StepId,
};

use super::steps::{clear_columns, shrink_spans_past_the_end};
use super::transaction::Transaction;
use super::{Edit, EditError, Rule};

pub(super) fn run(
    tx: &mut Transaction,
    journey: &mut Journey,
    edit: Edit,
) -> Result<(), EditError> {
    match edit {
        Edit::ChangeScale(scale) => change_scale(tx, journey, scale),
        Edit::AddPhase { index, name } => {
            let id = PhaseId(journey.ids.next_raw());
            let phase = Phase::single(id, name, StepId(journey.ids.next_raw()));
            let index = index.min(journey.phases.len());
            tx.primitive(journey, Edit::InsertPhase { index, phase })
        }
        Edit::RenamePhase { phase, name } => {
            let mut updated = phase_of(journey, phase)?.clone();
            updated.name = name;
            tx.primitive(journey, Edit::UpdatePhase(updated))
        }
        Edit::ResizePhase { phase, width } => {
            let mut updated = phase_of(journey, phase)?.clone();
            // The phase's right edge is its last step's.
            if let Some(last) = updated.steps.last_mut() {
                last.width = width.filter(|w| w.is_finite()).map(|w| w.round().max(1.0));
            }
            tx.primitive(journey, Edit::UpdatePhase(updated))
        }
        Edit::ReorderPhase { phase, to } => reorder_phase(tx, journey, phase, to),
        Edit::DeletePhase(phase) => delete_phase(tx, journey, phase),
        Edit::AddLane { index, name, kind } => {
            let lane = Lane {
                id: LaneId(journey.ids.next_raw()),
                name,
                kind,
                collapsed: false,
                min_height: None,
            };
            let index = index.min(journey.lanes.len());
            tx.primitive(journey, Edit::InsertLane { index, lane })
        }
        Edit::RenameLane { lane, name } => update_lane(tx, journey, lane, |l| l.name = name),
        Edit::ResizeLane { lane, height } => update_lane(tx, journey, lane, |l| {
            l.min_height = height.filter(|h| h.is_finite()).map(|h| h.round().max(1.0));
        }),
        Edit::CollapseLane { lane, collapsed } => {
            update_lane(tx, journey, lane, |l| l.collapsed = collapsed)
        }
        Edit::DeleteLane(lane) => {
            lane_of(journey, lane)?;
            if journey.lanes.len() == 1 {
                return Err(EditError::Rule(Rule::LastLane));
            }
            let cards: Vec<_> = journey
                .cards
                .iter()
                .filter(|card| card.lane == lane)
                .map(|card| card.id)
                .collect();
            for card in cards {
                tx.primitive(journey, Edit::RemoveCard(card))?;
            }
            tx.primitive(journey, Edit::RemoveLane(lane))
        }
        Edit::AddCurve { name, color } => {
            let curve = EmotionCurve {
                id: CurveId(journey.ids.next_raw()),
                name,
                color,
                persona: None,
                points: Vec::new(),
            };
            let index = journey.curves.len();
            tx.primitive(journey, Edit::InsertCurve { index, curve })
        }
        Edit::SetPoint { curve, step, value } => set_point(tx, journey, curve, step, value),
        Edit::LabelPoint { curve, step, label } => {
            update_point(tx, journey, curve, step, |point| point.label = label)
        }
        Edit::MarkMomentOfTruth {
            curve,
            step,
            marked,
        } => update_point(tx, journey, curve, step, |point| {
            point.moment_of_truth = marked;
        }),
        other => Err(EditError::Refused(format!(
            "{} is not a structure edit",
            other.name().id
        ))),
    }
}

pub(super) fn phase_of(journey: &Journey, id: PhaseId) -> Result<&Phase, EditError> {
    journey
        .phase(id)
        .ok_or_else(|| EditError::Missing(format!("phase {id}")))
}

fn lane_of(journey: &Journey, id: LaneId) -> Result<&Lane, EditError> {
    journey
        .lane(id)
        .ok_or_else(|| EditError::Missing(format!("lane {id}")))
}

pub(super) fn curve_of(journey: &Journey, id: CurveId) -> Result<&EmotionCurve, EditError> {
    journey
        .curves
        .iter()
        .find(|curve| curve.id == id)
        .ok_or_else(|| EditError::Missing(format!("emotion curve {id}")))
}

fn update_point(
    tx: &mut Transaction,
    journey: &mut Journey,
    curve: CurveId,
    step: StepId,
    change: impl FnOnce(&mut EmotionPoint),
) -> Result<(), EditError> {
    let mut updated = curve_of(journey, curve)?.clone();
    let point = updated
        .points
        .iter_mut()
        .find(|point| point.step == step)
        .ok_or_else(|| EditError::Missing(format!("a point in step {step}")))?;
    change(point);
    tx.primitive(journey, Edit::UpdateCurve(updated))
}

fn update_lane(
    tx: &mut Transaction,
    journey: &mut Journey,
    lane: LaneId,
    change: impl FnOnce(&mut Lane),
) -> Result<(), EditError> {
    let mut updated = lane_of(journey, lane)?.clone();
    change(&mut updated);
    tx.primitive(journey, Edit::UpdateLane(updated))
}

/// Moves a phase with its steps; cards whose span would then run past the
/// last step shrink.
fn reorder_phase(
    tx: &mut Transaction,
    journey: &mut Journey,
    phase: PhaseId,
    to: usize,
) -> Result<(), EditError> {
    phase_of(journey, phase)?;
    let to = to.min(journey.phases.len().saturating_sub(1));
    tx.primitive(journey, Edit::MovePhase { phase, to })?;
    shrink_spans_past_the_end(tx, journey)
}

/// Removes a phase with the cards only in its steps and its curve points;
/// cards that cover it and other steps lose its steps from their span.
fn delete_phase(
    tx: &mut Transaction,
    journey: &mut Journey,
    phase: PhaseId,
) -> Result<(), EditError> {
    let Some(columns) = journey.phase_columns(phase) else {
        return Err(EditError::Missing(format!("phase {phase}")));
    };
    if journey.phases.len() == 1 {
        return Err(EditError::Rule(Rule::LastPhase));
    }
    clear_columns(tx, journey, columns)?;
    tx.primitive(journey, Edit::RemovePhase(phase))
}

/// How many cards go when a phase is deleted (those that cover only its steps).
pub fn cards_only_in_phase(journey: &Journey, phase: PhaseId) -> usize {
    let Some(columns) = journey.phase_columns(phase) else {
        return 0;
    };
    let column_of = journey.step_columns();
    journey
        .cards
        .iter()
        .filter(|card| {
            column_of.get(&card.step).is_some_and(|&start| {
                columns.contains(&start) && start + (card.span.max(1) as usize) <= columns.end
            })
        })
        .count()
}

/// How many cards go when a lane is deleted.
pub fn cards_in_lane(journey: &Journey, lane: LaneId) -> usize {
    journey
        .cards
        .iter()
        .filter(|card| card.lane == lane)
        .count()
}

fn set_point(
    tx: &mut Transaction,
    journey: &mut Journey,
    curve: CurveId,
    step: StepId,
    value: Option<f32>,
) -> Result<(), EditError> {
    if journey.step(step).is_none() {
        return Err(EditError::Missing(format!("step {step}")));
    }
    let scale = journey.emotion_scale;
    let mut updated = curve_of(journey, curve)?.clone();
    let existing = updated.points.iter().position(|point| point.step == step);
    match (value, existing) {
        (None, Some(index)) => {
            updated.points.remove(index);
        }
        (None, None) => return Ok(()),
        (Some(value), _) if !value.is_finite() => {
            return Err(EditError::Rule(Rule::NotANumber));
        }
        (Some(value), Some(index)) => updated.points[index].value = scale.snap(value),
        (Some(value), None) => {
            // Points stay in step order, so the file reads left to right.
            let order = |id| journey.step_index(id).unwrap_or(usize::MAX);
            let new_order = order(step);
            let at = updated
                .points
                .iter()
                .position(|point| order(point.step) > new_order)
                .unwrap_or(updated.points.len());
            updated
                .points
                .insert(at, EmotionPoint::new(step, scale.snap(value)));
        }
    }
    tx.primitive(journey, Edit::UpdateCurve(updated))
}

/// Maps a value from one scale onto another: linearly by its height (the
/// bottom of `from` to the bottom of `to`, the top to the top), then snapped
/// to a value of `to`, ties away from zero ([`EmotionScale::map_from`]).
pub fn map_value(value: f32, from: &EmotionScale, to: &EmotionScale) -> f32 {
    to.map_from(value, from)
}

/// Sets the scale and moves every value to the same height on it, as one step.
/// Only scales the editor offers are taken ([`EmotionScale::problem`]).
fn change_scale(
    tx: &mut Transaction,
    journey: &mut Journey,
    scale: EmotionScale,
) -> Result<(), EditError> {
    if let Some(problem) = scale.problem() {
        return Err(EditError::Rule(Rule::BadScale(problem)));
    }
    let old = journey.emotion_scale;
    if old == scale {
        // Mapping onto the same scale would only snap values an older file
        // holds between steps: choosing the current scale changes nothing.
        return Ok(());
    }
    tx.primitive(journey, Edit::SetScale(scale))?;
    let curves: Vec<_> = journey
        .curves
        .iter()
        .map(|curve| {
            let mut updated = curve.clone();
            for point in &mut updated.points {
                point.value = map_value(point.value, &old, &scale);
            }
            updated
        })
        .collect();
    for curve in curves {
        tx.primitive(journey, Edit::UpdateCurve(curve))?;
    }
    Ok(())
}
