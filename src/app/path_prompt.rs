//! A path typed by hand, for systems where no file dialog can be shown.

use std::path::PathBuf;

use super::dialogs::{FilePurpose, with_extension};
use crate::i18n::{text::dialogs as t, text::persona, tr, tr_args};

/// How the prompt ended this frame.
pub enum PromptAnswer {
    /// The user entered this path.
    Chosen(PathBuf),
    /// The user gave up.
    Cancelled,
}

/// The open prompt: what it is for and what has been typed.
pub struct PathPrompt {
    purpose: FilePurpose,
    text: String,
    focus_pending: bool,
}

impl PathPrompt {
    /// A prompt for `purpose`, pre-filled with `suggested`.
    pub fn new(purpose: FilePurpose, suggested: Option<PathBuf>) -> Self {
        let text = suggested
            .map(|path| std::path::absolute(&path).unwrap_or(path))
            .map(|path| path.display().to_string())
            .unwrap_or_default();
        Self {
            purpose,
            text,
            focus_pending: true,
        }
    }

    /// What the prompt is for.
    pub fn purpose(&self) -> FilePurpose {
        self.purpose
    }

    /// Shows the prompt as a modal; returns the answer once given.
    pub fn ui(&mut self, ctx: &egui::Context) -> Option<PromptAnswer> {
        let action = match self.purpose {
            FilePurpose::Open => t::OPEN,
            FilePurpose::Import => crate::i18n::text::import::CONFIRM,
            FilePurpose::SaveAs => t::SAVE,
            FilePurpose::Export(_) => t::EXPORT,
            FilePurpose::Photo(_) => persona::PHOTO_PROMPT_ACTION,
        };
        let extension = [("extension", self.purpose.extension().into())];
        let mut answer = None;
        let modal = egui::Modal::new(egui::Id::unique("path_prompt")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading(tr(self.purpose.title()));
            ui.add_space(6.0);
            ui.label(tr(t::PROMPT_NO_CHOOSER));
            let label = ui.label(match self.purpose {
                FilePurpose::Photo(_) => tr(persona::PHOTO_PROMPT_LABEL),
                FilePurpose::Import => tr(crate::i18n::text::import::PROMPT_LABEL),
                _ => tr_args(t::PROMPT_PATH_LABEL, &extension),
            });
            let field = ui.add(
                egui::TextEdit::singleline(&mut self.text)
                    .desired_width(f32::INFINITY)
                    .hint_text(tr_args(t::PROMPT_PATH_HINT, &extension)),
            );
            let field = field.labelled_by(label.id);
            if std::mem::take(&mut self.focus_pending) {
                field.request_focus();
            }
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let ready = !self.text.trim().is_empty();
                if ui
                    .add_enabled(ready, egui::Button::new(tr(action)))
                    .clicked()
                    || (entered && ready)
                {
                    let path = PathBuf::from(self.text.trim());
                    answer = Some(PromptAnswer::Chosen(match self.purpose {
                        FilePurpose::Open | FilePurpose::Import | FilePurpose::Photo(_) => path,
                        purpose => with_extension(path, purpose.extension()),
                    }));
                }
                if ui.button(tr(t::CANCEL)).clicked() {
                    answer = Some(PromptAnswer::Cancelled);
                }
            });
        });
        if answer.is_none() && modal.should_close() {
            answer = Some(PromptAnswer::Cancelled);
        }
        answer
    }
}
