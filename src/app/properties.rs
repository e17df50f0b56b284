//! The "Map properties" dialog: the map's title, description and language.
//!
//! The dialog edits a draft; OK applies it as one change (one undo step), so
//! the document never holds half-typed text.

use crate::i18n::{self, Lang, text::properties as t, tr, tr_args};
use crate::model::Journey;

/// What the dialog decided this frame.
pub enum PropertiesAnswer {
    /// Apply the draft.
    Apply {
        /// The new title.
        title: String,
        /// The new description.
        description: String,
        /// The map's language; `None` follows the interface.
        language: Option<Lang>,
    },
    /// Close without changing anything.
    Cancel,
}

/// The open dialog with its draft.
pub struct PropertiesDialog {
    title: String,
    description: String,
    language: Option<Lang>,
    focus_pending: bool,
}

impl PropertiesDialog {
    /// A draft of `journey`'s properties.
    pub fn new(journey: &Journey) -> Self {
        Self {
            title: journey.title.clone(),
            description: journey.description.clone(),
            language: journey.language,
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
            ui.add_space(4.0);
            self.language_ui(ui);
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(tr(t::OK)).clicked() || entered {
                    answer = Some(PropertiesAnswer::Apply {
                        title: self.title.trim().to_owned(),
                        description: self.description.clone(),
                        language: self.language,
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

    /// The map's language: the interface's (as old maps do) or a fixed one.
    fn language_ui(&mut self, ui: &mut egui::Ui) {
        let interface = tr_args(
            t::LANGUAGE_INTERFACE,
            &[("language", i18n::current().native_name().into())],
        );
        let name = |choice: Option<Lang>| {
            // A language is offered under its own name, as pickers do.
            choice.map_or_else(|| interface.clone(), |lang| lang.native_name().to_owned())
        };
        ui.horizontal(|ui| {
            let label = ui.label(tr(t::LANGUAGE));
            egui::ComboBox::from_id_salt("map_language")
                .selected_text(name(self.language))
                .width(240.0)
                .show_ui(ui, |ui| {
                    for choice in std::iter::once(None).chain(Lang::ALL.map(Some)) {
                        ui.selectable_value(&mut self.language, choice, name(choice));
                    }
                })
                .response
                .labelled_by(label.id);
        });
        ui.label(egui::RichText::new(tr(t::LANGUAGE_HINT)).weak());
    }
}

/// The edits that turn `journey`'s title, description and language into the
/// dialog's answer (none when nothing changed). They go through the app's one
/// edit path, so the change can be undone like any other.
pub fn edits(
    journey: &Journey,
    title: String,
    description: String,
    language: Option<Lang>,
) -> Vec<crate::edit::Edit> {
    let mut edits = Vec::new();
    if journey.title != title {
        edits.push(crate::edit::Edit::SetTitle(title));
    }
    if journey.description != description {
        edits.push(crate::edit::Edit::SetDescription(description));
    }
    if journey.language != language {
        edits.push(crate::edit::Edit::SetLanguage(language));
    }
    edits
}
