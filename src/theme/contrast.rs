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

/// `color` darkened toward black (or, on a dark `behind`, lightened toward
/// white) in small steps until it reaches `ratio` against `behind`: the
/// nearest shade of it that reads. A colour that already reads is kept.
pub fn readable_on(color: Color32, behind: Color32, ratio: f32) -> Color32 {
    let toward = if contrast_ratio(Color32::BLACK, behind) >= contrast_ratio(Color32::WHITE, behind)
    {
        Color32::BLACK
    } else {
        Color32::WHITE
    };
    (0..=STEPS)
        .map(|step| {
            let t = f32::from(step) / f32::from(STEPS);
            color.lerp_to_gamma(toward, t)
        })
        .find(|shade| contrast_ratio(*shade, behind) >= ratio)
        .unwrap_or(toward)
}

/// How many shades [`readable_on`] tries between a colour and black or white.
const STEPS: u16 = 64;

/// Text on a fill that is data (a persona's chosen colour): white where it
/// reads at 4.5:1, else the theme's dark text, else black, which always
/// reaches 4.5:1 on a colour white fails on.
pub fn text_on(fill: Color32) -> Color32 {
    [Color32::WHITE, super::TEXT]
        .into_iter()
        .find(|text| contrast_ratio(*text, fill) >= 4.5)
        .unwrap_or(Color32::BLACK)
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
    use super::{contrast_ratio, readable_on};
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
    fn everything_on_a_card_reads_on_every_card_colour() {
        for card in crate::model::CardColor::ALL {
            let (fill, _) = theme::card_colors(card);
            let ink = theme::card_ink(card);
            let (pill, _) = theme::pill_colors(ink);
            let pill = fill.blend(pill);
            // Title, notes, KPI unit and channel name; KPI value, badge word,
            // channel icon and evidence dot in the ink; the badge's word on its pill.
            for (role, text, behind) in [
                ("title", theme::TEXT, fill),
                ("notes, unit, channel name", theme::TEXT_MUTED, fill),
                ("KPI value, icon, evidence dot", ink, fill),
                ("badge word", ink, pill),
            ] {
                let ratio = contrast_ratio(text, behind);
                assert!(ratio >= 4.5, "{card:?} {role}: {ratio:.2}");
            }
        }
    }

    #[test]
    fn a_colour_is_shaded_only_as_far_as_it_must_to_read() {
        let white = Color32::WHITE;
        // Already readable: kept.
        assert_eq!(readable_on(theme::TEXT, white, 4.5), theme::TEXT);
        // Yellow on white is darkened just past 3:1, not to black.
        let yellow = theme::hex(0xE0B100);
        let shade = readable_on(yellow, white, 3.0);
        assert!(contrast_ratio(shade, white) >= 3.0);
        assert!(contrast_ratio(shade, white) < 3.5, "{shade:?}");
        // On dark paper a dark colour is lightened.
        let purple = theme::hex(0x7C4DDB);
        let light = readable_on(purple, theme::DARK_PAPER, 4.5);
        assert!(contrast_ratio(light, theme::DARK_PAPER) >= 4.5);
        assert!(light.r() > purple.r());
    }

    #[test]
    fn initials_read_on_any_persona_colour() {
        let extremes = [
            Rgb(0, 0, 0),
            Rgb(255, 255, 255),
            Rgb(0x80, 0x80, 0x80),
            Rgb(0xE4, 0x57, 0x2E),
        ];
        for color in PERSONA_COLORS.iter().chain(&extremes) {
            let fill = theme::rgb(*color);
            let ratio = contrast_ratio(super::text_on(fill), fill);
            assert!(ratio >= 4.5, "{color:?}: {ratio:.2}");
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
