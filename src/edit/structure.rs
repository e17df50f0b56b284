//! Gestures on the map's structure: phases, lanes, emotion curves and the scale.

use crate::model::{
    CurveId, EmotionCurve, EmotionPoint, EmotionScale, Journey, Lane, LaneId, Phase, PhaseId,
};

use super::cards::clamp_span;
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
            let phase = Phase {
                id: PhaseId(journey.ids.next_raw()),
                name,
                description: String::new(),
                width: None,
            };
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
            updated.width = width.filter(|w| w.is_finite()).map(|w| w.round().max(1.0));
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
        Edit::SetPoint {
            curve,
            phase,
            value,
        } => set_point(tx, journey, curve, phase, value),
        Edit::LabelPoint {
            curve,
            phase,
            label,
        } => {
            let mut updated = curve_of(journey, curve)?.clone();
            let point = updated
                .points
                .iter_mut()
                .find(|point| point.phase == phase)
                .ok_or_else(|| EditError::Missing(format!("a point in phase {phase}")))?;
            point.label = label;
            tx.primitive(journey, Edit::UpdateCurve(updated))
        }
        other => Err(EditError::Refused(format!(
            "{} is not a structure edit",
            other.name().id
        ))),
    }
}

fn phase_of(journey: &Journey, id: PhaseId) -> Result<&Phase, EditError> {
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

/// Moves a phase; cards whose span would then run past the last phase shrink.
fn reorder_phase(
    tx: &mut Transaction,
    journey: &mut Journey,
    phase: PhaseId,
    to: usize,
) -> Result<(), EditError> {
    phase_of(journey, phase)?;
    let to = to.min(journey.phases.len().saturating_sub(1));
    tx.primitive(journey, Edit::MovePhase { phase, to })?;
    let shrink: Vec<_> = journey
        .cards
        .iter()
        .filter_map(|card| {
            let start = journey.phase_index(card.phase)?;
            let span = clamp_span(journey, start, card.span);
            (span != card.span).then(|| {
                let mut updated = card.clone();
                updated.span = span;
                updated
            })
        })
        .collect();
    for card in shrink {
        tx.primitive(journey, Edit::UpdateCard(card))?;
    }
    Ok(())
}

/// Removes a phase with the cards only in it and its curve points; cards that
/// cover it and other phases lose one phase of span.
fn delete_phase(
    tx: &mut Transaction,
    journey: &mut Journey,
    phase: PhaseId,
) -> Result<(), EditError> {
    let Some(index) = journey.phase_index(phase) else {
        return Err(EditError::Missing(format!("phase {phase}")));
    };
    if journey.phases.len() == 1 {
        return Err(EditError::Rule(Rule::LastPhase));
    }
    let mut removed = Vec::new();
    let mut shrunk = Vec::new();
    for card in &journey.cards {
        let Some(start) = journey.phase_index(card.phase) else {
            continue;
        };
        let end = start + card.span as usize - 1;
        if !(start..=end).contains(&index) {
            continue;
        }
        if start == end {
            removed.push(card.id);
        } else {
            let mut updated = card.clone();
            updated.span -= 1;
            if start == index {
                updated.phase = journey.phases[index + 1].id;
            }
            shrunk.push(updated);
        }
    }
    for card in shrunk {
        tx.primitive(journey, Edit::UpdateCard(card))?;
    }
    for card in removed {
        tx.primitive(journey, Edit::RemoveCard(card))?;
    }
    let curves: Vec<_> = journey
        .curves
        .iter()
        .filter(|curve| curve.point_in(phase).is_some())
        .map(|curve| {
            let mut updated = curve.clone();
            updated.points.retain(|point| point.phase != phase);
            updated
        })
        .collect();
    for curve in curves {
        tx.primitive(journey, Edit::UpdateCurve(curve))?;
    }
    tx.primitive(journey, Edit::RemovePhase(phase))
}

/// How many cards go when a phase is deleted (those that cover only it).
pub fn cards_only_in_phase(journey: &Journey, phase: PhaseId) -> usize {
    journey
        .cards
        .iter()
        .filter(|card| card.phase == phase && card.span == 1)
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
    phase: PhaseId,
    value: Option<f32>,
) -> Result<(), EditError> {
    phase_of(journey, phase)?;
    let scale = journey.emotion_scale;
    let mut updated = curve_of(journey, curve)?.clone();
    let existing = updated.points.iter().position(|point| point.phase == phase);
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
            // Points stay in phase order, so the file reads left to right.
            let order = |id| journey.phase_index(id).unwrap_or(usize::MAX);
            let new_order = order(phase);
            let at = updated
                .points
                .iter()
                .position(|point| order(point.phase) > new_order)
                .unwrap_or(updated.points.len());
            updated.points.insert(
                at,
                EmotionPoint {
                    phase,
                    value: scale.snap(value),
                    label: String::new(),
                },
            );
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
