# Die Datei lesen.
load-io = { $path }: Die Datei kann nicht gelesen werden: { $error }
load-not-a-file = { $path }: Das ist keine normale Datei (ein Ordner, eine Pipe oder ein Gerät?); wählen Sie eine .ron-Map-Datei
load-too-large = { $path }: Die Datei ist { $size } MB groß, mehr als die { $limit } MB, die eine Journey Map haben kann; ist es die richtige Datei?
load-newer-version = Die Datei hat Formatversion { $found }, dieses Journeymap liest bis Version { $supported }; bitte aktualisieren Sie Journeymap, um sie zu öffnen
load-empty = Die Datei ist leer; eine Journeymap-Datei beginnt mit `(version: 2,`
load-version-zero = Version 0 gibt es nicht; die erste Version ist 1
load-utf16 = Die Datei ist UTF-16-Text; speichern Sie sie als UTF-8 (in den meisten Editoren: Speichern unter, Kodierung UTF-8)
load-not-utf8 = Die Datei ist kein UTF-8-Text (Byte { $byte } hier): Wenn es eine Map ist, speichern Sie sie im Editor als UTF-8; sonst wählen Sie die .ron-Datei der Map

# Der Text der Datei (RON-Syntax).
load-eof = Die Datei endet zu früh: Sie wirkt abgeschnitten (eine schließende Klammer fehlt)
load-too-deep = Die Datei verschachtelt Klammern zu tief für eine Journey Map
load-unknown-field = Unbekanntes Feld `{ $found }`; erwartet wird eines von { $expected }
load-missing-field = { $part ->
        [card] Eine Karte
        [phase] Eine Phase
        [step] Ein Schritt
        [lane] Eine Zeile
        [persona] Eine Persona
        [curve] Eine Emotionskurve
        [point] Ein Punkt einer Emotionskurve
        [scale] Die Emotionsskala
        [touchpoint] Ein Touchpoint
        [kpi] Eine Kennzahl
        [map] Die Map
       *[other] Dieser Teil der Datei
    } braucht ein Feld `{ $field }`; `{ $field }` fehlt in der `(…)`, die hier schließt
load-duplicate-field = Das Feld `{ $field }` steht zweimal da
load-unknown-value = Unbekannter Wert `{ $found }`; erwartet wird einer von { $expected }
load-trailing = Unerwarteter Text nach dem Ende des Dokuments (die äußere `(…)` ist schon geschlossen)
load-expected-list = Hier wird eine Liste `[…]` erwartet
load-expected-list-end = Hier wird `,` oder die schließende `]` der Liste erwartet
load-expected-struct-end = Hier wird `,` oder eine schließende `)` erwartet
load-expected-map-end = Hier wird `,` oder eine schließende `{"}"}` erwartet
load-expected-colon = Hier wird `:` erwartet
load-expected-bool = Hier wird `true` oder `false` erwartet
load-expected-comma = Davor fehlt ein Komma `,`: Felder und Listeneinträge werden durch Kommas getrennt
load-expected-float = Hier wird eine Zahl erwartet, z. B. `1.5`
load-expected-integer = Hier wird eine ganze Zahl erwartet, z. B. `12`
load-integer-range = Diese ganze Zahl liegt außerhalb des Bereichs: Sie muss 0 oder größer sein und höchstens 20 Stellen haben
load-expected-option = Hier wird `Some(…)` oder `None` erwartet
load-expected-string = Hier wird Text in doppelten Anführungszeichen erwartet, z. B. `"Awareness"`
load-string-end = Dieser Text endet nie: Ein schließendes `"` fehlt, oder die Datei ist abgeschnitten
load-expected-name = Hier wird ein Name erwartet: ein Feldname oder ein Wert wie `Touchpoints`
load-expected-struct = Hier wird `(` erwartet: Eine Journeymap-Datei ist eine RON-Struktur `(version: 2, …)`
load-unclosed-comment = Ein mit `/*` geöffneter Kommentar wird nie mit `*/` geschlossen
load-unexpected-char = Unerwartetes Zeichen `{ $char }` hier
load-invalid-escape = Ungültige Escape-Sequenz im Text ({ $detail }); schreiben Sie einen Backslash als `\\`
load-wrong-type = Hier wird { $expected } erwartet, gefunden wurde { $found }

