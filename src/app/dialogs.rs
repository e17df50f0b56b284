//! Native file dialogs, run off the UI thread so the window keeps repainting.
//!
//! rfd answers `None` both when the user cancels and when no dialog could be
//! shown at all (no desktop portal, no zenity). So the app checks beforehand
//! whether a chooser can exist, and treats an answer that comes back faster
//! than anyone could click Cancel as "no dialog": both lead to a path field.

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::export::ImageFormat;
use crate::format::EXTENSION;
use crate::i18n::{Msg, text::dialogs as t, tr};

/// Set to `path` to always type paths instead of using the native dialog.
pub const FILE_DIALOG_VAR: &str = "JOURNEYMAP_FILE_DIALOG";

/// No person cancels a dialog this fast; a `None` sooner means it never showed.
const FASTEST_HUMAN_CANCEL: Duration = Duration::from_millis(250);

/// What a file dialog was opened for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilePurpose {
    /// Choose a map to open.
    Open,
    /// Choose a Mermaid journey or a table to import.
    Import,
    /// Choose where to save the map.
    SaveAs,
    /// Choose where to write an exported picture of this format.
    Export(ImageFormat),
    /// Choose a PNG or JPEG picture for this persona.
    Photo(crate::model::PersonaId),
}

impl FilePurpose {
    /// The extension a chosen file gets when the user typed none.
    pub fn extension(self) -> &'static str {
        match self {
            FilePurpose::Open | FilePurpose::SaveAs => EXTENSION,
            FilePurpose::Import => "mmd",
            FilePurpose::Export(format) => format.extension(),
            FilePurpose::Photo(_) => "jpg",
        }
    }

    /// The title of the dialog (and of the typed-path fallback).
    pub fn title(self) -> Msg {
        match self {
            FilePurpose::Open => t::FILE_OPEN_TITLE,
            FilePurpose::Import => t::FILE_IMPORT_TITLE,
            FilePurpose::SaveAs => t::FILE_SAVE_TITLE,
            FilePurpose::Export(_) => t::FILE_EXPORT_TITLE,
            FilePurpose::Photo(_) => crate::i18n::text::persona::PHOTO_DIALOG_TITLE,
        }
    }

    /// The extensions the dialog lists.
    fn filter_extensions(self) -> &'static [&'static str] {
        match self {
            // Both spellings: some file choosers match case-sensitively.
            FilePurpose::Photo(_) => &["png", "jpg", "jpeg", "PNG", "JPG", "JPEG"],
            FilePurpose::Open | FilePurpose::SaveAs => &[EXTENSION],
            FilePurpose::Import => &[
                "mmd", "mermaid", "csv", "xlsx", "ods", "MMD", "CSV", "XLSX", "ODS",
            ],
            FilePurpose::Export(format) => match format {
                ImageFormat::Png => &["png"],
                ImageFormat::Svg => &["svg"],
            },
        }
    }

    /// The name of the file type the dialog filters for.
    fn filter(self) -> Msg {
        match self {
            FilePurpose::Open | FilePurpose::SaveAs => t::FILTER_MAP,
            FilePurpose::Import => t::FILTER_IMPORT,
            FilePurpose::Export(ImageFormat::Png) => t::FILTER_PNG,
            FilePurpose::Export(ImageFormat::Svg) => t::FILTER_SVG,
            FilePurpose::Photo(_) => crate::i18n::text::persona::PHOTO_FILTER,
        }
    }
}

/// How a file dialog ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogAnswer {
    /// The user chose this file.
    Chosen(PathBuf),
    /// The user closed the dialog without choosing.
    Cancelled,
    /// No dialog could be shown; the app should ask for a path itself.
    Unavailable,
}

type Pending = (FilePurpose, Instant, mpsc::Receiver<Option<PathBuf>>);

/// At most one native file dialog at a time, and its answer once it comes.
#[derive(Default)]
pub struct FileDialogs {
    pending: Option<Pending>,
    /// Set when no native dialog can be shown: the answer is `Unavailable` at once.
    unavailable: Option<FilePurpose>,
    /// Never try a native dialog.
    typed_paths_only: bool,
}

impl FileDialogs {
    /// Dialogs that always answer `Unavailable`, so the app asks for a typed path.
    pub fn typed_paths_only() -> Self {
        Self {
            typed_paths_only: true,
            ..Self::default()
        }
    }

    /// Whether a dialog is showing.
    pub fn is_open(&self) -> bool {
        self.pending.is_some()
    }

