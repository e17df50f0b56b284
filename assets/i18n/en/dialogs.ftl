save = Save
dont-save = Don't save
cancel = Cancel

# Unsaved changes.
guard-new = Save the changes to “{ $name }” before starting a new map?
guard-open = Save the changes to “{ $name }” before opening another map?
guard-import = Save the changes to “{ $name }” before importing a new map?
guard-restore = Save the changes to “{ $name }” before restoring the recovered map?
guard-quit = Save the changes to “{ $name }” before closing?
guard-lost = If you don't save, your changes are lost.

# Deleting a phase, a step or a lane.
confirm-delete-phase = Delete phase “{ $name }”?
confirm-delete-lane = Delete lane “{ $name }”?
confirm-delete-step = Delete step “{ $name }” of phase “{ $phase }”?
confirm-cards-go = { $cards ->
        [0] It has no cards.
        [one] Its 1 card will be deleted with it.
       *[other] Its { $cards } cards will be deleted with it.
    }
confirm-step-cards-go = { $cards ->
        [0] It has no cards.
        [one] Its 1 card will be deleted with it.
       *[other] Its { $cards } cards will be deleted with it.
    }
confirm-undo-hint = You can undo this with { $shortcut }.
delete-phase = Delete phase
delete-step = Delete step
delete-lane = Delete lane

# Choosing a file.
replace-title = “{ $name }” already exists. Replace it?
replace-body = A file of that name is in { $folder }. Replacing it overwrites what it holds.
replace = Replace
file-open-title = Open journey map
file-import-title = Import a Mermaid journey or a table
file-save-title = Save journey map
file-export-title = Export image
filter-map = Journey map
filter-import = Mermaid journeys and tables
filter-png = PNG image
filter-svg = SVG image
open = Open
export = Export
prompt-no-chooser = No file chooser is available on this system (it needs the desktop portal or the zenity program). Type the full path of the file instead:
prompt-path-label = Path of the .{ $extension } file
prompt-path-hint = /home/you/maps/journey.{ $extension }

# Recovery after a crash.
recovery-title = Recover unsaved maps
recovery-intro = Journeymap did not close normally last time. These maps had changes that were not saved:
restore = Restore
discard = Discard
keep-for-later = Keep for later
recovery-never-saved = Never saved (untitled)
recovery-kept = Last change kept { $age } · { $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    }
recovery-unreadable = A recovery copy that cannot be read
recovery-written = Written { $age }. It is kept at { $path }
age-just-now = less than a minute ago ({ $date })
age-minutes = { $minutes ->
        [one] { $minutes } minute ago
       *[other] { $minutes } minutes ago
    } ({ $date })
age-hours = { $hours ->
        [one] { $hours } hour ago
       *[other] { $hours } hours ago
    } ({ $date })
age-yesterday = yesterday ({ $date })
age-days = { $days ->
        [one] { $days } day ago
       *[other] { $days } days ago
    } ({ $date })
utc-date-time = { $year }-{ $month }-{ $day } { $hour }:{ $minute } UTC
disk-changed-title = “{ $name }” was changed by another program
disk-changed-body = The file on disk is not the version you are editing, and you have changes that are not saved. Which version do you want to keep?
disk-reload = Reload (lose my changes)
disk-keep-mine = Keep mine
disk-save-copy = Save mine as a copy…
save-conflict-title = Save over a version you have not seen?
save-conflict-body = “{ $name }” was changed on disk since you opened or saved it (by another window or program). Saving now replaces that version with yours; it stays in the .bak file until the next save.
save-conflict-overwrite = Overwrite
elsewhere-title = “{ $name }” is already open in another Journeymap window
elsewhere-body = Edit it there, so that neither window overwrites the other. You can also look at it here without changing it.
elsewhere-body-pid = Edit it there (process { $pid }), so that neither window overwrites the other. You can also look at it here without changing it.
elsewhere-bring-forward = Bring that window forward
elsewhere-view-only = Open view-only
status-reloaded = Reloaded “{ $name }”: another program changed it. Undo brings back what was on screen.
status-deleted = “{ $name }” was deleted or moved by another program. The map stays open; save it to keep it.
status-kept-mine = Kept your version of “{ $name }”. Saving will ask before replacing the other version.
status-view-only = “{ $name }” is open view-only: it is being edited in another window.
reload-failed-title = “{ $name }” changed on disk but cannot be read
copy-suffix = copy
