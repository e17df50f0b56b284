# Der Dialog „Als Bild exportieren“.
export-dialog-heading = Als Bild exportieren
export-dialog-format = Format
export-dialog-size = Größe
export-dialog-size-scale = Skalierung
export-dialog-size-width = Breite
export-dialog-size-dpi = Druckauflösung
export-dialog-size-slide = An Folie anpassen
export-dialog-pixels-per-point = Pixel pro Punkt
export-dialog-width = Breite
export-dialog-resolution = Auflösung
export-dialog-unit-px = px
export-dialog-unit-dpi = dpi
export-dialog-slide-size = { $width } × { $height }
export-dialog-background = Hintergrund
export-dialog-background-white = Weiß
export-dialog-background-theme = Wie im Editor
export-dialog-background-transparent = Transparent (helle Folie)
export-dialog-background-dark = Dunkles Papier
export-dialog-background-transparent-dark = Transparent (dunkle Folie)
export-dialog-show = Anzeigen
export-dialog-show-title = Titel und Persona
export-dialog-show-legend = Legende
export-dialog-text = Text
export-dialog-text-as-paths = Als Umrisse: überall gleich, aber nicht markierbar
export-dialog-phases = Phasen
export-dialog-whole-map = Ganze Map
export-dialog-phase-from = Von
export-dialog-phase-to = bis
export-dialog-result = Ergebnis: { $width } × { $height } Pixel
export-dialog-too-big = { $width } × { $height } px sind mehr als die Grenze von { $limit } Megapixeln; bitte eine kleinere Größe wählen.
export-dialog-export = Exportieren…
export-dialog-cancel = Abbrechen

# Die Folienserie eines Folienexports, bevor sie geschrieben wird.
export-dialog-min-text = Kleinster Kartentext
export-dialog-min-text-hint = Wäre der Kartentext auf einer Folie kleiner, wird die Map auf mehrere Folien verteilt. Vorgabe ist 10 pt auf der Folie.
export-dialog-overview = Ganze Map auf einer ersten Folie
export-dialog-series-planning = Folien werden geplant …
export-dialog-series-count = { $count ->
        [one] Eine Folie
       *[other] { $count } Folien
    }
export-dialog-series-failed = Die Folien lassen sich nicht anzeigen: { $error }
export-dialog-slide-thumbnail = Folie { $number } von { $total }

# Während ein Export läuft.
export-dialog-exporting = { $file } wird exportiert …
export-dialog-stopped = der Export wurde unerwartet abgebrochen

# Warum ein Export scheiterte.
export-error-too-large = Das Bild hätte { $width } × { $height } Pixel ({ $megapixels } Megapixel), mehr als die Grenze von { $limit } Megapixeln; wählen Sie einen kleineren Maßstab oder eine kleinere Breite, oder exportieren Sie nur einen Teil der Phasen
export-error-bad-scale = Der Maßstab muss eine positive Zahl sein
export-error-unknown-format = { $path }: Der Dateiname muss auf .png oder .svg enden
export-error-write = { $path } kann nicht geschrieben werden: { $error }
export-error-encode = Das PNG konnte nicht kodiert werden: { $error }
