//! The editor's questions and small dialogs: unsaved changes, deleting a
//! phase or lane, file choosers and the typed-path fallback, and the
//! recovery of maps after a crash.

use crate::i18n::messages;

messages! {
    SAVE = "save";
    DONT_SAVE = "dont-save";
    CANCEL = "cancel";

    /// The unsaved-changes question, one per action it holds back.
    GUARD_NEW = "guard-new" (name);
    GUARD_OPEN = "guard-open" (name);
    GUARD_IMPORT = "guard-import" (name);
    GUARD_RESTORE = "guard-restore" (name);
    GUARD_QUIT = "guard-quit" (name);
    GUARD_LOST = "guard-lost";
    DISK_CHANGED_TITLE = "disk-changed-title" (name);
    DISK_CHANGED_BODY = "disk-changed-body";
    DISK_RELOAD = "disk-reload";
    DISK_KEEP_MINE = "disk-keep-mine";
    DISK_SAVE_COPY = "disk-save-copy";
    SAVE_CONFLICT_TITLE = "save-conflict-title";
    SAVE_CONFLICT_BODY = "save-conflict-body" (name);
    SAVE_CONFLICT_OVERWRITE = "save-conflict-overwrite";
    ELSEWHERE_TITLE = "elsewhere-title" (name);
    ELSEWHERE_BODY = "elsewhere-body";
    ELSEWHERE_BODY_PID = "elsewhere-body-pid" (pid);
    ELSEWHERE_BRING_FORWARD = "elsewhere-bring-forward";
    ELSEWHERE_VIEW_ONLY = "elsewhere-view-only";
    STATUS_RELOADED = "status-reloaded" (name);
    STATUS_DELETED = "status-deleted" (name);
    STATUS_KEPT_MINE = "status-kept-mine" (name);
    STATUS_VIEW_ONLY = "status-view-only" (name);
    RELOAD_FAILED_TITLE = "reload-failed-title" (name);
    COPY_SUFFIX = "copy-suffix";

    CONFIRM_DELETE_PHASE = "confirm-delete-phase" (name);
    /// Deleting a step: its name (or number) and its phase.
    CONFIRM_DELETE_STEP = "confirm-delete-step" (name, phase);
    CONFIRM_DELETE_LANE = "confirm-delete-lane" (name);
    /// What goes with a phase or lane; both are feminine in German.
    CONFIRM_CARDS_GO = "confirm-cards-go" (cards);
    /// How many cards go with a step (its own message: German pronouns differ).
    CONFIRM_STEP_CARDS_GO = "confirm-step-cards-go" (cards);
    CONFIRM_UNDO_HINT = "confirm-undo-hint" (shortcut);
    DELETE_PHASE = "delete-phase";
    DELETE_STEP = "delete-step";
    DELETE_LANE = "delete-lane";

    /// Titles of the file choosers and of the typed-path fallback.
    FILE_OPEN_TITLE = "file-open-title";
    /// A typed path names an existing file: replace it?
    REPLACE_TITLE = "replace-title" (name);
    REPLACE_BODY = "replace-body" (folder);
    REPLACE = "replace";
    FILE_IMPORT_TITLE = "file-import-title";
    FILE_SAVE_TITLE = "file-save-title";
    FILE_EXPORT_TITLE = "file-export-title";
    FILTER_MAP = "filter-map";
    FILTER_IMPORT = "filter-import";
    FILTER_PNG = "filter-png";
    FILTER_SVG = "filter-svg";
    OPEN = "open";
    EXPORT = "export";
    PROMPT_NO_CHOOSER = "prompt-no-chooser";
    PROMPT_PATH_LABEL = "prompt-path-label" (extension);
    PROMPT_PATH_HINT = "prompt-path-hint" (extension);

    RECOVERY_TITLE = "recovery-title";
    RECOVERY_INTRO = "recovery-intro";
    RESTORE = "restore";
    DISCARD = "discard";
    KEEP_FOR_LATER = "keep-for-later";
    RECOVERY_NEVER_SAVED = "recovery-never-saved";
    /// `age` is one of the `age-…` messages.
    RECOVERY_KEPT = "recovery-kept" (age, cards);
    RECOVERY_UNREADABLE = "recovery-unreadable";
    RECOVERY_WRITTEN = "recovery-written" (age, path);

    /// How long ago a copy was written, with the date for certainty.
    AGE_JUST_NOW = "age-just-now" (date);
    AGE_MINUTES = "age-minutes" (minutes, date);
    AGE_HOURS = "age-hours" (hours, date);
    AGE_YESTERDAY = "age-yesterday" (date);
    AGE_DAYS = "age-days" (days, date);
    /// A date and time in UTC; the parts are zero-padded text.
    UTC_DATE_TIME = "utc-date-time" (year, month, day, hour, minute);
}
