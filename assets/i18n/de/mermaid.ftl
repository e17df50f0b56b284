# Import und Export von Mermaid-Journey-Diagrammen.
mermaid-format = Mermaid-Journey-Diagramm

# Namen, die der Import vergibt, wo Mermaid keine hat (in der Sprache der Map).
mermaid-first-phase = Reise
mermaid-default-curve = Reise
mermaid-phase-placeholder = Phase { $number }
mermaid-step-placeholder = Schritt { $number }
mermaid-curve-placeholder = Kurve { $number }

# Probleme, die einen Import verhindern.
mermaid-too-large = Der Text hat { $size } Bytes, mehr als die { $limit }, die ein Mermaid-Import liest; ist es der richtige Text?
mermaid-empty = Der Text ist leer; eine Mermaid-Journey beginnt mit der Zeile `journey`
mermaid-no-header = Das ist keine Mermaid-Journey: Die erste Zeile lautet „{ $found }“, erwartet wird `journey`
mermaid-header-case = Mermaid erkennt eine Journey nur an `journey` in Kleinbuchstaben, nicht an „{ $found }“
mermaid-front-matter-open = Der hier mit `---` begonnene Front-Matter-Block wird nie geschlossen; beenden Sie ihn mit einer Zeile `---`
mermaid-directive-open = Die hier mit `%%{"{"}` begonnene Direktive wird nie mit `{"}"}%%` geschlossen
mermaid-acc-descr-open = Das `accDescr {"{"}` hier wird nie mit `{"}"}` geschlossen
mermaid-header-in-body = Mermaid liest `journey` am Zeilenanfang als erste Zeile des Diagramms, daher kann keine Aufgabe und kein Abschnitt damit beginnen; benennen Sie die Aufgabe um
mermaid-no-score = Die Aufgabe „{ $task }“ hat keine Bewertung: Schreiben Sie `{ $task }: 3`, die Akteure nach einem zweiten Doppelpunkt
mermaid-no-score-hash = Die Aufgabe „{ $task }“ hat keine Bewertung: Mermaid liest `#` als Beginn eines Kommentars und überspringt den Rest der Zeile; schreiben Sie den Namen ohne `#`
mermaid-unknown-keyword = „{ $word }“ ist kein Wort, das Mermaid-Journeys kennen; meinten Sie `{ $keyword }`?
mermaid-no-task-name = Diese Aufgabe hat vor ihrem Doppelpunkt keinen Namen
mermaid-score-missing = Die Aufgabe „{ $task }“ hat nach ihrem Doppelpunkt keine Bewertung; schreiben Sie eine ganze Zahl von 0 bis 5
mermaid-score-not-number = Die Bewertung von „{ $task }“ ist „{ $score }“, keine Zahl; schreiben Sie eine ganze Zahl von 0 bis 5
mermaid-colon-in-name = Die Bewertung von „{ $task }“ ist „{ $score }“, keine Zahl: Der Doppelpunkt in „{ $name }“ gehört wohl zum Namen der Aufgabe, aber Mermaid beendet einen Namen am ersten Doppelpunkt; schreiben Sie den Namen ohne
mermaid-more-problems = { $count ->
        [one] … und ein weiteres Problem
       *[other] … und { $count } weitere Probleme
    }

# Probleme, die der Import umgeht.
mermaid-score-out-of-range = Die Bewertung { $score } liegt außerhalb von Mermaids 0 bis 5; sie wurde als { $value } übernommen
mermaid-score-not-whole = Die Bewertung { $score } ist keine ganze Zahl; sie wurde auf { $value } gerundet
mermaid-extra-colon = Mermaid liest eine Bewertung und eine Liste von Akteuren; der Text ab diesem Doppelpunkt wurde nicht übernommen
mermaid-section-colon = Ein Abschnittsname kann in Mermaid keinen Doppelpunkt enthalten; er wurde als „{ $section }“ übernommen
mermaid-section-no-name = Dieser Abschnitt hat keinen Namen; er wurde durchnummeriert
mermaid-hash-comment = Mermaid liest `#` als Beginn eines Kommentars; „{ $comment }“ wurde nicht übernommen
mermaid-semicolon = Mermaid erlaubt hier kein `;`; es wurde als Komma übernommen
mermaid-keyword-with-colon = Mermaid schreibt `{ $keyword }` ohne Doppelpunkt; die Zeile wurde als `{ $keyword }`-Zeile übernommen
mermaid-header-repeated = Die Zeile `journey` steht hier noch einmal; sie wurde übergangen
mermaid-actor-is-default = Der Akteur „{ $actor }“ heißt wie die Kurve für Aufgaben ohne Akteure; seine Bewertungen gingen in diese Kurve

