//! Applying edits: primitives change one item and give back their exact inverse;
//! gestures run as a transaction of primitives that is rolled back if any fails.

use crate::i18n::{self, Lang, text::edit as t, tr_in};
use crate::model::{Card, CardId, EmotionCurve, Journey, Lane, Persona, Phase};

use super::{Edit, cards, personas, structure};

/// Why an edit could not be applied. The journey is unchanged when this is returned.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// The edit refers to something that is not (or no longer) in the journey,
    /// e.g. a card deleted by an earlier edit in the same frame.
    #[error("{0} does not exist (any more)")]
    Missing(String),
    /// The edit does not fit here (a caller's mistake, not the user's).
    #[error("{0}")]
    Refused(String),
    /// The edit would break a rule of the document the user can run into.
    #[error("{0}")]
    Rule(Rule),
}

impl EditError {
    /// The error in the interface's language. Only [`Rule`]s are translated:
    /// the other errors point at a bug and are written for its report.
    pub fn message(&self) -> String {
        match self {
            EditError::Rule(rule) => rule.message_in(i18n::current()),
            other => other.to_string(),
        }
    }
}

/// A rule of the document that a user's edit can run into.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rule {
    /// The last phase cannot be deleted.
    LastPhase,
    /// The last lane cannot be deleted.
    LastLane,
    /// Cards cannot go into this lane (named): it holds emotion curves.
    NoCardsInLane(String),
    /// An emotion value must be a finite number.
    NotANumber,
    /// The scale's bounds or step do not make a usable scale.
    BadScale,
}

impl Rule {
    /// The rule in `lang`; its `Display` is English.
    pub fn message_in(&self, lang: Lang) -> String {
        match self {
            Rule::LastPhase => tr_in(lang, t::RULE_LAST_PHASE, &[]),
            Rule::LastLane => tr_in(lang, t::RULE_LAST_LANE, &[]),
            Rule::NoCardsInLane(name) => {
                tr_in(lang, t::RULE_NO_CARDS_IN_LANE, &[("lane", name.into())])
            }
            Rule::NotANumber => tr_in(lang, t::RULE_NOT_A_NUMBER, &[]),
            Rule::BadScale => tr_in(lang, t::RULE_BAD_SCALE, &[]),
        }
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_in(Lang::En))
    }
}

/// Applies `edit` and returns the edits that undo it, in the order to apply
/// them. An empty list means nothing changed.
///
/// # Errors
/// The edit refers to missing items or would break a document rule; then the
/// journey is left exactly as it was.
pub fn apply(journey: &mut Journey, edit: Edit) -> Result<Vec<Edit>, EditError> {
    apply_all(journey, vec![edit])
}

/// Applies `edits` in order as one transaction and returns the edits that undo
/// all of them. Undo and redo use this on a history step.
///
/// # Errors
/// As [`apply`]; on error every edit of the list is rolled back.
pub fn apply_all(journey: &mut Journey, edits: Vec<Edit>) -> Result<Vec<Edit>, EditError> {
    let mut transaction = Transaction::default();
    for edit in edits {
        if let Err(error) = transaction.run(journey, edit) {
            transaction.rollback(journey);
            return Err(error);
        }
    }
    Ok(transaction.into_inverse())
}

/// The cards an applied edit created: those its inverse removes.
pub fn created_cards(inverse: &[Edit]) -> Vec<CardId> {
    inverse
        .iter()
        .filter_map(|edit| match edit {
            Edit::RemoveCard(id) => Some(*id),
            _ => None,
        })
        .collect()
}

/// Primitives applied so far in one transaction, with their inverses.
#[derive(Default)]
pub(super) struct Transaction {
    inverse: Vec<Edit>,
}

impl Transaction {
    /// Applies a primitive, or expands a gesture into primitives and applies those.
    pub(super) fn run(&mut self, journey: &mut Journey, edit: Edit) -> Result<(), EditError> {
        match edit {
            Edit::AddCard { .. }
            | Edit::SetCardText { .. }
            | Edit::MoveCards { .. }
            | Edit::SpanCard { .. }
            | Edit::RecolorCards { .. }
            | Edit::DeleteCards(_)
            | Edit::DuplicateCards(_)
            | Edit::PasteCards(_) => cards::run(self, journey, edit),
            Edit::ChangeScale(_)
            | Edit::AddPhase { .. }
            | Edit::RenamePhase { .. }
            | Edit::ResizePhase { .. }
            | Edit::ReorderPhase { .. }
            | Edit::DeletePhase(_)
            | Edit::AddLane { .. }
            | Edit::RenameLane { .. }
            | Edit::ResizeLane { .. }
            | Edit::CollapseLane { .. }
            | Edit::DeleteLane(_)
            | Edit::AddCurve { .. }
            | Edit::SetPoint { .. }
            | Edit::LabelPoint { .. } => structure::run(self, journey, edit),
            Edit::AssignCurve { .. }
            | Edit::AddPersona { .. }
            | Edit::DuplicatePersona { .. }
            | Edit::DeletePersona(_) => personas::run(self, journey, edit),
            primitive => {
                if let Some(inverse) = primitive_inverse(journey, primitive)? {
                    self.inverse.push(inverse);
                }
                Ok(())
            }
        }
    }

    fn rollback(self, journey: &mut Journey) {
        for inverse in self.inverse.into_iter().rev() {
            // Inverses of edits that just succeeded always apply.
            let _ = primitive_inverse(journey, inverse);
        }
    }

    fn into_inverse(mut self) -> Vec<Edit> {
        self.inverse.reverse();
        self.inverse
    }
}

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
        || journey.lanes.iter().any(|l| l.id.0 == raw)
        || journey.cards.iter().any(|c| c.id.0 == raw)
        || journey.curves.iter().any(|c| c.id.0 == raw)
        || journey.personas.iter().any(|p| p.id.0 == raw);
    if used {
        return Err(EditError::Refused(format!("id {raw} is already in use")));
    }
    Ok(())
}

/// Applies one primitive edit; returns its inverse, or `None` if nothing changed.
fn primitive_inverse(journey: &mut Journey, edit: Edit) -> Result<Option<Edit>, EditError> {
    let inverse = match edit {
        Edit::SetTitle(_) | Edit::SetDescription(_) | Edit::SetLanguage(_) | Edit::SetScale(_) => {
            map_property_inverse(journey, edit)?
        }
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
        Edit::InsertPhase { index, phase } => {
            ensure_unused(journey, phase.id.0)?;
            journey.ids.bump_past(phase.id.0);
            Some(Edit::RemovePhase(insert(
                &mut journey.phases,
                index,
                phase,
            )?))
        }
        Edit::RemovePhase(id) => {
            let referenced = journey.cards.iter().any(|card| card.phase == id)
                || journey
                    .curves
                    .iter()
                    .any(|curve| curve.point_in(id).is_some());
            if referenced {
                return Err(EditError::Refused(format!(
                    "phase {id} still has cards or points"
                )));
            }
            let (index, phase) = remove(&mut journey.phases, id)?;
            Some(Edit::InsertPhase { index, phase })
        }
        Edit::UpdatePhase(phase) => update(&mut journey.phases, phase)?.map(Edit::UpdatePhase),
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
            if !scale.is_valid() {
                return Err(EditError::Rule(Rule::BadScale));
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
            let referenced = journey.primary_persona == Some(id)
                || journey.curves.iter().any(|curve| curve.persona == Some(id));
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
