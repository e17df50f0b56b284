//! Numbers as each language writes them: `12,345.5` in English, `12.345,5`
//! in German; and back, from what someone typed.

use super::Lang;

/// `value` with the language's thousands separator and decimal mark, with
/// at most `max_decimals` digits after the mark (trailing zeros dropped).
pub fn format_number(lang: Lang, value: f64, max_decimals: usize) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let (group, decimal) = match lang {
        Lang::En => (',', '.'),
        Lang::De => ('.', ','),
    };
    let text = format!("{:.*}", max_decimals, value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let fraction = fraction.trim_end_matches('0');
    let mut out = String::with_capacity(text.len() + text.len() / 3 + 1);
    // "-0" is not a number anyone writes: only a value that stays non-zero
    // after rounding keeps its sign.
    if value < 0.0 && (whole.bytes().any(|b| b != b'0') || !fraction.is_empty()) {
        out.push('-');
    }
    for (index, digit) in whole.chars().enumerate() {
        let left = whole.len() - index;
        if index > 0 && left % 3 == 0 {
            out.push(group);
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push(decimal);
        out.push_str(fraction);
    }
    out
}

/// The number someone typed in `lang`: `12.345,5` or `12,5` in German,
/// `12,345.5` in English; spaces and a typographic minus are fine. A lone
/// separator that cannot be a thousands separator (`2.5` in German, `2,5` in
/// English) is read as the decimal mark, since that is what was meant.
/// `None` for anything that is not a finite number.
pub fn parse_number(lang: Lang, text: &str) -> Option<f64> {
    let (group, decimal) = match lang {
        Lang::En => (',', '.'),
        Lang::De => ('.', ','),
    };
    let text: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == '−' { '-' } else { c })
        .collect();
    let plain = if text.contains(decimal) {
        text.replace(group, "").replace(decimal, ".")
    } else if text.contains(group) {
        let mut parts = text.split(group);
        let first = parts.next().unwrap_or_default();
        let rest: Vec<&str> = parts.collect();
        let grouped = !first.trim_start_matches('-').is_empty()
            && rest
                .iter()
                .all(|part| part.len() == 3 && part.bytes().all(|b| b.is_ascii_digit()));
        if grouped {
            text.replace(group, "")
        } else if rest.len() == 1 {
            text.replace(group, ".")
        } else {
            return None;
        }
    } else {
        text
    };
    plain.parse::<f64>().ok().filter(|value| value.is_finite())
}

#[cfg(test)]
mod tests {
    use super::{Lang, format_number, parse_number};

    #[test]
    fn typed_numbers_are_read_the_language_way() {
        assert_eq!(parse_number(Lang::De, "12,5"), Some(12.5));
        assert_eq!(parse_number(Lang::De, "12.345,5"), Some(12_345.5));
        assert_eq!(parse_number(Lang::De, "48.000"), Some(48_000.0));
        assert_eq!(parse_number(Lang::De, " −1,5 "), Some(-1.5));
        assert_eq!(parse_number(Lang::En, "12,345.5"), Some(12_345.5));
        assert_eq!(parse_number(Lang::En, "48,000"), Some(48_000.0));
        assert_eq!(parse_number(Lang::En, "-0.25"), Some(-0.25));
    }

    #[test]
    fn a_lone_separator_that_cannot_group_is_the_decimal_mark() {
        assert_eq!(parse_number(Lang::De, "2.5"), Some(2.5));
        assert_eq!(parse_number(Lang::En, "2,5"), Some(2.5));
        assert_eq!(parse_number(Lang::En, "2,5,1"), None);
    }

    #[test]
    fn what_is_not_a_number_is_refused() {
        assert_eq!(parse_number(Lang::En, ""), None);
        assert_eq!(parse_number(Lang::En, "abc"), None);
        assert_eq!(parse_number(Lang::De, "1,2,3"), None);
        assert_eq!(parse_number(Lang::En, "inf"), None);
        assert_eq!(parse_number(Lang::En, "NaN"), None);
    }

    #[test]
    fn formatted_numbers_read_back_unchanged() {
        for lang in Lang::ALL {
            for value in [0.0, 3.25, -1.5, 1234.5, 1_000_000.0, -48_000.75] {
                assert_eq!(
                    parse_number(lang, &format_number(lang, value, 2)),
                    Some(value)
                );
            }
        }
    }

    #[test]
    fn english_groups_thousands_with_commas() {
        assert_eq!(format_number(Lang::En, 1234.0, 2), "1,234");
        assert_eq!(format_number(Lang::En, 12_345.678, 1), "12,345.7");
        assert_eq!(format_number(Lang::En, 999.0, 0), "999");
        assert_eq!(format_number(Lang::En, -1_000_000.5, 2), "-1,000,000.5");
        assert_eq!(format_number(Lang::En, 0.25, 2), "0.25");
    }

    #[test]
    fn german_uses_points_and_a_decimal_comma() {
        assert_eq!(format_number(Lang::De, 1234.0, 2), "1.234");
        assert_eq!(format_number(Lang::De, 12_345.5, 2), "12.345,5");
        assert_eq!(format_number(Lang::De, 3.2, 2), "3,2");
        assert_eq!(format_number(Lang::De, -0.001, 2), "0");
        assert_eq!(format_number(Lang::De, 1_234_567.0, 0), "1.234.567");
    }
}
