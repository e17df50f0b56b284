//! Problems with files the app keeps or writes: saving, settings, recovery
//! copies. The command line prints its own English texts; these are for the
//! editor's dialogs and status.

use crate::i18n::messages;

messages! {
    /// A failed save: where, at which step, what the system said, what to do.
    SAVE_FAILED = "save-failed" (path, step, reason, advice);
    SAVE_STEP_CREATE = "save-step-create";
    SAVE_STEP_WRITE = "save-step-write";
    SAVE_STEP_SYNC = "save-step-sync";
    SAVE_STEP_REPLACE = "save-step-replace";
    ADVICE_DISK_FULL = "advice-disk-full";
    ADVICE_READ_ONLY = "advice-read-only";
    ADVICE_FILE_READ_ONLY = "advice-file-read-only";
    ADVICE_NO_FOLDER = "advice-no-folder";
    ADVICE_IS_FOLDER = "advice-is-folder";
    ADVICE_TRY_AGAIN = "advice-try-again";

    /// The settings file was broken and could not be set aside.
    SETTINGS_UNREADABLE = "settings-unreadable" (path, reason);
    /// The settings file was broken and was renamed to `kept`.
    SETTINGS_UNREADABLE_KEPT = "settings-unreadable-kept" (path, reason, kept);
    SETTINGS_NOT_UTF8 = "settings-not-utf8";

    RECOVERY_UNAVAILABLE = "recovery-unavailable" (folder, reason);
    RECOVERY_NOT_AVAILABLE = "recovery-not-available";
    RECOVERY_CANNOT_REMOVE = "recovery-cannot-remove" (path, reason);

    /// The map is open in another window whose process id is unknown.
    MAP_OPEN_ELSEWHERE = "map-open-elsewhere" (path);
    /// The map is open in another window, in process `pid`.
    MAP_OPEN_ELSEWHERE_PID = "map-open-elsewhere-pid" (path, pid);
    /// The map's lock file could not be used.
    MAP_LOCK_FAILED = "map-lock-failed" (path, reason);
}
