//! Key names in shortcuts, as the keyboards of each language label them.

use crate::i18n::messages;

messages! {
    KEY_CTRL = "key-ctrl";
    KEY_SHIFT = "key-shift";
    KEY_ALT = "key-alt";
    KEY_DELETE = "key-delete";
    KEY_BACKSPACE = "key-backspace";
    KEY_ENTER = "key-enter";
    KEY_ESCAPE = "key-escape";
    KEY_SPACE = "key-space";
    KEY_TAB = "key-tab";
    KEY_LEFT = "key-left";
    KEY_RIGHT = "key-right";
    KEY_UP = "key-up";
    KEY_DOWN = "key-down";
    KEY_HOME = "key-home";
    KEY_END = "key-end";
    KEY_PAGE_UP = "key-page-up";
    KEY_PAGE_DOWN = "key-page-down";
    KEY_INSERT = "key-insert";
}
