# Befehle: Menüeinträge, Tooltips und die Tastenkürzel-Übersicht.
cmd-new = Neu
cmd-new-from-template = Neu aus Vorlage…
cmd-open = Öffnen…
cmd-import = Importieren…
cmd-save = Speichern
cmd-save-as = Speichern unter…
cmd-export-image = Als Bild exportieren…
cmd-copy-image = Als Bild kopieren
cmd-quit = Beenden
cmd-map-properties = Eigenschaften der Map…
cmd-personas = Personas…
cmd-preferences = Einstellungen…
cmd-undo = Rückgängig
cmd-redo = Wiederholen
cmd-undo-step = Rückgängig: { $step }
cmd-redo-step = Wiederholen: { $step }
cmd-cut = Ausschneiden
cmd-copy = Kopieren
cmd-paste = Einfügen
cmd-duplicate = Duplizieren
cmd-delete = Löschen
cmd-select-all = Alle Karten auswählen
cmd-edit-selected = Text bearbeiten / Umbenennen
cmd-add-card = Karte hinzufügen
cmd-add-phase = Phase hinzufügen
cmd-add-step = Schritt hinzufügen
cmd-add-step-before = Schritt davor einfügen
cmd-add-lane = Zeile hinzufügen
cmd-add-curve = Emotionskurve hinzufügen
cmd-toggle-collapse = Zeile ein-/ausklappen
cmd-select-next = Nächste Karte
cmd-select-previous = Vorherige Karte
cmd-select-left = Karte links
cmd-select-right = Karte rechts
cmd-select-up = Karte darüber
cmd-select-down = Karte darunter
cmd-zoom-in = Vergrößern
cmd-zoom-out = Verkleinern
cmd-zoom-fit = An Fenster anpassen
cmd-zoom-actual = Originalgröße (100 %)
cmd-shortcuts = Tastenkürzel
cmd-about = Über Journeymap

# Die Menüleiste.
menu-file = Datei
menu-edit = Bearbeiten
menu-insert = Einfügen
menu-view = Ansicht
menu-help = Hilfe
menu-move-selection = Auswahl bewegen
menu-open-recent = Zuletzt geöffnet
menu-no-recent = Keine zuletzt geöffneten Maps
menu-clear-recent = Liste leeren
menu-recent-missing = Nicht gefunden: { $path }
menu-remove-recent = Entfernen
menu-remove-from-list = Aus dieser Liste entfernen (die Datei bleibt erhalten)
menu-remove-named = { $name } aus der Liste entfernen

# Kontextmenüs.
ctx-edit-text = Text bearbeiten
ctx-rename-phase = Phase umbenennen
ctx-add-phase-after = Phase danach einfügen
ctx-delete-phase = Phase löschen…
ctx-rename-step = Schritt umbenennen
ctx-add-step-after = Schritt danach einfügen
ctx-delete-step = Schritt löschen…
ctx-last-step-tip = Eine Phase behält mindestens einen Schritt: Löschen Sie stattdessen die Phase „{ $phase }“
add-step-needs-place = Wählen Sie eine Phase, einen Schritt oder eine Zelle, um dort einen Schritt einzufügen
ctx-rename-lane = Zeile umbenennen
ctx-add-lane-below = Zeile darunter einfügen
ctx-delete-lane = Zeile löschen…
ctx-label-point = Punkt beschriften
ctx-remove-point = Punkt entfernen
ctx-mark-moment = Als Moment der Wahrheit markieren
ctx-clear-moment = Moment der Wahrheit aufheben
ctx-remove-curve = Kurve entfernen
ctx-colour = Farbe
ctx-lane-colour = Farbe der Zeile

# Die Werkzeugleiste.
tool-new = Neu
tool-open = Öffnen
tool-save = Speichern
tool-export = Exportieren
tool-undo = Rückgängig
tool-redo = Wiederholen
tool-add-card = Karte
tool-add-phase = Phase
tool-add-step = Schritt
tool-add-lane = Zeile
tool-fit = Einpassen
tool-actual-size = 100 %
tool-zoom-percent = { $percent } %
tool-tip-shortcut = { $command } ({ $shortcut })

# Die Statusleiste.
status-not-saved = Noch nicht gespeichert
status-counts = { $phases ->
        [one] { $phases } Phase
       *[other] { $phases } Phasen
    } · { $lanes ->
        [one] { $lanes } Zeile
       *[other] { $lanes } Zeilen
    } · { $cards ->
        [one] { $cards } Karte
       *[other] { $cards } Karten
    }

# Der Tooltip über den Zahlen in der Statusleiste: eine Zeile je Art.
status-count-phases = { $count ->
        [one] { $count } Phase
       *[other] { $count } Phasen
    }
status-count-steps = { $count ->
        [one] { $count } Schritt
       *[other] { $count } Schritte
    }
status-count-lanes = { $count ->
        [one] { $count } Zeile
       *[other] { $count } Zeilen
    }
status-count-cards = { $count ->
        [one] { $count } Karte
       *[other] { $count } Karten
    }
status-count-curves = { $count ->
        [one] { $count } Emotionskurve
       *[other] { $count } Emotionskurven
    }
status-count-points = { $count ->
        [one] { $count } Emotionswert
       *[other] { $count } Emotionswerte
    }
status-count-personas = { $count ->
        [one] { $count } Persona
       *[other] { $count } Personas
    }
status-count-actors = { $count ->
        [one] { $count } Akteur
       *[other] { $count } Akteure
    }
status-count-links = { $count ->
        [one] { $count } Verknüpfung
       *[other] { $count } Verknüpfungen
    }
status-count-votes = { $count ->
        [one] { $count } Stimme
       *[other] { $count } Stimmen
    }

# Die Übersicht der Tastenkürzel (F1).
help-title = Tastenkürzel
help-or = { $first } oder { $second }
help-pan = Verschieben
help-pan-how = Mit mittlerer oder rechter Maustaste ziehen, Leertaste + Ziehen oder Scrollen
help-zoom = Zoomen
help-zoom-how = Strg + Scrollen oder Zwei-Finger-Geste
help-select = Auswählen
help-select-how = Klicken; Umschalt/Strg + Klick fügt hinzu oder entfernt
help-select-several = Mehrere auswählen
help-select-several-how = Auf freier Fläche einen Rahmen aufziehen
help-add-card = Karte hinzufügen
help-add-card-how = Doppelklick auf eine freie Stelle oder auf das + einer Zelle
help-edit-card = Karte bearbeiten
help-edit-card-how = Doppelklick; Strg+Enter oder ein Klick daneben übernimmt, Escape verwirft
help-move-cards = Karten verschieben
help-move-cards-how = In eine Zelle ziehen; Escape bricht ab
help-span-card = Karte über Phasen ziehen
help-span-card-how = Den rechten Rand ziehen
help-phases-lanes = Phasen, Schritte und Zeilen
help-phases-lanes-how = Kopf ziehen zum Umordnen, Rand ziehen für die Größe; Doppelklick zum Umbenennen
help-emotion = Emotionskurve
help-emotion-how = Punkt ziehen; leere Phase anklicken setzt einen; Rechtsklick entfernt ihn

# Über.
about-version = Version { $version }
about-what = Ein Offline-Editor für Customer Journey Maps.
about-fonts = Schriften: Inter und Noto Emoji (SIL Open Font License).
close = Schließen
cmd-toggle-inspector = Inspektor
cmd-find = Suchen…
cmd-find-next = Weitersuchen
cmd-find-previous = Rückwärts suchen
read-only = Nur ansehen
menu-recent-entry = { $name } in { $folder }
