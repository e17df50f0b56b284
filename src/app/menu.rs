//! Menu bar, toolbar, context menus and status bar, all driven by
//! [`Command`]; the help windows are `help.rs`.

use egui::{Button, Ui};

use super::recent::{RecentRequest, open_recent_menu};
use super::shortcut_text::shortcut_text;
use super::{Command, Mode, OpenDocument};
use crate::canvas::{MenuFor, Selection};
use crate::edit::{Edit, History};
use crate::i18n::{Msg, text::menu as t, tr, tr_args};
use crate::model::{CardColor, CurveId, Journey, MapCounts, StepId};
use crate::theme;

const FILE_MENU: [Command; 9] = [
    Command::New,
    Command::NewFromTemplate,
    Command::Open,
    Command::Import,
    Command::Save,
    Command::SaveAs,
    Command::ExportImage,
    Command::CopyImage,
    Command::Quit,
];
const EDIT_MENU: [Command; 13] = [
    Command::Undo,
    Command::Redo,
    Command::Cut,
    Command::Copy,
    Command::Paste,
    Command::Duplicate,
    Command::Delete,
    Command::SelectAll,
    Command::EditSelected,
    Command::Find,
    Command::MapProperties,
    Command::Personas,
    Command::Preferences,
];
const SELECT_MENU: [Command; 6] = [
    Command::SelectNext,
    Command::SelectPrevious,
    Command::SelectLeft,
    Command::SelectRight,
    Command::SelectUp,
    Command::SelectDown,
];
const INSERT_MENU: [Command; 6] = [
    Command::AddCard,
    Command::AddPhase,
    Command::AddStep,
    Command::AddLane,
    Command::AddCurve,
    Command::ToggleCollapse,
];
const VIEW_MENU: [Command; 5] = [
    Command::ZoomIn,
    Command::ZoomOut,
    Command::ZoomFit,
    Command::ZoomActual,
    Command::ToggleInspector,
];
const HELP_MENU: [Command; 2] = [Command::Shortcuts, Command::About];

/// What menus need to know to label and enable their entries.
pub struct MenuState {
    undo: Option<Msg>,
    redo: Option<Msg>,
    selection: Selection,
    /// The mode lets the user change the map.
    may_edit: bool,
    /// The inspector panel shows (a tick in the View menu).
    inspector: bool,
    /// The selected emotion point, if one is, and whether it is marked as a
    /// moment of truth (its context menu marks or clears it).
    point: Option<(CurveId, StepId, bool)>,
    /// Where a step could be added, and whether the selected step may go.
    steps: StepMenu,
}

/// What the menus need to know about steps.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StepMenu {
    /// "Add Step" has a phase to add to (a selected step or phase, or the
    /// current cell's).
    pub can_add: bool,
    /// The selected step is the only one of this phase (named), so it
    /// cannot be deleted.
    pub only_step_of: Option<String>,
}

impl MenuState {
    /// The state for this frame.
    pub fn new(
        journey: &Journey,
        history: &History,
        selection: &Selection,
        mode: &Mode,
        inspector: bool,
        steps: StepMenu,
    ) -> Self {
        let point = match *selection {
            Selection::Point { curve, step } => journey
                .curves
                .iter()
                .find(|c| c.id == curve)
                .and_then(|c| c.point_in(step))
                .map(|point| (curve, step, point.moment_of_truth)),
            _ => None,
        };
        Self {
            undo: history.undo_name(),
            redo: history.redo_name(),
            selection: selection.clone(),
            may_edit: mode.may_edit(),
            inspector,
            point,
            steps,
        }
    }

    /// The label, with the step's name for undo and redo ("Undo move card").
    fn label(&self, command: Command) -> String {
        match (command, self.undo, self.redo) {
            (Command::Undo, Some(step), _) => {
                tr_args(t::CMD_UNDO_STEP, &[("step", (&tr(step)).into())])
            }
            (Command::Redo, _, Some(step)) => {
                tr_args(t::CMD_REDO_STEP, &[("step", (&tr(step)).into())])
            }
            _ => command.label(),
        }
    }

    fn enabled(&self, command: Command) -> bool {
        if (command.changes_map() || command == Command::Save) && !self.may_edit {
            return false;
        }
        let cards = matches!(self.selection, Selection::Cards(_));
        match command {
            Command::Undo => self.undo.is_some(),
            Command::Redo => self.redo.is_some(),
            Command::Cut | Command::Copy | Command::Duplicate => cards,
            Command::Delete => {
                self.selection != Selection::None && self.steps.only_step_of.is_none()
            }
            Command::EditSelected => self.selection != Selection::None,
            Command::AddStep => self.steps.can_add,
            Command::AddStepBefore => matches!(self.selection, Selection::Step(_)),
            Command::ToggleCollapse => matches!(self.selection, Selection::Lane(_)),
            _ => true,
        }
    }