# Was ein Export weglässt: je eine Wendung, unter einer Überschrift aufgezählt.
mermaid-left-cards-outside = { $count ->
        [one] eine Karte
       *[other] { $count } Karten
    } außerhalb der ersten Handlungszeile
mermaid-left-cards-stacked = { $count ->
        [one] eine weitere Karte
       *[other] { $count } weitere Karten
    } in einem Schritt der Handlungszeile (nur die erste Karte eines Schritts wird geschrieben)
mermaid-left-card-titles = Titel von { $count ->
        [one] einer Karte
       *[other] { $count } Karten
    }, deren Schritt einen eigenen Namen hat
mermaid-left-notes = Notizen von { $count ->
        [one] einer Karte
       *[other] { $count } Karten
    }
mermaid-left-spans = die Breite von { $count ->
        [one] einer Karte
       *[other] { $count } Karten
    } über mehrere Schritte (jede steht in ihrem ersten Schritt)
mermaid-left-card-actors = { $count ->
        [one] ein Akteur
       *[other] { $count } Akteure
    } auf Karten ohne Emotionswert in ihrem Schritt
mermaid-left-card-colors = Kartenfarben
mermaid-left-evidence = Evidenzstufen
mermaid-left-touchpoints = Touchpoints (Kanäle und Medientypen)
mermaid-left-kpis = Kennzahlenwerte
mermaid-left-personas = { $count ->
        [one] eine Persona
       *[other] { $count } Personas
    }
mermaid-left-lanes = { $count ->
        [one] eine Zeile
       *[other] { $count } Zeilen
    } außer Handlungen und Emotionen
mermaid-left-phase-descriptions = Beschreibungen von { $count ->
        [one] einer Phase
       *[other] { $count } Phasen
    }
mermaid-left-step-descriptions = Beschreibungen von { $count ->
        [one] einem Schritt
       *[other] { $count } Schritten
    }
mermaid-left-point-labels = Beschriftungen von { $count ->
        [one] einem Emotionswert
       *[other] { $count } Emotionswerten
    }
mermaid-left-moments = { $count ->
        [one] ein Moment der Wahrheit
       *[other] { $count } Momente der Wahrheit
    }
mermaid-left-scale = die Emotionsskala von { $min } bis { $max } (die Werte wurden auf Mermaids 0 bis 5 übertragen)
mermaid-left-rounded = { $count ->
        [one] ein Wert
       *[other] { $count } Werte
    } zwischen ganzen Zahlen, gerundet
mermaid-left-no-value = { $count ->
        [one] ein Schritt
       *[other] { $count } Schritte
    } ohne Emotionswert, mit der mittleren Bewertung { $score } geschrieben
mermaid-left-unnamed-phases = { $count ->
        [one] eine Phase
       *[other] { $count } Phasen
    } ohne Namen, durchnummeriert geschrieben
mermaid-left-unnamed-steps = { $count ->
        [one] ein Schritt
       *[other] { $count } Schritte
    } ohne Namen und Karte, durchnummeriert geschrieben
mermaid-left-renamed-curves = { $count ->
        [one] eine Kurve
       *[other] { $count } Kurven
    } umbenannt, weil der Name leer oder schon vergeben war
mermaid-left-characters = { $count ->
        [one] ein Name
       *[other] { $count } Namen
    } mit Zeichen, die Mermaid dort nicht erlaubt (: # ; , oder ein Zeilenumbruch), mit ähnlich aussehenden Zeichen geschrieben
mermaid-left-keywords = { $count ->
        [one] ein Name
       *[other] { $count } Namen
    }, die Mermaid als Schlüsselwort oder Kommentar lesen würde, mit einem unsichtbaren Leerzeichen nach dem ersten Buchstaben geschrieben
