//! Primitive edits: each changes one item (or one property of the map) and
//! gives back its exact inverse. Gestures never reach this file; they are
//! expanded into these first.

use crate::model::{
    Card, CardId, EmotionCurve, IdCounter, Journey, Lane, Persona, Phase, PhaseId, ScaleProblem,
    StepId,
};

use super::{Edit, EditError, Rule};

/// Anything kept in a list by a stable id.
trait Identified {
    type Id: PartialEq + std::fmt::Display + Copy;
    const WHAT: &'static str;
    fn id(&self) -> Self::Id;
}

macro_rules! identified {
    ($type:ty, $id:ty, $what:literal) => {
        impl Identified for $type {
            type Id = $id;
            const WHAT: &'static str = $what;
            fn id(&self) -> $id {
                self.id
            }
        }
    };
}
identified!(Card, CardId, "card");
identified!(Phase, crate::model::PhaseId, "phase");
identified!(Lane, crate::model::LaneId, "lane");
identified!(EmotionCurve, crate::model::CurveId, "emotion curve");
identified!(Persona, crate::model::PersonaId, "persona");

fn missing<T: Identified>(id: T::Id) -> EditError {
    EditError::Missing(format!("{} {id}", T::WHAT))
}

fn position<T: Identified>(list: &[T], id: T::Id) -> Result<usize, EditError> {
    list.iter()
        .position(|item| item.id() == id)
        .ok_or_else(|| missing::<T>(id))
}

fn insert<T: Identified>(list: &mut Vec<T>, index: usize, item: T) -> Result<T::Id, EditError> {
    if index > list.len() {
        return Err(EditError::Refused(format!(
            "cannot put a {} at position {index} of {}",
            T::WHAT,
            list.len()
        )));
    }
    let id = item.id();
    list.insert(index, item);
    Ok(id)
}

fn remove<T: Identified>(list: &mut Vec<T>, id: T::Id) -> Result<(usize, T), EditError> {
    let index = position(list, id)?;
    Ok((index, list.remove(index)))
}

/// Replaces the item with `item`'s id; `None` when it was equal already.
fn update<T: Identified + PartialEq>(list: &mut [T], item: T) -> Result<Option<T>, EditError> {
    let index = position(list, item.id())?;
    if list[index] == item {
        return Ok(None);
    }
    Ok(Some(std::mem::replace(&mut list[index], item)))
}

/// Moves the item to `to`; the old position, or `None` when it was there already.
fn relocate<T: Identified>(
    list: &mut Vec<T>,
    id: T::Id,
    to: usize,
) -> Result<Option<usize>, EditError> {
    let from = position(list, id)?;
    if to >= list.len() {
        return Err(EditError::Refused(format!(
            "cannot move a {} to position {to} of {}",
            T::WHAT,
            list.len()
        )));
    }
    if from == to {
        return Ok(None);
    }
    let item = list.remove(from);
    list.insert(to, item);
    Ok(Some(from))
}

fn ensure_unused(journey: &Journey, raw: u64) -> Result<(), EditError> {
    let used = journey.phases.iter().any(|p| p.id.0 == raw)
        || journey.steps().any(|(_, s)| s.id.0 == raw)
        || journey.lanes.iter().any(|l| l.id.0 == raw)
        || journey.cards.iter().any(|c| c.id.0 == raw)
        || journey.curves.iter().any(|c| c.id.0 == raw)
        || journey.personas.iter().any(|p| p.id.0 == raw);
    if used {
        return Err(EditError::Refused(format!("id {raw} is already in use")));
    }
    Ok(())
}

/// A phase must keep at least one step.
fn ensure_steps(phase: &Phase) -> Result<(), EditError> {
    if phase.steps.is_empty() {
        return Err(EditError::Refused(format!(
            "phase {} would have no steps",
            phase.id
        )));
    }
    Ok(())
}

/// No card and no emotion value may stand in a step that goes away.
fn ensure_unreferenced(journey: &Journey, steps: &[StepId]) -> Result<(), EditError> {
    let referenced = journey.cards.iter().any(|card| steps.contains(&card.step))
        || journey
            .curves
            .iter()
            .flat_map(|curve| &curve.points)
            .any(|point| steps.contains(&point.step));
    if referenced {
        return Err(EditError::Refused(
            "a step that goes away still has cards or points".to_owned(),
        ));
    }
    Ok(())
}

