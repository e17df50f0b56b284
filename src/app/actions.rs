//! Actions that would drop the open map (New, Open, Quit, Restore, a dropped
//! file), the unsaved-changes guard in front of them, and the answers of file
//! dialogs and the start-up recovery check.

use std::path::{Path, PathBuf};

use super::dialog::Dialog;
use super::dialogs::{DialogAnswer, FilePurpose};
use super::guard::{Action, Guard, GuardAnswer};
use super::jobs::FileRequest;
use super::path_prompt::{PathPrompt, PromptAnswer};
use super::persistence::Persistence;
use super::recent::RecentRequest;
use super::recovery_dialog::{RecoveryChoice, RecoveryDialog};
use super::{JourneymapApp, Life, Storage, example};
use crate::format;
use crate::i18n::text::dialogs as t_dialogs;
use crate::i18n::{text::app as t, tr, tr_args};
use crate::storage::StorageDirs;

/// Whether two paths name one file (through links and `..`).
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

impl JourneymapApp {
    /// Does `action`, asking first if the open map has unsaved changes.
    pub(super) fn request(&mut self, ctx: &egui::Context, action: Action) {
        if self.document.is_dirty() {
            self.dialogs.open(Dialog::Guard(Guard::new(action)));
        } else {
            self.perform(ctx, action);
        }
    }

