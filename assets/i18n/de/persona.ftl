# Das Persona-Fenster, die Persona-Auswahl von Emotionskurven und der Foto-Import.
persona-panel-title = Personas
persona-empty = Diese Map hat noch keine Personas. Eine Persona ist ein typischer Kunde eines Segments: Legen Sie eine an, um sie über der Map zu zeigen und Emotionskurven ihre Farbe und ihren Namen zu geben.
persona-new = Neue Persona
persona-new-name = Neue Persona
persona-duplicate = Duplizieren
persona-delete = Löschen…
persona-copy-name = { $name } (Kopie)
persona-primary-tag = Haupt-Persona
persona-primary = Haupt-Persona: wird über der Map gezeigt
persona-unnamed = (ohne Namen)
persona-list = Personas dieser Map

persona-field-name = Name
persona-field-photo = Foto
persona-field-color = Farbe
persona-field-age = Alter
persona-field-occupation = Beruf
persona-field-income = Einkommen
persona-field-family = Familie
persona-field-segment = Segment
persona-field-description = Beschreibung
persona-field-quote = Zitat
persona-field-goals = Ziele
persona-field-needs = Bedürfnisse und Wünsche
persona-field-fears = Ängste
persona-field-hurdles = Hürden
persona-one-per-line = eins pro Zeile
persona-section-about = Demografie
persona-section-psychology = Psychologie

persona-segment-suggestions = Vorschläge
persona-segment-impulsive = Impulsiver Käufer
persona-segment-deliberate = Überlegter Käufer
persona-segment-price = Preisbewusster Käufer
persona-segment-loyal = Treuer Stammkunde
persona-segment-first-time = Erstkäufer
persona-segment-b2b = Geschäftskunde (B2B)

persona-choose-photo = Foto wählen…
persona-remove-photo = Foto entfernen
persona-photo-reading = Foto wird gelesen…
persona-photo-hint = PNG oder JPEG; es wird verkleinert und in der Map gespeichert.
persona-photo-dialog-title = Foto der Persona wählen
persona-photo-filter = PNG- oder JPEG-Bild
persona-photo-prompt-heading = Foto wählen
persona-photo-prompt-label = Pfad der PNG- oder JPEG-Datei
persona-photo-prompt-action = Foto verwenden
persona-photo-error-io = { $file } kann nicht gelesen werden: { $reason }
persona-photo-error-not-a-file = { $file } ist keine Datei. Wählen Sie ein PNG- oder JPEG-Bild.
persona-photo-error-too-big = { $file } ist { $size } MB groß; ein Foto darf höchstens { $limit } MB haben. Wählen Sie ein kleineres Bild.
persona-photo-error-format = { $file } ist kein PNG- oder JPEG-Bild. Speichern Sie das Bild in einem dieser Formate und wählen Sie es erneut.
persona-photo-error-pixels = { $file } hat { $width } × { $height } Pixel; ein Foto darf höchstens { $side } Pixel pro Seite und { $megapixels } Megapixel haben. Wählen Sie ein kleineres Bild.
persona-photo-error-unreadable = { $file } ist beschädigt und kann nicht als Bild gelesen werden. Wählen Sie ein anderes.
persona-photo-error-encode = { $file } konnte nicht verkleinert werden: { $reason }

persona-delete-title = „{ $name }“ löschen?
persona-delete-curves = { $count ->
    [0] Keine Emotionskurve gehört zu dieser Persona.
    [one] Die Emotionskurve { $curves } verliert ihre Persona und bekommt wieder ihren eigenen Namen und ihre eigene Farbe.
   *[other] Die Emotionskurven { $curves } verlieren ihre Persona und bekommen wieder ihre eigenen Namen und Farben.
}
persona-delete-primary = Sie ist die Haupt-Persona: Die Map zeigt dann keine Persona-Karte.
persona-delete-undo = Sie können das mit Bearbeiten → Rückgängig zurücknehmen.
persona-delete-confirm = Persona löschen
persona-cancel = Abbrechen

persona-curve-persona = Persona
persona-curve-no-persona = Keine
persona-curve-from-persona = Name und Farbe kommen von der Persona „{ $name }“.
persona-curve-edit-personas = Personas bearbeiten…

# Die Persona-Karte über der Map.
persona-age-summary = { $age } Jahre
