# Speichern.
save-failed = { $path }: Speichern nicht möglich ({ $step }): { $reason }. { $advice }
save-step-create = Anlegen einer Datei im Ordner fehlgeschlagen
save-step-write = Schreiben fehlgeschlagen
save-step-sync = Übertragen auf die Festplatte fehlgeschlagen
save-step-replace = Ersetzen der alten Datei fehlgeschlagen
advice-disk-full = Der Datenträger ist voll: Schaffen Sie Platz oder speichern Sie auf einem anderen Datenträger
advice-read-only = Der Ordner ist schreibgeschützt: Speichern Sie in einem Ordner, in den Sie schreiben dürfen
advice-file-read-only = Die Datei ist schreibgeschützt: Heben Sie den Schreibschutz in ihren Eigenschaften auf oder speichern Sie unter einem anderen Namen
advice-no-folder = Den Ordner gibt es nicht (mehr): Speichern Sie in einem vorhandenen Ordner
advice-is-folder = Ein Ordner trägt diesen Namen: Wählen Sie einen anderen Dateinamen
advice-try-again = Versuchen Sie es noch einmal oder speichern Sie in einem anderen Ordner

# Einstellungen.
settings-unreadable =
    Ihre Einstellungen ließen sich nicht lesen, daher startet Journeymap mit den Standardeinstellungen (die Liste der zuletzt geöffneten Dateien ist leer).

    { $path }: { $reason }
settings-unreadable-kept =
    Ihre Einstellungen ließen sich nicht lesen, daher startet Journeymap mit den Standardeinstellungen (die Liste der zuletzt geöffneten Dateien ist leer).

    { $path }: { $reason }

    Die alte Datei wurde als { $kept } aufbewahrt.
settings-not-utf8 = sie ist kein UTF-8-Text

# Wiederherstellungskopien.
recovery-unavailable =
    Journeymap kann in { $folder } keine Wiederherstellungskopien anlegen: { $reason }.

    Gespeicherte Maps sind sicher, aber ungespeicherte Änderungen gingen bei einem Absturz verloren.
recovery-not-available = Wiederherstellungskopien sind nicht verfügbar
recovery-cannot-remove = { $path }: Entfernen nicht möglich: { $reason }

# Eine Karte, ein Fenster.
map-open-elsewhere = { $path } ist bereits in einem anderen Journeymap-Fenster geöffnet. Wechseln Sie zu diesem Fenster, um die Karte zu bearbeiten.
map-open-elsewhere-pid = { $path } ist bereits in einem anderen Journeymap-Fenster geöffnet (Prozess { $pid }). Wechseln Sie zu diesem Fenster, um die Karte zu bearbeiten.
map-lock-failed = { $path }: Es lässt sich nicht prüfen, ob die Karte in einem anderen Fenster geöffnet ist: { $reason }
