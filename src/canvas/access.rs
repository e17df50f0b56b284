//! What the canvas lets the user do, as the app's mode decides.

/// How far the canvas may act on the map.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Access {
    /// Select, drag, type, add and delete.
    #[default]
    Edit,
    /// Select and navigate (and copy from the selection), but change nothing.
    Select,
    /// Only show the map: no selection either (a presentation).
    Show,
}

impl Access {
    /// Whether gestures that change the map may start.
    pub fn may_edit(self) -> bool {
        self == Access::Edit
    }

    /// Whether clicks and keys select items.
    pub fn may_select(self) -> bool {
        self != Access::Show
    }
}
