//! What the user may do with the open map. Editing is the usual mode; a map
//! that another window is editing opens view-only. Presenting and comparing
//! versions will be further modes: each says what the canvas may do.

use crate::canvas::Access;

/// The editor's mode.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// Change anything.
    #[default]
    Edit,
    /// Look, select and copy, but change nothing: the file is being edited
    /// in another Journeymap window.
    ViewOnly,
}

impl Mode {
    /// What the canvas may do in this mode.
    pub fn access(&self) -> Access {
        match self {
            Mode::Edit => Access::Edit,
            Mode::ViewOnly => Access::Select,
        }
    }

    /// Whether edits are applied at all.
    pub fn may_edit(&self) -> bool {
        self.access() == Access::Edit
    }
}
