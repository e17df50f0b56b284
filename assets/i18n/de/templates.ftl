# Vorlagen: der Katalog hinter Datei → Neu aus Vorlage… und `journeymap templates`,
# die Namen und Leitfragen, mit denen eine neue Map beginnt, und der Dialog.

## Der Katalog: ein Titel und eine Zeile je Vorlage.
tpl-blank-title = Leere Map
tpl-blank-description = Drei nummerierte Phasen und die wichtigsten Zeilen: Sie benennen sie selbst.
tpl-digital-title = Digitale Customer Journey
tpl-digital-description = Fünf Phasen vom ersten Kontakt bis zum treuen Kunden: das Modell der meisten Online-Marketing-Teams.
tpl-ecommerce-title = E-Commerce-Journey
tpl-ecommerce-description = Der Kunde eines Onlineshops von der Bekanntheit bis zur Fürsprache, mit Kennzahlen als Funnel.
tpl-consulting-title = 5-Phasen-Modell (Beratung)
tpl-consulting-description = Von der Bedürfniserkennung bis zur Bewertung: für Dienstleistung und B2B, mit den Zielen des Kunden und Ihren.
tpl-kotler-title = Kaufentscheidungsprozess (Kotler)
tpl-kotler-description = Kotlers fünf Stufen einer Kaufentscheidung, von der Problemerkennung bis zum Verhalten nach dem Kauf.
tpl-buyers-title = Klassische Buyer’s Journey
tpl-buyers-description = Das lineare Drei-Phasen-Modell von 1978: Bewusstsein, Überlegung, Entscheidung.
tpl-example-laptop-title = Beispiel: Laptop-Kauf im Onlineshop
tpl-example-laptop-description = Eine vollständige Map mit Persona, Touchpoints, Kennzahlen und zwei Emotionskurven.
tpl-example-saas-title = Beispiel: Software-Test bis zum Abo
tpl-example-saas-description = Eine vollständige Map der Testphase eines Projektmanagement-Tools, mit Persona und Kennzahlen.
tpl-example-workshop-title = Beispiel: Workshop-Starter
tpl-example-workshop-description = Eine Buyer’s Journey mit ein, zwei Beispielkarten je Zeile, zum gemeinsamen Ausfüllen.

## Wie eine neue Map heißt, und ihre erste Emotionskurve.
tpl-untitled = Neue Customer Journey
tpl-new-map-title = Unbenannte Journey
tpl-blank-phase = Phase { $number }
tpl-curve-as-is = Ist-Zustand

## Zeilen.
tpl-lane-goals = Ziele
tpl-lane-needs = Bedürfnisse & Ziele
tpl-lane-customer-goals = Ziele des Kunden
tpl-lane-our-goals = Unsere Ziele
tpl-lane-touchpoints = Berührungspunkte
tpl-lane-actions = Handlungen
tpl-lane-thoughts = Gedanken & Gefühle
tpl-lane-emotion = Erlebniskurve
tpl-lane-pain-points = Schmerzpunkte
tpl-lane-opportunities = Chancen
tpl-lane-kpis = Kennzahlen
tpl-lane-next-interaction = Nächste Interaktion

## Digitale Customer Journey.
tpl-digital-awareness = Bewusstsein
tpl-digital-awareness-hint = Der Kunde bemerkt einen Bedarf und begegnet der Marke zum ersten Mal.
tpl-digital-interest = Interesse
tpl-digital-interest-hint = Er sucht Informationen und will mehr wissen.
tpl-digital-decision = Entscheidung
tpl-digital-decision-hint = Er vergleicht Angebote und wählt eines aus.
tpl-digital-action = Aktion
tpl-digital-action-hint = Der Kauf: bestellen, bezahlen, Lieferung.
tpl-digital-retention = Bindung
tpl-digital-retention-hint = Das Produkt im Einsatz; Kunde bleiben oder gehen.