/// Moves a step, with everything in it, to `index` among the steps of
/// `phase`; returns the move back.
fn relocate_step(
    journey: &mut Journey,
    step: StepId,
    phase: PhaseId,
    index: usize,
) -> Result<Option<Edit>, EditError> {
    let (from_phase, from_index) = journey
        .step_place(step)
        .ok_or_else(|| EditError::Missing(format!("step {step}")))?;
    let to_phase = journey
        .phase_index(phase)
        .ok_or_else(|| EditError::Missing(format!("phase {phase}")))?;
    let back = Edit::RelocateStep {
        step,
        phase: journey.phases[from_phase].id,
        index: from_index,
    };
    if from_phase != to_phase && journey.phases[from_phase].steps.len() == 1 {
        return Err(EditError::Refused(format!(
            "step {step} is the last of its phase"
        )));
    }
    let room = journey.phases[to_phase].steps.len() - usize::from(from_phase == to_phase);
    if index > room {
        return Err(EditError::Refused(format!(
            "cannot move a step to position {index} of {room}"
        )));
    }
    if from_phase == to_phase && from_index == index {
        return Ok(None);
    }
    let moved = journey.phases[from_phase].steps.remove(from_index);
    journey.phases[to_phase].steps.insert(index, moved);
    Ok(Some(back))
}

/// [`primitive_inverse`] for inserting, removing and replacing a phase:
/// its steps come and go with it, so their ids and the cards in them are
/// checked too.
fn phase_inverse(journey: &mut Journey, edit: Edit) -> Result<Option<Edit>, EditError> {
    Ok(match edit {
        Edit::InsertPhase { index, phase } => {
            ensure_unused(journey, phase.id.0)?;
            ensure_steps(&phase)?;
            for step in &phase.steps {
                ensure_unused(journey, step.id.0)?;
                journey.ids.bump_past(step.id.0);
            }
            journey.ids.bump_past(phase.id.0);
            Some(Edit::RemovePhase(insert(
                &mut journey.phases,
                index,
                phase,
            )?))
        }
        Edit::RemovePhase(id) => {
            let steps: Vec<StepId> = journey
                .phase(id)
                .map(|phase| phase.steps.iter().map(|step| step.id).collect())
                .unwrap_or_default();
            ensure_unreferenced(journey, &steps)?;
            let (index, phase) = remove(&mut journey.phases, id)?;
            Some(Edit::InsertPhase { index, phase })
        }
        Edit::UpdatePhase(phase) => {
            ensure_steps(&phase)?;
            let old: Vec<StepId> = journey
                .phase(phase.id)
                .map(|old| old.steps.iter().map(|step| step.id).collect())
                .unwrap_or_default();
            let gone: Vec<StepId> = old
                .iter()
                .copied()
                .filter(|id| !phase.steps.iter().any(|step| step.id == *id))
                .collect();
            ensure_unreferenced(journey, &gone)?;
            for step in phase.steps.iter().filter(|step| !old.contains(&step.id)) {
                ensure_unused(journey, step.id.0)?;
                journey.ids.bump_past(step.id.0);
            }
            update(&mut journey.phases, phase)?.map(Edit::UpdatePhase)
        }
        other => {
            return Err(EditError::Refused(format!(
                "{} is not a phase primitive",
                other.name().id
            )));
        }
    })
}

/// Applies one primitive edit; returns its inverse, or `None` if nothing changed.
pub(super) fn primitive_inverse(
    journey: &mut Journey,
    edit: Edit,
) -> Result<Option<Edit>, EditError> {
    let inverse = match edit {
        Edit::SetTitle(_) | Edit::SetDescription(_) | Edit::SetLanguage(_) | Edit::SetScale(_) => {
            map_property_inverse(journey, edit)?
        }
        Edit::ReplaceJourney(replacement) => replace_journey(journey, *replacement)?,
        Edit::InsertCard { index, card } => {
            ensure_unused(journey, card.id.0)?;
            journey.ids.bump_past(card.id.0);
            Some(Edit::RemoveCard(insert(&mut journey.cards, index, card)?))
        }
        Edit::RemoveCard(id) => {
            let (index, card) = remove(&mut journey.cards, id)?;
            Some(Edit::InsertCard { index, card })
        }
        Edit::UpdateCard(card) => update(&mut journey.cards, card)?.map(Edit::UpdateCard),
        Edit::InsertPhase { .. } | Edit::RemovePhase(_) | Edit::UpdatePhase(_) => {
            phase_inverse(journey, edit)?
        }
        Edit::RelocateStep { step, phase, index } => relocate_step(journey, step, phase, index)?,
        Edit::MovePhase { phase, to } => relocate(&mut journey.phases, phase, to)?
            .map(|from| Edit::MovePhase { phase, to: from }),
        Edit::InsertLane { index, lane } => {
            ensure_unused(journey, lane.id.0)?;
            journey.ids.bump_past(lane.id.0);
            Some(Edit::RemoveLane(insert(&mut journey.lanes, index, lane)?))
        }
        Edit::RemoveLane(id) => {
            if journey.cards.iter().any(|card| card.lane == id) {
                return Err(EditError::Refused(format!("lane {id} still has cards")));
            }
            let (index, lane) = remove(&mut journey.lanes, id)?;
            Some(Edit::InsertLane { index, lane })
        }
        Edit::UpdateLane(lane) => update(&mut journey.lanes, lane)?.map(Edit::UpdateLane),
        Edit::MoveLane { lane, to } => {
            relocate(&mut journey.lanes, lane, to)?.map(|from| Edit::MoveLane { lane, to: from })
        }
        Edit::InsertCurve { index, curve } => {
            ensure_unused(journey, curve.id.0)?;
            journey.ids.bump_past(curve.id.0);
            Some(Edit::RemoveCurve(insert(
                &mut journey.curves,
                index,
                curve,
            )?))
        }
        Edit::RemoveCurve(id) => {
            let (index, curve) = remove(&mut journey.curves, id)?;
            Some(Edit::InsertCurve { index, curve })
        }
        Edit::UpdateCurve(curve) => match curve.persona {
            Some(id) if journey.persona(id).is_none() => return Err(missing::<Persona>(id)),
            _ => update(&mut journey.curves, curve)?.map(Edit::UpdateCurve),
        },
        Edit::InsertPersona { .. }
        | Edit::RemovePersona(_)
        | Edit::UpdatePersona(_)
        | Edit::SetPrimaryPersona(_) => persona_inverse(journey, edit)?,
        gesture => {
            return Err(EditError::Refused(format!(
                "{} is not a primitive edit",
                gesture.name().id
            )));
        }
    };
    Ok(inverse)
}

