//! The editor window around the map: notices, status messages, the names a
//! new map and new items get, and the window title.

use crate::i18n::messages;

messages! {
    /// The name of a map that was never saved (window title, questions).
    UNTITLED = "untitled";
    OK = "ok";

    NOTICE_OPEN_FAILED = "notice-open-failed";
    NOTICE_SAVE_FAILED = "notice-save-failed";
    /// The explanation under a failed save; `error` says what and where.
    SAVE_FAILED_BODY = "save-failed-body" (error);
    NOTICE_NO_BACKUP = "notice-no-backup";
    NO_BACKUP_BODY = "no-backup-body" (path, backup, error);
    NOTICE_RECENT_FAILED = "notice-recent-failed";
    NOTICE_SETTINGS_FAILED = "notice-settings-failed";
    NOTICE_STARTUP_PROBLEM = "notice-startup-problem";
    NOTICE_DISCARD_FAILED = "notice-discard-failed";
    NOTICE_ADOPT_FAILED = "notice-adopt-failed";
    ADOPT_FAILED_BODY = "adopt-failed-body" (path, error);
    NOTICE_EXPORT_FAILED = "notice-export-failed";
    NOTICE_COPY_FAILED = "notice-copy-failed";
    NOTICE_NO_STORAGE = "notice-no-storage";
    NO_STORAGE_BODY = "no-storage-body";
    /// The bar under the status bar while recovery copies fail.
    AUTOSAVE_PROBLEM = "autosave-problem" (problem);

    STATUS_EXPORTED = "status-exported" (path);
    STATUS_EXPORTED_SLIDES = "status-exported-slides" (count, first, last);
    STATUS_COPIED_IMAGE = "status-copied-image";
    STATUS_COPIED_CARDS = "status-copied-cards" (count);
    /// After undoing a step; `step` is its name from the `edit` area.
    STATUS_UNDID = "status-undid" (step);
    STATUS_REDID = "status-redid" (step);
    STATUS_UNDO_FAILED = "status-undo-failed" (error);
    STATUS_REDO_FAILED = "status-redo-failed" (error);
    /// An edit that could not be applied; `step` is its name.
    STATUS_EDIT_FAILED = "status-edit-failed" (step, error);
}
