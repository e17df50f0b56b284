//! The document and the file on disk: what the editor last loaded or saved
//! there, and what to do when another program changes it.

use crate::edit::{self, Edit};
use crate::i18n::text::edit as step;
use crate::model::Journey;
use crate::storage::disk::DiskState;

use super::OpenDocument;

/// What to do about the file on disk having changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiskDecision {
    /// It holds what the editor last loaded or saved: nothing to do.
    Same,
    /// Another version, and no unsaved edits here: reload it.
    Reload,
    /// Another version, and unsaved edits here: ask which to keep.
    Ask,
    /// The file is gone: keep the map open, unsaved.
    Deleted,
}

impl OpenDocument {
    /// What the editor last loaded from or saved to the map's file; `None`
    /// when it does not know (a new map).
    pub fn disk(&self) -> Option<DiskState> {
        self.disk
    }

    /// Records what is on disk now, as this editor put it there or read it.
    pub fn set_disk(&mut self, state: Option<DiskState>) {
        self.disk = state;
    }

    /// What to do now that the file is observed to be in `observed` state.
    pub fn disk_decision(&self, observed: DiskState) -> DiskDecision {
        if self.disk == Some(observed) {
            return DiskDecision::Same;
        }
        match observed {
            DiskState::Missing => DiskDecision::Deleted,
            DiskState::Present(_) if self.is_dirty() => DiskDecision::Ask,
            DiskState::Present(_) => DiskDecision::Reload,
        }
    }

    /// Whether saving now would overwrite a version of the file that this
    /// editor never saw: another window's save, another program's change.
    /// A missing file hides nothing.
    pub fn save_would_overwrite(&self, on_disk: DiskState) -> bool {
        match on_disk {
            DiskState::Missing => false,
            DiskState::Present(_) => self.disk != Some(on_disk),
        }
    }

    /// The file was deleted or moved away: the map stays, unsaved.
    pub fn file_deleted(&mut self) {
        self.disk = Some(DiskState::Missing);
        self.mark_unsaved();
    }

    /// Takes `journey`, read from disk in `state`, as one undo step, so
    /// undo goes back to what was on screen. Afterwards the document is
    /// clean: it is what the file holds.
    ///
    /// # Errors
    /// The journey cannot replace this one (it does not validate).
    pub fn reload(&mut self, journey: Journey, state: DiskState) -> Result<(), edit::EditError> {
        self.pending.clear();
        let inverse = edit::apply(&mut self.journey, Edit::ReplaceJourney(Box::new(journey)))?;
        self.history.seal();
        self.history.record(step::STEP_RELOAD, inverse, None);
        self.revision += 1;
        self.saved_state = Some(self.history.state());
        self.disk = Some(state);
        Ok(())
    }
}
