# Zugängliche Namen und Hover-Texte der Griffe und Schaltflächen auf der Map.
canvas-map = Zeichenfläche der Journey Map
canvas-card-span = Phasenspanne von { $card }
canvas-phase-width = Breite von { $phase }
canvas-step-header = Schritt { $step } in Phase { $phase }
canvas-step-width = Breite von Schritt { $step }
canvas-lane-height = Höhe von { $lane }
canvas-lane-expand = { $lane } aufklappen
canvas-lane-collapse = { $lane } einklappen
canvas-add-card-to = Karte in { $lane } bei { $phase } hinzufügen
canvas-add-card-hint = Hier eine Karte hinzufügen (oder auf eine freie Stelle doppelklicken)
canvas-legend-curve = Emotionskurve { $curve }
canvas-point = { $curve } in { $phase }
canvas-point-moment = { $curve } in { $phase }, Moment der Wahrheit
canvas-set-point = { $curve } in { $phase } setzen

# Text, der direkt auf der Map getippt wird.
canvas-card-title = Kartentitel
canvas-card-notes = Kartennotizen
canvas-notes-hint = Notizen
canvas-phase-name = Phasenname
canvas-step-name = Schrittname
canvas-lane-name = Zeilenname
canvas-point-label = Punktbeschriftung
