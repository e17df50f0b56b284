//! Native file dialogs, run off the UI thread so the window keeps repainting.

use std::path::PathBuf;
use std::sync::mpsc;

use crate::export::ImageFormat;
use crate::format::EXTENSION;

/// What a file dialog was opened for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilePurpose {
    /// Choose a map to open.
    Open,
    /// Choose where to save the map.
    SaveAs,
    /// Choose where to write an exported picture of this format.
    Export(crate::export::ImageFormat),
}

/// At most one native file dialog at a time, and its answer once it comes.
#[derive(Default)]
pub struct FileDialogs {
    pending: Option<(FilePurpose, mpsc::Receiver<Option<PathBuf>>)>,
}

impl FileDialogs {
    /// Whether a dialog is showing.
    pub fn is_open(&self) -> bool {
        self.pending.is_some()
    }

    /// Shows a dialog; `suggested` is the current file, if any.
    pub fn show(&mut self, ctx: &egui::Context, purpose: FilePurpose, suggested: Option<PathBuf>) {
        if self.is_open() {
            return;
        }
        let (sender, receiver) = mpsc::channel();
        let ctx = ctx.clone();
        let ask = move || {
            let mut dialog = match purpose {
                FilePurpose::Export(ImageFormat::Png) => {
                    rfd::FileDialog::new().add_filter("PNG image", &["png"])
                }
                FilePurpose::Export(ImageFormat::Svg) => {
                    rfd::FileDialog::new().add_filter("SVG image", &["svg"])
                }
                FilePurpose::Open | FilePurpose::SaveAs => {
                    rfd::FileDialog::new().add_filter("Journey map", &[EXTENSION])
                }
            };
            if let Some(dir) = suggested.as_deref().and_then(std::path::Path::parent) {
                dialog = dialog.set_directory(dir);
            }
            if let Some(name) = suggested.as_deref().and_then(std::path::Path::file_name) {
                dialog = dialog.set_file_name(name.to_string_lossy());
            }
            let answer = match purpose {
                FilePurpose::Open => dialog.set_title("Open journey map").pick_file(),
                FilePurpose::SaveAs => dialog
                    .set_title("Save journey map")
                    .save_file()
                    .map(|path| with_extension(path, EXTENSION)),
                FilePurpose::Export(format) => dialog
                    .set_title("Export image")
                    .save_file()
                    .map(|path| with_extension(path, format.extension())),
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
        self.pending = Some((purpose, receiver));
    }

    /// The dialog's answer, once: the purpose and the chosen path (`None` if cancelled).
    pub fn poll(&mut self) -> Option<(FilePurpose, Option<PathBuf>)> {
        let (purpose, receiver) = self.pending.as_ref()?;
        let purpose = *purpose;
        let answer = match receiver.try_recv() {
            Ok(answer) => answer,
            Err(mpsc::TryRecvError::Empty) => return None,
            Err(mpsc::TryRecvError::Disconnected) => None,
        };
        self.pending = None;
        Some((purpose, answer))
    }
}

/// Adds the extension when the user typed a name without one.
fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension(extension)
    }
}
