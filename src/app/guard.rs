//! The unsaved-changes guard: before the open map is replaced or the app
//! closes, a map with changes asks Save / Don't save / Cancel.

use std::path::PathBuf;

use crate::i18n::{Msg, text::dialogs as t, tr, tr_args};

/// Something that would drop the open map, waiting for the guard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Start a new map.
    New,
    /// Start a new map from a template (its catalog name), in a language.
    NewFromTemplate {
        /// The template's name in `templates::catalog`.
        template: &'static str,
        /// The language of the new map's names.
        lang: crate::i18n::Lang,
    },
    /// Choose a map to open.
    Open,
    /// Open this map (a recent file, a dropped file).
    OpenPath(PathBuf),
    /// Choose a Mermaid journey or a table to import as a new map.
    Import,
    /// Make a new map of this pasted Mermaid journey.
    ImportText(String),
    /// Restore this recovery copy.
    Restore(PathBuf),
    /// Close the window.
    Quit,
}

impl Action {
    /// "Save the changes to “{name}” before …?", one whole question per action.
    fn question(&self) -> Msg {
        match self {
            Action::New | Action::NewFromTemplate { .. } => t::GUARD_NEW,
            Action::Open | Action::OpenPath(_) => t::GUARD_OPEN,
            Action::Import | Action::ImportText(_) => t::GUARD_IMPORT,
            Action::Restore(_) => t::GUARD_RESTORE,
            Action::Quit => t::GUARD_QUIT,
        }
    }
}

/// The user's answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GuardAnswer {
    /// Save first (asking where, for a new map), then go on.
    Save,
    /// Go on and drop the changes.
    DontSave,
    /// Do nothing.
    Cancel,
}

/// The open guard: the action it holds back.
pub struct Guard {
    /// What happens once the user agrees.
    pub action: Action,
    focus_pending: bool,
}

impl Guard {
    /// A guard in front of `action`.
    pub fn new(action: Action) -> Self {
        Self {
            action,
            focus_pending: true,
        }
    }

    /// Shows the question; `name` is the map's file name. Escape cancels.
    pub fn ui(&mut self, ctx: &egui::Context, name: &str) -> Option<GuardAnswer> {
        let mut answer = None;
        let modal = egui::Modal::new(egui::Id::unique("unsaved_changes")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.heading(tr_args(self.action.question(), &[("name", name.into())]));
            ui.add_space(6.0);
            ui.label(tr(t::GUARD_LOST));
            ui.add_space(10.0);
            ui.horizontal(|ui| {
                let save = ui.button(tr(t::SAVE));
                if std::mem::take(&mut self.focus_pending) {
                    save.request_focus();
                }
                if save.clicked() {
                    answer = Some(GuardAnswer::Save);
                }
                if ui.button(tr(t::DONT_SAVE)).clicked() {
                    answer = Some(GuardAnswer::DontSave);
                }
                if ui.button(tr(t::CANCEL)).clicked() {
                    answer = Some(GuardAnswer::Cancel);
                }
            });
        });
        if answer.is_none() && modal.should_close() {
            answer = Some(GuardAnswer::Cancel);
        }
        answer
    }
}
