untitled = Unbenannt
ok = OK

# Hinweise: ein Titel und, wo die Ursache allein nicht reicht, ein Text.
notice-open-failed = Die Map konnte nicht geöffnet werden
notice-save-failed = Die Map konnte nicht gespeichert werden
save-failed-body =
    { $error }.

    Es ist nichts verloren: Die Map ist mit allen Änderungen noch geöffnet, und die Datei auf dem Datenträger ist unverändert. Wählen Sie Datei → Speichern unter…, um sie an anderer Stelle zu speichern.
notice-no-backup = Gespeichert, aber ohne Sicherungskopie
no-backup-body = Die Map wurde in { $path } gespeichert, aber die vorige Fassung konnte nicht als { $backup } aufbewahrt werden: { $error }
notice-recent-failed = Die Liste der zuletzt geöffneten Dateien konnte nicht aktualisiert werden
notice-settings-failed = Die Einstellungen konnten nicht gespeichert werden
notice-startup-problem = Beim Start von Journeymap ist ein Problem aufgetreten
notice-discard-failed = Die wiederhergestellte Map konnte nicht verworfen werden
notice-adopt-failed = Die wiederhergestellte Map ist geöffnet, aber ihre Kopie konnte nicht übernommen werden
adopt-failed-body = { $path }: { $error }. Speichern Sie die Map bald: Bis dahin ginge sie bei einem Absturz verloren.
notice-export-failed = Das Bild konnte nicht exportiert werden
notice-copy-failed = Das Bild konnte nicht kopiert werden
notice-no-storage = Kein Ort für Einstellungen und Wiederherstellungskopien
no-storage-body = Journeymap hat keinen Benutzerordner gefunden und kann sich daher weder zuletzt geöffnete Dateien merken noch Wiederherstellungskopien anlegen. Maps speichern funktioniert wie gewohnt.
autosave-problem = ⚠ Wiederherstellungskopien können nicht geschrieben werden: { $problem }

# Die Meldung der Statusleiste zur letzten Aktion.
status-exported = Exportiert: { $path }
status-exported-slides = { $count } Folien exportiert: { $first } bis { $last }
status-copied-image = Map als Bild kopiert
status-copied-cards = { $count ->
        [one] { $count } Karte kopiert
       *[other] { $count } Karten kopiert
    }
status-undid = Rückgängig gemacht: { $step }
status-redid = Wiederholt: { $step }
status-undo-failed = Rückgängig nicht möglich: { $error }
status-redo-failed = Wiederholen nicht möglich: { $error }
status-edit-failed = „{ $step }“ nicht möglich: { $error }
