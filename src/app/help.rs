//! The help windows: every shortcut and pointer gesture (F1), and About.

use super::Command;
use super::shortcut_text::shortcut_text;
use crate::i18n::{Msg, text::menu as t, tr, tr_args};

/// What the mouse does, for the help overlay (keys come from [`Command`]).
const POINTER_HELP: [(Msg, Msg); 10] = [
    (t::HELP_PAN, t::HELP_PAN_HOW),
    (t::HELP_ZOOM, t::HELP_ZOOM_HOW),
    (t::HELP_SELECT, t::HELP_SELECT_HOW),
    (t::HELP_SELECT_SEVERAL, t::HELP_SELECT_SEVERAL_HOW),
    (t::HELP_ADD_CARD, t::HELP_ADD_CARD_HOW),
    (t::HELP_EDIT_CARD, t::HELP_EDIT_CARD_HOW),
    (t::HELP_MOVE_CARDS, t::HELP_MOVE_CARDS_HOW),
    (t::HELP_SPAN_CARD, t::HELP_SPAN_CARD_HOW),
    (t::HELP_PHASES_LANES, t::HELP_PHASES_LANES_HOW),
    (t::HELP_EMOTION, t::HELP_EMOTION_HOW),
];

/// The list of every shortcut and pointer gesture (F1).
pub fn shortcuts_window(ctx: &egui::Context) -> egui::ModalResponse<()> {
    egui::Modal::new(egui::Id::unique("shortcuts")).show(ctx, |ui| {
        ui.heading(tr(t::HELP_TITLE));
        ui.add_space(6.0);
        egui::ScrollArea::vertical()
            .max_height(ctx.content_rect().height() * 0.75)
            .show(ui, |ui| {
                egui::Grid::new("shortcut_grid")
                    .num_columns(2)
                    .spacing([24.0, 6.0])
                    .striped(true)
                    .show(ui, |ui| {
                        for command in Command::ALL {
                            let keys = match (command.shortcut(), command.alternative_shortcut()) {
                                (Some(first), Some(second)) => tr_args(
                                    t::HELP_OR,
                                    &[
                                        ("first", (&shortcut_text(ctx, first)).into()),
                                        ("second", (&shortcut_text(ctx, second)).into()),
                                    ],
                                ),
                                (Some(only), None) | (None, Some(only)) => shortcut_text(ctx, only),
                                (None, None) => continue,
                            };
                            ui.label(command.label());
                            ui.label(keys);
                            ui.end_row();
                        }
                        for (what, how) in POINTER_HELP {
                            ui.label(tr(what));
                            ui.label(tr(how));
                            ui.end_row();
                        }
                    });
            });
        ui.add_space(8.0);
        if ui.button(tr(t::CLOSE)).clicked() {
            ui.close();
        }
    })
}

/// Version and licences.
pub fn about_window(ctx: &egui::Context) -> egui::ModalResponse<()> {
    egui::Modal::new(egui::Id::unique("about")).show(ctx, |ui| {
        ui.heading("Journeymap");
        ui.label(tr_args(
            t::ABOUT_VERSION,
            &[("version", env!("CARGO_PKG_VERSION").into())],
        ));
        ui.label(tr(t::ABOUT_WHAT));
        ui.label(tr(t::ABOUT_FONTS));
        ui.add_space(8.0);
        if ui.button(tr(t::CLOSE)).clicked() {
            ui.close();
        }
    })
}