    /// Does `action` now; the guard (if needed) has been answered.
    fn perform(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::New => {
                self.replace_document(example::blank(), None);
                self.release_map();
            }
            Action::NewFromTemplate { template, lang } => {
                if let Some(template) = crate::templates::find(template) {
                    self.replace_document(template.build(lang), None);
                    self.release_map();
                }
            }
            Action::Open => {
                let suggested = self.document.path.clone();
                self.ask_for_file(ctx, FileRequest::plain(FilePurpose::Open), suggested);
            }
            Action::OpenPath(path) => self.open_path(&path),
            Action::Import => {
                // The open map's folder, not the map: importing a .ron
                // would only be refused.
                let suggested = self
                    .document
                    .path
                    .as_deref()
                    .and_then(Path::parent)
                    .map(|folder| folder.join("journey.mmd"));
                self.ask_for_file(ctx, FileRequest::plain(FilePurpose::Import), suggested);
            }
            Action::ImportText(text) => self.import_pasted(&text),
            Action::Restore(file) => self.restore(&file),
            Action::Quit => {
                self.life = Life::Closing;
                if let Some(persistence) = self.persistence_mut() {
                    // "Don't save" was chosen, or there was nothing to save.
                    persistence.drop_copy();
                }
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// The guard's answer for its held-back action.
    pub(super) fn answer_guard(
        &mut self,
        ctx: &egui::Context,
        action: Action,
        answer: GuardAnswer,
    ) {
        match answer {
            GuardAnswer::Save => self.save_then(ctx, Some(action)),
            GuardAnswer::DontSave => {
                if let Some(persistence) = self.persistence_mut() {
                    persistence.drop_copy();
                }
                self.perform(ctx, action);
            }
            GuardAnswer::Cancel => {}
        }
    }

    /// Saves to the map's file, or asks where for a new map; then does `then`.
    /// A failed save cancels `then`: the map stays open with its changes.
    /// Never over a version of the file this window has not seen: then it
    /// asks first.
    pub(super) fn save_then(&mut self, ctx: &egui::Context, then: Option<Action>) {
        if !self.mode.may_edit() {
            // View-only: the map is saved in the window that edits it.
            return;
        }
        match self.document.path.clone() {
            Some(path) => {
                if !self.save_needs_asking(&path, then.clone()) {
                    self.save_to_then(ctx, &path, then);
                }
            }
            None => self.ask_save_path(ctx, then),
        }
    }

    /// Saves to `path`; once saved, does `then`.
    pub(super) fn save_to_then(&mut self, ctx: &egui::Context, path: &Path, then: Option<Action>) {
        if self.save_to(path)
            && let Some(action) = then
        {
            self.perform(ctx, action);
        }
    }

    /// Asks where to save; `then` runs once the map is saved there.
    pub(super) fn ask_save_path(&mut self, ctx: &egui::Context, then: Option<Action>) {
        let suggested = self
            .document
            .path
            .clone()
            .or_else(|| Some(PathBuf::from(format!("journey.{}", format::EXTENSION))));
        self.ask_for_file(ctx, FileRequest::save_as(then), suggested);
    }

    /// Shows a file dialog for `request`; its answer arrives as a job event.
    pub(super) fn ask_for_file(
        &mut self,
        ctx: &egui::Context,
        request: FileRequest,
        suggested: Option<PathBuf>,
    ) {
        if self.jobs.files.is_open() {
            return;
        }
        self.jobs.path_suggestion.clone_from(&suggested);
        self.jobs.files.show(ctx, request.purpose, suggested);
        self.jobs.file_request = Some(request);
    }

    /// The window's close button (or Quit): ask first if there are changes.
    pub(super) fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|input| input.viewport().close_requested()) || self.life == Life::Closing {
            return;
        }
        if self.document.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            if !self
                .dialogs
                .has(|dialog| matches!(dialog, Dialog::Guard(_)))
            {
                self.dialogs.open(Dialog::Guard(Guard::new(Action::Quit)));
            }
        } else {
            self.life = Life::Closing;
        }
    }

    /// A native dialog's answer: a path, nothing, or "no dialog could show",
    /// in which case the path is typed.
    pub(super) fn file_answer(
        &mut self,
        ctx: &egui::Context,
        request: FileRequest,
        answer: DialogAnswer,
    ) {
        match answer {
            DialogAnswer::Chosen(path) => self.file_chosen(ctx, request, &path),
            DialogAnswer::Cancelled => {}
            DialogAnswer::Unavailable => {
                let suggested = self.jobs.path_suggestion.take();
                self.dialogs.open(Dialog::PathPrompt(PathPrompt::new(
                    request.purpose,
                    suggested,
                )));
                self.jobs.file_request = Some(request);
            }
        }
    }

    /// The path prompt's answer.
    pub(super) fn answer_path_prompt(
        &mut self,
        ctx: &egui::Context,
        purpose: FilePurpose,
        answer: PromptAnswer,
    ) {
        let request = self
            .jobs
            .file_request
            .take()
            .filter(|request| request.purpose == purpose)
            .unwrap_or_else(|| FileRequest::plain(purpose));
        match answer {
            PromptAnswer::Chosen(path) => {
                let writes = matches!(purpose, FilePurpose::SaveAs | FilePurpose::Export(_));
                let open = self.document.path.as_deref();
                // The native dialogs ask before replacing a file; a typed
                // path must too (saving over the open map itself is Save).
                if writes && path.exists() && !open.is_some_and(|open| same_file(open, &path)) {
                    self.dialogs.open(Dialog::ReplaceFile(path, request));
                } else {
                    self.file_chosen(ctx, request, &path);
                }
            }
            PromptAnswer::Cancelled => {}
        }
    }

    pub(super) fn file_chosen(&mut self, ctx: &egui::Context, request: FileRequest, path: &Path) {
        match request.purpose {
            FilePurpose::Open => self.open_path(path),
            FilePurpose::Import => self.import_file(path),
            FilePurpose::Export(_) => {
                if let Some(options) = request.export {
                    let journey = self.document.journey.clone();
                    self.jobs.export = Some(super::export_dialog::ExportJob::start(
                        ctx,
                        journey,
                        options,
                        path.to_path_buf(),
                    ));
                }
            }
            FilePurpose::Photo(persona) => self
                .personas
                .get_or_insert_with(super::personas::PersonaPanel::new)
                .import_photo(ctx, persona, path.to_path_buf()),
            FilePurpose::SaveAs => {
                if self.mode == super::Mode::ViewOnly {
                    if self
                        .document
                        .path
                        .as_deref()
                        .is_some_and(|open| same_file(open, path))
                    {
                        // Another window edits that file: Save As is no way round it.
                        self.status = tr_args(
                            t_dialogs::STATUS_VIEW_ONLY,
                            &[("name", (&self.document.display_name()).into())],
                        );
                        return;
                    }
                    // A copy saved elsewhere is this window's own to edit.
                    self.mode = super::Mode::Edit;
                }
                self.save_to_then(ctx, path, request.then);
            }
        }
    }

    pub(super) fn run_recent_request(&mut self, ctx: &egui::Context, request: RecentRequest) {
        match request {
            RecentRequest::Open(path) => self.request(ctx, Action::OpenPath(path)),
            RecentRequest::Forget(path) => {
                if let Some(problem) = self.persistence_mut().and_then(|p| p.forget(&path)) {
                    self.tell(tr(t::NOTICE_RECENT_FAILED), problem);
                }
            }
            RecentRequest::Clear => {
                if let Some(problem) = self.persistence_mut().and_then(Persistence::forget_all) {
                    self.tell(tr(t::NOTICE_RECENT_FAILED), problem);
                }
            }
        }
    }

    /// Opens settings and recovery copies; offers maps left by a crash.
    pub(super) fn open_storage(&mut self, dirs: StorageDirs, ctx: &egui::Context) {
        let (mut persistence, warnings) = Persistence::open(dirs, ctx);
        if let Some(language) = persistence.settings.language {
            self.language = language;
            crate::i18n::set_current(language);
        }
        for warning in warnings {
            self.tell(tr(t::NOTICE_STARTUP_PROBLEM), warning);
        }
        if let Some(path) = self.document.path.clone() {
            // The map named on the command line counts as recently opened.
            if let Some(problem) = persistence.remember(&path) {
                self.tell(tr(t::NOTICE_RECENT_FAILED), problem);
            }
        }
        if let Some(recovery) = RecoveryDialog::new(persistence.orphans()) {
            // Under any start-up message, so the message is read first.
            self.dialogs.put_back(0, Dialog::Recovery(recovery));
        }
        self.export_choices = persistence.settings.export.clone();
        self.storage = Storage::Open(Box::new(persistence));
        self.claim_start_map();
    }

    /// The recovery dialog's choice.
    pub(super) fn answer_recovery(&mut self, ctx: &egui::Context, choice: RecoveryChoice) {
        match choice {
            RecoveryChoice::Restore(file) => self.request(ctx, Action::Restore(file)),
            RecoveryChoice::Discard(file) => {
                if let Some(dialog) = self.dialogs.recovery_mut() {
                    dialog.remove(&file);
                }
                if let Err(error) = crate::storage::recovery::remove_copy(&file) {
                    self.tell(
                        tr(t::NOTICE_DISCARD_FAILED),
                        format!("{}: {error}", file.display()),
                    );
                }
            }
        }
    }

    /// Opens a recovered map as the current one, with unsaved changes, and
    /// takes over its copy so it stays protected until saved.
    fn restore(&mut self, file: &Path) {
        let Some(orphan) = self
            .dialogs
            .recovery_mut()
            .and_then(|dialog| dialog.remove(file))
        else {
            return;
        };
        if self
            .dialogs
            .recovery_mut()
            .is_some_and(|dialog| dialog.is_empty())
        {
            self.dialogs
                .close(|dialog| matches!(dialog, Dialog::Recovery(_)));
        }
        let Ok((info, journey)) = orphan.content else {
            return;
        };
        let disk = info
            .original
            .as_deref()
            .and_then(|path| crate::storage::read_state(path).ok());
        self.replace_document(journey, info.original);
        // The file as it is now is the version the user saves over, knowingly:
        // restoring means wanting the recovered changes.
        self.document.set_disk(disk);
        self.release_map();
        // Not what is on disk (if anything is): the user decides by saving.
        self.document.mark_unsaved();
        let adopted = self
            .persistence_mut()
            .map(|persistence| persistence.adopt(file));
        if let Some(Err(error)) = adopted {
            self.tell(
                tr(t::NOTICE_ADOPT_FAILED),
                tr_args(
                    t::ADOPT_FAILED_BODY,
                    &[
                        ("path", (&file.display().to_string()).into()),
                        ("error", (&error.to_string()).into()),
                    ],
                ),
            );
        }
    }
}
