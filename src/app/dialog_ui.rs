//! Shows the top dialog and acts on its answer.

use super::dialog::Dialog;
use super::export_dialog::{self, ExportDecision};
use super::guard::Action;
use super::import_dialog::ImportAnswer;
use super::preferences::LanguageChange;
use super::properties::{self, PropertiesAnswer};
use super::template_dialog::TemplateAnswer;
use super::{JourneymapApp, disk_dialogs, help};
use crate::i18n::{text::app as t, tr, tr_args};

/// What showing a dialog this frame came to.
enum Shown {
    /// Still open, nothing to do.
    Open(Dialog),
    /// Closed; nothing (more) to do.
    Closed,
}

impl JourneymapApp {
    /// Shows the top dialog, if any, and acts on its answer. A dialog that
    /// stays open goes back to its place, under anything its answer opened.
    pub(super) fn dialog_ui(&mut self, ctx: &egui::Context) {
        let Some((index, dialog)) = self.dialogs.take_top() else {
            return;
        };
        if let Shown::Open(dialog) = self.show_dialog(ctx, dialog) {
            self.dialogs.put_back(index, dialog);
        }
    }

    fn show_dialog(&mut self, ctx: &egui::Context, dialog: Dialog) -> Shown {
        match dialog {
            Dialog::Notice { title, body } => {
                if notice_ui(ctx, &title, &body) {
                    Shown::Closed
                } else {
                    Shown::Open(Dialog::Notice { title, body })
                }
            }
            Dialog::Guard(mut guard) => {
                let name = self.document.display_name();
                match guard.ui(ctx, &name) {
                    None => Shown::Open(Dialog::Guard(guard)),
                    Some(answer) => {
                        self.answer_guard(ctx, guard.action, answer);
                        Shown::Closed
                    }
                }
            }
            Dialog::Confirm(confirm) => match confirm.show(ctx) {
                None => Shown::Open(Dialog::Confirm(confirm)),
                Some(delete) => {
                    if delete {
                        self.document.queue_edit(confirm.edit());
                    }
                    Shown::Closed
                }
            },
            Dialog::Properties(mut dialog) => match dialog.ui(ctx) {
                None => Shown::Open(Dialog::Properties(dialog)),
                Some(answer) => {
                    self.answer_properties(answer);
                    Shown::Closed
                }
            },
            Dialog::Preferences(mut dialog) => {
                let (choice, open) = dialog.ui(ctx);
                if let Some(LanguageChange(choice)) = choice {
                    self.choose_language(choice);
                }
                if open {
                    Shown::Open(Dialog::Preferences(dialog))
                } else {
                    Shown::Closed
                }
            }
            Dialog::Recovery(mut dialog) => {
                if let Some(choice) = dialog.ui(ctx) {
                    // The answer may take a copy out of the dialog: it must be
                    // back on the stack for that.
                    self.dialogs.open(Dialog::Recovery(dialog));
                    self.answer_recovery(ctx, choice);
                    let empty = self
                        .dialogs
                        .recovery_mut()
                        .is_some_and(|dialog| dialog.is_empty());
                    if empty {
                        self.dialogs
                            .close(|dialog| matches!(dialog, Dialog::Recovery(_)));
                    }
                    return Shown::Closed;
                }
                // "Keep for later" takes entries off the list without an answer.
                if dialog.is_empty() {
                    Shown::Closed
                } else {
                    Shown::Open(Dialog::Recovery(dialog))
                }
            }
            Dialog::Templates(mut dialog) => match dialog.ui(ctx, &mut self.jobs.previews) {
                None => Shown::Open(Dialog::Templates(dialog)),
                Some(TemplateAnswer::Cancel) => Shown::Closed,
                Some(TemplateAnswer::Create { template, lang }) => {
                    self.request(ctx, Action::NewFromTemplate { template, lang });
                    Shown::Closed
                }
            },
            dialog => self.show_file_dialog(ctx, dialog),
        }
    }

