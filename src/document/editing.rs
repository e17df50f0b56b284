//! Queuing, applying and undoing edits: the one place the journey changes.

use crate::edit::{self, Edit, EditError};
use crate::i18n::Msg;

use super::{OpenDocument, PendingEdit};

/// One queued edit that changed the journey.
#[derive(Clone, Debug, PartialEq)]
pub struct Applied {
    /// What the edit was called ("add phase").
    pub name: Msg,
    /// The primitives that reverse it: they name what it created (a
    /// `RemovePhase` reverses an added phase), for the UI to select.
    pub inverse: Vec<Edit>,
    /// The edit added a phase, step or lane that the user will want to name.
    pub renames_new: bool,
}

/// What applying the queued edits did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ApplyReport {
    /// The edits that changed the journey, in order.
    pub applied: Vec<Applied>,
    /// The edits that were refused, with why; the journey is untouched by them.
    pub refused: Vec<(Msg, EditError)>,
}

/// What an undo or redo did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UndoOutcome {
    /// There was nothing to undo (or redo).
    Nothing,
    /// The step with this name was undone (or redone).
    Done(Msg),
    /// The step no longer fits the journey; it was dropped.
    Failed(EditError),
}

impl OpenDocument {
    /// Queues an edit, applied by the next [`Self::apply_pending`].
    pub fn queue_edit(&mut self, edit: Edit) {
        self.queue_merging(edit, None);
    }

    /// Queues an edit that merges with the previous undo step of the same
    /// `merge_key` (keystrokes in one field).
    pub fn queue_merging(&mut self, edit: Edit, merge_key: Option<u64>) {
        self.pending.push(PendingEdit { edit, merge_key });
    }

    /// Whether edits are waiting to be applied.
    pub fn has_pending(&self) -> bool {
        !self.pending.is_empty()
    }

    /// Drops the queued edits (the user may not edit now, or the map went).
    pub fn discard_pending(&mut self) {
        self.pending.clear();
    }

    /// Applies the queued edits in order, records each as one undo step and
    /// moves the revision on.
    pub fn apply_pending(&mut self) -> ApplyReport {
        let mut report = ApplyReport::default();
        for pending in std::mem::take(&mut self.pending) {
            let name = pending.edit.name();
            let renames_new = matches!(
                pending.edit,
                Edit::AddPhase { .. } | Edit::AddStep { .. } | Edit::AddLane { .. }
            );
            match edit::apply(&mut self.journey, pending.edit) {
                Ok(inverse) if inverse.is_empty() => {}
                Ok(inverse) => {
                    self.history
                        .record(name, inverse.clone(), pending.merge_key);
                    self.revision += 1;
                    report.applied.push(Applied {
                        name,
                        inverse,
                        renames_new,
                    });
                }
                Err(error) => report.refused.push((name, error)),
            }
        }
        report
    }

    /// Reverses the last step.
    pub fn undo(&mut self) -> UndoOutcome {
        let result = self.history.undo(&mut self.journey);
        self.after_replay(result)
    }

    /// Repeats the last undone step.
    pub fn redo(&mut self) -> UndoOutcome {
        let result = self.history.redo(&mut self.journey);
        self.after_replay(result)
    }

    fn after_replay(&mut self, result: Result<Option<Msg>, EditError>) -> UndoOutcome {
        match result {
            Ok(Some(name)) => {
                self.revision += 1;
                UndoOutcome::Done(name)
            }
            Ok(None) => UndoOutcome::Nothing,
            Err(error) => {
                // The step was dropped; the journey may have changed before it failed.
                self.revision += 1;
                UndoOutcome::Failed(error)
            }
        }
    }
}
