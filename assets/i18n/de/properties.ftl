# Der Dialog „Eigenschaften der Map“.
properties-heading = Eigenschaften der Map
properties-title = Titel
properties-description = Beschreibung
properties-ok = OK
properties-cancel = Abbrechen
