//! Every modal of the editor, shown in a fixed order so the most urgent one
//! (a question about unsaved changes, an error) is on top.

use super::recovery_dialog::RecoveryDialog;
use super::{JourneymapApp, menu, properties};
use crate::i18n::{text::app as t, tr};
use properties::PropertiesAnswer;

impl JourneymapApp {
    /// Shows the open modals and acts on their answers.
    pub(super) fn modals(&mut self, ctx: &egui::Context) {
        if let Some(dialog) = &mut self.recovery {
            if let Some(choice) = dialog.ui(ctx) {
                self.answer_recovery(ctx, choice);
            }
            if self.recovery.as_ref().is_some_and(RecoveryDialog::is_empty) {
                self.recovery = None;
            }
        }
        if let Some(dialog) = &mut self.properties
            && let Some(answer) = dialog.ui(ctx)
        {
            self.properties = None;
            if let PropertiesAnswer::Apply {
                title,
                description,
                language,
            } = answer
            {
                // Title, description and language together are one undo step.
                let merge_key = Some(0x5052_4f50_u64 ^ self.document.revision());
                let edits = properties::edits(&self.document.journey, title, description, language);
                self.pending_edits.extend(
                    edits
                        .into_iter()
                        .map(|edit| super::PendingEdit { edit, merge_key }),
                );
            }
        }
        if let Some(dialog) = &mut self.preferences {
            let (choice, open) = dialog.ui(ctx);
            if !open {
                self.preferences = None;
            }
            if let Some(super::preferences::LanguageChange(choice)) = choice {
                self.choose_language(choice);
            }
        }
        self.template_dialog_ui(ctx);
        if let Some(prompt) = &mut self.path_prompt
            && let Some(answer) = prompt.ui(ctx)
        {
            self.answer_path_prompt(ctx, answer);
        }
        if let Some(guard) = &mut self.guard {
            let name = self.document.display_name();
            if let Some(answer) = guard.ui(ctx, &name) {
                self.answer_guard(ctx, answer);
            }
        }
        if let Some(notice) = &self.notice {
            let mut close = false;
            egui::Modal::new(egui::Id::unique("notice")).show(ctx, |ui| {
                ui.set_max_width(520.0);
                ui.heading(&notice.title);
                ui.add_space(6.0);
                ui.label(&notice.body);
                ui.add_space(10.0);
                close = ui.button(tr(t::OK)).clicked();
            });
            if close {
                self.notice = self.queued_notices.pop_front();
            }
        }
        if self.show_shortcuts && menu::shortcuts_window(ctx).should_close() {
            self.show_shortcuts = false;
        }
        if self.show_about && menu::about_window(ctx).should_close() {
            self.show_about = false;
        }
        self.export_dialog(ctx);
    }
}
