prefs-title = Preferences
prefs-language = Language
prefs-language-system = System language ({ $language })
prefs-language-hint = Menus, dialogs and new maps from templates use this language. Text you wrote in a map stays as it is.
