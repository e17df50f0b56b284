//! How a value of the emotion scale is written, on the axis, in the legend
//! and in the inspector.

use crate::i18n::{Lang, format_number};
use crate::model::EmotionScale;

/// A value on the emotion scale as people write it in `lang`: with a sign
/// on a scale that goes below zero ("+2", "0", "−1.5", a true minus sign so
/// positive and negative labels line up), plainly on one that does not ("1",
/// "2,5"): nobody writes a 1…5 scale as +1…+5.
pub fn scale_value_text(value: f32, scale: &EmotionScale, lang: Lang) -> String {
    let magnitude = format_number(lang, f64::from(value.abs()), 2);
    if magnitude == "0" {
        magnitude
    } else if value < 0.0 {
        format!("−{magnitude}")
    } else if scale.min < 0.0 {
        format!("+{magnitude}")
    } else {
        magnitude
    }
}

#[cfg(test)]
mod tests {
    use super::{EmotionScale, Lang, scale_value_text};

    fn scale(min: f32, max: f32, step: f32) -> EmotionScale {
        EmotionScale { min, max, step }
    }

    #[test]
    fn values_of_a_scale_through_zero_carry_a_sign_and_the_language_decimal_mark() {
        let signed = scale(-2.0, 2.0, 0.5);
        assert_eq!(scale_value_text(2.0, &signed, Lang::En), "+2");
        assert_eq!(scale_value_text(-1.5, &signed, Lang::En), "−1.5");
        assert_eq!(scale_value_text(-1.5, &signed, Lang::De), "−1,5");
        assert_eq!(scale_value_text(0.25, &signed, Lang::De), "+0,25");
        assert_eq!(scale_value_text(0.0, &signed, Lang::De), "0");
        assert_eq!(scale_value_text(-0.001, &signed, Lang::En), "0");
    }

    #[test]
    fn values_of_an_all_positive_or_zero_based_scale_have_no_plus() {
        for positive in [
            scale(1.0, 5.0, 1.0),
            scale(0.0, 5.0, 1.0),
            scale(1.0, 10.0, 0.5),
        ] {
            assert_eq!(scale_value_text(1.0, &positive, Lang::En), "1");
            assert_eq!(scale_value_text(5.0, &positive, Lang::En), "5");
        }
        let halves = scale(0.0, 5.0, 0.5);
        assert_eq!(scale_value_text(0.0, &halves, Lang::En), "0");
        assert_eq!(scale_value_text(2.5, &halves, Lang::En), "2.5");
        assert_eq!(scale_value_text(2.5, &halves, Lang::De), "2,5");
        // A scale that ends at zero is still read with its signs.
        assert_eq!(
            scale_value_text(-5.0, &scale(-5.0, 0.0, 1.0), Lang::En),
            "−5"
        );
    }
}
