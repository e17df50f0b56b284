//! Where a word may be hyphenated, by the Knuth–Liang patterns of its language.

use std::sync::OnceLock;

use hyphenation::{Hyphenator, Language, Load, Standard};

use crate::i18n::Lang;

/// The patterns of `lang`, loaded once per process (a few milliseconds).
fn dictionary(lang: Lang) -> Option<&'static Standard> {
    static GERMAN: OnceLock<Option<Standard>> = OnceLock::new();
    static ENGLISH: OnceLock<Option<Standard>> = OnceLock::new();
    let (cell, language) = match lang {
        Lang::De => (&GERMAN, Language::German1996),
        Lang::En => (&ENGLISH, Language::EnglishUS),
    };
    cell.get_or_init(|| Standard::from_embedded(language).ok())
        .as_ref()
}

/// Byte offsets inside `word` after which it may be broken with a hyphen,
/// ascending. Only the letters are looked up: a leading quote or a trailing
/// full stop neither hides a break nor gets one.
pub fn syllable_breaks(word: &str, lang: Lang) -> Vec<usize> {
    let Some(dictionary) = dictionary(lang) else {
        return Vec::new();
    };
    let start = word.find(char::is_alphabetic);
    let end = word
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_alphabetic())
        .map(|(i, c)| i + c.len_utf8());
    let (Some(start), Some(end)) = (start, end) else {
        return Vec::new();
    };
    let letters = &word[start..end];
    // Words with digits or inner punctuation are codes and names, not words.
    if !letters.chars().all(char::is_alphabetic) {
        return Vec::new();
    }
    dictionary
        .hyphenate(letters)
        .breaks
        .into_iter()
        .map(|offset| start + offset)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(word: &str, lang: Lang) -> String {
        let mut out = String::new();
        let mut last = 0;
        for at in syllable_breaks(word, lang) {
            out.push_str(&word[last..at]);
            out.push('-');
            last = at;
        }
        out.push_str(&word[last..]);
        out
    }

    #[test]
    fn german_compounds_break_between_syllables() {
        let parts = split("Kundenbindungsmaßnahmen", Lang::De);
        assert!(parts.contains("Kun-den"), "{parts}");
        assert!(parts.contains("maß-nah-men"), "{parts}");
        // Capitals and umlauts keep their offsets.
        assert_eq!(parts.replace('-', ""), "Kundenbindungsmaßnahmen");
    }

    #[test]
    fn english_words_break_between_syllables_and_punctuation_stays() {
        let parts = split("“Implementation.", Lang::En);
        assert_eq!(parts.replace('-', ""), "“Implementation.");
        assert!(parts.starts_with("“Im-ple-men-ta"), "{parts}");
        assert!(parts.ends_with("tion."), "{parts}");
    }

    #[test]
    fn codes_and_numbers_are_not_hyphenated() {
        assert!(syllable_breaks("ABC123def", Lang::En).is_empty());
        assert!(syllable_breaks("12345", Lang::De).is_empty());
        assert!(syllable_breaks("", Lang::De).is_empty());
    }
}
