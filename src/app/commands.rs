//! Every user command, with its name and shortcut: one list drives the menus,
//! the keyboard and the shortcut overview.

use egui::{Key, KeyboardShortcut, Modifiers};

/// Something the user can ask the app to do.
#[must_use]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// Start a new map.
    New,
    /// Open a map from disk.
    Open,
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
    /// Zoom in one step.
    ZoomIn,
    /// Zoom out one step.
    ZoomOut,
    /// Show the whole map.
    ZoomFit,
    /// Show the map at 100%.
    ZoomActual,
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

impl Command {
    /// Every command, in menu order.
    pub const ALL: [Command; 14] = [
        Command::New,
        Command::Open,
        Command::Save,
        Command::SaveAs,
        Command::ExportImage,
        Command::CopyImage,
        Command::Quit,
        Command::MapProperties,
        Command::ZoomIn,
        Command::ZoomOut,
        Command::ZoomFit,
        Command::ZoomActual,
        Command::Shortcuts,
        Command::About,
    ];

    /// The menu label.
    pub fn label(self) -> &'static str {
        match self {
            Command::New => "New",
            Command::Open => "Open…",
            Command::Save => "Save",
            Command::SaveAs => "Save As…",
            Command::ExportImage => "Export Image…",
            Command::CopyImage => "Copy as Image",
            Command::Quit => "Quit",
            Command::MapProperties => "Map Properties…",
            Command::ZoomIn => "Zoom In",
            Command::ZoomOut => "Zoom Out",
            Command::ZoomFit => "Fit to Window",
            Command::ZoomActual => "Actual Size (100%)",
            Command::Shortcuts => "Keyboard Shortcuts",
            Command::About => "About Journeymap",
        }
    }

    /// The keyboard shortcut, if the command has one.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let shortcut = |modifiers, key| Some(KeyboardShortcut::new(modifiers, key));
        match self {
            Command::New => shortcut(CTRL, Key::N),
            Command::Open => shortcut(CTRL, Key::O),
            Command::Save => shortcut(CTRL, Key::S),
            Command::SaveAs => shortcut(CTRL_SHIFT, Key::S),
            Command::ExportImage => shortcut(CTRL, Key::E),
            Command::CopyImage => shortcut(CTRL_SHIFT, Key::C),
            Command::Quit => shortcut(CTRL, Key::Q),
            // Alt+Enter opens properties in most desktop apps.
            Command::MapProperties => shortcut(Modifiers::ALT, Key::Enter),
            Command::ZoomIn => shortcut(CTRL, Key::Plus),
            Command::ZoomOut => shortcut(CTRL, Key::Minus),
            Command::ZoomFit => shortcut(CTRL, Key::Num0),
            Command::ZoomActual => shortcut(CTRL, Key::Num1),
            Command::Shortcuts => shortcut(Modifiers::NONE, Key::F1),
            Command::About => None,
        }
    }

    /// Commands whose shortcut was pressed this frame. Longer combinations are
    /// checked first so Ctrl+Shift+S is not also taken as Ctrl+S.
    pub fn from_shortcuts(ctx: &egui::Context) -> Vec<Command> {
        let mut commands: Vec<(Command, KeyboardShortcut)> = Command::ALL
            .into_iter()
            .filter_map(|command| Some((command, command.shortcut()?)))
            .collect();
        commands.sort_by_key(|(_, shortcut)| std::cmp::Reverse(modifier_count(shortcut.modifiers)));
        ctx.input_mut(|input| {
            commands
                .into_iter()
                .filter(|(_, shortcut)| input.consume_shortcut(shortcut))
                .map(|(command, _)| command)
                .collect()
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
        let shortcuts: Vec<_> = Command::ALL.iter().filter_map(|c| c.shortcut()).collect();
        for (i, a) in shortcuts.iter().enumerate() {
            for b in &shortcuts[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }
}
