//! The "Map properties" dialog: the map's title and description.

use crate::i18n::messages;

messages! {
    HEADING = "properties-heading";
    TITLE = "properties-title";
    DESCRIPTION = "properties-description";
    OK = "properties-ok";
    CANCEL = "properties-cancel";
}
