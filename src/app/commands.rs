//! Every user command, with its name and shortcut: one list drives the menus,
//! the keyboard and the shortcut overview.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::i18n::text::menu as m;
use crate::i18n::{Msg, tr};

/// Something the user can ask the app to do.
#[must_use]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// Start a new map.
    New,
    /// Choose a template for a new map.
    NewFromTemplate,
    /// Open a map from disk.
    Open,
    /// Make a new map from a Mermaid journey or a table.
    Import,
    /// Save to the current file (asks for one if new).
    Save,
    /// Save under a new name.
    SaveAs,
    /// Export the map as a PNG or SVG picture.
    ExportImage,
    /// Put a PNG of the map on the clipboard, ready to paste into a slide.
    CopyImage,
    /// Close the app.
    Quit,
    /// Edit the map's title and description.
    MapProperties,
    /// Choose the interface language.
    Preferences,
    /// Open the persona panel.
    Personas,
    /// Reverse the last step.
    Undo,
    /// Repeat the last undone step.
    Redo,
    /// Copy the selected cards and delete them.
    Cut,
    /// Copy the selected cards (also as plain text for other programs).
    Copy,
    /// Paste cards, or one card per line of text from another program.
    Paste,
    /// Copy the selected cards in place.
    Duplicate,
    /// Delete the selection (cards, a phase, a lane, a curve or a point).
    Delete,
    /// Select every card.
    SelectAll,
    /// Edit the selected card's text, or rename the selected phase or lane.
    EditSelected,
    /// Add a card to the current cell and start typing.
    AddCard,
    /// Add a phase after the selected one (or at the end).
    AddPhase,
    /// Add a step after the selected one, at the end of the selected
    /// phase, or after the step of the current cell.
    AddStep,
    /// Add a step before the selected one.
    AddStepBefore,
    /// Add a lane below the selected one (or at the bottom).
    AddLane,
    /// Add an emotion curve.
    AddCurve,
    /// Collapse the selected lane to a strip, or expand it.
    ToggleCollapse,
    /// Select the next card in reading order.
    SelectNext,
    /// Select the previous card in reading order.
    SelectPrevious,
    /// Select the card to the left.
    SelectLeft,
    /// Select the card to the right.
    SelectRight,
    /// Select the card above.
    SelectUp,
    /// Select the card below.
    SelectDown,
    /// Zoom in one step.
    ZoomIn,
    /// Zoom out one step.
    ZoomOut,
    /// Show the whole map.
    ZoomFit,
    /// Show the map at 100%.
    ZoomActual,
    /// Show or hide the inspector panel.
    ToggleInspector,
    /// Open the find bar (or focus it).
    Find,
    /// Go to the next match of the find bar.
    FindNext,
    /// Go to the previous match of the find bar.
    FindPrevious,
    /// Show all keyboard shortcuts.
    Shortcuts,
    /// Show version and licence information.
    About,
}

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};
const NONE: Modifiers = Modifiers::NONE;

impl Command {
    /// Every command, in menu order.
    pub const ALL: [Command; 44] = [
        Command::New,
        Command::NewFromTemplate,
        Command::Open,
        Command::Import,
        Command::Save,
        Command::SaveAs,
        Command::ExportImage,
        Command::CopyImage,
        Command::Quit,
        Command::MapProperties,
        Command::Preferences,
        Command::Personas,
        Command::Undo,
        Command::Redo,
        Command::Cut,
        Command::Copy,
        Command::Paste,
        Command::Duplicate,
        Command::Delete,
        Command::SelectAll,
        Command::Find,
        Command::FindNext,
        Command::FindPrevious,
        Command::EditSelected,
        Command::AddCard,
        Command::AddPhase,
        Command::AddStep,
        Command::AddStepBefore,
        Command::AddLane,
        Command::AddCurve,
        Command::ToggleCollapse,
        Command::SelectNext,
        Command::SelectPrevious,
        Command::SelectLeft,
        Command::SelectRight,
        Command::SelectUp,
        Command::SelectDown,
        Command::ZoomIn,
        Command::ZoomOut,
        Command::ZoomFit,
        Command::ZoomActual,
        Command::ToggleInspector,
        Command::Shortcuts,
        Command::About,
    ];

