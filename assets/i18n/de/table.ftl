# Tabellen: CSV, XLSX, ODS.
table-format = Tabelle (CSV, Excel, OpenDocument)

# Was eine Spalte enthält: die Auswahl in der Importvorschau und die
# Spaltenüberschriften einer exportierten Tabelle.
table-field-phase = Phase
table-field-step = Schritt
table-field-lane = Zeile
table-field-lane-kind = Zeilenart
table-field-title = Titel
table-field-notes = Notizen
table-field-colour = Farbe
table-field-evidence = Datenbasis
table-field-channel = Kanal
table-field-media = Medientyp
table-field-kpi-value = Kennzahl
table-field-kpi-unit = Einheit der Kennzahl
table-field-actors = Akteure
table-field-span = Breite (Schritte)
table-field-ignore = (nicht übernehmen)

# Die Tabellenblätter einer exportierten Arbeitsmappe.
table-sheet-cards = Karten
table-sheet-emotions = Emotionen
table-sheet-personas = Personas
table-sheet-map = Map

# Überschriften des Emotionsblatts und des Map-Blatts.
table-head-curve = Kurve
table-head-persona = Persona
table-head-curve-colour = Kurvenfarbe
table-head-value = Wert
table-head-label = Beschriftung
table-head-property = Angabe
table-map-title = Titel
table-map-description = Beschreibung
table-map-language = Sprache
table-map-scale-min = Emotionsskala: kleinster Wert
table-map-scale-max = Emotionsskala: größter Wert
table-map-scale-step = Emotionsskala: Schrittweite
table-map-primary-persona = Haupt-Persona
table-default-title = Importierte Journey

# Warum eine ganze Datei nicht gelesen oder geschrieben werden kann.
table-error-too-large = Die Datei hat { $size } Byte, mehr als die { $limit }, die ein Tabellenimport liest. Teilen Sie sie in kleinere Dateien auf.
table-error-too-many-rows = Die Tabelle hat mehr als { $limit } Zeilen. Teilen Sie sie in kleinere Tabellen auf und importieren Sie diese einzeln.
table-error-too-many-columns = Die Tabelle hat mehr als { $limit } Spalten; eine Journey-Tabelle hat etwa ein Dutzend. Löschen Sie die Spalten, die Sie nicht brauchen, und importieren Sie sie erneut.
table-error-too-many-cells = Die Tabelle hat mehr als { $limit } Zellen. Löschen Sie, was Sie nicht brauchen, oder teilen Sie sie auf, und importieren Sie sie erneut.
table-error-empty = Die Datei enthält keine Tabelle: Sie ist leer.
table-error-encrypted = Die Datei ist mit einem Kennwort geschützt. Öffnen Sie sie in Excel oder LibreOffice, entfernen Sie das Kennwort (ohne Verschlüsselung speichern) und importieren Sie sie erneut.
table-error-old-excel = Die Datei ist eine alte Excel-Arbeitsmappe (.xls) oder verschlüsselt. Öffnen Sie sie in Excel oder LibreOffice, speichern Sie sie als .xlsx oder .csv und importieren Sie diese.
table-error-broken-xlsx = Die Datei ist keine lesbare Excel-Arbeitsmappe (.xlsx): Sie ist vielleicht beschädigt oder hat ein anderes Format ({ $detail }). Öffnen Sie sie in Excel oder LibreOffice und speichern Sie sie neu.
table-error-broken-ods = Die Datei ist keine lesbare OpenDocument-Tabelle (.ods): Sie ist vielleicht beschädigt oder hat ein anderes Format ({ $detail }). Öffnen Sie sie in LibreOffice und speichern Sie sie neu.
table-error-broken-csv = Die Datei kann nicht als CSV-Tabelle gelesen werden ({ $detail }).
table-error-no-sheet = Es gibt kein Tabellenblatt { $number }: Die Datei hat { $count ->
        [one] ein Tabellenblatt
       *[other] { $count } Tabellenblätter
    }.
