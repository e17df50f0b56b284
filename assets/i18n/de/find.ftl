# Die Suchleiste (Strg+F).
find-label = Suchen
find-hint = Karten, Phasen, Zeilen, Personas
find-position = { $current } von { $total }
find-count = { $total } Treffer
find-no-matches = Keine Treffer
find-previous = Vorheriger Treffer ({ $shortcut })
find-next = Nächster Treffer ({ $shortcut })
find-close = Suchleiste schließen ({ $shortcut })
find-previous-button = Zurück
find-next-button = Weiter
find-close-button = Schließen
