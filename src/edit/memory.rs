//! How much memory an edit keeps alive in undo history, so history can be
//! shown to stay proportional to what changed, never to the map.

use crate::model::{Card, CardId, EmotionCurve, EmotionPoint, Journey, Persona, Phase};

use super::Edit;

impl Edit {
    /// Estimated bytes this edit keeps alive in undo history (struct plus text).
    pub fn approx_bytes(&self) -> usize {
        let heap = match self {
            Edit::SetTitle(text) | Edit::SetDescription(text) => text.capacity(),
            Edit::InsertCard { card, .. } | Edit::UpdateCard(card) => card_bytes(card),
            Edit::PasteCards(cards) => cards.iter().map(card_bytes).sum(),
            Edit::InsertPhase { phase, .. } | Edit::UpdatePhase(phase) => phase_bytes(phase),
            Edit::InsertLane { lane, .. } | Edit::UpdateLane(lane) => lane.name.capacity(),
            Edit::InsertCurve { curve, .. } | Edit::UpdateCurve(curve) => curve_bytes(curve),
            Edit::InsertPersona { persona, .. } | Edit::UpdatePersona(persona) => {
                persona_bytes(persona)
            }
            // The one step that holds a whole map: a reload replaces everything.
            Edit::ReplaceJourney(journey) => journey_bytes(journey),
            Edit::MoveCards { cards, .. }
            | Edit::RecolorCards { cards, .. }
            | Edit::DeleteCards(cards)
            | Edit::DuplicateCards(cards) => cards.capacity() * std::mem::size_of::<CardId>(),
            _ => 0,
        };
        std::mem::size_of::<Edit>() + heap
    }
}

fn card_bytes(card: &Card) -> usize {
    std::mem::size_of::<Card>()
        + card.title.capacity()
        + card.notes.capacity()
        + card.kpi.as_ref().map_or(0, |kpi| kpi.unit.capacity())
        + card
            .actors
            .iter()
            .map(|actor| {
                std::mem::size_of_val(actor)
                    + match actor {
                        crate::model::Actor::Name(name) => name.capacity(),
                        crate::model::Actor::Persona(_) => 0,
                    }
            })
            .sum::<usize>()
}

fn phase_bytes(phase: &Phase) -> usize {
    phase.name.capacity()
        + phase.description.capacity()
        + phase
            .steps
            .iter()
            .map(|step| {
                std::mem::size_of_val(step) + step.name.capacity() + step.description.capacity()
            })
            .sum::<usize>()
}

fn curve_bytes(curve: &EmotionCurve) -> usize {
    curve.name.capacity()
        + curve.points.capacity() * std::mem::size_of::<EmotionPoint>()
        + curve
            .points
            .iter()
            .map(|p| p.label.capacity())
            .sum::<usize>()
}

/// Text and photo a persona keeps alive. The photo's bytes are shared with
/// the document, but a step may be the last holder once the photo changed.
fn persona_bytes(persona: &Persona) -> usize {
    let lines = |list: &[String]| {
        list.iter().map(String::capacity).sum::<usize>() + std::mem::size_of_val(list)
    };
    std::mem::size_of::<Persona>()
        + [
            &persona.name,
            &persona.description,
            &persona.occupation,
            &persona.income,
            &persona.family,
            &persona.segment,
            &persona.quote,
        ]
        .iter()
        .map(|text| text.capacity())
        .sum::<usize>()
        + lines(&persona.goals)
        + lines(&persona.needs)
        + lines(&persona.fears)
        + lines(&persona.hurdles)
        + persona
            .photo
            .as_ref()
            .map_or(0, |photo| photo.bytes().len())
}

fn journey_bytes(journey: &Journey) -> usize {
    std::mem::size_of::<Journey>()
        + journey.title.capacity()
        + journey.description.capacity()
        + journey.cards.iter().map(card_bytes).sum::<usize>()
        + journey.phases.iter().map(phase_bytes).sum::<usize>()
        + journey
            .lanes
            .iter()
            .map(|lane| std::mem::size_of_val(lane) + lane.name.capacity())
            .sum::<usize>()
        + journey.curves.iter().map(curve_bytes).sum::<usize>()
        + journey.personas.iter().map(persona_bytes).sum::<usize>()
}
