//! Colours, fonts and visual constants shared by the canvas and every exporter.
//!
//! Architecture invariant: no other module hard-codes a colour or a font size.

#![expect(
    clippy::unreadable_literal,
    reason = "colours read as #RRGGBB, as designers write them; digit separators would hide that"
)]
#![expect(
    clippy::disallowed_methods,
    reason = "the theme is the one place that makes colours and fonts"
)]

mod contrast;
pub mod fonts;
mod icons;
mod palette;
mod panels;

pub use contrast::{contrast_ratio, readable_on, text_on};
pub use icons::{channel_icon, lane_icon};
pub use palette::{DARK_PAPER, Palette};
pub use panels::{EXPORT_CHOICE_WIDTH, INSPECTOR_WIDTH, INSPECTOR_WIDTH_RANGE};

use egui::{Color32, FontFamily, FontId};

use crate::layout::TextRole;
use crate::model::{CardColor, Evidence, LaneKind};

/// Text that warns, e.g. that recovery copies cannot be written.
pub const WARNING: Color32 = Color32::from_rgb(0xB4, 0x53, 0x09);
/// Colour of the area around the map on screen.
pub const CANVAS_BACKGROUND: Color32 = Color32::from_rgb(0xE9, 0xEC, 0xF1);
/// The map's paper.
pub const PAPER: Color32 = Color32::WHITE;
/// Main text.
pub const TEXT: Color32 = Color32::from_rgb(0x1F, 0x29, 0x37);
/// Secondary text: descriptions, notes, scale.
pub const TEXT_MUTED: Color32 = Color32::from_rgb(0x5B, 0x67, 0x78);
/// Lines between rows and columns.
pub const GRID_LINE: Color32 = Color32::from_rgb(0xE3, 0xE7, 0xED);
/// Background of lane headers.
pub const LANE_HEADER: Color32 = Color32::from_rgb(0xF4, 0xF6, 0xF9);
/// Every other lane row is tinted so rows are easy to follow across the map.
pub const ROW_TINT: Color32 = Color32::from_rgb(0xFA, 0xFB, 0xFC);
/// Phase header chevrons.
pub const PHASE_HEADER: Color32 = Color32::from_rgb(0x1E, 0x3A, 0x5F);
/// Text on phase headers.
pub const PHASE_HEADER_TEXT: Color32 = Color32::WHITE;
/// Descriptions on phase headers.
pub const PHASE_HEADER_MUTED: Color32 = Color32::from_rgb(0xC5, 0xD3, 0xE6);
/// Step header cells under a phase's chevron: a pale shade of the chevron,
/// so the steps read as parts of their phase.
pub const STEP_HEADER: Color32 = Color32::from_rgb(0xE3, 0xEA, 0xF3);
/// Dashed lines between the steps of a phase: lighter than the solid lines
/// between phases, so the eye still reads phases first.
pub const STEP_LINE: Color32 = Color32::from_rgb(0xE3, 0xE7, 0xED);
/// Selection and focus outlines.
pub const SELECTION: Color32 = Color32::from_rgb(0x25, 0x63, 0xEB);
/// Inside of the selection box.
pub const SELECTION_FILL: Color32 = Color32::from_rgba_premultiplied(0x25, 0x63, 0xEB, 0x20);
/// Outline of the item under the pointer.
pub const HOVER: Color32 = Color32::from_rgba_premultiplied(0x25, 0x63, 0xEB, 0x70);
/// Where a dragged item would land: insertion bars, resize guides, target cells.
pub const DROP_PREVIEW: Color32 = Color32::from_rgb(0x16, 0xA3, 0x4A);
/// Tint of the cell a dragged card would land in.
pub const DROP_CELL: Color32 = Color32::from_rgba_premultiplied(0x16, 0xA3, 0x4A, 0x18);
/// The "+" that adds a card to the hovered cell.
pub const ADD_BUTTON: Color32 = Color32::from_rgb(0x25, 0x63, 0xEB);
/// Background of the value shown while an emotion point is dragged.
pub const VALUE_TAG: Color32 = Color32::from_rgb(0x1F, 0x29, 0x37);
/// Font size of the value shown while an emotion point is dragged, in screen points.
pub const VALUE_TAG_FONT_SIZE: f32 = 14.0;
/// Opacity of a dragged card's ghost under the pointer.
pub const GHOST_OPACITY: f32 = 0.75;
/// Width of selection outlines and drop bars, in screen points.
pub const OUTLINE_WIDTH: f32 = 2.0;
/// Outline of every match of a search (Ctrl+F): a saturated orange that
/// stands out from the blue selection, the pastel card fills and the
/// white paper around them, and from the dark phase headers.
pub const FIND_HIGHLIGHT: Color32 = Color32::from_rgb(0xEA, 0x58, 0x0C);
/// Outline of the match the find bar shows now: a darker shade of the same orange.
pub const FIND_CURRENT: Color32 = Color32::from_rgb(0xC2, 0x41, 0x0C);
/// Width of a match's outline, in screen points.
pub const FIND_OUTLINE_WIDTH: f32 = 2.0;
/// Width of the current match's outline, in screen points.
pub const FIND_CURRENT_OUTLINE_WIDTH: f32 = 4.0;
/// Space between an item and its match outline, in screen points: outside
/// the selection outline, so a selected match shows both.
pub const FIND_OUTLINE_GAP: f32 = 5.0;
/// Width of the find bar's search field, in points.
pub const FIND_FIELD_WIDTH: f32 = 240.0;
/// Width of the inspector's minimum, maximum and step fields of a custom scale.
pub const SCALE_FIELD_WIDTH: f32 = 80.0;
/// How far from a border the pointer may be to grab it, in screen points.
pub const GRAB_MARGIN: f32 = 5.0;
/// Soft shadow under cards and the persona card.
pub const SHADOW: Color32 = Color32::from_rgba_premultiplied(0x10, 0x18, 0x28, 0x18);
/// The zero line and scale lines of the emotion lane.
pub const EMOTION_GUIDE: Color32 = Color32::from_rgb(0xCB, 0xD2, 0xDC);
/// Corner radius of cards.
pub const CARD_RADIUS: u8 = 6;
/// Width of an emotion curve's line, in points.
pub const CURVE_WIDTH: f32 = 3.0;
/// Radius of the face drawn at an emotion point, in points.
pub const FACE_RADIUS: f32 = 11.0;
/// Closest two guide lines of the emotion scale may be, in map points; on a
/// denser scale only the labelled values get a line, so the lane stays light.
pub const EMOTION_GUIDE_MIN_GAP: f32 = 6.0;
/// Eyes and mouth of the face at an emotion point: the text's ink.
pub const FACE_INK: Color32 = TEXT;
/// The mark of a moment of truth: the ring around its point, the tag that
/// names it and the legend's ring. A deep crimson: urgent, apart from the
/// faces' red (a paper gap separates ring and face), the blue selection and
/// the orange find outlines; 8:1 against the paper.
pub const MOMENT_OF_TRUTH: Color32 = Color32::from_rgb(0x9F, 0x12, 0x39);
/// The words on a moment of truth's tag, on [`MOMENT_OF_TRUTH`] (8:1).
pub const MOMENT_OF_TRUTH_TEXT: Color32 = Color32::WHITE;
/// Space between a point's face and its moment-of-truth ring, in points.
pub const MOMENT_RING_GAP: f32 = 3.0;
/// Width of the moment-of-truth ring, in points.
pub const MOMENT_RING_WIDTH: f32 = 2.5;
/// Height of the tag that names a moment of truth, in points.
pub const MOMENT_TAG_HEIGHT: f32 = 16.0;
/// Words on an actor's tag on a card, on its fill (at least 9:1 for any
/// persona colour, see [`actor_tag_colors`]).
pub const ACTOR_TAG_TEXT: Color32 = TEXT;
/// Fill of the tag of an actor who is no persona: paper, so it reads as a
/// label on every card colour.
pub const ACTOR_TAG_FILL: Color32 = PAPER;
/// Border of the tag of an actor who is no persona.
pub const ACTOR_TAG_BORDER: Color32 = Color32::from_rgb(0xAE, 0xB7, 0xC4);
/// Corner radius of actor tags: round ends, in points.
pub const ACTOR_TAG_RADIUS: u8 = 9;
/// Width of the coloured stripe on the left of cards and lane headers, in points.
pub const ACCENT_STRIPE_WIDTH: f32 = 4.0;
/// Radius of the evidence dot in a card's top-right corner, in points.
pub const EVIDENCE_DOT_RADIUS: f32 = 4.0;
/// Width of the evidence dot's ring, in points. No other ring has this
/// ratio of width to radius, which is how a reader of the SVG finds the dots.
pub const EVIDENCE_RING_WIDTH: f32 = 1.2;
/// Corner radius of the pills on touchpoint cards (channel, media), in points.
pub const PILL_RADIUS: u8 = 8;
/// Corner radius of the persona card in the title block, in points.
pub const PERSONA_CARD_RADIUS: u8 = 10;
/// How far a card's shadow falls below it, in points.
pub const CARD_SHADOW_OFFSET: f32 = 1.5;
/// How far the persona card's shadow falls below it, in points.
pub const PERSONA_SHADOW_OFFSET: f32 = 2.0;
/// How far the map sheet's shadow falls on the desk (canvas and themed export).
pub const SHEET_SHADOW_OFFSET: f32 = 3.0;
/// Corner radius of the map sheet's shadow on the canvas, in screen points.
pub const CANVAS_SHEET_SHADOW_RADIUS: f32 = 4.0;
/// Corner radius of the map sheet and its shadow in a themed export, in picture points.
pub const EXPORT_SHEET_RADIUS: f32 = 6.0;
/// Text smaller than this many pixels on the target is not drawn: it would be
/// an unreadable smudge, and laying it out costs time (level of detail).
pub const MIN_TEXT_PIXELS: f32 = 4.0;
/// The in-place text editor's font follows the zoom within these sizes, so it
/// stays readable when zoomed out and fits when zoomed in (screen points).
pub const EDITOR_FONT_SIZES: (f32, f32) = (10.0, 40.0);

