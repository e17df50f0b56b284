//! Opening, replacing and saving the map, and what goes with it: the recent
//! files, the recovery copy, files dropped on the window.

use std::path::{Path, PathBuf};

use super::JourneymapApp;
use super::guard::Action;
use crate::format;
use crate::i18n::{text::app as t, tr, tr_args};
use crate::storage::{DiskState, Fingerprint};

impl JourneymapApp {
    /// Opens the map at `path`, or explains why it cannot be opened. Does not
    /// ask about unsaved changes: callers go through the guard first.
    pub fn open_path(&mut self, path: &Path) {
        match super::disk::read_map(path) {
            Ok((journey, on_disk)) => self.open_loaded(path, journey, on_disk),
            Err(error) => self.tell(tr(t::NOTICE_OPEN_FAILED), error.lines().join("\n")),
        }
    }

    /// Puts `journey` in place of the open map, whose recovery copy goes:
    /// it was saved, or the user chose not to keep its changes.
    pub(super) fn replace_document(
        &mut self,
        journey: crate::model::Journey,
        path: Option<PathBuf>,
    ) {
        if let Some(persistence) = self.persistence_mut() {
            persistence.drop_copy();
        }
        // Steps of another map cannot be undone on this one; the clipboard stays,
        // so cards can be pasted between maps.
        self.document.replace(journey, path);
        self.canvas.reset_view();
        // Its selection and any photo being read belong to the old map.
        if self.personas.is_some() {
            self.personas = Some(super::personas::PersonaPanel::new());
        }
    }

    /// Saves atomically to `path`. On failure the map stays open with its
    /// changes and the user is told what happened and what to do.
    pub(super) fn save_to(&mut self, path: &Path) -> bool {
        let text = format::to_ron_string(&self.document.journey);
        match crate::storage::save_atomically(path, text.as_bytes()) {
            Ok(backup) => {
                let on_disk = DiskState::Present(Fingerprint::of_bytes(text.as_bytes()));
                self.document.mark_saved(path, on_disk);
                self.disk_known(on_disk);
                if self.mode == super::Mode::Edit
                    && let Some(Err(error)) = self.persistence_mut().map(|p| p.lock_map(path))
                {
                    // Saved all the same; another window may save over it later
                    // (Save there asks first).
                    self.status = error.message(path);
                }
                if let Some(persistence) = self.persistence_mut() {
                    persistence.drop_copy();
                }
                self.remember(path);
                if let crate::storage::Backup::Failed(backup, error) = backup {
                    self.tell(
                        tr(t::NOTICE_NO_BACKUP),
                        tr_args(
                            t::NO_BACKUP_BODY,
                            &[
                                ("path", (&path.display().to_string()).into()),
                                ("backup", (&backup.display().to_string()).into()),
                                ("error", (&error.to_string()).into()),
                            ],
                        ),
                    );
                }
                true
            }
            Err(error) => {
                self.tell(
                    tr(t::NOTICE_SAVE_FAILED),
                    tr_args(t::SAVE_FAILED_BODY, &[("error", (&error.message()).into())]),
                );
                false
            }
        }
    }

    /// Puts `path` at the top of the recent files.
    pub(super) fn remember(&mut self, path: &Path) {
        if let Some(problem) = self.persistence_mut().and_then(|p| p.remember(path)) {
            self.tell(tr(t::NOTICE_RECENT_FAILED), problem);
        }
    }

    /// A map dropped on the window opens (after the unsaved-changes guard).
    pub(super) fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Option<PathBuf> = ctx.input(|input| {
            input
                .raw
                .dropped_files
                .iter()
                .map(|file| file.path().to_path_buf())
                .find(|path| !path.as_os_str().is_empty())
        });
        if let Some(path) = dropped {
            self.request(ctx, Action::OpenPath(path));
        }
    }

    /// Whether template thumbnails are still being drawn (for tests).
    pub fn template_previews_pending(&self) -> bool {
        self.jobs.previews.pending()
    }

    /// Whether the export dialog's slide thumbnails are still being planned
    /// or drawn (for tests).
    pub fn slide_previews_pending(&self) -> bool {
        self.jobs.slide_previews.pending()
    }
}
