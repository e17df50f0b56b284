//! The editor window: menus, toolbar, canvas, status bar and dialogs around one
//! open document.
//!
//! Architecture invariant: UI code collects [`Command`]s and [`Edit`]s during
//! the frame; they run in one place at the end of it ([`JourneymapApp::run_command`],
//! then `apply_pending_edits`), which is also the only place that changes the
//! journey, records undo history and calls [`OpenDocument::mark_changed`].

mod actions;
mod commands;
mod confirm;
mod dialogs;
mod document;
mod editing;
pub mod example;
mod export_dialog;
mod export_jobs;
mod guard;
mod inspector;
mod menu;
mod modals;
mod path_prompt;
mod persistence;
mod personas;
mod preferences;
mod properties;
mod recent;
mod recovery_dialog;
mod settings;
mod shortcut_text;
mod template_dialog;
mod template_previews;

pub use commands::Command;
pub use dialogs::FILE_DIALOG_VAR;
pub use document::OpenDocument;
pub use recovery_dialog::describe_age;
pub use settings::Settings;

use std::collections::VecDeque;
use std::path::{Path, PathBuf};

use crate::canvas::{Canvas, MenuFor, ViewRequest};
use crate::edit::{Edit, History, clipboard::CardClip};
use crate::format;
use crate::i18n::{text::app as t, tr, tr_args};
use crate::storage::StorageDirs;
use crate::theme;

use crate::export::ExportChoices;
use confirm::Confirm;
use dialogs::FileDialogs;
use export_dialog::ExportJob;
use guard::{Action, Guard};
use path_prompt::PathPrompt;
use persistence::Persistence;
use personas::PersonaPanel;
use preferences::PreferencesDialog;
use properties::PropertiesDialog;
use recent::RecentRequest;
use recovery_dialog::RecoveryDialog;
use template_dialog::TemplateDialog;
use template_previews::TemplatePreviews;

/// Whether the app has agreed to close.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Life {
    /// Running as usual.
    Running,
    /// The unsaved-changes question (if any) was answered: the window may close.
    Closing,
}

/// An edit emitted during the frame, applied at its end.
struct PendingEdit {
    edit: Edit,
    /// Edits with the same key in a row become one undo step (typing in a field).
    merge_key: Option<u64>,
}

/// A message shown in a modal until the user dismisses it.
struct Notice {
    title: String,
    body: String,
}

/// The whole editor.
pub struct JourneymapApp {
    document: OpenDocument,
    canvas: Canvas,
    dialogs: FileDialogs,
    notice: Option<Notice>,
    show_shortcuts: bool,
    show_about: bool,
    /// The export dialog is open.
    show_export: bool,
    /// The export dialog's choices, kept for the next export.
    export_choices: ExportChoices,
    /// Options chosen in the export dialog, waiting for the file dialog's path.
    export_pending: Option<crate::export::ExportOptions>,
    /// An export writing in the background.
    export_job: Option<ExportJob>,
    /// A picture being rendered for the clipboard.
    copy_job: Option<std::sync::mpsc::Receiver<Result<egui::ColorImage, String>>>,
    /// Commands collected during the frame, run at its end.
    pending: Vec<Command>,
    /// Edits collected during the frame, applied at its end.
    pending_edits: Vec<PendingEdit>,
    /// Text pasted from another program this frame.
    pasted_text: Option<String>,
    /// Undo and redo for this session; never saved.
    history: History,
    /// Copied cards; survives opening another map, so cards paste between maps.
    clipboard: CardClip,
    /// A question waiting for an answer (delete a phase with its cards?).
    confirm: Option<Confirm>,
    /// The last title sent to the window, to send only changes.
    window_title: String,
    /// Notices waiting until the one showing is dismissed.
    queued_notices: VecDeque<Notice>,
    /// Folders for settings and recovery, until the first frame opens them.
    storage_dirs: Option<StorageDirs>,
    /// Settings and recovery copies; `None` in tests that do not ask for them.
    persistence: Option<Persistence>,
    /// Recent-file requests collected during the frame.
    recent_requests: Vec<RecentRequest>,
    /// The unsaved-changes question, while it is asked.
    guard: Option<Guard>,
    /// An action to finish once "Save As" (asked by the guard) has saved.
    after_save_as: Option<Action>,
    /// Whether the window may really close.
    life: Life,
    properties: Option<PropertiesDialog>,
    preferences: Option<PreferencesDialog>,
    /// The language the interface speaks (the settings' choice, else the system's).
    language: crate::i18n::Lang,
    /// The persona panel, while open.
    personas: Option<PersonaPanel>,
    recovery: Option<RecoveryDialog>,
    /// File → New from Template…, while open.
    template_dialog: Option<TemplateDialog>,
    /// Template thumbnails, kept while the app runs so the dialog reopens at once.
    template_previews: TemplatePreviews,
    path_prompt: Option<PathPrompt>,
    /// The path a file dialog was opened with, for the path prompt if it fails.
    path_suggestion: Option<PathBuf>,
    /// A short message in the status bar about the last action ("Undid move card").
    status: String,
}