/// Installs the shipped fonts and the light look on a context; call before the
/// first frame so the first layout already uses the right fonts.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(fonts::definitions());
    ctx.set_theme(egui::Theme::Light);
}

/// The fill and accent (stripe, border) of a card colour.
pub fn card_colors(color: CardColor) -> (Color32, Color32) {
    let (fill, accent) = match color {
        CardColor::Yellow => (0xFFF4C2, 0xE0B100),
        CardColor::Orange => (0xFFE4C7, 0xEA7A12),
        CardColor::Red => (0xFDDDDA, 0xD93A2E),
        CardColor::Pink => (0xFCE1EE, 0xD63F8C),
        CardColor::Purple => (0xEBE3FB, 0x7C4DDB),
        CardColor::Blue => (0xDCEAFD, 0x2F6FDB),
        CardColor::Teal => (0xD5F2EE, 0x0F9488),
        CardColor::Green => (0xDDF2DA, 0x2F9E44),
        CardColor::Grey => (0xECEFF3, 0x6B7788),
    };
    (hex(fill), hex(accent))
}

/// The ink of a card colour: its accent darkened until it reads at 4.5:1 on
/// the card's fill, for everything on a card that speaks in the accent (the
/// KPI value, the media badge's word, the channel icon, the evidence dot).
/// The accent itself stays for the stripe and the border, which only decorate.
/// Computed once per colour, not per frame.
pub fn card_ink(color: CardColor) -> Color32 {
    static INKS: std::sync::LazyLock<Vec<(CardColor, Color32)>> = std::sync::LazyLock::new(|| {
        CardColor::ALL
            .into_iter()
            .map(|color| {
                let (fill, accent) = card_colors(color);
                (color, readable_on(accent, fill, 4.5))
            })
            .collect()
    });
    INKS.iter()
        .find(|(each, _)| *each == color)
        .map_or(TEXT, |(_, ink)| *ink)
}

