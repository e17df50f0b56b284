//! The editor window: a thin egui shell around one [`OpenDocument`].
//!
//! Architecture invariant: UI code collects [`Command`]s and edits during
//! the frame; they run at its end ([`JourneymapApp::run_command`], then
//! [`OpenDocument::apply_pending`], the only place that changes the journey).
//! What may be done at all is decided by the [`Mode`]; which dialog is open
//! by the one [`dialog::Dialogs`] stack; everything that runs in the
//! background (file dialogs, exports, clipboard pictures, previews) lives in
//! [`jobs::Jobs`].

mod actions;
mod commands;
mod confirm;
mod dialog;
mod dialog_ui;
mod dialogs;
mod disk;
mod disk_dialogs;
mod editing;
pub mod example;
mod export_dialog;
mod files;
mod find_bar;
mod frame;
mod guard;
mod help;
mod import;
mod import_dialog;
mod inspector;
mod jobs;
mod menu;
mod mode;
mod path_prompt;
mod persistence;
mod personas;
mod preferences;
mod properties;
mod recent;
mod recovery_dialog;
mod run;
mod settings;
mod shortcut_text;
mod slide_previews;
mod steps;
mod template_dialog;
mod template_previews;

pub use crate::document::OpenDocument;
pub use commands::Command;
pub use dialogs::FILE_DIALOG_VAR;
pub use mode::Mode;
pub use recovery_dialog::describe_age;
pub use settings::Settings;

use std::path::{Path, PathBuf};

use crate::canvas::Canvas;
use crate::edit::{Edit, History};
use crate::export::ExportChoices;
use crate::i18n::{Lang, text::app as t, tr};
use crate::storage::StorageDirs;
use crate::theme;

use dialog::Dialogs;
use jobs::Jobs;
use persistence::Persistence;
use personas::PersonaPanel;
use recent::RecentRequest;

/// Whether the app has agreed to close.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Life {
    /// Running as usual.
    Running,
    /// The unsaved-changes question (if any) was answered: the window may close.
    Closing,
}

/// Where settings and recovery copies live: the folders until the first
/// frame opens them, then the open store.
enum Storage {
    /// Tests that do not ask for storage.
    None,
    /// Opened on the first frame (which also offers maps left by a crash).
    Waiting(StorageDirs),
    /// Settings and recovery copies.
    Open(Box<Persistence>),
}

/// The bars and panels around the canvas.
#[derive(Default)]
struct Panels {
    /// The inspector on the right shows (View → Inspector, Ctrl+I).
    inspector: bool,
    /// Edit → Find… (Ctrl+F), a bar under the toolbar while open.
    find: find_bar::FindBar,
}