    /// The dialogs about files, pictures and help.
    fn show_file_dialog(&mut self, ctx: &egui::Context, dialog: Dialog) -> Shown {
        match dialog {
            Dialog::PathPrompt(mut prompt) => match prompt.ui(ctx) {
                None => Shown::Open(Dialog::PathPrompt(prompt)),
                Some(answer) => {
                    self.answer_path_prompt(ctx, prompt.purpose(), answer);
                    Shown::Closed
                }
            },
            Dialog::Export => self.export_dialog(ctx),
            Dialog::ReplaceFile(path, request) => match disk_dialogs::replace_ui(ctx, &path) {
                None => Shown::Open(Dialog::ReplaceFile(path, request)),
                Some(replace) => {
                    if replace {
                        self.file_chosen(ctx, request, &path);
                    }
                    Shown::Closed
                }
            },
            Dialog::Import(mut dialog) => match dialog.ui(ctx) {
                None => Shown::Open(Dialog::Import(dialog)),
                Some(ImportAnswer::Cancel) => Shown::Closed,
                Some(ImportAnswer::Import) => match dialog.build() {
                    Ok(journey) => {
                        self.open_imported_table(journey, dialog.name());
                        Shown::Closed
                    }
                    Err(error) => {
                        let file = dialog.name().to_owned();
                        self.tell(
                            tr_args(
                                crate::i18n::text::import::FAILED_TITLE,
                                &[("file", file.as_str().into())],
                            ),
                            error.to_string(),
                        );
                        Shown::Open(Dialog::Import(dialog))
                    }
                },
            },
            Dialog::Shortcuts => {
                if help::shortcuts_window(ctx).should_close() {
                    Shown::Closed
                } else {
                    Shown::Open(Dialog::Shortcuts)
                }
            }
            Dialog::DiskChanged(observed) => {
                match disk_dialogs::changed_ui(ctx, &self.document.display_name()) {
                    None => Shown::Open(Dialog::DiskChanged(observed)),
                    Some(answer) => {
                        self.answer_disk_changed(ctx, observed, answer);
                        Shown::Closed
                    }
                }
            }
            Dialog::SaveConflict(conflict) => {
                match disk_dialogs::conflict_ui(ctx, &self.document.display_name()) {
                    None => Shown::Open(Dialog::SaveConflict(conflict)),
                    Some(answer) => {
                        self.answer_save_conflict(ctx, conflict.then, answer);
                        Shown::Closed
                    }
                }
            }
            Dialog::OpenElsewhere(question) => match disk_dialogs::elsewhere_ui(ctx, &question) {
                None => Shown::Open(Dialog::OpenElsewhere(question)),
                Some(answer) => {
                    self.answer_open_elsewhere(ctx, question, answer);
                    Shown::Closed
                }
            },
            // Shown by `show_dialog`.
            other @ (Dialog::Notice { .. }
            | Dialog::Guard(_)
            | Dialog::Confirm(_)
            | Dialog::Properties(_)
            | Dialog::Preferences(_)
            | Dialog::Recovery(_)
            | Dialog::Templates(_)) => Shown::Open(other),
            Dialog::About => {
                if help::about_window(ctx).should_close() {
                    Shown::Closed
                } else {
                    Shown::Open(Dialog::About)
                }
            }
        }
    }

    fn answer_properties(&mut self, answer: PropertiesAnswer) {
        if let PropertiesAnswer::Apply {
            title,
            description,
            language,
        } = answer
        {
            // Title, description and language together are one undo step.
            let merge_key = Some(0x5052_4f50_u64 ^ self.document.revision());
            for edit in properties::edits(&self.document.journey, title, description, language) {
                self.document.queue_merging(edit, merge_key);
            }
        }
    }

    /// The export dialog: on Export, remembers the choices and asks where.
    fn export_dialog(&mut self, ctx: &egui::Context) -> Shown {
        let layout = self
            .canvas
            .layout(&self.document.journey, self.document.revision())
            .clone();
        let exported = export_dialog::Exported {
            journey: &self.document.journey,
            revision: self.document.revision(),
            layout: &layout,
        };
        let decision = export_dialog::export_dialog_ui(
            ctx,
            &mut self.export_choices,
            &exported,
            &mut self.jobs.slide_previews,
        );
        if !matches!(decision, ExportDecision::Open) {
            self.jobs.slide_previews.clear();
        }
        match decision {
            ExportDecision::Open => Shown::Open(Dialog::Export),
            ExportDecision::Cancel => Shown::Closed,
            ExportDecision::Export(options, format) => {
                let choices = self.export_choices.clone();
                if let Some(problem) = self
                    .persistence_mut()
                    .and_then(|p| p.remember_export(&choices))
                {
                    self.tell(tr(t::NOTICE_SETTINGS_FAILED), problem);
                }
                let suggested = self
                    .document
                    .path
                    .as_ref()
                    .map(|path| path.with_extension(format.extension()));
                self.ask_for_file(
                    ctx,
                    super::jobs::FileRequest::export(options, format),
                    suggested,
                );
                Shown::Closed
            }
        }
    }
}

/// A message with OK; Enter or Escape close it too. True once closed.
fn notice_ui(ctx: &egui::Context, title: &str, body: &str) -> bool {
    let mut close = false;
    let modal = egui::Modal::new(egui::Id::unique("notice")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(title);
        ui.add_space(6.0);
        ui.label(body);
        ui.add_space(10.0);
        let ok = ui.button(tr(t::OK));
        if ui.memory(|m| m.focused().is_none()) {
            ok.request_focus();
        }
        close = ok.clicked();
    });
    let enter = ctx.input_mut(|input| input.consume_key(egui::Modifiers::NONE, egui::Key::Enter));
    close || enter || modal.should_close()
}
