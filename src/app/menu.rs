//! Menu bar, toolbar, status bar and the help windows, all driven by [`Command`].

use egui::{Button, Ui};

use super::recent::{RecentRequest, open_recent_menu};
use super::{Command, OpenDocument};

const FILE_MENU: [Command; 7] = [
    Command::New,
    Command::Open,
    Command::Save,
    Command::SaveAs,
    Command::ExportImage,
    Command::CopyImage,
    Command::Quit,
];
const EDIT_MENU: [Command; 1] = [Command::MapProperties];
const VIEW_MENU: [Command; 4] = [
    Command::ZoomIn,
    Command::ZoomOut,
    Command::ZoomFit,
    Command::ZoomActual,
];
const HELP_MENU: [Command; 2] = [Command::Shortcuts, Command::About];

/// A menu entry that shows the command's shortcut and queues it when clicked.
fn command_button(ui: &mut Ui, command: Command, pending: &mut Vec<Command>) {
    let mut button = Button::new(command.label());
    if let Some(shortcut) = command.shortcut() {
        button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
    }
    if ui.add(button).clicked() {
        pending.push(command);
    }
}

/// File, Edit, View and Help menus; File has the recent files after Open.
pub fn menu_bar(
    ui: &mut Ui,
    pending: &mut Vec<Command>,
    recent: &[std::path::PathBuf],
    recent_requests: &mut Vec<RecentRequest>,
) {
    egui::MenuBar::new().ui(ui, |ui| {
        for (name, commands) in [
            ("File", &FILE_MENU[..]),
            ("Edit", &EDIT_MENU[..]),
            ("View", &VIEW_MENU[..]),
            ("Help", &HELP_MENU[..]),
        ] {
            ui.menu_button(name, |ui| {
                for &command in commands {
                    // Group the menu: files, pictures, quitting.
                    if matches!(command, Command::ExportImage | Command::Quit) {
                        ui.separator();
                    }
                    command_button(ui, command, pending);
                    if command == Command::Open {
                        open_recent_menu(ui, recent, recent_requests);
                    }
                }
            });
        }
    });
}

/// The toolbar: file buttons and zoom controls with the current zoom.
pub fn toolbar(ui: &mut Ui, pending: &mut Vec<Command>, zoom: f32) {
    ui.horizontal(|ui| {
        let mut tool = |ui: &mut Ui, text: &str, command: Command| {
            let tip = match command.shortcut() {
                Some(shortcut) => format!(
                    "{} ({})",
                    command.label(),
                    ui.ctx().format_shortcut(&shortcut)
                ),
                None => command.label().to_owned(),
            };
            if ui.button(text).on_hover_text(tip).clicked() {
                pending.push(command);
            }
        };
        tool(ui, "New", Command::New);
        tool(ui, "Open", Command::Open);
        tool(ui, "Save", Command::Save);
        tool(ui, "Export", Command::ExportImage);
        ui.separator();
        tool(ui, "−", Command::ZoomOut);
        ui.label(format!("{:.0}%", zoom * 100.0));
        tool(ui, "+", Command::ZoomIn);
        tool(ui, "Fit", Command::ZoomFit);
        tool(ui, "100%", Command::ZoomActual);
    });
}

/// File path and counts at the bottom.
pub fn status_bar(ui: &mut Ui, document: &OpenDocument, message: &str) {
    ui.horizontal(|ui| {
        let journey = &document.journey;
        let location = document
            .path
            .as_deref()
            .map_or_else(|| "Not saved yet".to_owned(), |p| p.display().to_string());
        ui.label(location);
        if !message.is_empty() {
            ui.separator();
            ui.label(message);
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(format!(
                "{} phases · {} lanes · {} cards",
                journey.phases.len(),
                journey.lanes.len(),
                journey.cards.len()
            ));
        });
    });
}

/// The list of every shortcut (F1).
pub fn shortcuts_window(ctx: &egui::Context) -> egui::ModalResponse<()> {
    egui::Modal::new(egui::Id::unique("shortcuts")).show(ctx, |ui| {
        ui.heading("Keyboard shortcuts");
        ui.add_space(6.0);
        egui::Grid::new("shortcut_grid")
            .num_columns(2)
            .spacing([24.0, 6.0])
            .striped(true)
            .show(ui, |ui| {
                for command in Command::ALL {
                    if let Some(shortcut) = command.shortcut() {
                        ui.label(command.label());
                        ui.label(ctx.format_shortcut(&shortcut));
                        ui.end_row();
                    }
                }
                ui.label("Pan");
                ui.label("Drag empty space, or scroll");
                ui.end_row();
                ui.label("Zoom");
                ui.label("Ctrl + scroll, or pinch");
                ui.end_row();
            });
        ui.add_space(8.0);
        if ui.button("Close").clicked() {
            ui.close();
        }
    })
}

/// Version and licences.
pub fn about_window(ctx: &egui::Context) -> egui::ModalResponse<()> {
    egui::Modal::new(egui::Id::unique("about")).show(ctx, |ui| {
        ui.heading("Journeymap");
        ui.label(format!("Version {}", env!("CARGO_PKG_VERSION")));
        ui.label("An offline editor for customer journey maps.");
        ui.label("Fonts: Inter and Noto Emoji (SIL Open Font License).");
        ui.add_space(8.0);
        if ui.button("Close").clicked() {
            ui.close();
        }
    })
}
