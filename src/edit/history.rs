//! Undo and redo: a stack of named steps, each holding the primitive edits that
//! reverse it. Nothing here is ever saved.
//!
//! Memory stays proportional to what the steps touched (a moved card, a renamed
//! phase), never to the size of the document: no step holds a copy of the map.

use crate::i18n::Msg;
use crate::model::Journey;

use super::{Edit, EditError, apply_all};

/// One undoable step: a whole gesture, such as a drag or a text edit.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// What the step did, e.g. "move card": a message id rather than text,
    /// so switching the language relabels steps already recorded.
    pub name: Msg,
    /// The edits that reverse it, in the order to apply them.
    edits: Vec<Edit>,
    /// Steps with the same key merge while the user keeps typing in one field.
    merge_key: Option<u64>,
    /// The state the document is in after this step (see [`History::state`]).
    after: StateId,
}

impl Step {
    /// Estimated bytes the step keeps alive.
    pub fn approx_bytes(&self) -> usize {
        std::mem::size_of::<Step>() + self.edits.iter().map(Edit::approx_bytes).sum::<usize>()
    }
}

/// Names one state of the document within a session: the state as opened,
/// or the state after a recorded step. Undoing back to a state gives back its
/// id, so "unsaved changes?" is a comparison with the id that was saved.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct StateId(u64);

/// The session's undo and redo stacks. Unlimited: a workshop can undo back to
/// the map as it was opened.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// Set when the field being typed in loses focus: the next keystroke starts a new step.
    sealed: bool,
    /// The state before the first step that can be undone.
    base: StateId,
    /// The last state id handed out; ids only grow, so none is reused.
    last_state: u64,
}

impl History {
    /// Records an applied edit whose reversal is `inverse` (from [`super::apply`]).
    /// An empty inverse (nothing changed) records nothing. Consecutive steps with
    /// the same `merge_key` become one, so typing a name is one step.
    pub fn record(&mut self, name: Msg, inverse: Vec<Edit>, merge_key: Option<u64>) {
        if inverse.is_empty() {
            return;
        }
        self.redo.clear();
        let merges = merge_key.is_some() && !self.sealed;
        if let Some(last) = self
            .undo
            .last_mut()
            .filter(|last| merges && last.merge_key == merge_key)
        {
            // Undoing the merged step applies the newest reversal first, then the
            // older ones; when both only replace the same item, the older one alone
            // restores it and the newer one is dropped to keep memory flat.
            if !same_targets(&inverse, &last.edits) {
                let mut edits = inverse;
                edits.append(&mut last.edits);
                last.edits = edits;
            }
            // The merged step ends in a new state: typing on after a save is a change.
            self.last_state += 1;
            last.after = StateId(self.last_state);
            return;
        }
        self.sealed = false;
        self.last_state += 1;
        self.undo.push(Step {
            name,
            edits: inverse,
            merge_key,
            after: StateId(self.last_state),
        });
    }

    /// The document's state now: the state after the last step that can be
    /// undone, or the state it was opened in.
    pub fn state(&self) -> StateId {
        self.undo.last().map_or(self.base, |step| step.after)
    }

    /// Ends merging: the next edit starts a new step even with the same key.
    pub fn seal(&mut self) {
        self.sealed = true;
    }

    /// The name of the step [`Self::undo`] would reverse.
    pub fn undo_name(&self) -> Option<Msg> {
        self.undo.last().map(|step| step.name)
    }

    /// The name of the step [`Self::redo`] would repeat.
    pub fn redo_name(&self) -> Option<Msg> {
        self.redo.last().map(|step| step.name)
    }

    /// Reverses the last step; returns its name and the edits that redo it.
    ///
    /// # Errors
    /// The journey no longer fits the step (it was changed outside history); the
    /// step is dropped and the journey left as it was.
    pub fn undo(&mut self, journey: &mut Journey) -> Result<Option<Msg>, EditError> {
        Self::replay(&mut self.undo, &mut self.redo, journey)
    }

    /// Repeats the last undone step.
    ///
    /// # Errors
    /// As [`Self::undo`].
    pub fn redo(&mut self, journey: &mut Journey) -> Result<Option<Msg>, EditError> {
        Self::replay(&mut self.redo, &mut self.undo, journey)
    }

    fn replay(
        from: &mut Vec<Step>,
        to: &mut Vec<Step>,
        journey: &mut Journey,
    ) -> Result<Option<Msg>, EditError> {
        let Some(step) = from.pop() else {
            return Ok(None);
        };
        let reverse = apply_all(journey, step.edits)?;
        to.push(Step {
            name: step.name,
            edits: reverse,
            merge_key: None,
            after: step.after,
        });
        Ok(Some(step.name))
    }

    /// Number of steps that can be undone.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Estimated bytes held by both stacks.
    pub fn approx_bytes(&self) -> usize {
        self.undo
            .iter()
            .chain(&self.redo)
            .map(Step::approx_bytes)
            .sum()
    }

    /// Forgets everything (a different document was opened). The new base
    /// state is one never seen before.
    pub fn clear(&mut self) {
        let last_state = self.last_state + 1;
        *self = Self {
            base: StateId(last_state),
            last_state,
            ..Self::default()
        };
    }
}

/// Whether two reversal lists only replace the very same items.
fn same_targets(newer: &[Edit], older: &[Edit]) -> bool {
    fn target(edit: &Edit) -> Option<(u8, u64)> {
        match edit {
            Edit::UpdateCard(card) => Some((0, card.id.0)),
            Edit::UpdatePhase(phase) => Some((1, phase.id.0)),
            Edit::UpdateLane(lane) => Some((2, lane.id.0)),
            Edit::UpdateCurve(curve) => Some((3, curve.id.0)),
            Edit::SetTitle(_) => Some((4, 0)),
            Edit::SetDescription(_) => Some((5, 0)),
            Edit::SetScale(_) => Some((6, 0)),
            Edit::SetLanguage(_) => Some((7, 0)),
            _ => None,
        }
    }
    let targets = |edits: &[Edit]| edits.iter().map(target).collect::<Option<Vec<_>>>();
    matches!((targets(newer), targets(older)), (Some(a), Some(b)) if a == b)
}