## E-Commerce-Journey.
tpl-ecommerce-awareness = Bekanntheit
tpl-ecommerce-awareness-hint = Shop oder Produkt fallen dem Kunden auf.
tpl-ecommerce-consideration = Berücksichtigung
tpl-ecommerce-consideration-hint = Produkte, Preise und Shops werden verglichen.
tpl-ecommerce-purchase = Kauf
tpl-ecommerce-purchase-hint = Warenkorb, Checkout, Bezahlung und Lieferung.
tpl-ecommerce-retention = Bindung
tpl-ecommerce-retention-hint = Nach dem Kauf: Service, Retouren, Wiederkauf.
tpl-ecommerce-advocacy = Fürsprache
tpl-ecommerce-advocacy-hint = Zufriedene Kunden bewerten und empfehlen den Shop.

## 5-Phasen-Modell (Beratung).
tpl-consulting-need = Bedürfniserkennung
tpl-consulting-need-hint = Der Kunde erkennt, dass er Unterstützung von außen braucht.
tpl-consulting-information = Informationsphase
tpl-consulting-information-hint = Er sucht Anbieter, Referenzen und Meinungen.
tpl-consulting-decision = Entscheidungsphase
tpl-consulting-decision-hint = Angebote, Verhandlung und der unterschriebene Vertrag.
tpl-consulting-retention = Kundenbindungsphase
tpl-consulting-retention-hint = Die Zusammenarbeit; Folgeprojekte.
tpl-consulting-review = Bewertungsphase
tpl-consulting-review-hint = Der Kunde beurteilt das Ergebnis und erzählt anderen davon.

## Kaufentscheidungsprozess (Kotler).
tpl-kotler-problem = Problemerkennung
tpl-kotler-problem-hint = Eine Lücke zwischen Ist und Soll stößt den Prozess an.
tpl-kotler-search = Informationssuche
tpl-kotler-search-hint = Innere und äußere Quellen: Erfahrung, Freunde, Web, Händler.
tpl-kotler-evaluation = Bewertung der Alternativen
tpl-kotler-evaluation-hint = Die Möglichkeiten werden an den Kriterien des Käufers gemessen.
tpl-kotler-decision = Kaufentscheidung
tpl-kotler-decision-hint = Welche Marke, wo, wann, wie bezahlt wird.
tpl-kotler-post = Verhalten nach dem Kauf
tpl-kotler-post-hint = Zufriedenheit oder Zweifel; Nutzung, Wiederkauf, Mundpropaganda.

## Klassische Buyer’s Journey.
tpl-buyers-awareness = Bewusstsein
tpl-buyers-awareness-hint = Der Käufer bemerkt ein Problem oder einen Bedarf.
tpl-buyers-consideration = Überlegung
tpl-buyers-consideration-hint = Er sucht Lösungen und vergleicht sie.
tpl-buyers-decision = Entscheidung
tpl-buyers-decision-hint = Er wählt eine Lösung und kauft.

## Sprachen, in denen der Inhalt einer Vorlage sein kann.
tpl-lang-en = Englisch
tpl-lang-de = Deutsch
tpl-content-in = Inhalt auf { $language }

## Der Dialog.
tpl-dialog-title = Neu aus Vorlage
tpl-dialog-intro = Beginnen Sie mit einer leeren Map, einem bewährten Phasenmodell oder einem vollständigen Beispiel.
tpl-dialog-language = Sprache der neuen Map
tpl-dialog-models = Phasenmodelle
tpl-dialog-examples = Beispiele
tpl-dialog-examples-note = Beispiele behalten die Sprache, in der sie geschrieben sind.
tpl-dialog-phases = { $count ->
    [one] 1 Phase
   *[other] { $count } Phasen
}
tpl-dialog-preview-loading = Vorschau wird gezeichnet…
tpl-dialog-preview-failed = Keine Vorschau: { $reason }
tpl-dialog-create = Erstellen
tpl-dialog-cancel = Abbrechen