    /// Shows a dialog; `suggested` is the current file, if any.
    pub fn show(&mut self, ctx: &egui::Context, purpose: FilePurpose, suggested: Option<PathBuf>) {
        if self.is_open() {
            return;
        }
        if self.typed_paths_only || !native_dialog_possible(|name| std::env::var_os(name)) {
            self.unavailable = Some(purpose);
            return;
        }
        let (sender, receiver) = mpsc::channel();
        let ctx = ctx.clone();
        // Translated here: the dialog's thread does not know the interface's language.
        let (title, filter) = (tr(purpose.title()), tr(purpose.filter()));
        let ask = move || {
            let mut dialog = rfd::FileDialog::new()
                .add_filter(filter, purpose.filter_extensions())
                .set_title(title);
            if let Some(dir) = suggested.as_deref().and_then(std::path::Path::parent) {
                dialog = dialog.set_directory(dir);
            }
            if let Some(name) = suggested.as_deref().and_then(std::path::Path::file_name) {
                dialog = dialog.set_file_name(name.to_string_lossy());
            }
            let answer = match purpose {
                FilePurpose::Open | FilePurpose::Import | FilePurpose::Photo(_) => {
                    dialog.pick_file()
                }
                FilePurpose::SaveAs | FilePurpose::Export(_) => dialog
                    .save_file()
                    .map(|path| with_extension(path, purpose.extension())),
            };
            // The app may have quit meanwhile; then nobody needs the answer.
            let _ = sender.send(answer);
            ctx.request_repaint();
        };
        // macOS insists on dialogs from the main thread; elsewhere a thread keeps
        // the window responsive.
        if cfg!(target_os = "macos") {
            ask();
        } else {
            std::thread::spawn(ask);
        }
        self.pending = Some((purpose, Instant::now(), receiver));
    }

    /// The dialog's answer, once.
    pub fn poll(&mut self) -> Option<(FilePurpose, DialogAnswer)> {
        if let Some(purpose) = self.unavailable.take() {
            return Some((purpose, DialogAnswer::Unavailable));
        }
        let (purpose, opened, receiver) = self.pending.as_ref()?;
        let (purpose, opened) = (*purpose, *opened);
        let answer = match receiver.try_recv() {
            Ok(Some(path)) => DialogAnswer::Chosen(path),
            Ok(None) if opened.elapsed() < FASTEST_HUMAN_CANCEL => DialogAnswer::Unavailable,
            Ok(None) | Err(mpsc::TryRecvError::Disconnected) => DialogAnswer::Cancelled,
            Err(mpsc::TryRecvError::Empty) => return None,
        };
        self.pending = None;
        Some((purpose, answer))
    }
}

/// Whether a native file dialog can possibly show, judged from the
/// environment (`var` reads a variable). On Linux and the BSDs rfd needs the
/// desktop portal over the D-Bus session bus, or the `zenity` program.
fn native_dialog_possible(var: impl Fn(&str) -> Option<std::ffi::OsString>) -> bool {
    if var(FILE_DIALOG_VAR).is_some_and(|value| value == "path") {
        return false;
    }
    if !cfg!(any(
        target_os = "linux",
        target_os = "freebsd",
        target_os = "openbsd",
        target_os = "netbsd"
    )) {
        return true;
    }
    let session_bus = var("DBUS_SESSION_BUS_ADDRESS").is_some_and(|value| !value.is_empty())
        || var("XDG_RUNTIME_DIR")
            .is_some_and(|dir| std::path::Path::new(&dir).join("bus").exists());
    let zenity = var("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join("zenity").is_file()));
    session_bus || zenity
}

/// Adds the extension when the user typed a name without one.
pub fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension(extension)
    }
}

#[cfg(test)]
mod tests {
    use std::ffi::OsString;

    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<OsString> {
        let pairs: Vec<(String, OsString)> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), OsString::from(v)))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        }
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn without_a_session_bus_or_zenity_there_is_no_native_dialog() {
        assert!(!native_dialog_possible(env(&[("PATH", "/nonexistent")])));
        assert!(native_dialog_possible(env(&[(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/run/user/1000/bus"
        )])));
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("zenity"), b"").unwrap();
        assert!(native_dialog_possible(env(&[(
            "PATH",
            dir.path().to_str().unwrap()
        )])));
    }

    #[test]
    fn the_environment_can_ask_for_the_path_field() {
        assert!(!native_dialog_possible(env(&[
            (FILE_DIALOG_VAR, "path"),
            ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/x")
        ])));
    }

    #[test]
    fn a_missing_extension_is_added() {
        assert_eq!(
            with_extension(PathBuf::from("/m/map"), EXTENSION),
            PathBuf::from("/m/map.ron")
        );
        assert_eq!(
            with_extension(
                PathBuf::from("/m/map"),
                FilePurpose::Export(ImageFormat::Svg).extension()
            ),
            PathBuf::from("/m/map.svg")
        );
        assert_eq!(
            with_extension(PathBuf::from("/m/map.txt"), EXTENSION),
            PathBuf::from("/m/map.txt")
        );
    }
}
