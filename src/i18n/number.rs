//! Numbers as each language writes them: `12,345.5` in English, `12.345,5`
//! in German.

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

#[cfg(test)]
mod tests {
    use super::{Lang, format_number};

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