impl JourneymapApp {
    /// An editor on `document`. Call [`theme::install`] on the context first.
    pub fn new(document: OpenDocument) -> Self {
        Self {
            document,
            canvas: Canvas::new(),
            dialogs: FileDialogs::default(),
            notice: None,
            show_shortcuts: false,
            show_about: false,
            show_export: false,
            export_choices: ExportChoices::default(),
            export_pending: None,
            export_job: None,
            copy_job: None,
            pending: Vec::new(),
            pending_edits: Vec::new(),
            pasted_text: None,
            history: History::default(),
            clipboard: CardClip::default(),
            confirm: None,
            window_title: String::new(),
            queued_notices: VecDeque::new(),
            storage_dirs: None,
            persistence: None,
            recent_requests: Vec::new(),
            guard: None,
            after_save_as: None,
            life: Life::Running,
            properties: None,
            preferences: None,
            language: crate::i18n::Lang::from_system(),
            personas: None,
            recovery: None,
            template_dialog: None,
            template_previews: TemplatePreviews::default(),
            path_prompt: None,
            path_suggestion: None,
            status: String::new(),
        }
    }

    /// Keeps settings and recovery copies in `dirs` (opened on the first
    /// frame, which also offers any maps recovered from a crash).
    #[must_use]
    pub fn with_storage(mut self, dirs: StorageDirs) -> Self {
        self.storage_dirs = Some(dirs);
        self
    }

    /// Asks for paths in a text field instead of a native file dialog: for
    /// systems known to have none, and for tests, which must never pop one up.
    #[must_use]
    pub fn without_native_dialogs(mut self) -> Self {
        self.dialogs = FileDialogs::typed_paths_only();
        self
    }

    /// Speaks `language` whatever the system's is (until the user picks
    /// another in Preferences); tests use it to run in a known language.
    #[must_use]
    pub fn with_language(mut self, language: crate::i18n::Lang) -> Self {
        self.set_language(language);
        self
    }

    /// Speaks `language` from the next frame on, without remembering it in
    /// the settings (Preferences does that).
    pub fn set_language(&mut self, language: crate::i18n::Lang) {
        self.language = language;
    }

    /// The language the interface speaks.
    pub fn language(&self) -> crate::i18n::Lang {
        self.language
    }

    /// Applies a language choice from Preferences (`None` follows the
    /// system) and remembers it for the next start.
    fn choose_language(&mut self, choice: Option<crate::i18n::Lang>) {
        self.language = choice.unwrap_or_else(crate::i18n::Lang::from_system);
        crate::i18n::set_current(self.language);
        if let Some(problem) = self
            .persistence
            .as_mut()
            .and_then(|p| p.remember_language(choice))
        {
            self.tell(tr(t::NOTICE_SETTINGS_FAILED), problem);
        }
    }

    /// Whether the app has agreed to close (the guard, if any, was answered).
    pub fn is_closing(&self) -> bool {
        self.life == Life::Closing
    }

    /// The recent files, newest first (empty without storage).
    pub fn recent_files(&self) -> &[PathBuf] {
        self.persistence
            .as_ref()
            .map_or(&[], |p| p.settings.recent_files.as_slice())
    }

