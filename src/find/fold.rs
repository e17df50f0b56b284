//! The form of a text that search compares: lower case, without accents.

/// `text` in the form search compares: Unicode lower case, Latin letters
/// without their diacritics (`é` → `e`), and the ligatures and `ß` written
/// out (`ß` → `ss`, `æ` → `ae`, `œ` → `oe`). Both the query and the searched
/// text are folded, so "kunden" finds "Kunden", "muller" finds "Müller" and
/// "gross" finds "groß".
///
/// Combining accents (U+0300–U+036F) are dropped too: text pasted from a
/// decomposed source (macOS file names, some PDFs) writes `ü` as `u` plus a
/// combining diaeresis, and must fold to the same `u`.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for lower in text.chars().flat_map(char::to_lowercase) {
        match fold_char(lower) {
            Folded::Keep => folded.push(lower),
            Folded::Drop => {}
            Folded::One(base) => folded.push(base),
            Folded::Two(first, second) => {
                folded.push(first);
                folded.push(second);
            }
        }
    }
    folded
}

/// What becomes of one lower-case character.
enum Folded {
    Keep,
    Drop,
    One(char),
    Two(char, char),
}

/// The base letter of a lower-case Latin letter with a diacritic. A table
/// rather than Unicode decomposition: it covers the letters of the European
/// languages journey maps are written in without a normalisation crate.
fn fold_char(c: char) -> Folded {
    if c.is_ascii() {
        return Folded::Keep;
    }
    let base = match c {
        '\u{0300}'..='\u{036F}' => return Folded::Drop,
        'ß' => return Folded::Two('s', 's'),
        'æ' => return Folded::Two('a', 'e'),
        'œ' => return Folded::Two('o', 'e'),
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' | 'ð' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => 's',
        'ţ' | 'ť' | 'ŧ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        _ => return Folded::Keep,
    };
    Folded::One(base)
}
