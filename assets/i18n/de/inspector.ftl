# Felder, die auf mehreren Seiten des Inspektors vorkommen.
inspector-field = Feld { $label }
inspector-title = Titel
inspector-description = Beschreibung
inspector-name = Name
inspector-notes = Notizen
inspector-value = Wert
inspector-label = Beschriftung
inspector-colour = Farbe

# Die Journey (nichts ausgewählt).
inspector-journey = Journey
inspector-emotion-scale = Emotionsskala
inspector-scale-with-step = { $range } in Schritten von { $step }
inspector-scale-custom = Eigene…
inspector-scale-min = Minimum
inspector-scale-max = Maximum
inspector-scale-step = Schrittweite
inspector-scale-unusable = Unbrauchbare Skala: { $reason }
inspector-scale-apply = Skala anwenden
inspector-scale-apply-tip = Jeder Emotionswert rückt auf dieselbe Höhe der neuen Skala, gerundet auf ihren nächsten Wert
inspector-scale-cancel = Abbrechen
inspector-emotion-curves = Emotionskurven
inspector-add-curve = Emotionskurve hinzufügen

# Eine Phase.
inspector-phase = Phase
inspector-width = Breite
inspector-points-unit = pt
inspector-default-width = Standard
inspector-default-width-tip = Zurück zur üblichen Spaltenbreite
inspector-delete-phase = Phase löschen…
inspector-steps = Schritte
inspector-one-step = Ein Schritt: Die Phase ist eine einzige Spalte. Fügen Sie Schritte hinzu, um sie zu unterteilen.
inspector-add-step = Schritt zur Phase hinzufügen

# Ein Schritt in einer Phase.
inspector-step = Schritt
inspector-in-phase = In Phase
inspector-add-step-after = Schritt danach einfügen
inspector-delete-step = Schritt löschen…

# Eine Zeile.
inspector-lane = Zeile
inspector-kind = Art
inspector-kind-needs-empty-lane = Nur eine Zeile ohne Karten kann Emotionskurven aufnehmen
inspector-collapsed = Eingeklappt
inspector-delete-lane = Zeile löschen…

# Eine Emotionskurve und ihre Punkte.
inspector-curve = Emotionskurve
inspector-curve-points = { $set } von { $phases ->
        [one] { $phases } Phase hat einen Wert.
       *[other] { $phases } Phasen haben einen Wert.
    } Eine leere Phase in der Emotionszeile anklicken, um einen Wert zu setzen.
inspector-remove-curve = Kurve entfernen
inspector-point = Emotionspunkt: { $curve }, { $phase }
inspector-remove-point = Punkt entfernen
inspector-moment-of-truth = Moment der Wahrheit
inspector-moment-of-truth-tip = Ein Punkt, an dem sich entscheidet, ob der Kunde bleibt oder geht; die Map kreist ihn ein und benennt ihn

# Karten.
inspector-card = Karte
inspector-span = Über Phasen
inspector-delete-card = Karte löschen
inspector-cards = { $count } Karten
inspector-delete-cards = { $count } Karten löschen
inspector-lane-colour = Zeilenfarbe
inspector-colour-swatch = Farbe { $colour }
inspector-evidence = Datenbasis
inspector-channel = Kanal
inspector-no-channel = Kein Kanal
inspector-media = Medientyp
inspector-media-unknown = Unbekannt
inspector-kpi-number = Kennzahl
inspector-unit = Einheit

# Wer auf einer Karte außer der Persona handelt.
inspector-actors = Akteure
inspector-no-actors = Hier handelt nur die Persona
inspector-remove-actor = Akteur { $actor } entfernen
inspector-add-actor = Akteur hinzufügen
inspector-add-actor-choose = Auswählen…
inspector-new-actor = Neuer Akteur
inspector-new-actor-hint = Namen tippen, dann Eingabe