    /// Shows a message in a modal, after any that is showing.
    fn tell(&mut self, title: impl Into<String>, body: impl Into<String>) {
        let notice = Notice {
            title: title.into(),
            body: body.into(),
        };
        if self.notice.is_none() {
            self.notice = Some(notice);
        } else {
            self.queued_notices.push_back(notice);
        }
    }

    /// An editor on the file at `path`, or on the bundled example. A file that
    /// cannot be opened leaves the example open and explains why.
    pub fn open_or_example(path: Option<&Path>) -> Self {
        let example = || OpenDocument::new(example::example(), None);
        let Some(path) = path else {
            return Self::new(example());
        };
        match format::load_file(path) {
            Ok(journey) => Self::new(OpenDocument::new(journey, Some(path.to_path_buf()))),
            Err(error) => {
                let mut app = Self::new(example());
                app.tell(tr(t::NOTICE_OPEN_FAILED), error.lines().join("\n"));
                app
            }
        }
    }

    /// The open document.
    pub fn document(&self) -> &OpenDocument {
        &self.document
    }

    /// The canvas (for tests and benchmarks).
    pub fn canvas_mut(&mut self) -> &mut Canvas {
        &mut self.canvas
    }

    /// The canvas (selection, view).
    pub fn canvas(&self) -> &Canvas {
        &self.canvas
    }

    /// The session's undo history.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// Queues an edit as if the user made it on the canvas; applied at the end of the frame.
    pub fn queue_edit(&mut self, edit: Edit) {
        self.pending_edits.push(PendingEdit {
            edit,
            merge_key: None,
        });
    }

    /// Queues a command as if chosen from a menu.
    pub fn queue(&mut self, command: Command) {
        self.pending.push(command);
    }

    /// Draws the whole window and runs the commands and edits of this frame.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.begin_frame(&ctx);

