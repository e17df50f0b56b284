//! The "Map properties" dialog: the map's title and description.
//!
//! The dialog edits a draft; OK applies it as one change (one undo step), so
//! the document never holds half-typed text.

use crate::i18n::{text::properties as t, tr};
use crate::model::Journey;

/// What the dialog decided this frame.
pub enum PropertiesAnswer {
    /// Apply the draft.
    Apply {
        /// The new title.
        title: String,
        /// The new description.
        description: String,
    },
    /// Close without changing anything.
    Cancel,
}

/// The open dialog with its draft.
pub struct PropertiesDialog {
    title: String,
    description: String,
    focus_pending: bool,
}

impl PropertiesDialog {
    /// A draft of `journey`'s properties.
    pub fn new(journey: &Journey) -> Self {
        Self {
            title: journey.title.clone(),
            description: journey.description.clone(),
            focus_pending: true,
        }
    }

    /// Shows the dialog; returns the decision once made. Enter in the title
    /// field applies, Escape cancels.
    pub fn ui(&mut self, ctx: &egui::Context) -> Option<PropertiesAnswer> {
        let mut answer = None;
        let modal = egui::Modal::new(egui::Id::unique("map_properties")).show(ctx, |ui| {
            ui.set_width(480.0);
            ui.heading(tr(t::HEADING));
            ui.add_space(6.0);
            let title_label = ui.label(tr(t::TITLE));
            let title = ui
                .add(egui::TextEdit::singleline(&mut self.title).desired_width(f32::INFINITY))
                .labelled_by(title_label.id);
            if std::mem::take(&mut self.focus_pending) {
                title.request_focus();
            }
            let entered = title.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.add_space(4.0);
            let description_label = ui.label(tr(t::DESCRIPTION));
            ui.add(
                egui::TextEdit::multiline(&mut self.description)
                    .desired_rows(4)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(description_label.id);
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(tr(t::OK)).clicked() || entered {
                    answer = Some(PropertiesAnswer::Apply {
                        title: self.title.trim().to_owned(),
                        description: self.description.clone(),
                    });
                }
                if ui.button(tr(t::CANCEL)).clicked() {
                    answer = Some(PropertiesAnswer::Cancel);
                }
            });
        });
        if answer.is_none() && modal.should_close() {
            answer = Some(PropertiesAnswer::Cancel);
        }
        answer
    }
}

/// The edits that turn `journey`'s title and description into the dialog's
/// answer (none when nothing changed). They go through the app's one edit
/// path, so the change can be undone like any other.
pub fn edits(journey: &Journey, title: String, description: String) -> Vec<crate::edit::Edit> {
    let mut edits = Vec::new();
    if journey.title != title {
        edits.push(crate::edit::Edit::SetTitle(title));
    }
    if journey.description != description {
        edits.push(crate::edit::Edit::SetDescription(description));
    }
    edits
}
