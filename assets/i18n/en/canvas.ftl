# Accessible names and hover texts of the map's handles and buttons.
canvas-map = Journey map canvas
canvas-card-span = Span of { $card }
canvas-phase-width = Width of { $phase }
canvas-step-header = Step { $step } in phase { $phase }
canvas-step-width = Width of step { $step }
canvas-lane-height = Height of { $lane }
canvas-lane-expand = Expand { $lane }
canvas-lane-collapse = Collapse { $lane }
canvas-add-card-to = Add card to { $lane } in { $phase }
canvas-add-card-hint = Add a card here (or double-click an empty spot)
canvas-legend-curve = { $curve } curve
canvas-point = { $curve } in { $phase }
canvas-point-moment = { $curve } in { $phase }, moment of truth
canvas-set-point = Set { $curve } in { $phase }

# Text typed right on the map.
canvas-card-title = Card title
canvas-card-notes = Card notes
canvas-notes-hint = Notes
canvas-phase-name = Phase name
canvas-step-name = Step name
canvas-lane-name = Lane name
canvas-point-label = Point label
