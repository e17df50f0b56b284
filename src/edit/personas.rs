//! Gestures on personas: adding, duplicating and deleting them, and giving
//! curves to them.

use crate::model::{EmotionCurve, Journey, PERSONA_COLORS, Persona, PersonaId};

use super::structure::curve_of;
use super::transaction::Transaction;
use super::{Edit, EditError};

pub(super) fn run(
    tx: &mut Transaction,
    journey: &mut Journey,
    edit: Edit,
) -> Result<(), EditError> {
    match edit {
        Edit::AssignCurve { curve, persona } => {
            let mut updated = curve_of(journey, curve)?.clone();
            if let Some(id) = persona {
                persona_of(journey, id)?;
            }
            updated.persona = persona;
            tx.primitive(journey, Edit::UpdateCurve(updated))
        }
        Edit::AddPersona { name, color } => {
            let id = PersonaId(journey.ids.next_raw());
            let mut persona = Persona::new(id, name);
            persona.color = Some(color);
            let index = journey.personas.len();
            // A map without a primary persona shows the one just added above
            // its grid: the first persona of a map is its primary one. Same
            // transaction, so one undo takes both back.
            let becomes_primary = journey.primary_persona.is_none();
            tx.primitive(journey, Edit::InsertPersona { index, persona })?;
            if becomes_primary {
                tx.primitive(journey, Edit::SetPrimaryPersona(Some(id)))?;
            }
            Ok(())
        }
        Edit::DuplicatePersona { persona, name } => {
            let index = index_of(journey, persona)?;
            let color = journey.next_persona_color();
            let mut copy = journey.personas[index].clone();
            copy.id = PersonaId(journey.ids.next_raw());
            copy.name = name;
            copy.color = Some(color);
            // The copy goes right after its original, which moves every later
            // persona one place down: pin their colours first.
            pin_colors_from(tx, journey, index + 1)?;
            tx.primitive(
                journey,
                Edit::InsertPersona {
                    index: index + 1,
                    persona: copy,
                },
            )
        }
        Edit::DeletePersona(persona) => delete(tx, journey, persona),
        other => Err(EditError::Refused(format!(
            "{} is not a persona edit",
            other.name().id
        ))),
    }
}

/// The curves that show `persona`'s colour and name, in document order.
pub fn curves_of_persona(journey: &Journey, persona: PersonaId) -> Vec<&EmotionCurve> {
    journey
        .curves
        .iter()
        .filter(|curve| curve.persona == Some(persona))
        .collect()
}

fn delete(
    tx: &mut Transaction,
    journey: &mut Journey,
    persona: PersonaId,
) -> Result<(), EditError> {
    let index = index_of(journey, persona)?;
    let unassigned: Vec<EmotionCurve> = curves_of_persona(journey, persona)
        .into_iter()
        .map(|curve| EmotionCurve {
            persona: None,
            ..curve.clone()
        })
        .collect();
    for curve in unassigned {
        tx.primitive(journey, Edit::UpdateCurve(curve))?;
    }
    if journey.primary_persona == Some(persona) {
        tx.primitive(journey, Edit::SetPrimaryPersona(None))?;
    }
    // Cards that name the persona as an actor keep its name as a free one:
    // who acted is still true after the persona is gone.
    let actor = crate::model::Actor::Persona(persona);
    let name = journey.personas[index].name.trim().to_owned();
    let renamed: Vec<_> = journey
        .cards
        .iter()
        .filter(|card| card.actors.contains(&actor))
        .map(|card| {
            let mut updated = card.clone();
            let free = crate::model::Actor::Name(name.clone());
            let keep_name = !name.is_empty() && !updated.actors.contains(&free);
            updated.actors = updated
                .actors
                .iter()
                .filter_map(|a| match a {
                    a if *a == actor => keep_name.then(|| free.clone()),
                    other => Some(other.clone()),
                })
                .collect();
            updated
        })
        .collect();
    for card in renamed {
        tx.primitive(journey, Edit::UpdateCard(card))?;
    }
    // Later personas move up one place; their colours must not move with them.
    pin_colors_from(tx, journey, index + 1)?;
    tx.primitive(journey, Edit::RemovePersona(persona))
}

/// Gives every persona from `start` on that has no colour of its own the one
/// its position gives it now, so a change of positions does not recolour it.
fn pin_colors_from(
    tx: &mut Transaction,
    journey: &mut Journey,
    start: usize,
) -> Result<(), EditError> {
    let pinned: Vec<Persona> = journey
        .personas
        .iter()
        .enumerate()
        .skip(start)
        .filter(|(_, persona)| persona.color.is_none())
        .map(|(index, persona)| Persona {
            color: Some(PERSONA_COLORS[index % PERSONA_COLORS.len()]),
            ..persona.clone()
        })
        .collect();
    for persona in pinned {
        tx.primitive(journey, Edit::UpdatePersona(persona))?;
    }
    Ok(())
}

fn index_of(journey: &Journey, id: PersonaId) -> Result<usize, EditError> {
    journey
        .personas
        .iter()
        .position(|persona| persona.id == id)
        .ok_or_else(|| EditError::Missing(format!("persona {id}")))
}

fn persona_of(journey: &Journey, id: PersonaId) -> Result<&Persona, EditError> {
    journey
        .persona(id)
        .ok_or_else(|| EditError::Missing(format!("persona {id}")))
}

#[cfg(test)]
mod tests;