    /// Why an entry is greyed out, where the reason is not plain to see.
    fn disabled_reason(&self, command: Command) -> Option<String> {
        if !self.may_edit {
            return None;
        }
        match (command, &self.steps.only_step_of) {
            (Command::Delete, Some(phase)) => {
                Some(tr_args(t::CTX_LAST_STEP_TIP, &[("phase", phase.into())]))
            }
            (Command::AddStep, _) if !self.steps.can_add => Some(tr(t::ADD_STEP_NEEDS_PLACE)),
            _ => None,
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
    let mut button =
        Button::new(label).selected(command == Command::ToggleInspector && state.inspector);
    if let Some(shortcut) = command.shortcut() {
        button = button.shortcut_text(shortcut_text(ui.ctx(), shortcut));
    }
    let mut response = ui.add_enabled(state.enabled(command), button);
    if let Some(reason) = state.disabled_reason(command) {
        response = response.on_disabled_hover_text(reason);
    }
    if response.clicked() {
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
            (t::MENU_FILE, &FILE_MENU[..]),
            (t::MENU_EDIT, &EDIT_MENU[..]),
            (t::MENU_INSERT, &INSERT_MENU[..]),
            (t::MENU_VIEW, &VIEW_MENU[..]),
            (t::MENU_HELP, &HELP_MENU[..]),
        ] {
            ui.menu_button(tr(name), |ui| {
                for &command in commands {
                    // Group the menus: files, pictures, quitting; undo, clipboard, selection.
                    if matches!(
                        command,
                        Command::ExportImage
                            | Command::Quit
                            | Command::Cut
                            | Command::SelectAll
                            | Command::Find
                            | Command::ToggleInspector
                            | Command::MapProperties
                            | Command::Preferences
                    ) {
                        ui.separator();
                    }
                    command_button(ui, command, state.label(command), state, pending);
                    if command == Command::Open {
                        open_recent_menu(ui, recent, recent_requests);
                    }
                }
                if name == t::MENU_EDIT {
                    ui.menu_button(tr(t::MENU_MOVE_SELECTION), |ui| {
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
    // `None`: the command's own label; `Some`: a label that names the target.
    let entries: &[(Command, Option<Msg>)] = match target {
        MenuFor::Cards => &[
            (Command::EditSelected, Some(t::CTX_EDIT_TEXT)),
            (Command::Duplicate, None),
            (Command::Cut, None),
            (Command::Copy, None),
            (Command::Paste, None),
            (Command::Delete, None),
        ],
        MenuFor::Cell => &[
            (Command::AddCard, None),
            (Command::Paste, None),
            (Command::SelectAll, None),
        ],
        MenuFor::Phase => &[
            (Command::EditSelected, Some(t::CTX_RENAME_PHASE)),
            (Command::AddPhase, Some(t::CTX_ADD_PHASE_AFTER)),
            (Command::AddStep, None),
            (Command::Delete, Some(t::CTX_DELETE_PHASE)),
        ],
        MenuFor::Step => &[
            (Command::EditSelected, Some(t::CTX_RENAME_STEP)),
            (Command::AddStepBefore, None),
            (Command::AddStep, Some(t::CTX_ADD_STEP_AFTER)),
            (Command::Delete, Some(t::CTX_DELETE_STEP)),
        ],
        MenuFor::Lane => &[
            (Command::EditSelected, Some(t::CTX_RENAME_LANE)),
            (Command::ToggleCollapse, None),
            (Command::AddLane, Some(t::CTX_ADD_LANE_BELOW)),
            (Command::Delete, Some(t::CTX_DELETE_LANE)),
        ],
        MenuFor::Point => &[
            (Command::EditSelected, Some(t::CTX_LABEL_POINT)),
            (Command::Delete, Some(t::CTX_REMOVE_POINT)),
        ],
        MenuFor::Curve => &[
            (Command::AddCurve, None),
            (Command::Delete, Some(t::CTX_REMOVE_CURVE)),
        ],
    };
    for &(command, label) in entries {
        // A point's mark goes between labelling and removing it.
        if target == MenuFor::Point && command == Command::Delete {
            moment_entry(ui, state, edits);
        }
        let label = label.map_or_else(|| state.label(command), tr);
        command_button(ui, command, label, state, pending);
    }
    if target == MenuFor::Cards {
        ui.menu_button(tr(t::CTX_COLOUR), |ui| {
            let choices = std::iter::once((t::CTX_LANE_COLOUR, None))
                .chain(CardColor::ALL.map(|c| (c.msg(), Some(c))));
            for (label, color) in choices {
                if ui.button(tr(label)).clicked() {
                    edits.push(Edit::RecolorCards {
                        cards: state.selection.cards(),
                        color,
                    });
                }
            }
        });
    }
}

/// "Mark as Moment of Truth", or "Clear …" on a marked point.
fn moment_entry(ui: &mut Ui, state: &MenuState, edits: &mut Vec<Edit>) {
    let Some((curve, step, marked)) = state.point else {
        return;
    };
    let label = if marked {
        t::CTX_CLEAR_MOMENT
    } else {
        t::CTX_MARK_MOMENT
    };
    if ui
        .add_enabled(state.may_edit, Button::new(tr(label)))
        .clicked()
    {
        edits.push(Edit::MarkMomentOfTruth {
            curve,
            step,
            marked: !marked,
        });
    }
}

/// The toolbar: file buttons, undo and redo, and zoom controls with the current zoom.
pub fn toolbar(ui: &mut Ui, pending: &mut Vec<Command>, zoom: f32, state: &MenuState) {
    ui.horizontal(|ui| {
        let mut tool = |ui: &mut Ui, text: String, command: Command| {
            let tip = match command.shortcut() {
                Some(shortcut) => tr_args(
                    t::TOOL_TIP_SHORTCUT,
                    &[
                        ("command", (&state.label(command)).into()),
                        ("shortcut", (&shortcut_text(ui.ctx(), shortcut)).into()),
                    ],
                ),
                None => state.label(command),
            };
            let reason = state.disabled_reason(command);
            if ui
                .add_enabled(state.enabled(command), Button::new(text))
                .on_hover_text(&tip)
                .on_disabled_hover_text(reason.unwrap_or(tip))
                .clicked()
            {
                pending.push(command);
            }
        };
        tool(ui, tr(t::TOOL_NEW), Command::New);
        tool(ui, tr(t::TOOL_OPEN), Command::Open);
        tool(ui, tr(t::TOOL_SAVE), Command::Save);
        tool(ui, tr(t::TOOL_EXPORT), Command::ExportImage);
        ui.separator();
        tool(ui, tr(t::TOOL_UNDO), Command::Undo);
        tool(ui, tr(t::TOOL_REDO), Command::Redo);
        ui.separator();
        tool(ui, tr(t::TOOL_ADD_CARD), Command::AddCard);
        tool(ui, tr(t::TOOL_ADD_PHASE), Command::AddPhase);
        tool(ui, tr(t::TOOL_ADD_STEP), Command::AddStep);
        tool(ui, tr(t::TOOL_ADD_LANE), Command::AddLane);
        ui.separator();
        // Plain signs, the same in every language; the tooltips say the words.
        tool(ui, "−".to_owned(), Command::ZoomOut);
        ui.label(tr_args(
            t::TOOL_ZOOM_PERCENT,
            &[("percent", (zoom * 100.0).round().into())],
        ));
        tool(ui, "+".to_owned(), Command::ZoomIn);
        tool(ui, tr(t::TOOL_FIT), Command::ZoomFit);
        tool(ui, tr(t::TOOL_ACTUAL_SIZE), Command::ZoomActual);
    });
}

/// File path, the last message and counts at the bottom.
pub fn status_bar(ui: &mut Ui, document: &OpenDocument, mode: &Mode, status: &str) {
    ui.horizontal(|ui| {
        if *mode == Mode::ViewOnly {
            // Always in sight: nothing typed here is kept.
            ui.colored_label(theme::WARNING, tr(t::READ_ONLY));
            ui.separator();
        }
        let journey = &document.journey;
        let location = document
            .path
            .as_deref()
            .map_or_else(|| tr(t::STATUS_NOT_SAVED), |p| p.display().to_string());
        ui.label(location);
        if !status.is_empty() {
            ui.separator();
            ui.colored_label(theme::TEXT_MUTED, status);
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            // Counted once per change of the map, not every frame: a map
            // of 10,000 cards would otherwise walk them all at 60 frames a second.
            let id = egui::Id::unique("status_counts");
            let revision = document.revision();
            let counts = match ui.data(|d| d.get_temp::<(u64, MapCounts)>(id)) {
                Some((counted, counts)) if counted == revision => counts,
                _ => {
                    let counts = journey.counts();
                    ui.data_mut(|d| d.insert_temp(id, (revision, counts)));
                    counts
                }
            };
            ui.label(tr_args(
                t::STATUS_COUNTS,
                &[
                    ("phases", counts.phases.into()),
                    ("lanes", counts.lanes.into()),
                    ("cards", counts.cards.into()),
                ],
            ))
            .on_hover_text(counts_tip(&counts));
        });
    });
}

/// Every count of the map, a line each: what `journeymap info` prints, in
/// the interface's language.
fn counts_tip(counts: &MapCounts) -> String {
    let MapCounts {
        phases,
        steps,
        lanes,
        cards,
        curves,
        points,
        personas,
        actors,
        links,
        votes,
    } = *counts;
    [
        (t::STATUS_COUNT_PHASES, phases),
        (t::STATUS_COUNT_STEPS, steps),
        (t::STATUS_COUNT_LANES, lanes),
        (t::STATUS_COUNT_CARDS, cards),
        (t::STATUS_COUNT_CURVES, curves),
        (t::STATUS_COUNT_POINTS, points),
        (t::STATUS_COUNT_PERSONAS, personas),
        (t::STATUS_COUNT_ACTORS, actors),
        (t::STATUS_COUNT_LINKS, links),
        (t::STATUS_COUNT_VOTES, votes),
    ]
    .map(|(msg, count)| tr_args(msg, &[("count", count.into())]))
    .join("\n")
}
