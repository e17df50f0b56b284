//! A transaction: the primitives applied so far for one edit, with their
//! inverses, so a gesture that fails half-way can be rolled back.
//!
//! It knows primitives only. Gestures are expanded by `cards.rs`,
//! `structure.rs` and `personas.rs`, which depend on this file; `apply.rs`
//! depends on them. Nothing here depends back on either, so the helpers and
//! the dispatcher form no import loop.

use crate::model::Journey;

use super::primitive::primitive_inverse;
use super::{Edit, EditError};

/// Primitives applied so far in one transaction, with their inverses.
#[derive(Default)]
pub(super) struct Transaction {
    inverse: Vec<Edit>,
}

impl Transaction {
    /// Applies one primitive edit and keeps its inverse. A gesture is refused:
    /// expanding gestures is the dispatcher's job (`apply.rs`).
    pub(super) fn primitive(&mut self, journey: &mut Journey, edit: Edit) -> Result<(), EditError> {
        if let Some(inverse) = primitive_inverse(journey, edit)? {
            self.inverse.push(inverse);
        }
        Ok(())
    }

    /// Undoes everything applied so far, newest first.
    pub(super) fn rollback(self, journey: &mut Journey) {
        for inverse in self.inverse.into_iter().rev() {
            // Inverses of edits that just succeeded always apply.
            let _ = primitive_inverse(journey, inverse);
        }
    }

    /// The edits that undo the whole transaction, in the order to apply them.
    pub(super) fn into_inverse(mut self) -> Vec<Edit> {
        self.inverse.reverse();
        self.inverse
    }
}
