//! The interface languages and how the system's locale maps to one.

use serde::{Deserialize, Serialize};

/// A language the whole interface (and the templates) can speak.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// English, the fallback for every locale we do not speak.
    #[default]
    En,
    /// German (Germany, Austria, Switzerland: one translation serves all).
    De,
}

impl Lang {
    /// Every language, in the order the settings list them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    /// The ISO 639-1 code used on the command line and in file names.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    /// The language's own name, as a language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
        }
    }

    /// The language of a locale tag such as `de`, `de-AT`, `de_CH.UTF-8` or
    /// `en-US`; `None` for languages we do not speak and for `C`/`POSIX`.
    pub fn from_locale(tag: &str) -> Option<Lang> {
        let language = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.code() == language)
    }

    /// The system's interface language, English when it is one we do not speak.
    pub fn from_system() -> Lang {
        sys_locale::get_locales()
            .find_map(|tag| Lang::from_locale(&tag))
            .unwrap_or_default()
    }
}

impl std::str::FromStr for Lang {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(text.trim()))
            .ok_or_else(|| format!("unknown language '{text}' (use one of: en, de)"))
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn locale_tags_map_to_their_language() {
        assert_eq!(Lang::from_locale("de"), Some(Lang::De));
        assert_eq!(Lang::from_locale("de-AT"), Some(Lang::De));
        assert_eq!(Lang::from_locale("de_CH.UTF-8"), Some(Lang::De));
        assert_eq!(Lang::from_locale("en-US"), Some(Lang::En));
        assert_eq!(Lang::from_locale("fr-FR"), None);
        assert_eq!(Lang::from_locale("C"), None);
        assert_eq!(Lang::from_locale(""), None);
    }

    #[test]
    fn command_line_codes_parse() {
        assert_eq!("de".parse::<Lang>(), Ok(Lang::De));
        assert_eq!(" EN ".parse::<Lang>(), Ok(Lang::En));
        assert!("fr".parse::<Lang>().unwrap_err().contains("en, de"));
    }
}