table-error-no-title-column = Keine Spalte enthält die Titel der Karten. Wählen Sie, welche Spalte der Titel ist, oder lesen Sie das Blatt als Map-Aufbau.
table-error-no-phase-names = Die erste Zeile enthält keine Phasennamen, daher kann das Blatt nicht als Map-Aufbau gelesen werden. Wählen Sie die Zeile mit den Phasennamen oder lesen Sie das Blatt als eine Zeile pro Karte.
table-error-nothing = Es gibt nichts zu importieren: Aus dem Blatt ließ sich keine Phase, Zeile oder Karte lesen.
table-error-text-too-long = „{ $text }“ ist länger als die { $limit } Zeichen, die eine Excel-Zelle fasst. Kürzen Sie den Text oder exportieren Sie als CSV.
table-error-write = Die Arbeitsmappe konnte nicht geschrieben werden: { $detail }

# Warum eine Zeile einer Tabelle übersprungen wird.
table-problem-no-title = die Karte hat keinen Titel
table-problem-no-phase = weder in dieser noch in einer Tabellenzeile darüber steht eine Phase
table-problem-no-lane = weder in dieser noch in einer Tabellenzeile darüber steht eine Zeile der Map
table-problem-unknown-lane-kind = „{ $value }“ ist keine Zeilenart; schreiben Sie Berührungspunkte, Handlungen, Gedanken & Gefühle, Ziele, Schmerzpunkte, Chancen, Kennzahlen, Freitext oder Emotionen (oder übernehmen Sie die Spalte nicht)
table-problem-lane-kind-conflict = die Zeile „{ $lane }“ hat weiter oben die Art { $first }, nicht { $kind }
table-problem-emotion-lane-card = „{ $lane }“ ist eine Emotionszeile; sie enthält Kurven, keine Karten
table-problem-unknown-colour = „{ $value }“ ist keine Kartenfarbe; schreiben Sie Gelb, Orange, Rot, Rosa, Lila, Blau, Türkis, Grün oder Grau
table-problem-unknown-evidence = „{ $value }“ ist keine Datenbasis; schreiben Sie Annahme, Teilweise durch Daten belegt oder Durch Forschung belegt
table-problem-unknown-channel = „{ $value }“ ist kein Kanal; schreiben Sie etwa Website, E-Mail, Soziale Netzwerke, Telefon / Hotline, Ladengeschäft, Mundpropaganda oder Sonstiges
table-problem-unknown-media = „{ $value }“ ist kein Medientyp; schreiben Sie Paid Media, Owned Media oder Earned Media
table-problem-media-without-channel = zum Medientyp fehlt der Kanal
table-problem-kpi-not-a-number = die Kennzahl „{ $value }“ ist keine Zahl
table-problem-unit-without-value = zur Einheit fehlt die Kennzahl
table-problem-span-not-a-count = die Breite „{ $value }“ ist keine ganze Zahl von Schritten (1 oder mehr)
table-problem-span-too-long = die Karte reicht über { $span } Schritte, ab ihrem Schritt folgen aber nur { $available }
table-problem-grid-no-phase = Spalte { $column } enthält Karten, aber in der Phasenzeile keinen Phasennamen
table-problem-grid-no-lane = die Tabellenzeile enthält Karten, aber in ihrer ersten Spalte keinen Namen für die Zeile der Map
table-problem-grid-emotion-text = Spalte { $column }: „{ $value }“ in einer Emotionszeile ist keine Zahl; eine Emotionszeile enthält Kurvenwerte, keine Karten
table-problem-grid-emotion-scale = die Emotionswerte passen auf keine übliche Skala (von { $min } bis { $max })
table-problem-in-sheet = Tabellenblatt „{ $sheet }“: { $message }
table-problem-no-curve-name = die Zeile nennt keine Kurve
table-problem-unknown-step = die Map hat keinen Schritt „{ $step }“ in der Phase „{ $phase }“
table-problem-value-not-a-number = der Wert „{ $value }“ ist keine Zahl
table-problem-value-outside-scale = der Wert { $value } liegt außerhalb der Emotionsskala ({ $min } bis { $max })
table-problem-point-twice = die Kurve „{ $curve }“ hat in diesem Schritt schon einen Wert
table-problem-unknown-persona = im Persona-Blatt gibt es keine Persona „{ $name }“
table-problem-no-persona-name = die Persona hat keinen Namen
table-problem-age-not-a-number = das Alter „{ $value }“ ist keine ganze Zahl
table-problem-bad-scale = die Emotionsskala ist nicht brauchbar (der kleinste Wert muss unter dem größten liegen, mit positiver Schrittweite); die Map behält −2 bis +2
table-problem-unknown-language = „{ $value }“ ist keine Sprache, in der dieser Editor Maps schreibt (en, de)
