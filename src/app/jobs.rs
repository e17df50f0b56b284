//! Everything the editor runs in the background, in one place: the native
//! file dialog and what its answer is for, an export being written, a
//! picture rendered for the clipboard, and the template thumbnails. The UI
//! thread polls them at the start of each frame; workers only ask for a
//! repaint when they finish.

use std::path::PathBuf;
use std::sync::mpsc;

use super::dialogs::{DialogAnswer, FileDialogs, FilePurpose};
use super::export_dialog::ExportJob;
use super::guard::Action;
use super::template_previews::TemplatePreviews;
use crate::export::{ExportOptions, ImageFormat};

/// What a file dialog was opened for, with what must happen once a path is
/// chosen.
pub struct FileRequest {
    /// Open, Save As, Export or a persona photo.
    pub purpose: FilePurpose,
    /// For Save As asked by the unsaved-changes guard: the action to finish
    /// once the map is saved.
    pub then: Option<Action>,
    /// For an export: the options chosen in the export dialog.
    pub export: Option<ExportOptions>,
}

impl FileRequest {
    /// A dialog for `purpose` with nothing to do afterwards.
    pub fn plain(purpose: FilePurpose) -> Self {
        Self {
            purpose,
            then: None,
            export: None,
        }
    }

    /// Save As, then `then`.
    pub fn save_as(then: Option<Action>) -> Self {
        Self {
            then,
            ..Self::plain(FilePurpose::SaveAs)
        }
    }

    /// Where to write an export with `options`.
    pub fn export(options: ExportOptions, format: ImageFormat) -> Self {
        Self {
            export: Some(options),
            ..Self::plain(FilePurpose::Export(format))
        }
    }
}

/// A picture rendered for the clipboard, or why it failed.
pub type CopyResult = Result<egui::ColorImage, String>;

/// The background jobs of the editor.
#[derive(Default)]
pub struct Jobs {
    /// Native file dialogs (or none, where paths are typed).
    pub files: FileDialogs,
    /// The request behind the file dialog or path prompt that is open.
    pub file_request: Option<FileRequest>,
    /// The path a file dialog was opened with, for the path prompt if it fails.
    pub path_suggestion: Option<PathBuf>,
    /// An export writing in the background.
    pub export: Option<ExportJob>,
    /// A picture being rendered for the clipboard.
    pub copy: Option<mpsc::Receiver<CopyResult>>,
    /// Template thumbnails, kept while the app runs so the dialog reopens at once.
    pub previews: TemplatePreviews,
    /// The export dialog's thumbnails of the slide series it will write.
    pub slide_previews: super::slide_previews::SlidePreviews,
    /// Watches the open map's file for changes by other programs.
    pub watch: Option<crate::storage::DiskWatch>,
    /// The file `watch` watches.
    pub watched: Option<PathBuf>,
}

/// Something a background job finished this frame.
pub enum JobEvent {
    /// The file dialog closed.
    File(FileRequest, DialogAnswer),
    /// An export finished: the files it wrote, or why it failed.
    Exported(Result<Vec<PathBuf>, String>),
    /// The clipboard picture is ready, or failed.
    Copied(CopyResult),
}

impl Jobs {
    /// Collects what finished since the last frame; shows the export's
    /// progress while it runs.
    pub fn poll(&mut self, ctx: &egui::Context) -> Vec<JobEvent> {
        let mut events = Vec::new();
        if let Some((purpose, answer)) = self.files.poll() {
            let request = self
                .file_request
                .take()
                .filter(|request| request.purpose == purpose)
                .unwrap_or_else(|| FileRequest::plain(purpose));
            events.push(JobEvent::File(request, answer));
        }
        if let Some(job) = &self.export {
            match job.poll() {
                None => job.progress_ui(ctx),
                Some(result) => {
                    events.push(JobEvent::Exported(result));
                    self.export = None;
                }
            }
        }
        if let Some(receiver) = &self.copy {
            match receiver.try_recv() {
                Ok(result) => {
                    events.push(JobEvent::Copied(result));
                    self.copy = None;
                }
                Err(mpsc::TryRecvError::Empty) => {}
                Err(mpsc::TryRecvError::Disconnected) => self.copy = None,
            }
        }
        events
    }

    /// Renders a 2× PNG of `journey` off the UI thread for the clipboard.
    /// Does nothing while one is being rendered.
    pub fn start_copy_image(&mut self, ctx: &egui::Context, journey: crate::model::Journey) {
        if self.copy.is_some() {
            return;
        }
        let (sender, receiver) = mpsc::channel();
        // Decided here: the worker thread does not know the interface's language.
        let options = ExportOptions::for_map(&journey, crate::i18n::current());
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let result = crate::export::png_bytes(&journey, &options)
                .map(|(_, image)| {
                    let size = [image.width() as usize, image.height() as usize];
                    egui::ColorImage::from_rgba_unmultiplied(size, image.as_raw())
                })
                .map_err(|error| error.to_string());
            let _ = sender.send(result);
            ctx.request_repaint();
        });
        self.copy = Some(receiver);
    }
}
