//! The Preferences dialog: the interface language (follow the system, or a
//! fixed one). A change shows at once and is remembered in the settings.

use crate::i18n::text::preferences as t;
use crate::i18n::{Lang, tr, tr_args};

/// A new language choice: `None` follows the system.
pub struct LanguageChange(pub Option<Lang>);

/// The open dialog, with the choice as the user left it.
pub struct PreferencesDialog {
    /// `None` follows the system's language.
    language: Option<Lang>,
}

impl PreferencesDialog {
    /// The dialog showing the current choice.
    pub fn new(language: Option<Lang>) -> Self {
        Self { language }
    }

    /// Shows the dialog. Returns the language choice in the frame it
    /// changes, and whether the dialog stays open.
    pub fn ui(&mut self, ctx: &egui::Context) -> (Option<LanguageChange>, bool) {
        let mut changed = None;
        let mut open = true;
        let modal = egui::Modal::new(egui::Id::unique("preferences")).show(ctx, |ui| {
            ui.set_width(420.0);
            ui.heading(tr(t::PREFS_TITLE));
            ui.add_space(8.0);
            let system = tr_args(
                t::PREFS_LANGUAGE_SYSTEM,
                &[("language", Lang::from_system().native_name().into())],
            );
            let name = |choice: Option<Lang>| {
                choice.map_or_else(|| system.clone(), |lang| lang.native_name().to_owned())
            };
            ui.horizontal(|ui| {
                let label = ui.label(tr(t::PREFS_LANGUAGE));
                egui::ComboBox::from_id_salt("language")
                    .selected_text(name(self.language))
                    .width(220.0)
                    .show_ui(ui, |ui| {
                        let choices = std::iter::once(None).chain(Lang::ALL.map(Some));
                        for choice in choices {
                            if ui
                                .selectable_label(self.language == choice, name(choice))
                                .clicked()
                                && self.language != choice
                            {
                                self.language = choice;
                                changed = Some(LanguageChange(choice));
                            }
                        }
                    })
                    .response
                    .labelled_by(label.id);
            });
            ui.add_space(4.0);
            ui.label(egui::RichText::new(tr(t::PREFS_LANGUAGE_HINT)).weak());
            ui.add_space(12.0);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(tr(crate::i18n::text::menu::CLOSE)).clicked() {
                    open = false;
                }
            });
        });
        if modal.should_close() {
            open = false;
        }
        (changed, open)
    }
}
