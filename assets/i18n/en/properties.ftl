# The Map properties dialog.
properties-heading = Map properties
properties-title = Title
properties-description = Description
properties-language = Map language
properties-language-interface = Interface language ({ $language })
properties-language-hint = Numbers, ages and quotation marks in the map, and the names of new phases, lanes and curves, follow this language, on screen and in exports.
properties-ok = OK
properties-cancel = Cancel