/// The colour cards of a lane kind get unless they choose their own.
pub fn lane_color(kind: LaneKind) -> CardColor {
    match kind {
        LaneKind::Touchpoints => CardColor::Blue,
        LaneKind::Actions => CardColor::Teal,
        LaneKind::Thoughts => CardColor::Purple,
        LaneKind::Goals => CardColor::Yellow,
        LaneKind::PainPoints => CardColor::Red,
        LaneKind::Opportunities => CardColor::Green,
        LaneKind::Kpis | LaneKind::Emotion => CardColor::Grey,
        LaneKind::Text => CardColor::Orange,
    }
}

/// The colour a card is drawn in: its own, else its lane kind's.
pub fn card_color(card: &crate::model::Card, lane: Option<LaneKind>) -> CardColor {
    card.color
        .or_else(|| lane.map(lane_color))
        .unwrap_or(CardColor::Yellow)
}

/// How an evidence level is marked on a card: a ring, a half-filled and a filled dot.
pub fn evidence_fill(evidence: Evidence) -> f32 {
    match evidence {
        Evidence::Assumption => 0.0,
        Evidence::PartlyBacked => 0.5,
        Evidence::ResearchBacked => 1.0,
    }
}

/// The face colour for an emotion value: red when low, amber in the middle, green when high.
pub fn emotion_color(fraction: f32) -> Color32 {
    let low = egui::Rgba::from(hex(0xE5484D));
    let middle = egui::Rgba::from(hex(0xF2B53A));
    let high = egui::Rgba::from(hex(0x30A46C));
    let fraction = fraction.clamp(0.0, 1.0);
    let rgba = if fraction < 0.5 {
        egui::lerp(low..=middle, fraction * 2.0)
    } else {
        egui::lerp(middle..=high, fraction * 2.0 - 1.0)
    };
    rgba.into()
}

