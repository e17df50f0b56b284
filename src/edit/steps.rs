//! Step gestures: add, rename, describe, resize, move and delete the steps
//! inside phases. A step is a column, so moving or deleting one moves or
//! shrinks the cards over it exactly as a phase's would.

use crate::model::{Journey, PhaseId, Step, StepId};

use super::cards::clamp_span;
use super::structure::phase_of;
use super::transaction::Transaction;
use super::{Edit, EditError, Rule};

pub(super) fn run(
    tx: &mut Transaction,
    journey: &mut Journey,
    edit: Edit,
) -> Result<(), EditError> {
    match edit {
        Edit::AddStep { phase, index, name } => {
            let mut updated = phase_of(journey, phase)?.clone();
            let step = Step::new(StepId(journey.ids.next_raw()), name);
            let index = index.min(updated.steps.len());
            updated.steps.insert(index, step);
            tx.primitive(journey, Edit::UpdatePhase(updated))
        }
        Edit::RenameStep { step, name } => update_step(tx, journey, step, |s| s.name = name),
        Edit::DescribeStep { step, description } => {
            update_step(tx, journey, step, |s| s.description = description)
        }
        Edit::ResizeStep { step, width } => update_step(tx, journey, step, |s| {
            s.width = width.filter(|w| w.is_finite()).map(|w| w.round().max(1.0));
        }),
        Edit::MoveStep { step, phase, index } => move_step(tx, journey, step, phase, index),
        Edit::DeleteStep(step) => delete_step(tx, journey, step),
        other => Err(EditError::Refused(format!(
            "{} is not a step edit",
            other.name().id
        ))),
    }
}

/// The phase holding `step`, and the step's position in it.
fn place_of(journey: &Journey, step: StepId) -> Result<(usize, usize), EditError> {
    journey
        .step_place(step)
        .ok_or_else(|| EditError::Missing(format!("step {step}")))
}

fn update_step(
    tx: &mut Transaction,
    journey: &mut Journey,
    step: StepId,
    change: impl FnOnce(&mut Step),
) -> Result<(), EditError> {
    let (p, s) = place_of(journey, step)?;
    let mut updated = journey.phases[p].clone();
    change(&mut updated.steps[s]);
    tx.primitive(journey, Edit::UpdatePhase(updated))
}

/// Moves a step within its phase or into another; cards whose span would
/// then run past the last step shrink.
fn move_step(
    tx: &mut Transaction,
    journey: &mut Journey,
    step: StepId,
    phase: PhaseId,
    index: usize,
) -> Result<(), EditError> {
    let (from, _) = place_of(journey, step)?;
    let to = journey
        .phase_index(phase)
        .ok_or_else(|| EditError::Missing(format!("phase {phase}")))?;
    if from != to && journey.phases[from].steps.len() == 1 {
        return Err(EditError::Rule(Rule::LastStep(
            journey.phases[from].name.clone(),
        )));
    }
    let room = journey.phases[to].steps.len() - usize::from(from == to);
    tx.primitive(
        journey,
        Edit::RelocateStep {
            step,
            phase,
            index: index.min(room),
        },
    )?;
    shrink_spans_past_the_end(tx, journey)
}

/// After columns moved: every card whose span now runs past the last step
/// covers as many as there are.
pub(super) fn shrink_spans_past_the_end(
    tx: &mut Transaction,
    journey: &mut Journey,
) -> Result<(), EditError> {
    let columns = journey.step_columns();
    let shrink: Vec<_> = journey
        .cards
        .iter()
        .filter_map(|card| {
            let start = *columns.get(&card.step)?;
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

/// Removes the cards only in `columns` and the curve points in their steps;
/// cards that also cover other columns lose the covered ones, and a card
/// that started in them starts at the first column after them.
pub(super) fn clear_columns(
    tx: &mut Transaction,
    journey: &mut Journey,
    columns: std::ops::Range<usize>,
) -> Result<(), EditError> {
    let ids = journey.step_ids();
    let column_of = journey.step_columns();
    let gone = &ids[columns.clone()];
    let mut removed = Vec::new();
    let mut shrunk = Vec::new();
    for card in &journey.cards {
        let Some(&start) = column_of.get(&card.step) else {
            continue;
        };
        let end = start + card.span.max(1) as usize; // exclusive
        let covered = end
            .min(columns.end)
            .saturating_sub(start.max(columns.start));
        if covered == 0 {
            continue;
        }
        let kept = card.span.max(1) as usize - covered;
        if kept == 0 {
            removed.push(card.id);
            continue;
        }
        let mut updated = card.clone();
        updated.span = u32::try_from(kept).unwrap_or(1);
        if columns.contains(&start) {
            updated.step = ids[columns.end];
        }
        shrunk.push(updated);
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
        .filter(|curve| curve.points.iter().any(|point| gone.contains(&point.step)))
        .map(|curve| {
            let mut updated = curve.clone();
            updated.points.retain(|point| !gone.contains(&point.step));
            updated
        })
        .collect();
    for curve in curves {
        tx.primitive(journey, Edit::UpdateCurve(curve))?;
    }
    Ok(())
}

fn delete_step(tx: &mut Transaction, journey: &mut Journey, step: StepId) -> Result<(), EditError> {
    let (p, s) = place_of(journey, step)?;
    if journey.phases[p].steps.len() == 1 {
        return Err(EditError::Rule(Rule::LastStep(
            journey.phases[p].name.clone(),
        )));
    }
    let column = journey.step_index(step).unwrap_or_default();
    clear_columns(tx, journey, column..column + 1)?;
    let mut updated = journey.phases[p].clone();
    updated.steps.remove(s);
    tx.primitive(journey, Edit::UpdatePhase(updated))
}

/// How many cards go when a step is deleted (those that cover only it).
pub fn cards_only_in_step(journey: &Journey, step: StepId) -> usize {
    journey
        .cards
        .iter()
        .filter(|card| card.step == step && card.span == 1)
        .count()
}
