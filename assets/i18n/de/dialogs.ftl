save = Speichern
dont-save = Nicht speichern
cancel = Abbrechen

# Ungespeicherte Änderungen.
guard-new = Änderungen an „{ $name }“ speichern, bevor eine neue Map angelegt wird?
guard-open = Änderungen an „{ $name }“ speichern, bevor eine andere Map geöffnet wird?
guard-import = Änderungen an „{ $name }“ speichern, bevor eine neue Map importiert wird?
guard-restore = Änderungen an „{ $name }“ speichern, bevor die wiederhergestellte Map geöffnet wird?
guard-quit = Änderungen an „{ $name }“ vor dem Schließen speichern?
guard-lost = Wenn Sie nicht speichern, gehen Ihre Änderungen verloren.

# Eine Phase oder Zeile (beide feminin: „sie“) oder einen Schritt (maskulin: „er“) löschen.
confirm-delete-phase = Phase „{ $name }“ löschen?
confirm-delete-lane = Zeile „{ $name }“ löschen?
confirm-delete-step = Schritt „{ $name }“ der Phase „{ $phase }“ löschen?
confirm-cards-go = { $cards ->
        [0] Sie enthält keine Karten.
        [one] Ihre einzige Karte wird mit ihr gelöscht.
       *[other] Ihre { $cards } Karten werden mit ihr gelöscht.
    }
confirm-step-cards-go = { $cards ->
        [0] Er enthält keine Karten.
        [one] Seine einzige Karte wird mit ihm gelöscht.
       *[other] Seine { $cards } Karten werden mit ihm gelöscht.
    }
confirm-undo-hint = Mit { $shortcut } lässt sich das rückgängig machen.
delete-phase = Phase löschen
delete-step = Schritt löschen
delete-lane = Zeile löschen

# Eine Datei wählen.
replace-title = „{ $name }“ gibt es schon. Ersetzen?
replace-body = In { $folder } liegt schon eine Datei dieses Namens. Ersetzen überschreibt ihren Inhalt.
replace = Ersetzen
file-open-title = Journey Map öffnen
file-import-title = Mermaid-Journey oder Tabelle importieren
file-save-title = Journey Map speichern
file-export-title = Bild exportieren
filter-map = Journey Map
filter-import = Mermaid-Journeys und Tabellen
filter-png = PNG-Bild
filter-svg = SVG-Bild
open = Öffnen
export = Exportieren
prompt-no-chooser = Auf diesem System steht keine Dateiauswahl zur Verfügung (sie braucht das Desktop-Portal oder das Programm zenity). Geben Sie stattdessen den vollständigen Pfad der Datei ein:
prompt-path-label = Pfad der .{ $extension }-Datei
prompt-path-hint = /home/name/maps/journey.{ $extension }

# Wiederherstellung nach einem Absturz.
recovery-title = Ungespeicherte Maps wiederherstellen
recovery-intro = Journeymap wurde beim letzten Mal nicht normal beendet. Diese Maps hatten Änderungen, die nicht gespeichert waren:
restore = Wiederherstellen
discard = Verwerfen
keep-for-later = Für später behalten
recovery-never-saved = Nie gespeichert (unbenannt)
recovery-kept = Letzte Änderung gesichert { $age } · { $cards ->
        [one] { $cards } Karte
       *[other] { $cards } Karten
    }
recovery-unreadable = Eine Wiederherstellungskopie, die sich nicht lesen lässt
recovery-written = Geschrieben { $age }. Sie liegt unter { $path }
age-just-now = vor weniger als einer Minute ({ $date })
age-minutes = { $minutes ->
        [one] vor { $minutes } Minute
       *[other] vor { $minutes } Minuten
    } ({ $date })
age-hours = { $hours ->
        [one] vor { $hours } Stunde
       *[other] vor { $hours } Stunden
    } ({ $date })
age-yesterday = gestern ({ $date })
age-days = { $days ->
        [one] vor { $days } Tag
       *[other] vor { $days } Tagen
    } ({ $date })
utc-date-time = { $day }.{ $month }.{ $year } { $hour }:{ $minute } UTC
disk-changed-title = „{ $name }“ wurde von einem anderen Programm geändert
disk-changed-body = Die Datei auf der Festplatte ist nicht die Fassung, die Sie bearbeiten, und Sie haben ungespeicherte Änderungen. Welche Fassung möchten Sie behalten?
disk-reload = Neu laden (meine Änderungen verwerfen)
disk-keep-mine = Meine behalten
disk-save-copy = Meine als Kopie speichern…
save-conflict-title = Eine Fassung überschreiben, die Sie nicht gesehen haben?
save-conflict-body = „{ $name }“ wurde seit dem Öffnen oder Speichern auf der Festplatte geändert (von einem anderen Fenster oder Programm). Speichern ersetzt diese Fassung durch Ihre; sie bleibt bis zum nächsten Speichern in der .bak-Datei.
save-conflict-overwrite = Überschreiben
elsewhere-title = „{ $name }“ ist schon in einem anderen Journeymap-Fenster geöffnet
elsewhere-body = Bearbeiten Sie die Map dort, damit kein Fenster das andere überschreibt. Sie können sie hier auch ansehen, ohne sie zu ändern.
elsewhere-body-pid = Bearbeiten Sie die Map dort (Prozess { $pid }), damit kein Fenster das andere überschreibt. Sie können sie hier auch ansehen, ohne sie zu ändern.
elsewhere-bring-forward = Dieses Fenster nach vorn holen
elsewhere-view-only = Nur zum Ansehen öffnen
status-reloaded = „{ $name }“ neu geladen: ein anderes Programm hat die Datei geändert. Rückgängig holt zurück, was zu sehen war.
status-deleted = „{ $name }“ wurde von einem anderen Programm gelöscht oder verschoben. Die Map bleibt offen; speichern Sie sie, um sie zu behalten.
status-kept-mine = Ihre Fassung von „{ $name }“ bleibt. Beim Speichern werden Sie gefragt, bevor die andere Fassung ersetzt wird.
status-view-only = „{ $name }“ ist nur zum Ansehen geöffnet: die Map wird in einem anderen Fenster bearbeitet.
reload-failed-title = „{ $name }“ wurde geändert, lässt sich aber nicht lesen
copy-suffix = Kopie
