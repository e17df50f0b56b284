prefs-title = Einstellungen
prefs-language = Sprache
prefs-language-system = Systemsprache ({ $language })
prefs-language-hint = Menüs, Dialoge und neue Maps aus Vorlagen verwenden diese Sprache. Text, den Sie in einer Map geschrieben haben, bleibt, wie er ist.
