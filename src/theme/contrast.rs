//! Contrast between two colours as WCAG 2 defines it, so the theme's text
//! colours are checked against the fills they sit on rather than judged by eye.

use egui::Color32;

/// The WCAG 2 contrast ratio of two opaque colours, from 1 (the same) to 21
/// (black on white). Text needs 4.5 (AA), large text and shapes 3.
pub fn contrast_ratio(a: Color32, b: Color32) -> f32 {
    let (a, b) = (luminance(a), luminance(b));
    let (light, dark) = if a > b { (a, b) } else { (b, a) };
    (light + 0.05) / (dark + 0.05)
}

/// Relative luminance of an sRGB colour.
fn luminance(color: Color32) -> f32 {
    let linear = |channel: u8| {
        let value = f32::from(channel) / 255.0;
        if value <= 0.040_45 {
            value / 12.92
        } else {
            ((value + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(color.r()) + 0.7152 * linear(color.g()) + 0.0722 * linear(color.b())
}

#[cfg(test)]
mod tests {
    use super::contrast_ratio;
    use crate::model::{PERSONA_COLORS, Rgb};
    use crate::theme;
    use egui::Color32;

    #[test]
    fn black_on_white_is_21_and_a_colour_on_itself_is_1() {
        assert!((contrast_ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast_ratio(theme::TEXT, theme::TEXT) - 1.0).abs() < 1e-6);
    }

    #[test]
    fn actor_tags_are_readable_for_every_persona_colour() {
        let extremes = [
            Rgb(0, 0, 0),
            Rgb(255, 255, 255),
            Rgb(255, 0, 0),
            Rgb(0, 0, 255),
            Rgb(255, 255, 0),
            Rgb(0, 255, 0),
        ];
        for color in PERSONA_COLORS.iter().chain(&extremes) {
            let (fill, _) = theme::actor_tag_colors(Some(theme::rgb(*color)));
            let ratio = contrast_ratio(theme::ACTOR_TAG_TEXT, fill);
            assert!(ratio >= 4.5, "{color:?}: {ratio}");
        }
        let (fill, border) = theme::actor_tag_colors(None);
        assert!(contrast_ratio(theme::ACTOR_TAG_TEXT, fill) >= 4.5);
        // The border shows the tag's edge on white and on every card fill.
        for card in crate::model::CardColor::ALL {
            let (card_fill, _) = theme::card_colors(card);
            assert!(contrast_ratio(border, card_fill) >= 1.5, "{card:?}");
        }
    }

    #[test]
    fn the_moment_of_truth_mark_stands_out_and_its_words_read() {
        assert!(contrast_ratio(theme::MOMENT_OF_TRUTH_TEXT, theme::MOMENT_OF_TRUTH) >= 4.5);
        // A shape needs 3:1 against what is around it (WCAG 1.4.11).
        for around in [theme::PAPER, theme::ROW_TINT, theme::GRID_LINE] {
            assert!(contrast_ratio(theme::MOMENT_OF_TRUTH, around) >= 3.0);
        }
    }
}
