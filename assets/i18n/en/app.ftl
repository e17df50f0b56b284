untitled = Untitled
ok = OK

# Notices: a title and, where the cause alone is not enough, a body.
notice-open-failed = Could not open the map
notice-save-failed = Could not save the map
save-failed-body =
    { $error }.

    Nothing was lost: the map is still open with all your changes, and the file on disk is as it was before. Choose File → Save As… to save it somewhere else.
notice-no-backup = Saved, but without a backup
no-backup-body = The map was saved to { $path }, but the previous version could not be kept as { $backup }: { $error }
notice-recent-failed = Could not update the recent files
notice-settings-failed = Could not save the settings
notice-startup-problem = Journeymap started with a problem
notice-discard-failed = Could not discard the recovered map
notice-adopt-failed = The recovered map is open, but its copy could not be kept
adopt-failed-body = { $path }: { $error }. Save the map soon: until then a crash would lose it.
notice-export-failed = Could not export the image
notice-copy-failed = Could not copy the image
notice-no-storage = No place for settings and recovery copies
no-storage-body = Journeymap found no home folder, so it cannot remember recent files or keep recovery copies. Saving maps works as usual.
autosave-problem = ⚠ Recovery copies cannot be written: { $problem }

# The status bar's message about the last action.
status-exported = Exported { $path }
status-exported-slides = Exported { $count } slides: { $first } to { $last }
status-copied-image = Copied the map as an image
status-copied-cards = { $count ->
        [one] Copied { $count } card
       *[other] Copied { $count } cards
    }
status-undid = Undid { $step }
status-redid = Redid { $step }
status-undo-failed = Could not undo: { $error }
status-redo-failed = Could not redo: { $error }
status-edit-failed = Could not { $step }: { $error }
