//! Exports and clipboard copies running in the background, and their outcome.

use super::JourneymapApp;
use super::dialogs::FilePurpose;
use super::export_dialog::{self, ExportDecision, ExportJob};
use crate::i18n::{text::app as t, tr, tr_args};

impl JourneymapApp {
    /// Renders a 2× PNG of the map off the UI thread for the clipboard.
    pub(super) fn start_copy_image(&mut self, ctx: &egui::Context) {
        if self.copy_job.is_some() {
            return;
        }
        let (sender, receiver) = std::sync::mpsc::channel();
        let journey = self.document.journey.clone();
        // Decided here: the worker thread does not know the interface's language.
        let options = crate::export::ExportOptions::for_map(&journey, crate::i18n::current());
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
        self.copy_job = Some(receiver);
    }

    /// Finishes background exports and clipboard copies, reporting the outcome.
    pub(super) fn poll_jobs(&mut self, ctx: &egui::Context) {
        if let Some(job) = &self.export_job {
            match job.poll() {
                None => job.progress_ui(ctx),
                Some(result) => {
                    let path = job.path.clone();
                    self.export_job = None;
                    if let Err(error) = result {
                        self.tell(tr(t::NOTICE_EXPORT_FAILED), error);
                    } else {
                        self.status = tr_args(
                            t::STATUS_EXPORTED,
                            &[("path", (&path.display().to_string()).into())],
                        );
                    }
                }
            }
        }
        if let Some(receiver) = &self.copy_job {
            match receiver.try_recv() {
                Ok(Ok(image)) => {
                    ctx.copy_image(image);
                    self.status = tr(t::STATUS_COPIED_IMAGE);
                    self.copy_job = None;
                }
                Ok(Err(error)) => {
                    self.copy_job = None;
                    self.tell(tr(t::NOTICE_COPY_FAILED), error);
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => {}
                Err(std::sync::mpsc::TryRecvError::Disconnected) => self.copy_job = None,
            }
        }
    }

    /// A path chosen for an export: the export starts in the background.
    pub(super) fn export_to(&mut self, ctx: &egui::Context, path: std::path::PathBuf) {
        if let Some(options) = self.export_pending.take() {
            let journey = self.document.journey.clone();
            self.export_job = Some(ExportJob::start(ctx, journey, options, path));
        }
    }

    /// The export dialog, while it is open.
    pub(super) fn export_dialog(&mut self, ctx: &egui::Context) {
        if !self.show_export {
            return;
        }
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
                let choices = self.export_choices.clone();
                if let Some(problem) = self
                    .persistence
                    .as_mut()
                    .and_then(|p| p.remember_export(&choices))
                {
                    self.tell(tr(t::NOTICE_SETTINGS_FAILED), problem);
                }
                self.export_pending = Some(options);
                let suggested = self
                    .document
                    .path
                    .as_ref()
                    .map(|path| path.with_extension(format.extension()));
                self.show_file_dialog(ctx, FilePurpose::Export(format), suggested);
            }
        }
    }
}