/// The primitives that set one property of the whole map: like
/// [`primitive_inverse`], for title, description, language and scale.
fn map_property_inverse(journey: &mut Journey, edit: Edit) -> Result<Option<Edit>, EditError> {
    let inverse = match edit {
        Edit::SetTitle(title) => {
            let old = std::mem::replace(&mut journey.title, title);
            (old != journey.title).then_some(Edit::SetTitle(old))
        }
        Edit::SetDescription(description) => {
            let old = std::mem::replace(&mut journey.description, description);
            (old != journey.description).then_some(Edit::SetDescription(old))
        }
        Edit::SetLanguage(language) => {
            let old = std::mem::replace(&mut journey.language, language);
            (old != language).then_some(Edit::SetLanguage(old))
        }
        Edit::SetScale(scale) => {
            // Only the file format's rule: undo must be able to restore
            // any scale a file held, even one the editor would not offer.
            if !scale.is_valid() {
                // A scale the format refuses always breaks an editor rule too.
                let problem = scale.problem().unwrap_or(ScaleProblem::NotANumber);
                return Err(EditError::Rule(Rule::BadScale(problem)));
            }
            let old = std::mem::replace(&mut journey.emotion_scale, scale);
            (old != scale).then_some(Edit::SetScale(old))
        }
        other => {
            return Err(EditError::Refused(format!(
                "{} is not a map property",
                other.name().id
            )));
        }
    };
    Ok(inverse)
}

/// Replaces the whole journey; the inverse puts the old one back. The id
/// counter keeps the larger of both, so undoing a reload and then adding a
/// card never reuses an id either map handed out.
fn replace_journey(
    journey: &mut Journey,
    mut replacement: Journey,
) -> Result<Option<Edit>, EditError> {
    let problems = crate::model::validate(&replacement);
    if let Some(problem) = problems.first() {
        return Err(EditError::Refused(format!(
            "the replacement map is not valid: {problem:?}"
        )));
    }
    replacement.ids = IdCounter(replacement.ids.0.max(journey.ids.0));
    if replacement == *journey {
        return Ok(None);
    }
    let old = std::mem::replace(journey, replacement);
    Ok(Some(Edit::ReplaceJourney(Box::new(old))))
}

/// The persona primitives: like [`primitive_inverse`], for the persona list
/// and the primary persona.
fn persona_inverse(journey: &mut Journey, edit: Edit) -> Result<Option<Edit>, EditError> {
    let inverse = match edit {
        Edit::InsertPersona { index, persona } => {
            ensure_unused(journey, persona.id.0)?;
            journey.ids.bump_past(persona.id.0);
            Some(Edit::RemovePersona(insert(
                &mut journey.personas,
                index,
                persona,
            )?))
        }
        Edit::RemovePersona(id) => {
            let actor = crate::model::Actor::Persona(id);
            let referenced = journey.primary_persona == Some(id)
                || journey.curves.iter().any(|curve| curve.persona == Some(id))
                || journey
                    .cards
                    .iter()
                    .any(|card| card.actors.contains(&actor));
            if referenced {
                return Err(EditError::Refused(format!(
                    "persona {id} still has curves or is the primary persona"
                )));
            }
            let (index, persona) = remove(&mut journey.personas, id)?;
            Some(Edit::InsertPersona { index, persona })
        }
        Edit::UpdatePersona(persona) => {
            update(&mut journey.personas, persona)?.map(Edit::UpdatePersona)
        }
        Edit::SetPrimaryPersona(primary) => {
            if let Some(id) = primary {
                position(&journey.personas, id)?;
            }
            let old = std::mem::replace(&mut journey.primary_persona, primary);
            (old != primary).then_some(Edit::SetPrimaryPersona(old))
        }
        other => {
            return Err(EditError::Refused(format!(
                "{} is not a persona primitive",
                other.name().id
            )));
        }
    };
    Ok(inverse)
}
