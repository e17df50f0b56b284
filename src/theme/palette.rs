//! The colours of the map around its cards, in a light and a dark variant.
//! Painting takes them from the [`Palette`] in its options wherever the
//! variant changes a colour; the cards are sticky notes and look the same
//! in both (see [`super::card_colors`], [`super::card_ink`]).

use egui::Color32;

use super::contrast::readable_on;
use super::{
    EMOTION_GUIDE, GRID_LINE, LANE_HEADER, MOMENT_OF_TRUTH, MOMENT_OF_TRUTH_TEXT, PAPER,
    PHASE_HEADER, PHASE_HEADER_MUTED, PHASE_HEADER_TEXT, ROW_TINT, SHADOW, STEP_HEADER, STEP_LINE,
    TEXT, TEXT_MUTED, hex,
};
use crate::layout::TextRole;
use crate::model::LaneKind;

/// The dark variant's paper, and the lightest dark slide a picture without
/// paper in the dark variant is made for: Tailwind's gray-800, the colour of
/// many dark slide templates. The dark of `PowerPoint` (#262626) and anything
/// darker read at least as well.
pub const DARK_PAPER: Color32 = hex(0x1F2937);

/// The colours of everything on the map but the cards.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    /// The paper under the map, and what the map is meant to sit on when
    /// exported without it (the colours are checked against it).
    pub paper: Color32,
    /// Main text on the paper: title, lane and step names, labels.
    pub text: Color32,
    /// Secondary text on the paper: descriptions, the scale, the persona's summary.
    pub text_muted: Color32,
    /// Lines between rows and columns.
    pub grid_line: Color32,
    /// Dashed lines between the steps of a phase.
    pub step_line: Color32,
    /// Lane headers and the persona card.
    pub lane_header: Color32,
    /// Every other lane row.
    pub row_tint: Color32,
    /// Step header cells under a phase's chevron.
    pub step_header: Color32,
    /// Phase header chevrons.
    pub phase_header: Color32,
    /// Names on the chevrons.
    pub phase_header_text: Color32,
    /// Descriptions on the chevrons.
    pub phase_header_muted: Color32,
    /// The zero line and scale lines of the emotion lane.
    pub emotion_guide: Color32,
    /// The moment-of-truth ring and the fill of its tag.
    pub moment_of_truth: Color32,
    /// The words and star on a moment of truth's tag.
    pub moment_of_truth_text: Color32,
    /// Shadows under cards and the persona card.
    pub shadow: Color32,
}

impl Palette {
    /// Dark text on white paper: the canvas, and pictures for light slides.
    pub const fn light() -> Self {
        Self {
            paper: PAPER,
            text: TEXT,
            text_muted: TEXT_MUTED,
            grid_line: GRID_LINE,
            step_line: STEP_LINE,
            lane_header: LANE_HEADER,
            row_tint: ROW_TINT,
            step_header: STEP_HEADER,
            phase_header: PHASE_HEADER,
            phase_header_text: PHASE_HEADER_TEXT,
            phase_header_muted: PHASE_HEADER_MUTED,
            emotion_guide: EMOTION_GUIDE,
            moment_of_truth: MOMENT_OF_TRUTH,
            moment_of_truth_text: MOMENT_OF_TRUTH_TEXT,
            shadow: SHADOW,
        }
    }

    /// Light text on dark paper, for dark slide templates. Headers and rows
    /// are see-through shades of white, so without the paper they lighten
    /// whatever dark slide is under them; the cards stay light sticky notes.
    pub const fn dark() -> Self {
        Self {
            paper: DARK_PAPER,
            text: hex(0xF3F4F6),
            text_muted: hex(0xB4BFCD),
            grid_line: white_alpha(0x1F),
            step_line: white_alpha(0x1F),
            lane_header: white_alpha(0x14),
            row_tint: white_alpha(0x08),
            // A see-through shade of the chevrons' blue, as in the light variant.
            step_header: Color32::from_rgba_unmultiplied_const(0x93, 0xC5, 0xFD, 0x2E),
            phase_header: hex(0x2B4C7E),
            phase_header_text: Color32::WHITE,
            phase_header_muted: PHASE_HEADER_MUTED,
            emotion_guide: white_alpha(0x47),
            moment_of_truth: hex(0xFB7185),
            moment_of_truth_text: hex(0x111827),
            shadow: Color32::from_rgba_unmultiplied_const(0, 0, 0, 0x59),
        }
    }