# Felder, die mit Formatversion 2 in die Schritte gewandert sind, nach der anderen Version geschrieben.
load-card-phase-v2 = Seit Formatversion 2 nennt eine Karte den Schritt, in dem sie liegt, nicht die Phase: Schreiben Sie `step: …` mit der ID eines Schritts aus `steps` der Phase
load-point-phase-v2 = Seit Formatversion 2 nennt ein Emotionswert den Schritt, in dem er liegt, nicht die Phase: Schreiben Sie `step: …` mit der ID eines Schritts aus `steps` der Phase
load-phase-width-v2 = Seit Formatversion 2 hat eine Phase keine `width` mehr: Jeder Schritt hat seine eigene, verschieben Sie `width: …` also in die `steps` der Phase
load-phase-steps-v2 = Seit Formatversion 2 braucht eine Phase ein Feld `steps`, z. B. `steps: [(id: 15)]` mit einer ID, die sonst nichts hat; `steps` fehlt in der `(…)`, die hier schließt
load-new-in-v2 = `{ $field }` gibt es erst seit Formatversion 2, diese Datei hat aber `version: 1`; aktualisieren Sie sie zuerst (mit `journeymap fmt` oder durch Öffnen und Speichern in Journeymap) und ergänzen Sie es dann

# Regeln des Dokuments.
invalid-phase-width = Phase „{ $phase }“ hat die Breite { $width }; eine Breite muss eine positive Zahl sein
invalid-lane-height = Zeile „{ $lane }“ hat min_height { $height }; erlaubt sind 0 bis { $max }
invalid-duplicate-id = Doppelte ID { $id }: schon vergeben an { $kind ->
        [persona] eine Persona
        [phase] eine Phase
        [step] einen Schritt
        [lane] eine Zeile
        [card] eine Karte
       *[curve] eine Emotionskurve
    }; jede ID muss eindeutig sein
invalid-scale = Die Emotionsskala { $min }…{ $max } mit Schritt { $step } ist unbrauchbar: Das Minimum muss unter dem Maximum liegen, der Schritt positiv sein, und es sind höchstens { $steps } Schritte erlaubt
invalid-primary-persona = primary_persona verweist auf Persona { $id }, die es nicht gibt
invalid-curve-persona = Emotionskurve „{ $curve }“ verweist auf Persona { $id }, die es nicht gibt
invalid-card-lane = Karte „{ $card }“ liegt in Zeile { $lane }, die es nicht gibt
invalid-card-in-emotion-lane = Karte „{ $card }“ liegt in Zeile „{ $lane }“, einer Emotionszeile, die Kurven enthält, keine Karten
invalid-card-phase = Karte „{ $card }“ liegt in Phase { $phase }, die es nicht gibt
invalid-card-span = { $span ->
        [0] Karte „{ $card }“ hat die Spanne 0; eine Karte reicht über mindestens eine Phase
       *[other] Karte „{ $card }“ reicht über { $span } Phasen, { $available ->
            [one] beginnt aber in der letzten Phase; erlaubt ist also nur 1
           *[other] von ihrer Phase bis zum Ende der Map sind es aber nur { $available }; erlaubt sind also 1 bis { $available }
        }
    }
invalid-kpi = Karte „{ $card }“ hat einen Kennzahlwert, der keine endliche Zahl ist
invalid-point-phase = Ein Punkt der Emotionskurve „{ $curve }“ liegt in Phase { $phase }, die es nicht gibt
invalid-point-twice = Emotionskurve „{ $curve }“ hat zwei Punkte in Phase { $phase }; eine Kurve hat höchstens einen Wert pro Phase
invalid-step-width = Schritt „{ $step }“ der Phase „{ $phase }“ hat die Breite { $width }; eine Breite muss eine positive Zahl sein
invalid-step-width-unnamed = Schritt { $number } der Phase „{ $phase }“ hat die Breite { $width }; eine Breite muss eine positive Zahl sein
invalid-phase-no-steps = Phase „{ $phase }“ hat keine Schritte; jede Phase braucht mindestens einen (schreiben Sie `steps: [(id: …)]`)
invalid-card-step = Karte „{ $card }“ liegt in Schritt { $step }, den keine Phase enthält
invalid-card-span-steps = { $span ->
        [0] Karte „{ $card }“ hat die Spanne 0; eine Karte reicht über mindestens einen Schritt
       *[other] Karte „{ $card }“ reicht über { $span } Schritte, { $available ->
            [one] beginnt aber im letzten Schritt der Map; erlaubt ist also nur 1
           *[other] von ihrem Schritt bis zum Ende der Map sind es aber nur { $available }; erlaubt sind also 1 bis { $available }
        }
    }
invalid-card-actor = Karte „{ $card }“ nennt Persona { $id } als Akteur, die es nicht gibt
invalid-card-actor-empty = Karte „{ $card }“ nennt einen Akteur mit leerem Namen; schreiben Sie in `Name("…")`, wer handelt, oder entfernen Sie ihn
invalid-point-step = Ein Punkt der Emotionskurve „{ $curve }“ liegt in Schritt { $step }, den keine Phase enthält
invalid-point-twice-step = Emotionskurve „{ $curve }“ hat zwei Punkte in Schritt { $step }; eine Kurve hat höchstens einen Wert pro Schritt
invalid-point-value = Emotionswert { $value } der Kurve „{ $curve }“ liegt außerhalb der Skala { $min }…{ $max }
