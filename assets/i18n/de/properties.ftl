# Der Dialog „Eigenschaften der Map“.
properties-heading = Eigenschaften der Map
properties-title = Titel
properties-description = Beschreibung
properties-language = Sprache der Map
properties-language-interface = Sprache der Oberfläche ({ $language })
properties-language-hint = Zahlen, Altersangaben und Anführungszeichen in der Map und die Namen neuer Phasen, Zeilen und Kurven folgen dieser Sprache, am Bildschirm und in Exporten.
properties-ok = OK
properties-cancel = Abbrechen
