# Zeilenarten: die Liste „Art“ im Inspektor und die Namen neuer Zeilen.
lane-kind-touchpoints = Berührungspunkte
lane-kind-actions = Handlungen
lane-kind-thoughts = Gedanken & Gefühle
lane-kind-goals = Ziele
lane-kind-pain-points = Schmerzpunkte
lane-kind-opportunities = Chancen
lane-kind-kpis = Kennzahlen
lane-kind-text = Freitext
lane-kind-emotion = Emotionen

# Kanäle der Touchpoints, neben ihrem Symbol auf Karten und im Inspektor.
channel-website = Website
channel-email = E-Mail
channel-newsletter = Newsletter
channel-social-media = Soziale Netzwerke
channel-search-engine = Suchmaschine
channel-ads = Werbeanzeigen
channel-phone = Telefon / Hotline
channel-store = Ladengeschäft
channel-trade-fair = Messe
channel-chat = Chat / Chatbot
channel-app = App
channel-letter = Brief
channel-word-of-mouth = Mundpropaganda
channel-review-site = Bewertungsportal
channel-blog = Blog
channel-other = Sonstiges

# Medientypen: das kurze Etikett auf der Karte und der volle Name im Inspektor.
# Im deutschen Marketing sind die englischen Begriffe üblich (PESO-Modell).
media-paid = Paid
media-owned = Owned
media-earned = Earned
media-paid-name = Paid Media
media-owned-name = Owned Media
media-earned-name = Earned Media

# Kartenfarben.
color-yellow = Gelb
color-orange = Orange
color-red = Rot
color-pink = Rosa
color-purple = Lila
color-blue = Blau
color-teal = Türkis
color-green = Grün
color-grey = Grau

# Wie gut eine Karte durch Daten belegt ist.
evidence-assumption = Annahme
evidence-partly-backed = Teilweise durch Daten belegt
evidence-research-backed = Durch Forschung belegt

# Die Markierung eines entscheidenden Emotionspunkts, auf der Map und in ihrer Legende.
moment-of-truth = Moment der Wahrheit

# Namen neu eingefügter Elemente (die der Nutzer umbenennt).
new-phase-name = Neue Phase
new-step-name = Schritt { $number }
new-lane-name = Neue Zeile
new-curve-name = Kurve { $number }

# Warum eine Emotionsskala nicht gewählt werden kann; folgt auf „Unbrauchbare Skala:“ oder „„Skala ändern“ nicht möglich:“.
scale-not-a-number = Minimum, Maximum und Schrittweite müssen Zahlen sein
scale-min-not-below-max = das Minimum muss unter dem Maximum liegen
scale-step-not-positive = die Schrittweite muss größer als 0 sein
scale-step-not-whole-or-half = die Schrittweite muss eine ganze Zahl oder ein Halbes sein (etwa 1 oder 0,5)
scale-bounds-off-step = Minimum und Maximum müssen Vielfache der Schrittweite sein
scale-too-many-steps = eine Skala hat höchstens { $steps } Schritte vom Minimum zum Maximum

# Die Überschriften der Legende der Karte, jeweils gefolgt von den Symbolen, die sie erklärt.
legend-evidence = Evidenz
legend-media = Medien
legend-channels = Kanäle
legend-emotion = Emotionsskala
legend-curves = Kurven

# Wo eine Folie einer Serie in der Karte steht, unter ihrem Titel.
slide-phase = Phase { $number } von { $total }
slide-phases = Phasen { $first }–{ $last } von { $total }
slide-lane = Zeile { $number } von { $total }
slide-lanes = Zeilen { $first }–{ $last } von { $total }
