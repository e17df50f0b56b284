//! The open document: the journey plus where it lives and whether it changed.

use std::path::{Path, PathBuf};

use crate::i18n::{text::app as t, tr};
use crate::model::Journey;

/// A journey being edited.
pub struct OpenDocument {
    /// The map.
    pub journey: Journey,
    /// Where it was loaded from or last saved to; `None` for a new map.
    pub path: Option<PathBuf>,
    /// Increases with every change; caches key on it.
    revision: u64,
    /// The revision that is on disk.
    saved_revision: u64,
}

impl OpenDocument {
    /// A document as it is on disk (or a fresh one when `path` is `None`).
    pub fn new(journey: Journey, path: Option<PathBuf>) -> Self {
        Self {
            journey,
            path,
            revision: 0,
            saved_revision: 0,
        }
    }

    /// Changes with every edit.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Records that the journey changed.
    pub fn mark_changed(&mut self) {
        self.revision += 1;
    }

    /// Records that the journey was saved to `path`.
    pub fn mark_saved(&mut self, path: &Path) {
        self.path = Some(path.to_path_buf());
        self.saved_revision = self.revision;
    }

    /// Whether there are changes that are not on disk.
    pub fn is_dirty(&self) -> bool {
        self.revision != self.saved_revision
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
