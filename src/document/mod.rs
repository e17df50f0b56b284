//! The open document: one map being edited, without any egui.
//!
//! It holds the journey, where it lives on disk, its revision and the state
//! that was last saved, the undo history, the card clipboard and the edits
//! waiting to be applied. The egui app is a shell around it: UI code queues
//! [`Edit`]s during a frame and the app calls [`OpenDocument::apply_pending`]
//! at its end, the one place the journey changes.
//!
//! Architecture invariant: nothing here knows egui, windows or threads, so
//! every rule about editing, undo and "unsaved changes?" is unit-tested
//! without a window.

mod disk;
mod editing;
#[cfg(test)]
mod tests;

pub use disk::DiskDecision;
pub use editing::{Applied, ApplyReport, UndoOutcome};

use std::path::{Path, PathBuf};

use crate::edit::{Edit, History, StateId, clipboard::CardClip};
use crate::i18n::{text::app as t, tr};
use crate::model::Journey;
use crate::storage::disk::DiskState;

/// An edit queued during a frame, applied at its end.
#[derive(Clone, Debug)]
pub struct PendingEdit {
    /// The edit.
    pub edit: Edit,
    /// Edits with the same key in a row become one undo step (typing in a field).
    pub merge_key: Option<u64>,
}

/// A journey being edited.
pub struct OpenDocument {
    /// The map. Read it freely; change it only through queued edits.
    pub journey: Journey,
    /// Where it was loaded from or last saved to; `None` for a new map.
    pub path: Option<PathBuf>,
    /// Increases with every change; caches key on it.
    revision: u64,
    /// The history state that is on disk; `None` when no state of this
    /// session is (a new map, a restored copy, a deleted file).
    saved_state: Option<StateId>,
    /// Undo and redo for this session; never saved.
    history: History,
    /// Edits queued during the frame.
    pending: Vec<PendingEdit>,
    /// What this editor last loaded from or saved to the file.
    disk: Option<DiskState>,
    /// Copied cards. They survive [`OpenDocument::replace`], so cards paste
    /// between maps.
    pub clipboard: CardClip,
}

impl OpenDocument {
    /// A document as it is on disk (or a fresh one when `path` is `None`).
    /// New elements get ids from a block of this session's own, so a copy of
    /// the map edited elsewhere never gives another element the same id.
    pub fn new(mut journey: Journey, path: Option<PathBuf>) -> Self {
        start_session_ids(&mut journey);
        let history = History::default();
        Self {
            journey,
            path,
            revision: 0,
            saved_state: Some(history.state()),
            history,
            pending: Vec::new(),
            disk: None,
            clipboard: CardClip::default(),
        }
    }

    /// Puts another map in this place (New, Open, Restore): its history and
    /// queued edits go, since they belong to the old map; the clipboard stays.
    pub fn replace(&mut self, mut journey: Journey, path: Option<PathBuf>) {
        start_session_ids(&mut journey);
        let revision = self.revision + 1;
        let clipboard = std::mem::take(&mut self.clipboard);
        let mut history = std::mem::take(&mut self.history);
        history.clear();
        *self = Self {
            journey,
            path,
            revision,
            saved_state: Some(history.state()),
            history,
            pending: Vec::new(),
            disk: None,
            clipboard,
        };
    }

    /// Changes with every change of the journey; caches key on it.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The session's undo history.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// Ends the merging of keystrokes: the next edit starts a new undo step.
    pub fn seal_history(&mut self) {
        self.history.seal();
    }

    /// Records that the journey now differs from every saved state (a map
    /// restored from a recovery copy, a file deleted from disk): it stays
    /// unsaved until saved, even if the user undoes.
    pub fn mark_unsaved(&mut self) {
        self.saved_state = None;
        self.revision += 1;
    }

    /// Records that the journey as it is now was saved to `path`, which
    /// now holds `on_disk`.
    pub fn mark_saved(&mut self, path: &Path, on_disk: DiskState) {
        self.path = Some(path.to_path_buf());
        self.saved_state = Some(self.history.state());
        self.disk = Some(on_disk);
    }

    /// Whether there are changes that are not on disk. Undoing back to the
    /// saved state makes the document clean again.
    pub fn is_dirty(&self) -> bool {
        self.saved_state != Some(self.history.state())
    }

    /// The file name, or "Untitled" (in the interface's language) for a new map.
    pub fn display_name(&self) -> String {
        self.path.as_deref().and_then(Path::file_name).map_or_else(
            || tr(t::UNTITLED),
            |name| name.to_string_lossy().into_owned(),
        )
    }

    /// The window title: file name, a `*` when unsaved, and the app name.
    pub fn window_title(&self) -> String {
        let dirty = if self.is_dirty() { "*" } else { "" };
        format!("{dirty}{} — Journeymap", self.display_name())
    }
}

/// Gives `journey` an id counter in a block of its own for this session.
fn start_session_ids(journey: &mut Journey) {
    let ids: Vec<u64> = journey.raw_ids().collect();
    journey.ids = crate::model::IdCounter::session(&ids, entropy());
}

/// A number no other session is likely to draw: std seeds its hash keys
/// from the operating system's randomness; the clock and the process id are
/// mixed in for good measure.
fn entropy() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |since| since.as_nanos());
    hasher.write_u128(now);
    hasher.write_u32(std::process::id());
    hasher.finish()
}
