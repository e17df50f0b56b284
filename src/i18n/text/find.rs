//! The find bar (Ctrl+F).

use crate::i18n::messages;

messages! {
    /// The label of the search field, also its accessible name.
    FIND_LABEL = "find-label";
    /// Grey text in the empty field: what is searched.
    FIND_HINT = "find-hint";
    /// Which match is shown, of how many.
    FIND_POSITION = "find-position" (current, total);
    /// How many matches there are while none is shown.
    FIND_COUNT = "find-count" (total);
    FIND_NO_MATCHES = "find-no-matches";
    FIND_PREVIOUS_BUTTON = "find-previous-button";
    FIND_NEXT_BUTTON = "find-next-button";
    FIND_CLOSE_BUTTON = "find-close-button";
    /// Tooltip of the button that goes back one match, naming its shortcut.
    FIND_PREVIOUS = "find-previous" (shortcut);
    /// Tooltip of the button that goes on to the next match.
    FIND_NEXT = "find-next" (shortcut);
    /// Tooltip of the button that closes the find bar.
    FIND_CLOSE = "find-close" (shortcut);
}
