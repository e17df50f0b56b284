# Datei → Importieren… und das Einfügen einer Mermaid-Journey.
import-dialog-title = „{ $file }“ importieren
import-sheet = Tabellenblatt
import-layout = Aufbau
import-layout-table = Eine Tabellenzeile pro Karte
import-layout-grid = Als Map angelegt (Phasen nebeneinander, Zeilen untereinander)
import-columns = Was jede Spalte enthält
import-column = Spalte { $column }: { $header }
import-summary = Neue Map: { $phases } Phasen · { $steps } Schritte · { $lanes } Zeilen · { $cards } Karten
import-first-cards = Erste Karten
import-head-row = Tabellenzeile
import-head-place = Phase › Schritt
import-head-lane = Zeile
import-head-title = Karte
import-problems = { $count ->
        [one] Eine Tabellenzeile ist nicht verwendbar:
       *[other] { $count } Tabellenzeilen sind nicht verwendbar:
    }
import-problem = Tabellenzeile { $row }: { $message }
import-confirm = Importieren
import-confirm-skipping = { $count ->
        [one] Importieren und eine Tabellenzeile auslassen
       *[other] Importieren und { $count } Tabellenzeilen auslassen
    }
import-cancel = Abbrechen
import-nothing = Es gibt keine Karte zu importieren. Wählen Sie, was jede Spalte enthält, oder einen anderen Aufbau.
import-failed-title = „{ $file }“ lässt sich nicht importieren
import-unknown-kind = Importiert werden Mermaid-Journeys (.mmd) und Tabellen (.csv, .xlsx, .ods). Speichern Sie die Datei in einem dieser Formate und importieren Sie sie erneut.
import-too-large = Die Datei hat { $size } Bytes, mehr als die { $limit }, die ein Import liest. Teilen Sie sie in kleinere Dateien auf.
import-unreadable = Die Datei lässt sich nicht lesen: { $error }
import-not-utf8 = Zeile { $line }, Spalte { $column }: Die Datei ist kein UTF-8-Text. Speichern Sie sie als UTF-8 und importieren Sie sie erneut.
import-at = Zeile { $line }, Spalte { $column }: { $message }
import-warnings-title = Importiert, mit Hinweisen
import-prompt-label = Pfad der Mermaid-Journey (.mmd) oder der Tabelle (.csv, .xlsx, .ods)
import-status-imported = „{ $file }“ ist als neue Map importiert. Speichern Sie sie, um sie zu behalten.
import-status-pasted = Die eingefügte Mermaid-Journey ist eine neue Map. Speichern Sie sie, um sie zu behalten.
import-pasted-name = eingefügter Text
