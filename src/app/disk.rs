//! The open map and its file: watching it for changes by other programs,
//! asking before Save overwrites a version this window never saw, and
//! holding the file so that one window edits it at a time.

use std::path::{Path, PathBuf};

use super::dialog::Dialog;
use super::disk_dialogs::{ChangedAnswer, ConflictAnswer, ElsewhereAnswer, OpenElsewhere};
use super::guard::Action;
use super::jobs::FileRequest;
use super::{JourneymapApp, Mode};
use crate::document::DiskDecision;
use crate::format::{self, LoadError};
use crate::i18n::{text::dialogs as t, tr, tr_args};
use crate::model::Journey;
use crate::storage::{DISK_POLL_INTERVAL, DiskState, DiskWatch, Fingerprint, LockError};

/// Reads the map at `path` and what its file held.
pub fn read_map(path: &Path) -> Result<(Journey, DiskState), LoadError> {
    let bytes = format::read_file(path)?;
    let journey = format::from_bytes(&bytes, path)?;
    Ok((journey, DiskState::Present(Fingerprint::of_bytes(&bytes))))
}

impl JourneymapApp {
    /// Opens a map read from `path`, unless another window edits it: then
    /// asks whether to bring that window forward or look at it view-only.
    pub(super) fn open_loaded(&mut self, path: &Path, journey: Journey, disk: DiskState) {
        match self.lock_map(path) {
            Err(LockError::HeldElsewhere { pid }) => {
                self.dialogs.open(Dialog::OpenElsewhere(OpenElsewhere {
                    path: path.to_path_buf(),
                    journey: Box::new(journey),
                    disk,
                    pid,
                    at_start: false,
                }));
            }
            locked => {
                if let Err(error) = locked {
                    // No lock folder: the map still opens, as before locks existed.
                    self.status = error.message(path);
                }
                self.replace_document(journey, Some(path.to_path_buf()));
                self.document.set_disk(Some(disk));
                self.mode = Mode::Edit;
                self.remember(path);
            }
        }
    }

    /// Claims `path` for this window (no storage: nothing to claim).
    fn lock_map(&mut self, path: &Path) -> Result<(), LockError> {
        self.persistence_mut()
            .map_or(Ok(()), |persistence| persistence.lock_map(path))
    }

    /// A new or recovered map belongs to no file yet: the editor lets go of
    /// the one it held, and edits again.
    pub(super) fn release_map(&mut self) {
        if let Some(persistence) = self.persistence_mut() {
            persistence.release_map();
        }
        self.mode = Mode::Edit;
    }

    /// At start: the map named on the command line may be open elsewhere.
    pub(super) fn claim_start_map(&mut self) {
        let Some(path) = self.document.path.clone() else {
            return;
        };
        if let Err(LockError::HeldElsewhere { pid }) = self.lock_map(&path) {
            self.mode = Mode::ViewOnly;
            self.status = tr_args(
                t::STATUS_VIEW_ONLY,
                &[("name", (&self.document.display_name()).into())],
            );
            self.dialogs.open(Dialog::OpenElsewhere(OpenElsewhere {
                path,
                journey: Box::new(self.document.journey.clone()),
                disk: self.document.disk().unwrap_or(DiskState::Missing),
                pid,
                at_start: true,
            }));
        }
    }