/// A card's border: its accent colour, faint.
pub fn card_border(accent: Color32) -> Color32 {
    accent.gamma_multiply(0.35)
}

/// A pill's fill and border for text in `color`: half-see-through paper, so
/// the card shows through, and a faint border of the text's colour.
pub fn pill_colors(color: Color32) -> (Color32, Color32) {
    (PAPER.gamma_multiply(0.7), color.gamma_multiply(0.6))
}

/// The fill and border of an actor's tag on a card: for a persona a faint
/// tint of its colour with a border in the colour itself (its dot shows the
/// colour at full strength), for anyone else paper with a grey border. The
/// tint keeps 84% paper, so [`ACTOR_TAG_TEXT`] stays at 9:1 or more on it
/// whatever colour a persona was given.
pub fn actor_tag_colors(persona: Option<Color32>) -> (Color32, Color32) {
    persona.map_or((ACTOR_TAG_FILL, ACTOR_TAG_BORDER), |color| {
        (PAPER.lerp_to_gamma(color, 0.16), color)
    })
}

/// A tile's fill in a gallery (File → New from Template…) while it is
/// selected: the interface's selection colour, faint, so the tile's text stays
/// readable.
pub fn selected_tile_fill(selection: Color32) -> Color32 {
    selection.gamma_multiply(0.25)
}

/// The font of the tag that shows a dragged emotion point's value.
pub fn value_tag_font() -> FontId {
    FontId::proportional(VALUE_TAG_FONT_SIZE)
}

/// The font of a text role at 100% zoom.
pub fn font(role: TextRole) -> FontId {
    let semibold = || FontFamily::Name(fonts::SEMIBOLD.into());
    match role {
        TextRole::MapTitle => FontId::new(28.0, semibold()),
        TextRole::MapDescription => FontId::proportional(14.0),
        TextRole::PersonaName | TextRole::PhaseName => FontId::new(16.0, semibold()),
        TextRole::PersonaText | TextRole::PhaseDescription | TextRole::CardNotes => {
            FontId::proportional(12.0)
        }
        TextRole::LaneName => FontId::new(14.0, semibold()),
        TextRole::CardTitle | TextRole::StepName => FontId::new(13.5, semibold()),
        TextRole::KpiValue => FontId::new(26.0, semibold()),
        TextRole::Small => FontId::proportional(11.0),
    }
}

/// The font of a text role drawn at `zoom` (map points to target points).
pub fn font_at_zoom(role: TextRole, zoom: f32) -> FontId {
    let font = font(role);
    FontId::new(font.size * zoom, font.family)
}

/// The family of a text role at another size, e.g. initials that fill an avatar.
pub fn font_sized(role: TextRole, size: f32) -> FontId {
    FontId::new(size, font(role).family)
}

/// The font of the in-place text editor for a role at `zoom`: the role's
/// font, its size kept within [`EDITOR_FONT_SIZES`].
pub fn editor_font(role: TextRole, zoom: f32) -> FontId {
    let (min, max) = EDITOR_FONT_SIZES;
    font_sized(role, (font(role).size * zoom).clamp(min, max))
}

/// The colour a text role is drawn in on the light paper.
pub fn text_color(role: TextRole) -> Color32 {
    Palette::light().text_color(role)
}

/// `0xRRGGBB` to a colour.
pub const fn hex(rgb: u32) -> Color32 {
    let [_, r, g, b] = rgb.to_be_bytes();
    Color32::from_rgb(r, g, b)
}

/// A model colour to an egui colour.
pub fn rgb(color: crate::model::Rgb) -> Color32 {
    Color32::from_rgb(color.0, color.1, color.2)
}
