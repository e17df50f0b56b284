//! Menu bar, toolbar, context menus, status bar and the help windows, all
//! driven by [`Command`].

use egui::{Button, Ui};

use super::recent::{RecentRequest, open_recent_menu};
use super::{Command, OpenDocument};
use crate::canvas::{MenuFor, Selection};
use crate::edit::{Edit, History};
use crate::model::CardColor;
use crate::theme;

const FILE_MENU: [Command; 7] = [
    Command::New,
    Command::Open,
    Command::Save,
    Command::SaveAs,
    Command::ExportImage,
    Command::CopyImage,
    Command::Quit,
];
const EDIT_MENU: [Command; 11] = [
    Command::Undo,
    Command::Redo,
    Command::Cut,
    Command::Copy,
    Command::Paste,
    Command::Duplicate,
    Command::Delete,
    Command::SelectAll,
    Command::EditSelected,
    Command::MapProperties,
    Command::Personas,
];
const SELECT_MENU: [Command; 6] = [
    Command::SelectNext,
    Command::SelectPrevious,
    Command::SelectLeft,
    Command::SelectRight,
    Command::SelectUp,
    Command::SelectDown,
];
const INSERT_MENU: [Command; 5] = [
    Command::AddCard,
    Command::AddPhase,
    Command::AddLane,
    Command::AddCurve,
    Command::ToggleCollapse,
];
const VIEW_MENU: [Command; 4] = [
    Command::ZoomIn,
    Command::ZoomOut,
    Command::ZoomFit,
    Command::ZoomActual,
];
const HELP_MENU: [Command; 2] = [Command::Shortcuts, Command::About];

/// What menus need to know to label and enable their entries.
pub struct MenuState {
    undo: Option<&'static str>,
    redo: Option<&'static str>,
    selection: Selection,
}

impl MenuState {
    /// The state for this frame.
    pub fn new(history: &History, selection: &Selection) -> Self {
        Self {
            undo: history.undo_name(),
            redo: history.redo_name(),
            selection: selection.clone(),
        }
    }

    /// The label, with the step's name for undo and redo ("Undo move card").
    fn label(&self, command: Command) -> String {
        match (command, self.undo, self.redo) {
            (Command::Undo, Some(name), _) => format!("Undo {name}"),
            (Command::Redo, _, Some(name)) => format!("Redo {name}"),
            _ => command.label(),
        }
    }

    fn enabled(&self, command: Command) -> bool {
        let cards = matches!(self.selection, Selection::Cards(_));
        match command {
            Command::Undo => self.undo.is_some(),
            Command::Redo => self.redo.is_some(),
            Command::Cut | Command::Copy | Command::Duplicate => cards,
            Command::Delete | Command::EditSelected => self.selection != Selection::None,
            Command::ToggleCollapse => matches!(self.selection, Selection::Lane(_)),
            _ => true,
        }
    }
}

/// A menu entry that shows the command's shortcut and queues it when clicked.
fn command_button(
    ui: &mut Ui,
    command: Command,
    label: String,
    state: &MenuState,
    pending: &mut Vec<Command>,
) {
    let mut button = Button::new(label);
    if let Some(shortcut) = command.shortcut() {
        button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
    }
    if ui.add_enabled(state.enabled(command), button).clicked() {
        pending.push(command);
    }
}

/// File, Edit, Insert, View and Help menus; File has the recent files after Open.
pub fn menu_bar(
    ui: &mut Ui,
    pending: &mut Vec<Command>,
    state: &MenuState,
    recent: &[std::path::PathBuf],
    recent_requests: &mut Vec<RecentRequest>,
) {
    egui::MenuBar::new().ui(ui, |ui| {
        for (name, commands) in [
            ("File", &FILE_MENU[..]),
            ("Edit", &EDIT_MENU[..]),
            ("Insert", &INSERT_MENU[..]),
            ("View", &VIEW_MENU[..]),
            ("Help", &HELP_MENU[..]),
        ] {
            ui.menu_button(name, |ui| {
                for &command in commands {
                    // Group the menus: files, pictures, quitting; undo, clipboard, selection.
                    if matches!(
                        command,
                        Command::ExportImage
                            | Command::Quit
                            | Command::Cut
                            | Command::SelectAll
                            | Command::MapProperties
                    ) {
                        ui.separator();
                    }
                    command_button(ui, command, state.label(command), state, pending);
                    if command == Command::Open {
                        open_recent_menu(ui, recent, recent_requests);
                    }
                }
                if name == "Edit" {
                    ui.menu_button("Move Selection", |ui| {
                        for command in SELECT_MENU {
                            command_button(ui, command, state.label(command), state, pending);
                        }
                    });
                }
            });
        }
    });
}