    pub(super) fn answer_open_elsewhere(
        &mut self,
        ctx: &egui::Context,
        question: OpenElsewhere,
        answer: ElsewhereAnswer,
    ) {
        match answer {
            ElsewhereAnswer::BringForward => {
                if let Some(Err(error)) =
                    self.persistence().map(|p| p.request_raise(&question.path))
                {
                    self.status = error.to_string();
                }
                if question.at_start {
                    // This window was opened only to edit that map.
                    self.life = super::Life::Closing;
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
            ElsewhereAnswer::ViewOnly => {
                if !question.at_start {
                    self.replace_document(*question.journey, Some(question.path.clone()));
                    self.document.set_disk(Some(question.disk));
                    if let Some(persistence) = self.persistence_mut() {
                        persistence.release_map();
                    }
                }
                self.mode = Mode::ViewOnly;
                self.status = tr_args(
                    t::STATUS_VIEW_ONLY,
                    &[("name", (&self.document.display_name()).into())],
                );
            }
            ElsewhereAnswer::Cancel => {}
        }
    }

    /// Keeps a watch on the open map's file, started afresh when the map
    /// moves to another file, and acts on what it saw.
    pub(super) fn watch_disk(&mut self, ctx: &egui::Context) {
        // Compared in place: this runs every frame, and the path rarely changes.
        if self.jobs.watched != self.document.path {
            let path = self.document.path.clone();
            self.jobs.watch = path.as_ref().map(|path| {
                if self.document.disk().is_none() {
                    // Opened before the editor looked at the file: take it as it is now.
                    self.document
                        .set_disk(crate::storage::read_state(path).ok());
                }
                let known = self.document.disk().unwrap_or(DiskState::Missing);
                let ctx = ctx.clone();
                DiskWatch::start(
                    path.clone(),
                    known,
                    DISK_POLL_INTERVAL,
                    Box::new(move || ctx.request_repaint()),
                )
            });
            self.jobs.watched = path;
        }
        let observed = self.jobs.watch.as_ref().and_then(DiskWatch::poll);
        if let Some(observed) = observed {
            self.disk_changed(ctx, observed);
        }
    }

    /// Tells the watch what this window just put on disk or read from it.
    pub(super) fn disk_known(&self, state: DiskState) {
        if let Some(watch) = &self.jobs.watch {
            watch.set_known(state);
        }
    }

    fn disk_changed(&mut self, ctx: &egui::Context, observed: DiskState) {
        let name = self.document.display_name();
        match self.document.disk_decision(observed) {
            DiskDecision::Same => {}
            DiskDecision::Deleted => {
                self.document.file_deleted();
                self.status = tr_args(t::STATUS_DELETED, &[("name", (&name).into())]);
            }
            DiskDecision::Reload => self.reload_from_disk(),
            DiskDecision::Ask
                if self
                    .dialogs
                    .has(|dialog| matches!(dialog, Dialog::SaveConflict(_))) =>
            {
                // Save is already asking about this very change: one question.
                self.disk_known(observed);
            }
            DiskDecision::Ask => {
                self.dialogs
                    .close(|dialog| matches!(dialog, Dialog::DiskChanged(_)));
                self.dialogs.open(Dialog::DiskChanged(observed));
                ctx.request_repaint();
            }
        }
    }

    /// Reads the file again and takes it as one undo step, keeping the view.
    fn reload_from_disk(&mut self) {
        let Some(path) = self.document.path.clone() else {
            return;
        };
        let name = self.document.display_name();
        let loaded = read_map(&path).map_err(|error| error.lines().join("\n"));
        let reloaded = loaded.and_then(|(journey, disk)| {
            self.document
                .reload(journey, disk)
                .map(|()| disk)
                .map_err(|error| error.message())
        });
        match reloaded {
            Ok(disk) => {
                self.disk_known(disk);
                self.status = tr_args(t::STATUS_RELOADED, &[("name", (&name).into())]);
            }
            Err(problem) => {
                // A half-written or broken file: what is on screen stays, and
                // Save will ask before replacing the file.
                if let Ok(state) = crate::storage::read_state(&path) {
                    self.disk_known(state);
                }
                self.tell(
                    tr_args(t::RELOAD_FAILED_TITLE, &[("name", (&name).into())]),
                    problem,
                );
            }
        }
    }

    pub(super) fn answer_disk_changed(
        &mut self,
        ctx: &egui::Context,
        observed: DiskState,
        answer: ChangedAnswer,
    ) {
        match answer {
            ChangedAnswer::Reload => self.reload_from_disk(),
            ChangedAnswer::KeepMine => {
                // The watch stops reporting this version; the document still
                // knows only its own, so Save asks before replacing it.
                self.disk_known(observed);
                let name = self.document.display_name();
                self.status = tr_args(t::STATUS_KEPT_MINE, &[("name", (&name).into())]);
            }
            ChangedAnswer::SaveCopy => {
                self.disk_known(observed);
                self.ask_save_copy(ctx, None);
            }
        }
    }

    /// Save As, suggesting “map copy.ron” beside the map.
    fn ask_save_copy(&mut self, ctx: &egui::Context, then: Option<Action>) {
        let suggested = self.document.path.as_deref().map(copy_path);
        self.ask_for_file(ctx, FileRequest::save_as(then), suggested);
    }

    /// Whether saving to `path` must ask first: the file holds a version
    /// this window never loaded or saved. Asks, and returns true, if so.
    pub(super) fn save_needs_asking(&mut self, path: &Path, then: Option<Action>) -> bool {
        let Ok(on_disk) = crate::storage::read_state(path) else {
            // Unreadable: the save itself will say what is wrong.
            return false;
        };
        if !self.document.save_would_overwrite(on_disk) {
            return false;
        }
        self.dialogs
            .open(Dialog::SaveConflict(super::disk_dialogs::SaveConflict {
                then,
            }));
        true
    }

    pub(super) fn answer_save_conflict(
        &mut self,
        ctx: &egui::Context,
        then: Option<Action>,
        answer: ConflictAnswer,
    ) {
        match answer {
            ConflictAnswer::Overwrite => {
                if let Some(path) = self.document.path.clone() {
                    self.save_to_then(ctx, &path, then);
                }
            }
            ConflictAnswer::SaveCopy => self.ask_save_copy(ctx, then),
            ConflictAnswer::Cancel => {}
        }
    }
}

/// `map.ron` → `map copy.ron` (in the interface's language).
fn copy_path(path: &Path) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut name = format!("{stem} {}", tr(t::COPY_SUFFIX));
    if let Some(extension) = path.extension() {
        name.push('.');
        name.push_str(&extension.to_string_lossy());
    }
    path.with_file_name(name)
}