/// The whole editor.
pub struct JourneymapApp {
    document: OpenDocument,
    canvas: Canvas,
    mode: Mode,
    dialogs: Dialogs,
    jobs: Jobs,
    storage: Storage,
    /// Commands collected during the frame, run at its end.
    pending: Vec<Command>,
    /// Recent-file requests collected during the frame.
    recent_requests: Vec<RecentRequest>,
    /// Text pasted from another program this frame.
    pasted_text: Option<String>,
    /// The export dialog's choices, kept for the next export.
    export_choices: ExportChoices,
    /// The persona panel, while open (a window, not a modal dialog).
    personas: Option<PersonaPanel>,
    panels: Panels,
    /// Whether the window may really close.
    life: Life,
    /// The language the interface speaks (the settings' choice, else the system's).
    language: Lang,
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
            mode: Mode::Edit,
            dialogs: Dialogs::default(),
            jobs: Jobs::default(),
            storage: Storage::None,
            pending: Vec::new(),
            recent_requests: Vec::new(),
            pasted_text: None,
            export_choices: ExportChoices::default(),
            personas: None,
            panels: Panels {
                inspector: true,
                ..Panels::default()
            },
            life: Life::Running,
            language: Lang::from_system(),
            window_title: String::new(),
            status: String::new(),
        }
    }

    /// Keeps settings and recovery copies in `dirs` (opened on the first
    /// frame, which also offers any maps recovered from a crash).
    #[must_use]
    pub fn with_storage(mut self, dirs: StorageDirs) -> Self {
        self.storage = Storage::Waiting(dirs);
        self
    }

    /// Asks for paths in a text field instead of a native file dialog: for
    /// systems known to have none, and for tests, which must never pop one up.
    #[must_use]
    pub fn without_native_dialogs(mut self) -> Self {
        self.jobs.files = dialogs::FileDialogs::typed_paths_only();
        self
    }

    /// Speaks `language` whatever the system's is (until the user picks
    /// another in Preferences); tests use it to run in a known language.
    #[must_use]
    pub fn with_language(mut self, language: Lang) -> Self {
        self.set_language(language);
        self
    }

    /// Speaks `language` from the next frame on, without remembering it in
    /// the settings (Preferences does that).
    pub fn set_language(&mut self, language: Lang) {
        self.language = language;
    }

    /// The language the interface speaks.
    pub fn language(&self) -> Lang {
        self.language
    }

    /// Applies a language choice from Preferences (`None` follows the
    /// system) and remembers it for the next start.
    fn choose_language(&mut self, choice: Option<Lang>) {
        self.language = choice.unwrap_or_else(Lang::from_system);
        crate::i18n::set_current(self.language);
        if let Some(problem) = self
            .persistence_mut()
            .and_then(|p| p.remember_language(choice))
        {
            self.tell(tr(t::NOTICE_SETTINGS_FAILED), problem);
        }
    }

    /// Whether the app has agreed to close (the guard, if any, was answered).
    pub fn is_closing(&self) -> bool {
        self.life == Life::Closing
    }

    /// What the user may do with the map now.
    pub fn mode(&self) -> &Mode {
        &self.mode
    }

    /// Whether the inspector panel shows.
    pub fn inspector_visible(&self) -> bool {
        self.panels.inspector
    }

    /// Whether the find bar shows.
    pub fn find_bar_open(&self) -> bool {
        self.panels.find.is_open()
    }

    /// The recent files, newest first (empty without storage).
    pub fn recent_files(&self) -> &[PathBuf] {
        self.persistence()
            .map_or(&[], |p| p.settings.recent_files.as_slice())
    }

    fn persistence(&self) -> Option<&Persistence> {
        match &self.storage {
            Storage::Open(persistence) => Some(persistence),
            _ => None,
        }
    }

    fn persistence_mut(&mut self) -> Option<&mut Persistence> {
        match &mut self.storage {
            Storage::Open(persistence) => Some(persistence),
            _ => None,
        }
    }

    /// Shows a message in a modal, after any message that is showing.
    fn tell(&mut self, title: impl Into<String>, body: impl Into<String>) {
        self.dialogs.tell(title.into(), body.into());
    }

    /// An editor on the file at `path`, or on the bundled example. A file that
    /// cannot be opened leaves the example open and explains why.
    pub fn open_or_example(path: Option<&Path>) -> Self {
        let example = || OpenDocument::new(example::example(), None);
        let Some(path) = path else {
            return Self::new(example());
        };
        match disk::read_map(path) {
            Ok((journey, on_disk)) => {
                let mut document = OpenDocument::new(journey, Some(path.to_path_buf()));
                document.set_disk(Some(on_disk));
                Self::new(document)
            }
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
        self.document.history()
    }

    /// Queues an edit as if the user made it on the canvas; applied at the end of the frame.
    pub fn queue_edit(&mut self, edit: Edit) {
        self.document.queue_edit(edit);
    }

    /// Queues a command as if chosen from a menu.
    pub fn queue(&mut self, command: Command) {
        self.pending.push(command);
    }
}

impl eframe::App for JourneymapApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        JourneymapApp::ui(self, ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // Queued recovery writes and removals finish before the process ends.
        if let Some(persistence) = self.persistence_mut() {
            persistence.finish();
        }
    }
}

/// Opens the editor window on `file`, or on the bundled example.
///
/// # Errors
/// The window could not be created (no display, no graphics driver).
pub fn run(file: Option<PathBuf>) -> anyhow::Result<()> {
    if let Some(advice) = no_display(|name| std::env::var_os(name)) {
        anyhow::bail!(advice);
    }
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

/// On Linux and the BSDs a window needs an X11 or Wayland display; without
/// one, what to do instead of the windowing library's raw error (`var`
/// reads an environment variable).
fn no_display(var: impl Fn(&str) -> Option<std::ffi::OsString>) -> Option<String> {
    let unix_desktop = cfg!(any(
        target_os = "linux",
        target_os = "freebsd",
        target_os = "openbsd",
        target_os = "netbsd"
    ));
    let set = |name: &str| var(name).is_some_and(|value| !value.is_empty());
    (unix_desktop && !set("DISPLAY") && !set("WAYLAND_DISPLAY")).then(|| {
        "there is no display to open the editor window on (neither DISPLAY nor \
         WAYLAND_DISPLAY is set). Start it from a desktop session, or over SSH with \
         `ssh -X`; the commands check, info, fmt, export, import, templates and new \
         work without a window (journeymap --help)"
            .to_owned()
    })
}

#[cfg(test)]
mod run_tests {
    use std::ffi::OsString;

    #[test]
    fn without_a_display_the_advice_names_what_works_instead() {
        let none = |_: &str| None::<OsString>;
        if cfg!(target_os = "linux") {
            let advice = super::no_display(none).expect("advice");
            assert!(
                advice.contains("DISPLAY") && advice.contains("export"),
                "{advice}"
            );
        }
        let x11 = |name: &str| (name == "DISPLAY").then(|| OsString::from(":0"));
        assert_eq!(super::no_display(x11), None);
        let wayland = |name: &str| (name == "WAYLAND_DISPLAY").then(|| OsString::from("wayland-0"));
        assert_eq!(super::no_display(wayland), None);
    }
}