/// The context menu for what was right-clicked: the commands that apply to it.
pub fn context_menu(
    ui: &mut Ui,
    target: MenuFor,
    state: &MenuState,
    pending: &mut Vec<Command>,
    edits: &mut Vec<Edit>,
) {
    let entries: &[(Command, &str)] = match target {
        MenuFor::Cards => &[
            (Command::EditSelected, "Edit Text"),
            (Command::Duplicate, ""),
            (Command::Cut, ""),
            (Command::Copy, ""),
            (Command::Paste, ""),
            (Command::Delete, ""),
        ],
        MenuFor::Cell => &[
            (Command::AddCard, ""),
            (Command::Paste, ""),
            (Command::SelectAll, ""),
        ],
        MenuFor::Phase => &[
            (Command::EditSelected, "Rename Phase"),
            (Command::AddPhase, "Add Phase After"),
            (Command::Delete, "Delete Phase…"),
        ],
        MenuFor::Lane => &[
            (Command::EditSelected, "Rename Lane"),
            (Command::ToggleCollapse, ""),
            (Command::AddLane, "Add Lane Below"),
            (Command::Delete, "Delete Lane…"),
        ],
        MenuFor::Point => &[
            (Command::EditSelected, "Label Point"),
            (Command::Delete, "Remove Point"),
        ],
        MenuFor::Curve => &[(Command::AddCurve, ""), (Command::Delete, "Remove Curve")],
    };
    for &(command, label) in entries {
        let label = if label.is_empty() {
            state.label(command)
        } else {
            label.to_owned()
        };
        command_button(ui, command, label, state, pending);
    }
    if target == MenuFor::Cards {
        ui.menu_button("Colour", |ui| {
            let choices = std::iter::once(("Lane colour".to_owned(), None))
                .chain(CardColor::ALL.map(|c| (format!("{c:?}"), Some(c))));
            for (label, color) in choices {
                if ui.button(label).clicked() {
                    edits.push(Edit::RecolorCards {
                        cards: state.selection.cards(),
                        color,
                    });
                }
            }
        });
    }
}

/// The toolbar: file buttons, undo and redo, and zoom controls with the current zoom.
pub fn toolbar(ui: &mut Ui, pending: &mut Vec<Command>, zoom: f32, state: &MenuState) {
    ui.horizontal(|ui| {
        let mut tool = |ui: &mut Ui, text: &str, command: Command| {
            let tip = match command.shortcut() {
                Some(shortcut) => format!(
                    "{} ({})",
                    state.label(command),
                    ui.ctx().format_shortcut(&shortcut)
                ),
                None => state.label(command),
            };
            if ui
                .add_enabled(state.enabled(command), Button::new(text))
                .on_hover_text(tip)
                .clicked()
            {
                pending.push(command);
            }
        };
        tool(ui, "New", Command::New);
        tool(ui, "Open", Command::Open);
        tool(ui, "Save", Command::Save);
        tool(ui, "Export", Command::ExportImage);
        ui.separator();
        tool(ui, "Undo", Command::Undo);
        tool(ui, "Redo", Command::Redo);
        ui.separator();
        tool(ui, "Add card", Command::AddCard);
        tool(ui, "Add phase", Command::AddPhase);
        tool(ui, "Add lane", Command::AddLane);
        ui.separator();
        tool(ui, "−", Command::ZoomOut);
        ui.label(format!("{:.0}%", zoom * 100.0));
        tool(ui, "+", Command::ZoomIn);
        tool(ui, "Fit", Command::ZoomFit);
        tool(ui, "100%", Command::ZoomActual);
    });
}

/// File path, the last message and counts at the bottom.
pub fn status_bar(ui: &mut Ui, document: &OpenDocument, status: &str) {
    ui.horizontal(|ui| {
        let journey = &document.journey;
        let location = document
            .path
            .as_deref()
            .map_or_else(|| "Not saved yet".to_owned(), |p| p.display().to_string());
        ui.label(location);
        if !status.is_empty() {
            ui.separator();
            ui.colored_label(theme::TEXT_MUTED, status);
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

/// What the mouse does, for the help overlay (keys come from [`Command`]).
const POINTER_HELP: [(&str, &str); 10] = [
    ("Pan", "Middle or right drag, Space + drag, or scroll"),
    ("Zoom", "Ctrl + scroll, or pinch"),
    ("Select", "Click; Shift/Ctrl + click adds or removes"),
    ("Select several", "Drag a box on empty canvas"),
    (
        "Add a card",
        "Double-click an empty spot, or the + of a cell",
    ),
    (
        "Edit a card",
        "Double-click it; Ctrl+Enter or a click elsewhere keeps, Escape cancels",
    ),
    ("Move cards", "Drag them to a cell; Escape cancels"),
    ("Span a card", "Drag its right edge"),
    (
        "Phases and lanes",
        "Drag a header to reorder, its border to resize; double-click to rename",
    ),
    (
        "Emotion curve",
        "Drag a point; click an empty phase to set one; right-click to remove",
    ),
];

/// The list of every shortcut and pointer gesture (F1).
pub fn shortcuts_window(ctx: &egui::Context) -> egui::ModalResponse<()> {
    egui::Modal::new(egui::Id::unique("shortcuts")).show(ctx, |ui| {
        ui.heading("Keyboard shortcuts");
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
                            let keys: Vec<String> =
                                [command.shortcut(), command.alternative_shortcut()]
                                    .into_iter()
                                    .flatten()
                                    .map(|shortcut| ctx.format_shortcut(&shortcut))
                                    .collect();
                            if !keys.is_empty() {
                                ui.label(command.label());
                                ui.label(keys.join(" or "));
                                ui.end_row();
                            }
                        }
                        for (what, how) in POINTER_HELP {
                            ui.label(what);
                            ui.label(how);
                            ui.end_row();
                        }
                    });
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
