//! Commands, the menu bar, the toolbar, context menus, the status bar and the
//! help windows.

use crate::i18n::messages;

messages! {
    CMD_NEW = "cmd-new";
    CMD_NEW_FROM_TEMPLATE = "cmd-new-from-template";
    CMD_OPEN = "cmd-open";
    CMD_IMPORT = "cmd-import";
    CMD_SAVE = "cmd-save";
    CMD_SAVE_AS = "cmd-save-as";
    CMD_EXPORT_IMAGE = "cmd-export-image";
    CMD_COPY_IMAGE = "cmd-copy-image";
    CMD_QUIT = "cmd-quit";
    CMD_MAP_PROPERTIES = "cmd-map-properties";
    CMD_PERSONAS = "cmd-personas";
    CMD_PREFERENCES = "cmd-preferences";
    CMD_UNDO = "cmd-undo";
    CMD_REDO = "cmd-redo";
    /// "Undo move card": the command with the step's name.
    CMD_UNDO_STEP = "cmd-undo-step" (step);
    CMD_REDO_STEP = "cmd-redo-step" (step);
    CMD_CUT = "cmd-cut";
    CMD_COPY = "cmd-copy";
    CMD_PASTE = "cmd-paste";
    CMD_DUPLICATE = "cmd-duplicate";
    CMD_DELETE = "cmd-delete";
    CMD_SELECT_ALL = "cmd-select-all";
    CMD_EDIT_SELECTED = "cmd-edit-selected";
    CMD_ADD_CARD = "cmd-add-card";
    CMD_ADD_PHASE = "cmd-add-phase";
    CMD_ADD_STEP = "cmd-add-step";
    CMD_ADD_STEP_BEFORE = "cmd-add-step-before";
    CMD_ADD_LANE = "cmd-add-lane";
    CMD_ADD_CURVE = "cmd-add-curve";
    CMD_TOGGLE_COLLAPSE = "cmd-toggle-collapse";
    CMD_SELECT_NEXT = "cmd-select-next";
    CMD_SELECT_PREVIOUS = "cmd-select-previous";
    CMD_SELECT_LEFT = "cmd-select-left";
    CMD_SELECT_RIGHT = "cmd-select-right";
    CMD_SELECT_UP = "cmd-select-up";
    CMD_SELECT_DOWN = "cmd-select-down";
    CMD_ZOOM_IN = "cmd-zoom-in";
    CMD_ZOOM_OUT = "cmd-zoom-out";
    CMD_ZOOM_FIT = "cmd-zoom-fit";
    CMD_ZOOM_ACTUAL = "cmd-zoom-actual";
    CMD_SHORTCUTS = "cmd-shortcuts";
    CMD_ABOUT = "cmd-about";
    CMD_TOGGLE_INSPECTOR = "cmd-toggle-inspector";
    CMD_FIND = "cmd-find";
    CMD_FIND_NEXT = "cmd-find-next";
    CMD_FIND_PREVIOUS = "cmd-find-previous";
    READ_ONLY = "read-only";

    MENU_FILE = "menu-file";
    MENU_EDIT = "menu-edit";
    MENU_INSERT = "menu-insert";
    MENU_VIEW = "menu-view";
    MENU_HELP = "menu-help";
    MENU_MOVE_SELECTION = "menu-move-selection";
    MENU_OPEN_RECENT = "menu-open-recent";
    MENU_RECENT_ENTRY = "menu-recent-entry" (name, folder);
    MENU_NO_RECENT = "menu-no-recent";
    MENU_CLEAR_RECENT = "menu-clear-recent";
    /// Tooltip of a recent file that no longer exists.
    MENU_RECENT_MISSING = "menu-recent-missing" (path);
    /// The small button beside a recent file.
    MENU_REMOVE_RECENT = "menu-remove-recent";
    MENU_REMOVE_FROM_LIST = "menu-remove-from-list";
    /// What screen readers hear for the remove button: which entry it removes.
    MENU_REMOVE_NAMED = "menu-remove-named" (name);

    CTX_EDIT_TEXT = "ctx-edit-text";
    CTX_RENAME_PHASE = "ctx-rename-phase";
    CTX_ADD_PHASE_AFTER = "ctx-add-phase-after";
    CTX_DELETE_PHASE = "ctx-delete-phase";
    CTX_RENAME_STEP = "ctx-rename-step";
    CTX_ADD_STEP_AFTER = "ctx-add-step-after";
    CTX_DELETE_STEP = "ctx-delete-step";
    /// Why the only step of a phase cannot be deleted (a disabled entry's tooltip).
    CTX_LAST_STEP_TIP = "ctx-last-step-tip" (phase);
    /// Why "Add Step" is greyed out: nothing says which phase.
    ADD_STEP_NEEDS_PLACE = "add-step-needs-place";
    CTX_RENAME_LANE = "ctx-rename-lane";
    CTX_ADD_LANE_BELOW = "ctx-add-lane-below";
    CTX_DELETE_LANE = "ctx-delete-lane";
    CTX_LABEL_POINT = "ctx-label-point";
    CTX_REMOVE_POINT = "ctx-remove-point";
    CTX_MARK_MOMENT = "ctx-mark-moment";
    CTX_CLEAR_MOMENT = "ctx-clear-moment";
    CTX_REMOVE_CURVE = "ctx-remove-curve";
    CTX_COLOUR = "ctx-colour";
    CTX_LANE_COLOUR = "ctx-lane-colour";

    TOOL_NEW = "tool-new";
    TOOL_OPEN = "tool-open";
    TOOL_SAVE = "tool-save";
    TOOL_EXPORT = "tool-export";
    TOOL_UNDO = "tool-undo";
    TOOL_REDO = "tool-redo";
    TOOL_ADD_CARD = "tool-add-card";
    TOOL_ADD_PHASE = "tool-add-phase";
    TOOL_ADD_STEP = "tool-add-step";
    TOOL_ADD_LANE = "tool-add-lane";
    TOOL_FIT = "tool-fit";
    TOOL_ACTUAL_SIZE = "tool-actual-size";
    /// The current zoom beside the zoom buttons.
    TOOL_ZOOM_PERCENT = "tool-zoom-percent" (percent);
    /// A toolbar tooltip: the command and its shortcut.
    TOOL_TIP_SHORTCUT = "tool-tip-shortcut" (command, shortcut);

    STATUS_NOT_SAVED = "status-not-saved";
    STATUS_COUNTS = "status-counts" (phases, lanes, cards);
    /// The lines of the tooltip on the status bar's counts, one per kind
    /// (the same counts `journeymap info` prints).
    STATUS_COUNT_PHASES = "status-count-phases" (count);
    STATUS_COUNT_STEPS = "status-count-steps" (count);
    STATUS_COUNT_LANES = "status-count-lanes" (count);
    STATUS_COUNT_CARDS = "status-count-cards" (count);
    STATUS_COUNT_CURVES = "status-count-curves" (count);
    STATUS_COUNT_POINTS = "status-count-points" (count);
    STATUS_COUNT_PERSONAS = "status-count-personas" (count);
    STATUS_COUNT_ACTORS = "status-count-actors" (count);
    STATUS_COUNT_LINKS = "status-count-links" (count);
    STATUS_COUNT_VOTES = "status-count-votes" (count);

    HELP_TITLE = "help-title";
    /// Two shortcuts for one command ("Ctrl+Y or Ctrl+Shift+Z").
    HELP_OR = "help-or" (first, second);
    HELP_PAN = "help-pan";
    HELP_PAN_HOW = "help-pan-how";
    HELP_ZOOM = "help-zoom";
    HELP_ZOOM_HOW = "help-zoom-how";
    HELP_SELECT = "help-select";
    HELP_SELECT_HOW = "help-select-how";
    HELP_SELECT_SEVERAL = "help-select-several";
    HELP_SELECT_SEVERAL_HOW = "help-select-several-how";
    HELP_ADD_CARD = "help-add-card";
    HELP_ADD_CARD_HOW = "help-add-card-how";
    HELP_EDIT_CARD = "help-edit-card";
    HELP_EDIT_CARD_HOW = "help-edit-card-how";
    HELP_MOVE_CARDS = "help-move-cards";
    HELP_MOVE_CARDS_HOW = "help-move-cards-how";
    HELP_SPAN_CARD = "help-span-card";
    HELP_SPAN_CARD_HOW = "help-span-card-how";
    HELP_PHASES_LANES = "help-phases-lanes";
    HELP_PHASES_LANES_HOW = "help-phases-lanes-how";
    HELP_EMOTION = "help-emotion";
    HELP_EMOTION_HOW = "help-emotion-how";

    ABOUT_VERSION = "about-version" (version);
    ABOUT_WHAT = "about-what";
    ABOUT_FONTS = "about-fonts";
    CLOSE = "close";
}