    /// The colour a text role is drawn in on the paper.
    pub fn text_color(&self, role: TextRole) -> Color32 {
        match role {
            TextRole::MapDescription
            | TextRole::PersonaText
            | TextRole::CardNotes
            | TextRole::Small
            | TextRole::PhaseDescription => self.text_muted,
            _ => self.text,
        }
    }

    /// The patch of paper behind a point label, so a curve passing under it
    /// never crosses its words (mostly opaque: the line still shows faintly).
    pub fn label_halo(&self) -> Color32 {
        let [r, g, b, _] = self.paper.to_srgba_unmultiplied();
        Color32::from_rgba_unmultiplied(r, g, b, 0xE6)
    }

    /// A see-through colour as it shows on this palette's paper.
    pub fn on_paper(&self, color: Color32) -> Color32 {
        self.paper.blend(color)
    }

    /// The icon on a lane header: the lane's accent, darkened (or on dark
    /// paper lightened) until it stands out from the header at 3:1, as a
    /// symbol that carries meaning must (WCAG 1.4.11).
    pub fn lane_icon(&self, kind: LaneKind) -> Color32 {
        let (_, accent) = super::card_colors(super::lane_color(kind));
        readable_on(accent, self.on_paper(self.lane_header), 3.0)
    }
}

impl Default for Palette {
    fn default() -> Self {
        Self::light()
    }
}

/// White at `alpha` (premultiplied).
const fn white_alpha(alpha: u8) -> Color32 {
    Color32::from_rgba_premultiplied(alpha, alpha, alpha, alpha)
}

#[cfg(test)]
mod tests {
    use super::{DARK_PAPER, Palette};
    use crate::layout::TextRole;
    use crate::model::LaneKind;
    use crate::theme::{contrast_ratio, hex};

    fn both() -> [(&'static str, Palette); 2] {
        [("light", Palette::light()), ("dark", Palette::dark())]
    }

    #[test]
    fn text_reads_on_every_surface_of_the_map_in_both_palettes() {
        for (name, palette) in both() {
            let surfaces = [
                ("paper", palette.paper),
                ("lane header", palette.on_paper(palette.lane_header)),
                ("row tint", palette.on_paper(palette.row_tint)),
                ("step header", palette.on_paper(palette.step_header)),
            ];
            for (surface, behind) in surfaces {
                for role in [TextRole::LaneName, TextRole::PhaseDescription] {
                    let ratio = contrast_ratio(palette.text_color(role), behind);
                    assert!(ratio >= 4.5, "{name} {role:?} on {surface}: {ratio:.2}");
                }
            }
            for text in [palette.phase_header_text, palette.phase_header_muted] {
                let ratio = contrast_ratio(text, palette.phase_header);
                assert!(ratio >= 4.5, "{name} phase header: {ratio:.2}");
            }
            let tag = contrast_ratio(palette.moment_of_truth_text, palette.moment_of_truth);
            assert!(tag >= 4.5, "{name} moment tag: {tag:.2}");
        }
    }

    #[test]
    fn symbols_stand_out_at_3_to_1_in_both_palettes() {
        for (name, palette) in both() {
            let header = palette.on_paper(palette.lane_header);
            for kind in LaneKind::ALL {
                let ratio = contrast_ratio(palette.lane_icon(kind), header);
                assert!(ratio >= 3.0, "{name} {kind:?} icon: {ratio:.2}");
            }
            for around in [palette.paper, palette.on_paper(palette.row_tint)] {
                let ratio = contrast_ratio(palette.moment_of_truth, around);
                assert!(ratio >= 3.0, "{name} moment ring: {ratio:.2}");
            }
        }
    }

    #[test]
    fn the_light_palette_is_the_canvas_colours_and_the_dark_one_is_dark() {
        assert_eq!(Palette::default(), Palette::light());
        assert_eq!(Palette::light().text, crate::theme::TEXT);
        assert_eq!(Palette::dark().paper, DARK_PAPER);
        // A darker slide than the dark paper (PowerPoint's) reads better still.
        let dark = Palette::dark();
        let powerpoint = hex(0x262626);
        assert!(
            contrast_ratio(dark.text_muted, powerpoint)
                >= contrast_ratio(dark.text_muted, dark.paper)
        );
    }
}
