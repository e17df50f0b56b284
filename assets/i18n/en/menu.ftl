# Commands: menu entries, tooltips and the shortcut overview.
cmd-new = New
cmd-new-from-template = New from Template…
cmd-open = Open…
cmd-import = Import…
cmd-save = Save
cmd-save-as = Save As…
cmd-export-image = Export Image…
cmd-copy-image = Copy as Image
cmd-quit = Quit
cmd-map-properties = Map Properties…
cmd-personas = Personas…
cmd-preferences = Preferences…
cmd-undo = Undo
cmd-redo = Redo
cmd-undo-step = Undo { $step }
cmd-redo-step = Redo { $step }
cmd-cut = Cut
cmd-copy = Copy
cmd-paste = Paste
cmd-duplicate = Duplicate
cmd-delete = Delete
cmd-select-all = Select All Cards
cmd-edit-selected = Edit Text / Rename
cmd-add-card = Add Card
cmd-add-phase = Add Phase
cmd-add-step = Add Step
cmd-add-step-before = Add Step Before
cmd-add-lane = Add Lane
cmd-add-curve = Add Emotion Curve
cmd-toggle-collapse = Collapse / Expand Lane
cmd-select-next = Next Card
cmd-select-previous = Previous Card
cmd-select-left = Card to the Left
cmd-select-right = Card to the Right
cmd-select-up = Card Above
cmd-select-down = Card Below
cmd-zoom-in = Zoom In
cmd-zoom-out = Zoom Out
cmd-zoom-fit = Fit to Window
cmd-zoom-actual = Actual Size (100%)
cmd-shortcuts = Keyboard Shortcuts
cmd-about = About Journeymap

# The menu bar.
menu-file = File
menu-edit = Edit
menu-insert = Insert
menu-view = View
menu-help = Help
menu-move-selection = Move Selection
menu-open-recent = Open Recent
menu-no-recent = No recent maps
menu-clear-recent = Clear List
menu-recent-missing = Not found: { $path }
menu-remove-recent = Remove
menu-remove-from-list = Remove from this list (the file stays)
menu-remove-named = Remove { $name } from the list

# Context menus.
ctx-edit-text = Edit Text
ctx-rename-phase = Rename Phase
ctx-add-phase-after = Add Phase After
ctx-delete-phase = Delete Phase…
ctx-rename-step = Rename Step
ctx-add-step-after = Add Step After
ctx-delete-step = Delete Step…
ctx-last-step-tip = A phase keeps at least one step: delete the phase “{ $phase }” instead
add-step-needs-place = Select a phase, a step or a cell to add a step there
ctx-rename-lane = Rename Lane
ctx-add-lane-below = Add Lane Below
ctx-delete-lane = Delete Lane…
ctx-label-point = Label Point
ctx-remove-point = Remove Point
ctx-mark-moment = Mark as Moment of Truth
ctx-clear-moment = Clear Moment of Truth
ctx-remove-curve = Remove Curve
ctx-colour = Colour
ctx-lane-colour = Lane colour

# The toolbar.
tool-new = New
tool-open = Open
tool-save = Save
tool-export = Export
tool-undo = Undo
tool-redo = Redo
tool-add-card = Add card
tool-add-phase = Add phase
tool-add-step = Add step
tool-add-lane = Add lane
tool-fit = Fit
tool-actual-size = 100%
tool-zoom-percent = { $percent }%
tool-tip-shortcut = { $command } ({ $shortcut })

# The status bar.
status-not-saved = Not saved yet
status-counts = { $phases ->
        [one] { $phases } phase
       *[other] { $phases } phases
    } · { $lanes ->
        [one] { $lanes } lane
       *[other] { $lanes } lanes
    } · { $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    }

# The tooltip on the status bar's counts: one line per kind of element.
status-count-phases = { $count ->
        [one] { $count } phase
       *[other] { $count } phases
    }
status-count-steps = { $count ->
        [one] { $count } step
       *[other] { $count } steps
    }
status-count-lanes = { $count ->
        [one] { $count } lane
       *[other] { $count } lanes
    }
status-count-cards = { $count ->
        [one] { $count } card
       *[other] { $count } cards
    }
status-count-curves = { $count ->
        [one] { $count } emotion curve
       *[other] { $count } emotion curves
    }
status-count-points = { $count ->
        [one] { $count } emotion value
       *[other] { $count } emotion values
    }
status-count-personas = { $count ->
        [one] { $count } persona
       *[other] { $count } personas
    }
status-count-actors = { $count ->
        [one] { $count } actor
       *[other] { $count } actors
    }
status-count-links = { $count ->
        [one] { $count } link
       *[other] { $count } links
    }
status-count-votes = { $count ->
        [one] { $count } vote
       *[other] { $count } votes
    }

# The shortcut overview (F1).
help-title = Keyboard shortcuts
help-or = { $first } or { $second }
help-pan = Pan
help-pan-how = Middle or right drag, Space + drag, or scroll
help-zoom = Zoom
help-zoom-how = Ctrl + scroll, or pinch
help-select = Select
help-select-how = Click; Shift/Ctrl + click adds or removes
help-select-several = Select several
help-select-several-how = Drag a box on empty canvas
help-add-card = Add a card
help-add-card-how = Double-click an empty spot, or the + of a cell
help-edit-card = Edit a card
help-edit-card-how = Double-click it; Ctrl+Enter or a click elsewhere keeps, Escape cancels
help-move-cards = Move cards
help-move-cards-how = Drag them to a cell; Escape cancels
help-span-card = Span a card
help-span-card-how = Drag its right edge
help-phases-lanes = Phases, steps and lanes
help-phases-lanes-how = Drag a header to reorder, its border to resize; double-click to rename
help-emotion = Emotion curve
help-emotion-how = Drag a point; click an empty phase to set one; right-click to remove

# About.
about-version = Version { $version }
about-what = An offline editor for customer journey maps.
about-fonts = Fonts: Inter and Noto Emoji (SIL Open Font License).
close = Close
cmd-toggle-inspector = Inspector
cmd-find = Find…
cmd-find-next = Find Next
cmd-find-previous = Find Previous
read-only = View only
menu-recent-entry = { $name } in { $folder }