    /// The message that names the command in menus and tooltips.
    pub fn message(self) -> Msg {
        match self {
            Command::New => m::CMD_NEW,
            Command::NewFromTemplate => m::CMD_NEW_FROM_TEMPLATE,
            Command::Open => m::CMD_OPEN,
            Command::Import => m::CMD_IMPORT,
            Command::Save => m::CMD_SAVE,
            Command::SaveAs => m::CMD_SAVE_AS,
            Command::ExportImage => m::CMD_EXPORT_IMAGE,
            Command::CopyImage => m::CMD_COPY_IMAGE,
            Command::Quit => m::CMD_QUIT,
            Command::MapProperties => m::CMD_MAP_PROPERTIES,
            Command::Preferences => m::CMD_PREFERENCES,
            Command::Personas => m::CMD_PERSONAS,
            Command::Undo => m::CMD_UNDO,
            Command::Redo => m::CMD_REDO,
            Command::Cut => m::CMD_CUT,
            Command::Copy => m::CMD_COPY,
            Command::Paste => m::CMD_PASTE,
            Command::Duplicate => m::CMD_DUPLICATE,
            Command::Delete => m::CMD_DELETE,
            Command::SelectAll => m::CMD_SELECT_ALL,
            Command::EditSelected => m::CMD_EDIT_SELECTED,
            Command::AddCard => m::CMD_ADD_CARD,
            Command::AddPhase => m::CMD_ADD_PHASE,
            Command::AddStep => m::CMD_ADD_STEP,
            Command::AddStepBefore => m::CMD_ADD_STEP_BEFORE,
            Command::AddLane => m::CMD_ADD_LANE,
            Command::AddCurve => m::CMD_ADD_CURVE,
            Command::ToggleCollapse => m::CMD_TOGGLE_COLLAPSE,
            Command::SelectNext => m::CMD_SELECT_NEXT,
            Command::SelectPrevious => m::CMD_SELECT_PREVIOUS,
            Command::SelectLeft => m::CMD_SELECT_LEFT,
            Command::SelectRight => m::CMD_SELECT_RIGHT,
            Command::SelectUp => m::CMD_SELECT_UP,
            Command::SelectDown => m::CMD_SELECT_DOWN,
            Command::ZoomIn => m::CMD_ZOOM_IN,
            Command::ZoomOut => m::CMD_ZOOM_OUT,
            Command::ZoomFit => m::CMD_ZOOM_FIT,
            Command::ZoomActual => m::CMD_ZOOM_ACTUAL,
            Command::ToggleInspector => m::CMD_TOGGLE_INSPECTOR,
            Command::Find => m::CMD_FIND,
            Command::FindNext => m::CMD_FIND_NEXT,
            Command::FindPrevious => m::CMD_FIND_PREVIOUS,
            Command::Shortcuts => m::CMD_SHORTCUTS,
            Command::About => m::CMD_ABOUT,
        }
    }

    /// The menu label, in the interface's language.
    pub fn label(self) -> String {
        tr(self.message())
    }

