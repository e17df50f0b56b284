//! The Preferences dialog.

use crate::i18n::messages;

messages! {
    PREFS_TITLE = "prefs-title";
    PREFS_LANGUAGE = "prefs-language";
    /// The choice that follows the system, naming the language it gives.
    PREFS_LANGUAGE_SYSTEM = "prefs-language-system" (language);
    PREFS_LANGUAGE_HINT = "prefs-language-hint";
}