        let recent = self.recent_files().to_vec();
        let menu_state = menu::MenuState::new(&self.history, self.canvas.selection());
        egui::Panel::top("menu_bar").show(ui, |ui| {
            menu::menu_bar(
                ui,
                &mut self.pending,
                &menu_state,
                &recent,
                &mut self.recent_requests,
            );
        });
        egui::Panel::top("toolbar").show(ui, |ui| {
            menu::toolbar(ui, &mut self.pending, self.canvas.zoom(), &menu_state);
        });
        egui::Panel::bottom("status_bar")
            .show(ui, |ui| menu::status_bar(ui, &self.document, &self.status));
        if let Some(problem) = self
            .persistence
            .as_ref()
            .and_then(|p| p.autosave_problem.clone())
        {
            egui::Panel::bottom("autosave_problem").show(ui, |ui| {
                ui.colored_label(
                    theme::WARNING,
                    tr_args(t::AUTOSAVE_PROBLEM, &[("problem", (&problem).into())]),
                );
            });
        }
        egui::Panel::right("inspector")
            .resizable(true)
            .default_size(300.0)
            .show(ui, |ui| {
                let output =
                    inspector::inspector_ui(ui, &self.document.journey, self.canvas.selection());
                if output.seal {
                    self.history.seal();
                }
                if let Some(selection) = output.select {
                    self.canvas.select(selection);
                }
                self.pending.extend(output.commands);
                self.pending_edits.extend(
                    output
                        .edits
                        .into_iter()
                        .map(|(edit, merge_key)| PendingEdit { edit, merge_key }),
                );
            });
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE.fill(theme::CANVAS_BACKGROUND))
            .show(ui, |ui| {
                let pending = &mut self.pending;
                let mut menu_edits = Vec::new();
                let mut context_menu = |ui: &mut egui::Ui, target: MenuFor| {
                    menu::context_menu(ui, target, &menu_state, pending, &mut menu_edits);
                };
                let edits = self.canvas.ui(
                    ui,
                    &self.document.journey,
                    self.document.revision(),
                    &mut context_menu,
                );
                self.pending_edits
                    .extend(menu_edits.into_iter().chain(edits).map(|edit| PendingEdit {
                        edit,
                        merge_key: None,
                    }));
            });

        self.personas_ui(&ctx);
        self.modals(&ctx);
        self.end_frame(&ctx);
    }

    /// Input that arrives before anything is drawn: storage on the first
    /// frame, the close button, shortcuts, pasted text, dropped files and the
    /// answers of dialogs and background jobs.
    fn begin_frame(&mut self, ctx: &egui::Context) {
        // Every text this frame is in the app's language, whatever another
        // app on this thread (a test) spoke before.
        crate::i18n::set_current(self.language);
        if let Some(dirs) = self.storage_dirs.take() {
            self.open_storage(dirs, ctx);
        }
        self.handle_close_request(ctx);
        let typing = ctx.text_edit_focused() || self.modal_open();
        self.pending.extend(Command::from_shortcuts(ctx, typing));
        if !typing {
            self.pasted_text = ctx.input(|input| {
                input.events.iter().find_map(|event| match event {
                    egui::Event::Paste(text) => Some(text.clone()),
                    _ => None,
                })
            });
        }
        self.handle_dropped_files(ctx);
        self.handle_dialog_answer(ctx);
        self.poll_jobs(ctx);
    }

    /// The end of the frame: run what was asked for, apply edits (the one
    /// place the journey changes), autosave, and update the window title.
    fn end_frame(&mut self, ctx: &egui::Context) {
        if !self.pending.is_empty() || !self.pending_edits.is_empty() {
            // Commands take effect in the next frame (the canvas applies view
            // requests when it lays out), so make sure there is one.
            ctx.request_repaint();
        }
        for command in std::mem::take(&mut self.pending) {
            self.run_command(ctx, command);
        }
        self.apply_pending_edits();
        for request in std::mem::take(&mut self.recent_requests) {
            self.run_recent_request(ctx, request);
        }
        if let Some(persistence) = &mut self.persistence
            && self.life == Life::Running
        {
            // Once closing, the changes were saved or deliberately dropped.
            persistence.tick(ctx, &self.document);
        }
        let title = self.document.window_title();
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    /// Whether a dialog has the keyboard: then Enter, arrows and the like
    /// belong to it, not to the map.
    fn modal_open(&self) -> bool {
        self.confirm.is_some()
            || self.show_shortcuts
            || self.show_about
            || self.show_export
            || self.notice.is_some()
            || self.guard.is_some()
            || self.properties.is_some()
            || self.preferences.is_some()
            || self.recovery.is_some()
            || self.template_dialog.is_some()
            || self.path_prompt.is_some()
            || self
                .personas
                .as_ref()
                .is_some_and(PersonaPanel::is_confirming)
    }

    /// Shows the persona panel, if open, and collects what it asks for.
    fn personas_ui(&mut self, ctx: &egui::Context) {
        let Some(panel) = &mut self.personas else {
            return;
        };
        let output = panel.ui(ctx, &self.document.journey);
        if !panel.is_open() {
            self.personas = None;
        }
        if let Some(persona) = output.choose_photo {
            self.dialogs
                .show(ctx, dialogs::FilePurpose::Photo(persona), None);
        }
        let inspector = output.inspector;
        if inspector.seal {
            self.history.seal();
        }
        self.pending.extend(inspector.commands);
        self.pending_edits.extend(
            inspector
                .edits
                .into_iter()
                .map(|(edit, merge_key)| PendingEdit { edit, merge_key }),
        );
    }

    fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::New => self.request(ctx, Action::New),
            Command::NewFromTemplate => {
                self.template_dialog = Some(TemplateDialog::new(crate::i18n::current()));
            }
            Command::Open => self.request(ctx, Action::Open),
            Command::Save => self.save_then(ctx, None),
            Command::SaveAs => self.ask_save_path(ctx, None),
            Command::ExportImage => self.show_export = true,
            Command::CopyImage => self.start_copy_image(ctx),
            Command::Quit => self.request(ctx, Action::Quit),
            Command::MapProperties => {
                self.properties = Some(PropertiesDialog::new(&self.document.journey));
            }
            Command::Preferences => {
                let choice = self.persistence.as_ref().and_then(|p| p.settings.language);
                self.preferences = Some(PreferencesDialog::new(choice));
            }
            Command::Personas => {
                self.personas.get_or_insert_with(PersonaPanel::new);
            }
            Command::ZoomIn => self.canvas.request(ViewRequest::ZoomIn),
            Command::ZoomOut => self.canvas.request(ViewRequest::ZoomOut),
            Command::ZoomFit => self.canvas.request(ViewRequest::Fit),
            Command::ZoomActual => self.canvas.request(ViewRequest::ActualSize),
            Command::Shortcuts => self.show_shortcuts = !self.show_shortcuts,
            Command::About => self.show_about = true,
            editing => self.run_edit_command(ctx, editing),
        }
    }

    /// Opens the map at `path`, or explains why it cannot be opened. Does not
    /// ask about unsaved changes: callers go through the guard first.
    pub fn open_path(&mut self, path: &Path) {
        match format::load_file(path) {
            Ok(journey) => {
                self.replace_document(OpenDocument::new(journey, Some(path.to_path_buf())));
                self.remember(path);
            }
            Err(error) => self.tell(tr(t::NOTICE_OPEN_FAILED), error.lines().join("\n")),
        }
    }

    /// Puts `document` in place of the open one, whose recovery copy goes:
    /// it was saved, or the user chose not to keep its changes.
    fn replace_document(&mut self, document: OpenDocument) {
        if let Some(persistence) = &mut self.persistence {
            persistence.drop_copy();
        }
        self.document = document;
        self.canvas.reset_view();
        // Steps of another map cannot be undone on this one; the clipboard stays,
        // so cards can be pasted between maps.
        self.history.clear();
        self.pending_edits.clear();
        // Its selection and any photo being read belong to the old map.
        if self.personas.is_some() {
            self.personas = Some(PersonaPanel::new());
        }
    }

    /// Saves atomically to `path`. On failure the map stays open with its
    /// changes and the user is told what happened and what to do.
    fn save_to(&mut self, path: &Path) -> bool {
        let text = format::to_ron_string(&self.document.journey);
        match crate::storage::save_atomically(path, text.as_bytes()) {
            Ok(backup) => {
                self.document.mark_saved(path);
                if let Some(persistence) = &mut self.persistence {
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

    fn remember(&mut self, path: &Path) {
        if let Some(problem) = self.persistence.as_mut().and_then(|p| p.remember(path)) {
            self.tell(tr(t::NOTICE_RECENT_FAILED), problem);
        }
    }

    fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|input| {
            input
                .raw
                .dropped_files
                .iter()
                .map(|file| file.path().to_path_buf())
                .filter(|path| !path.as_os_str().is_empty())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.request(ctx, Action::OpenPath(path));
        }
        if let Some(confirm) = &self.confirm
            && let Some(answer) = confirm.show(ctx)
        {
            if answer {
                self.queue_edit(confirm.edit());
            }
            self.confirm = None;
        }
    }
}

impl eframe::App for JourneymapApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        JourneymapApp::ui(self, ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // Queued recovery writes and removals finish before the process ends.
        if let Some(persistence) = &mut self.persistence {
            persistence.finish();
        }
    }
}

/// Opens the editor window on `file`, or on the bundled example.
///
/// # Errors
/// The window could not be created (no display, no graphics driver).
pub fn run(file: Option<PathBuf>) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Journeymap")
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([640.0, 400.0])
            .with_drag_and_drop(true),
        // Every glyph comes from the shipped fonts, so screen and export match.
        system_font_fallback: false,
        ..eframe::NativeOptions::default()
    };
    eframe::run_native(
        "Journeymap",
        options,
        Box::new(move |cc| {
            theme::install(&cc.egui_ctx);
            let mut app = JourneymapApp::open_or_example(file.as_deref());
            match StorageDirs::from_environment() {
                Some(dirs) => app = app.with_storage(dirs),
                None => app.tell(tr(t::NOTICE_NO_STORAGE), tr(t::NO_STORAGE_BODY)),
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|error| anyhow::anyhow!("could not open the editor window: {error}"))
}
