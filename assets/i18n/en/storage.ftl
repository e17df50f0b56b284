# Saving.
save-failed = { $path }: could not save ({ $step }): { $reason }. { $advice }
save-step-create = creating a file in its folder failed
save-step-write = writing failed
save-step-sync = flushing to disk failed
save-step-replace = replacing the old file failed
advice-disk-full = The disk is full: free some space, or save to another disk
advice-read-only = The folder is read-only: save to a folder you can write to
advice-file-read-only = The file is marked read-only: remove the mark in its properties, or save under another name
advice-no-folder = The folder does not exist (any more): save to an existing folder
advice-is-folder = A folder has that name: choose another file name
advice-try-again = Try again, or save to another folder

# Settings.
settings-unreadable =
    Your settings could not be read, so Journeymap started with default settings (the list of recent files is empty).

    { $path }: { $reason }
settings-unreadable-kept =
    Your settings could not be read, so Journeymap started with default settings (the list of recent files is empty).

    { $path }: { $reason }

    The old file was kept as { $kept }.
settings-not-utf8 = it is not UTF-8 text

# Recovery copies.
recovery-unavailable =
    Journeymap cannot keep recovery copies in { $folder }: { $reason }.

    Your maps are safe when you save them, but unsaved changes would be lost in a crash.
recovery-not-available = recovery copies are not available
recovery-cannot-remove = { $path }: cannot remove: { $reason }

# One map, one window.
map-open-elsewhere = { $path } is already open in another Journeymap window. Switch to that window to edit it.
map-open-elsewhere-pid = { $path } is already open in another Journeymap window (process { $pid }). Switch to that window to edit it.
map-lock-failed = { $path }: cannot check whether the map is open in another window: { $reason }
