//! Running a command chosen from a menu, the toolbar or the keyboard.

use super::dialog::Dialog;
use super::guard::Action;
use super::preferences::PreferencesDialog;
use super::properties::PropertiesDialog;
use super::template_dialog::TemplateDialog;
use super::{Command, JourneymapApp};
use crate::canvas::{Reveal, Selection, ViewRequest};
use crate::find::FindTarget;

impl JourneymapApp {
    /// Runs `command`, unless the mode forbids it (a view-only map is not
    /// edited, whatever asks).
    pub(super) fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        if command.edits_map() && !self.mode.may_edit() {
            return;
        }
        match command {
            Command::New => self.request(ctx, Action::New),
            Command::NewFromTemplate => self.dialogs.open(Dialog::Templates(TemplateDialog::new(
                crate::i18n::current(),
            ))),
            Command::Open => self.request(ctx, Action::Open),
            Command::Import => self.request(ctx, Action::Import),
            Command::Save => self.save_then(ctx, None),
            Command::SaveAs => self.ask_save_path(ctx, None),
            Command::ExportImage => self.dialogs.open(Dialog::Export),
            Command::CopyImage => self
                .jobs
                .start_copy_image(ctx, self.document.journey.clone()),
            Command::Quit => self.request(ctx, Action::Quit),
            Command::MapProperties => self.dialogs.open(Dialog::Properties(PropertiesDialog::new(
                &self.document.journey,
            ))),
            Command::Preferences => {
                let choice = self.persistence().and_then(|p| p.settings.language);
                self.dialogs
                    .open(Dialog::Preferences(PreferencesDialog::new(choice)));
            }
            Command::Personas => {
                self.personas
                    .get_or_insert_with(super::personas::PersonaPanel::new);
            }
            Command::ToggleInspector => self.panels.inspector = !self.panels.inspector,
            Command::Find => self.panels.find.open(),
            Command::FindNext | Command::FindPrevious => {
                let find = &mut self.panels.find;
                find.open();
                find.refresh(&self.document.journey, self.document.revision());
                let target = if command == Command::FindNext {
                    find.next()
                } else {
                    find.previous()
                };
                if let Some(target) = target {
                    self.go_to_match(target);
                }
            }
            Command::ZoomIn => self.canvas.request(ViewRequest::ZoomIn),
            Command::ZoomOut => self.canvas.request(ViewRequest::ZoomOut),
            Command::ZoomFit => self.canvas.request(ViewRequest::Fit),
            Command::ZoomActual => self.canvas.request(ViewRequest::ActualSize),
            Command::Shortcuts => {
                if !self
                    .dialogs
                    .has(|dialog| matches!(dialog, Dialog::Shortcuts))
                {
                    self.dialogs.open(Dialog::Shortcuts);
                }
            }
            Command::About => self.dialogs.open(Dialog::About),
            editing => self.run_edit_command(ctx, editing),
        }
    }

    /// Shows a find match: selects it and scrolls it into view; a persona
    /// opens in the persona panel.
    pub(super) fn go_to_match(&mut self, target: FindTarget) {
        match target {
            FindTarget::Card(card) => self.canvas.select(Selection::card(card)),
            FindTarget::Phase(phase) => self.canvas.select(Selection::Phase(phase)),
            FindTarget::Step(step) => self.canvas.select(Selection::Step(step)),
            FindTarget::Lane(lane) => self.canvas.select(Selection::Lane(lane)),
            FindTarget::Persona(persona) => self
                .personas
                .get_or_insert_with(super::personas::PersonaPanel::new)
                .select(persona),
        }
        if let Some(reveal) = Reveal::of_match(target) {
            self.canvas.reveal(reveal);
        }
    }
}
