//! The "Map properties" dialog: the map's title, description and language.

use crate::i18n::messages;

messages! {
    HEADING = "properties-heading";
    TITLE = "properties-title";
    DESCRIPTION = "properties-description";
    /// The label of the map's language.
    LANGUAGE = "properties-language";
    /// The choice that follows the interface, naming its language.
    LANGUAGE_INTERFACE = "properties-language-interface" (language);
    /// What the map's language changes.
    LANGUAGE_HINT = "properties-language-hint";
    OK = "properties-ok";
    CANCEL = "properties-cancel";
}
