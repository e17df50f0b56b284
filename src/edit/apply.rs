//! Applying edits: gestures are expanded into primitives (`cards.rs`,
//! `structure.rs`, `personas.rs`) and run as one [`Transaction`] that is
//! rolled back if any primitive fails.

use crate::model::{CardId, Journey};

use super::transaction::Transaction;
use super::{Edit, EditError, cards, personas, steps, structure};

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
        if let Err(error) = run(&mut transaction, journey, edit) {
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

/// Runs `edit` inside `tx`: a gesture through the helper that expands it, a
/// primitive directly.
fn run(tx: &mut Transaction, journey: &mut Journey, edit: Edit) -> Result<(), EditError> {
    match edit {
        Edit::AddCard { .. }
        | Edit::SetCardText { .. }
        | Edit::MoveCards { .. }
        | Edit::SpanCard { .. }
        | Edit::SetCardActors { .. }
        | Edit::RecolorCards { .. }
        | Edit::DeleteCards(_)
        | Edit::DuplicateCards(_)
        | Edit::PasteCards(_) => cards::run(tx, journey, edit),
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
        | Edit::LabelPoint { .. }
        | Edit::MarkMomentOfTruth { .. } => structure::run(tx, journey, edit),
        Edit::AddStep { .. }
        | Edit::RenameStep { .. }
        | Edit::DescribeStep { .. }
        | Edit::ResizeStep { .. }
        | Edit::MoveStep { .. }
        | Edit::DeleteStep(_) => steps::run(tx, journey, edit),
        Edit::AssignCurve { .. }
        | Edit::AddPersona { .. }
        | Edit::DuplicatePersona { .. }
        | Edit::DeletePersona(_) => personas::run(tx, journey, edit),
        primitive => tx.primitive(journey, primitive),
    }
}
