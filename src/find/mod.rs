//! Find: which cards, phases, steps, lanes and personas contain a text.
//!
//! Architecture invariant: pure and egui-free, like `model`, the only layer
//! it reads. The find bar (`app::find_bar`) keeps the query and the current
//! match, the canvas asks `paint` to outline the matches; both take the
//! [`FindMatch`]es computed here.
//!
//! Matching ignores case and accents ([`fold`]): a map written in German is
//! searched from keyboards without umlauts, and "gross" finds "groß".

mod fold;
#[cfg(test)]
mod tests;

pub use fold::fold;

use crate::model::{CardId, Journey, LaneId, PersonaId, PhaseId, StepId};

/// Something a search can find. Each kind of named thing in a map is one
/// variant, so a new one is one more variant, one more pass in [`find`]
/// and one more arm where matches are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FindTarget {
    /// A card, found by its title, notes or actors.
    Card(CardId),
    /// A phase, found by its name.
    Phase(PhaseId),
    /// A step of a phase with several steps, found by its name (the one
    /// step of a plain phase shows no name, so it is not found by one).
    Step(StepId),
    /// A lane, found by its name.
    Lane(LaneId),
    /// A persona, found by its name.
    Persona(PersonaId),
}

/// Which text of a target contains the query.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FindField {
    /// A card's title.
    Title,
    /// A card's notes (only when the title does not match).
    Notes,
    /// The name of one of a card's actors (only when neither title nor
    /// notes match): searching "Kassierer" finds every card the cashier acts on.
    Actor,
    /// The name of a phase, lane or persona.
    Name,
}

/// One target that contains the query: there is at most one per target, so
/// the count the find bar shows is the number of things to look at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FindMatch {
    /// What contains the query.
    pub target: FindTarget,
    /// The first of its texts that does.
    pub field: FindField,
}

/// Every target whose text contains `query`, ignoring case and accents, in
/// reading order: phases left to right, each followed by its steps, lanes top to bottom, cards lane by
/// lane, phase by phase and then in stacking order (the order Tab walks on
/// the canvas), and last the personas, which live in their own panel.
///
/// Cards in collapsed lanes are found too: their text is part of the map
/// even while the lane is folded away. A query of only spaces finds nothing.
pub fn find(journey: &Journey, query: &str) -> Vec<FindMatch> {
    let query = fold(query.trim());
    if query.is_empty() {
        return Vec::new();
    }
    let contains = |text: &str| fold(text).contains(&query);
    let named = |target: FindTarget, name: &str| {
        contains(name).then_some(FindMatch {
            target,
            field: FindField::Name,
        })
    };

    let phases = journey.phases.iter().flat_map(|phase| {
        let steps = phase
            .steps
            .iter()
            .filter(|_| phase.has_steps())
            .filter_map(move |step| named(FindTarget::Step(step.id), &step.name));
        named(FindTarget::Phase(phase.id), &phase.name)
            .into_iter()
            .chain(steps)
    });
    let lanes = journey
        .lanes
        .iter()
        .filter_map(|lane| named(FindTarget::Lane(lane.id), &lane.name));
    let cards = cards_in_reading_order(journey)
        .into_iter()
        .filter_map(|index| {
            let card = &journey.cards[index];
            let field = if contains(&card.title) {
                FindField::Title
            } else if contains(&card.notes) {
                FindField::Notes
            } else if card
                .actors
                .iter()
                .filter_map(|actor| journey.actor_name(actor))
                .any(contains)
            {
                FindField::Actor
            } else {
                return None;
            };
            Some(FindMatch {
                target: FindTarget::Card(card.id),
                field,
            })
        });
    let personas = journey
        .personas
        .iter()
        .filter_map(|persona| named(FindTarget::Persona(persona.id), &persona.name));
    phases.chain(lanes).chain(cards).chain(personas).collect()
}

/// Indices into `journey.cards` sorted by lane, then step, then list order
/// (which is stacking order within a cell). The canvas's Tab order sorts the
/// same way; it is repeated here because find sits below the canvas.
fn cards_in_reading_order(journey: &Journey) -> Vec<usize> {
    let columns = journey.step_columns();
    let mut keyed: Vec<(usize, usize, usize)> = journey
        .cards
        .iter()
        .enumerate()
        .map(|(index, card)| {
            (
                journey.lane_index(card.lane).unwrap_or(usize::MAX),
                columns.get(&card.step).copied().unwrap_or(usize::MAX),
                index,
            )
        })
        .collect();
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, _, index)| index).collect()
}
