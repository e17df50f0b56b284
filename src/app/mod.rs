//! The editor window: menus, toolbar, canvas, status bar and dialogs around one
//! open document.
//!
//! Architecture invariant: UI code collects [`Command`]s and [`Edit`]s during
//! the frame; they run in one place at the end of it ([`JourneymapApp::run_command`],
//! then `apply_pending_edits`), which is also the only place that changes the
//! journey, records undo history and calls [`OpenDocument::mark_changed`].

mod commands;
mod confirm;
mod dialogs;
mod document;
mod editing;
pub mod example;
mod export_dialog;
mod inspector;
mod menu;

pub use commands::Command;
pub use document::OpenDocument;

use std::path::{Path, PathBuf};

use crate::canvas::{Canvas, MenuFor, ViewRequest};
use crate::edit::{Edit, History, clipboard::CardClip};
use crate::format;
use crate::theme;

use confirm::Confirm;
use dialogs::{FileDialogs, FilePurpose};
use export_dialog::{ExportChoices, ExportDecision, ExportJob};

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
            status: String::new(),
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
                app.notice = Some(Notice {
                    title: "Could not open the map".to_owned(),
                    body: error.to_string(),
                });
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
        let typing = ctx.text_edit_focused() || self.modal_open();
        self.pending.extend(Command::from_shortcuts(&ctx, typing));
        if !typing {
            self.pasted_text = ctx.input(|input| {
                input.events.iter().find_map(|event| match event {
                    egui::Event::Paste(text) => Some(text.clone()),
                    _ => None,
                })
            });
        }
        self.handle_dropped_files(&ctx);
        self.handle_dialog_answer(&ctx);
        self.poll_jobs(&ctx);

        let menu_state = menu::MenuState::new(&self.history, self.canvas.selection());
        egui::Panel::top("menu_bar")
            .show(ui, |ui| menu::menu_bar(ui, &mut self.pending, &menu_state));
        egui::Panel::top("toolbar").show(ui, |ui| {
            menu::toolbar(ui, &mut self.pending, self.canvas.zoom(), &menu_state);
        });
        egui::Panel::bottom("status_bar")
            .show(ui, |ui| menu::status_bar(ui, &self.document, &self.status));
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

        self.modals(&ctx);
        if !self.pending.is_empty() || !self.pending_edits.is_empty() {
            // Commands take effect in the next frame (the canvas applies view
            // requests when it lays out), so make sure there is one.
            ctx.request_repaint();
        }
        for command in std::mem::take(&mut self.pending) {
            self.run_command(&ctx, command);
        }
        self.apply_pending_edits();
        let title = self.document.window_title();
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    fn modal_open(&self) -> bool {
        self.confirm.is_some() || self.show_shortcuts || self.show_about || self.notice.is_some()
    }

    fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::New => self.replace_document(OpenDocument::new(example::blank(), None)),
            Command::Open => self
                .dialogs
                .show(ctx, FilePurpose::Open, self.document.path.clone()),
            Command::Save => match self.document.path.clone() {
                Some(path) => self.save_to(&path),
                None => self.dialogs.show(ctx, FilePurpose::SaveAs, None),
            },
            Command::SaveAs => {
                let suggested = self
                    .document
                    .path
                    .clone()
                    .or_else(|| Some(PathBuf::from(format!("journey.{}", format::EXTENSION))));
                self.dialogs.show(ctx, FilePurpose::SaveAs, suggested);
            }
            Command::ExportImage => self.show_export = true,
            Command::CopyImage => self.start_copy_image(ctx),
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::ZoomIn => self.canvas.request(ViewRequest::ZoomIn),
            Command::ZoomOut => self.canvas.request(ViewRequest::ZoomOut),
            Command::ZoomFit => self.canvas.request(ViewRequest::Fit),
            Command::ZoomActual => self.canvas.request(ViewRequest::ActualSize),
            Command::Shortcuts => self.show_shortcuts = !self.show_shortcuts,
            Command::About => self.show_about = true,
            editing => self.run_edit_command(ctx, editing),
        }
    }

    /// Opens the map at `path`, or explains why it cannot be opened.
    pub fn open_path(&mut self, path: &Path) {
        match format::load_file(path) {
            Ok(journey) => {
                self.replace_document(OpenDocument::new(journey, Some(path.to_path_buf())));
            }
            Err(error) => {
                self.notice = Some(Notice {
                    title: "Could not open the map".to_owned(),
                    body: error.to_string(),
                });
            }
        }
    }

    fn replace_document(&mut self, document: OpenDocument) {
        self.document = document;
        self.canvas.reset_view();
        // Steps of another map cannot be undone on this one; the clipboard stays,
        // so cards can be pasted between maps.
        self.history.clear();
        self.pending_edits.clear();
    }

    fn save_to(&mut self, path: &Path) {
        let text = format::to_ron_string(&self.document.journey);
        match std::fs::write(path, text) {
            Ok(()) => self.document.mark_saved(path),
            Err(error) => {
                self.notice = Some(Notice {
                    title: "Could not save the map".to_owned(),
                    body: format!(
                        "{}: {error}\n\nThe map is still open; choose File → Save As… to save it elsewhere.",
                        path.display()
                    ),
                });
            }
        }
    }

    fn handle_dialog_answer(&mut self, ctx: &egui::Context) {
        match self.dialogs.poll() {
            Some((FilePurpose::Open, Some(path))) => self.open_path(&path),
            Some((FilePurpose::SaveAs, Some(path))) => self.save_to(&path),
            Some((FilePurpose::Export(_), Some(path))) => {
                if let Some(options) = self.export_pending.take() {
                    let journey = self.document.journey.clone();
                    self.export_job = Some(ExportJob::start(ctx, journey, options, path));
                }
            }
            Some((FilePurpose::Export(_), None)) => self.export_pending = None,
            Some((_, None)) | None => {}
        }
    }

    /// Renders a 2× PNG of the map off the UI thread for the clipboard.
    fn start_copy_image(&mut self, ctx: &egui::Context) {
        if self.copy_job.is_some() {
            return;
        }
        let (sender, receiver) = std::sync::mpsc::channel();
        let journey = self.document.journey.clone();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let options = crate::export::ExportOptions::default();
            let result = crate::export::png_bytes(&journey, &options)
                .map(|(_, image)| {
                    let size = [image.width() as usize, image.height() as usize];
                    egui::ColorImage::from_rgba_unmultiplied(size, image.as_raw())
                })
                .map_err(|error| error.to_string());
            let _ = sender.send(result);
            ctx.request_repaint();
        });
        self.copy_job = Some(receiver);
    }

    /// Finishes background exports and clipboard copies, reporting the outcome.
    fn poll_jobs(&mut self, ctx: &egui::Context) {
        if let Some(job) = &self.export_job {
            match job.poll() {
                None => job.progress_ui(ctx),
                Some(result) => {
                    let path = job.path.clone();
                    self.export_job = None;
                    if let Err(error) = result {
                        self.notice = Some(Notice {
                            title: "Could not export the image".to_owned(),
                            body: error,
                        });
                    } else {
                        self.status = format!("Exported {}", path.display());
                    }
                }
            }
        }
        if let Some(receiver) = &self.copy_job {
            match receiver.try_recv() {
                Ok(Ok(image)) => {
                    ctx.copy_image(image);
                    "Copied the map as an image".clone_into(&mut self.status);
                    self.copy_job = None;
                }
                Ok(Err(error)) => {
                    self.notice = Some(Notice {
                        title: "Could not copy the image".to_owned(),
                        body: error,
                    });
                    self.copy_job = None;
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => {}
                Err(std::sync::mpsc::TryRecvError::Disconnected) => self.copy_job = None,
            }
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
        if let Some(path) = dropped.first() {
            self.open_path(path);
        }
    }

    fn modals(&mut self, ctx: &egui::Context) {
        if let Some(notice) = &self.notice {
            let mut close = false;
            egui::Modal::new(egui::Id::unique("notice")).show(ctx, |ui| {
                ui.set_max_width(520.0);
                ui.heading(&notice.title);
                ui.add_space(6.0);
                ui.label(&notice.body);
                ui.add_space(10.0);
                close = ui.button("OK").clicked();
            });
            if close {
                self.notice = None;
            }
        }
        if self.show_shortcuts && menu::shortcuts_window(ctx).should_close() {
            self.show_shortcuts = false;
        }
        if self.show_about && menu::about_window(ctx).should_close() {
            self.show_about = false;
        }
        if self.show_export {
            let layout = self
                .canvas
                .layout(ctx, &self.document.journey, self.document.revision())
                .clone();
            match export_dialog::export_dialog_ui(
                ctx,
                &mut self.export_choices,
                &self.document.journey,
                &layout,
            ) {
                ExportDecision::Open => {}
                ExportDecision::Cancel => self.show_export = false,
                ExportDecision::Export(options, format) => {
                    self.show_export = false;
                    self.export_pending = Some(options);
                    let suggested = self
                        .document
                        .path
                        .as_ref()
                        .map(|path| path.with_extension(format.extension()));
                    self.dialogs
                        .show(ctx, FilePurpose::Export(format), suggested);
                }
            }
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
            Ok(Box::new(JourneymapApp::open_or_example(file.as_deref())))
        }),
    )
    .map_err(|error| anyhow::anyhow!("could not open the editor window: {error}"))
}