    /// The keyboard shortcut shown in menus, if the command has one.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let shortcut = |modifiers, key| Some(KeyboardShortcut::new(modifiers, key));
        match self {
            Command::New => shortcut(CTRL, Key::N),
            Command::Open => shortcut(CTRL, Key::O),
            // Beside Open, as importing is opening another tool's file.
            Command::Import => shortcut(CTRL_SHIFT, Key::O),
            Command::Save => shortcut(CTRL, Key::S),
            Command::SaveAs => shortcut(CTRL_SHIFT, Key::S),
            Command::ExportImage => shortcut(CTRL, Key::E),
            Command::CopyImage => shortcut(CTRL_SHIFT, Key::C),
            Command::Quit => shortcut(CTRL, Key::Q),
            // Alt+Enter opens properties in most desktop apps.
            Command::MapProperties => shortcut(Modifiers::ALT, Key::Enter),
            // Ctrl+, opens preferences in most desktop apps.
            Command::Preferences => shortcut(CTRL, Key::Comma),
            Command::Undo => shortcut(CTRL, Key::Z),
            Command::Redo => shortcut(CTRL_SHIFT, Key::Z),
            Command::Cut => shortcut(CTRL, Key::X),
            Command::Copy => shortcut(CTRL, Key::C),
            Command::Paste => shortcut(CTRL, Key::V),
            Command::Duplicate => shortcut(CTRL, Key::D),
            Command::Delete => shortcut(NONE, Key::Delete),
            Command::SelectAll => shortcut(CTRL, Key::A),
            Command::EditSelected => shortcut(NONE, Key::Enter),
            Command::AddCard => shortcut(CTRL_SHIFT, Key::N),
            // T for "step" (and "Schritt"): S and N are taken.
            Command::AddStep => shortcut(CTRL_SHIFT, Key::T),
            Command::SelectNext => shortcut(NONE, Key::Tab),
            Command::SelectPrevious => shortcut(Modifiers::SHIFT, Key::Tab),
            Command::SelectLeft => shortcut(NONE, Key::ArrowLeft),
            Command::SelectRight => shortcut(NONE, Key::ArrowRight),
            Command::SelectUp => shortcut(NONE, Key::ArrowUp),
            Command::SelectDown => shortcut(NONE, Key::ArrowDown),
            Command::ZoomIn => shortcut(CTRL, Key::Plus),
            Command::ZoomOut => shortcut(CTRL, Key::Minus),
            Command::ZoomFit => shortcut(CTRL, Key::Num0),
            Command::ZoomActual => shortcut(CTRL, Key::Num1),
            Command::Shortcuts => shortcut(NONE, Key::F1),
            Command::ToggleInspector => shortcut(CTRL, Key::I),
            Command::Find => shortcut(CTRL, Key::F),
            Command::FindNext => shortcut(NONE, Key::F3),
            Command::FindPrevious => shortcut(Modifiers::SHIFT, Key::F3),
            Command::NewFromTemplate
            | Command::AddPhase
            | Command::AddStepBefore
            | Command::Personas
            | Command::AddLane
            | Command::AddCurve
            | Command::ToggleCollapse
            | Command::About => None,
        }
    }

    /// A second shortcut that does the same (Ctrl+Y for redo, Backspace for
    /// delete, F2 for renaming as in file managers).
    pub fn alternative_shortcut(self) -> Option<KeyboardShortcut> {
        match self {
            Command::Redo => Some(KeyboardShortcut::new(CTRL, Key::Y)),
            Command::Delete => Some(KeyboardShortcut::new(NONE, Key::Backspace)),
            Command::EditSelected => Some(KeyboardShortcut::new(NONE, Key::F2)),
            _ => None,
        }
    }

    /// Whether the command acts on the map or its selection; such commands
    /// leave their keys to a text field being typed in (Ctrl+Z, Delete, arrows…).
    pub fn edits_map(self) -> bool {
        !matches!(
            self,
            Command::New
                | Command::NewFromTemplate
                | Command::Open
                | Command::Import
                | Command::Save
                | Command::SaveAs
                | Command::ExportImage
                | Command::CopyImage
                | Command::Quit
                | Command::ZoomIn
                | Command::ZoomOut
                | Command::ZoomFit
                | Command::ZoomActual
                | Command::Shortcuts
                | Command::About
                | Command::Preferences
                | Command::ToggleInspector
                | Command::Find
                | Command::FindNext
                | Command::FindPrevious
        )
    }

    /// Whether the command changes the map (a view-only map refuses it);
    /// selecting, copying and looking around do not.
    pub fn changes_map(self) -> bool {
        matches!(
            self,
            Command::MapProperties
                | Command::Undo
                | Command::Redo
                | Command::Cut
                | Command::Paste
                | Command::Duplicate
                | Command::Delete
                | Command::EditSelected
                | Command::AddCard
                | Command::AddPhase
                | Command::AddStep
                | Command::AddStepBefore
                | Command::AddLane
                | Command::AddCurve
                | Command::ToggleCollapse
        )
    }

    /// Commands whose shortcut was pressed this frame; with `typing` (a text
    /// field has focus) only those that do not edit the map. Longer combinations
    /// are checked first so Ctrl+Shift+S is not also taken as Ctrl+S.
    pub fn from_shortcuts(ctx: &egui::Context, typing: bool) -> Vec<Command> {
        let mut commands: Vec<(Command, KeyboardShortcut)> = Command::ALL
            .into_iter()
            .filter(|command| !(typing && command.edits_map()))
            .flat_map(|command| {
                [command.shortcut(), command.alternative_shortcut()]
                    .into_iter()
                    .flatten()
                    .map(move |shortcut| (command, shortcut))
            })
            .collect();
        commands.sort_by_key(|(_, shortcut)| std::cmp::Reverse(modifier_count(shortcut.modifiers)));
        ctx.input_mut(|input| {
            let mut pressed: Vec<Command> = commands
                .into_iter()
                .filter(|(_, shortcut)| input.consume_shortcut(shortcut))
                .map(|(command, _)| command)
                .collect();
            // A real window turns Ctrl+C/X/V into clipboard events instead of keys.
            if !typing {
                for event in &input.events {
                    match event {
                        egui::Event::Copy => pressed.push(Command::Copy),
                        egui::Event::Cut => pressed.push(Command::Cut),
                        egui::Event::Paste(_) => pressed.push(Command::Paste),
                        _ => {}
                    }
                }
            }
            pressed.dedup();
            pressed
        })
    }
}

fn modifier_count(modifiers: Modifiers) -> u8 {
    u8::from(modifiers.alt)
        + u8::from(modifiers.shift)
        + u8::from(modifiers.command || modifiers.ctrl)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let shortcuts: Vec<_> = Command::ALL
            .iter()
            .flat_map(|c| [c.shortcut(), c.alternative_shortcut()])
            .flatten()
            .collect();
        for (i, a) in shortcuts.iter().enumerate() {
            for b in &shortcuts[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }
}
