//! Which dialog is open: one enum for every modal, kept on a stack so a
//! dialog can ask something on top of another (a typed path over the export
//! dialog, an error over the question that led to it). Only the top one is
//! shown and has the keyboard; while any is open, the map and the shortcuts
//! rest.

use super::confirm::Confirm;
use super::disk_dialogs::{OpenElsewhere, SaveConflict};
use super::guard::Guard;
use super::import_dialog::ImportDialog;
use super::path_prompt::PathPrompt;
use super::preferences::PreferencesDialog;
use super::properties::PropertiesDialog;
use super::recovery_dialog::RecoveryDialog;
use super::template_dialog::TemplateDialog;

/// A modal dialog with its state.
pub enum Dialog {
    /// A message with an OK button.
    Notice {
        /// The heading.
        title: String,
        /// What happened and what to do.
        body: String,
    },
    /// Save / Don't save / Cancel before the open map is dropped.
    Guard(Guard),
    /// Delete a phase or lane with its cards?
    Confirm(Confirm),
    /// Edit → Map Properties….
    Properties(PropertiesDialog),
    /// Edit → Preferences….
    Preferences(PreferencesDialog),
    /// Maps left by a crash, offered at start.
    Recovery(RecoveryDialog),
    /// File → New from Template….
    Templates(TemplateDialog),
    /// File → Import… of a table: its preview.
    Import(ImportDialog),
    /// A typed path where no native file dialog can show.
    PathPrompt(PathPrompt),
    /// The typed path of a Save As or an export names an existing file.
    ReplaceFile(std::path::PathBuf, super::jobs::FileRequest),
    /// File → Export Image….
    Export,
    /// Help → Keyboard Shortcuts.
    Shortcuts,
    /// Help → About.
    About,
    /// Another program changed the file while this window has unsaved edits.
    DiskChanged(crate::storage::DiskState),
    /// Save would overwrite a version this window never saw.
    SaveConflict(SaveConflict),
    /// The map to open is being edited in another window.
    OpenElsewhere(OpenElsewhere),
}

impl Dialog {
    fn is_notice(&self) -> bool {
        matches!(self, Dialog::Notice { .. })
    }
}

/// The open dialogs, the top one last.
#[derive(Default)]
pub struct Dialogs {
    stack: Vec<Dialog>,
}

impl Dialogs {
    /// Whether any dialog is open: then the keyboard belongs to it.
    pub fn any_open(&self) -> bool {
        !self.stack.is_empty()
    }

    /// Opens `dialog` on top.
    pub fn open(&mut self, dialog: Dialog) {
        self.stack.push(dialog);
    }

    /// Opens a message. Messages told in a row show in the order told: a new
    /// one goes under the messages already on top.
    pub fn tell(&mut self, title: String, body: String) {
        let under_notices = self
            .stack
            .iter()
            .rposition(|dialog| !dialog.is_notice())
            .map_or(0, |i| i + 1);
        self.stack
            .insert(under_notices, Dialog::Notice { title, body });
    }

    /// Takes the top dialog out to show it; [`Self::put_back`] returns it.
    pub fn take_top(&mut self) -> Option<(usize, Dialog)> {
        self.stack.pop().map(|dialog| (self.stack.len(), dialog))
    }

    /// Returns a dialog taken by [`Self::take_top`] to where it was, under
    /// anything opened meanwhile.
    pub fn put_back(&mut self, index: usize, dialog: Dialog) {
        let index = index.min(self.stack.len());
        self.stack.insert(index, dialog);
    }

    /// Whether a dialog of this kind is open anywhere on the stack.
    pub fn has(&self, kind: impl Fn(&Dialog) -> bool) -> bool {
        self.stack.iter().any(kind)
    }

    /// Closes every dialog of this kind.
    pub fn close(&mut self, kind: impl Fn(&Dialog) -> bool) {
        self.stack.retain(|dialog| !kind(dialog));
    }

    /// The recovery dialog, if it is open.
    pub fn recovery_mut(&mut self) -> Option<&mut RecoveryDialog> {
        self.stack.iter_mut().find_map(|dialog| match dialog {
            Dialog::Recovery(recovery) => Some(recovery),
            _ => None,
        })
    }
}
