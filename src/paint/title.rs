//! The block above the grid: title, description and the primary persona's card.

use egui::{Align2, CornerRadius, Stroke, StrokeKind, pos2, vec2};

use super::MapPainter;
use crate::layout::{self, MapLayout, PersonaPart, TextRole};
use crate::model::Journey;
use crate::theme;

/// Room in map points kept around the title block's text for its clip.
const TITLE_CLIP_SLACK: f32 = 4.0;

pub(super) fn paint(map: &MapPainter<'_>, journey: &Journey, layout: &MapLayout) {
    let block = &layout.title_block;
    if !map.is_visible(block.rect) {
        return;
    }
    // The title's first line starts at the block's very top: a little room
    // above keeps the tallest letters clear of the clip when a slide's
    // scale puts the line on a fractional pixel.
    let clip = block.rect.expand2(vec2(0.0, TITLE_CLIP_SLACK));
    map.block(
        block.title.min,
        &block.title_text,
        &[(TextRole::MapTitle, map.palette().text)],
        clip,
    );
    if let Some(description) = block.description {
        map.block(
            description.min,
            &block.description_text,
            &[(TextRole::MapDescription, map.palette().text_muted)],
            clip,
        );
    }
    let (Some(rect), Some(persona)) = (block.persona, journey.primary_persona()) else {
        return;
    };
    let zoom = map.zoom();
    let screen = map.rect(rect);
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "clamped to u8's range"
    )]
    let radius = CornerRadius::same(
        (f32::from(theme::PERSONA_CARD_RADIUS) * zoom)
            .round()
            .clamp(0.0, 255.0) as u8,
    );
    map.painter.rect_filled(
        screen.translate(vec2(0.0, theme::PERSONA_SHADOW_OFFSET * zoom)),
        radius,
        map.palette().shadow,
    );
    map.painter.rect(
        screen,
        radius,
        map.palette().lane_header,
        Stroke::new(zoom, map.palette().grid_line),
        StrokeKind::Inside,
    );
    // The layout placed the text inside this padding.
    let padding = layout::Metrics::default().header_padding;
    let size = layout::PERSONA_AVATAR_SIZE;
    let avatar_center = pos2(
        rect.left() + padding + size / 2.0,
        rect.top() + padding + size / 2.0,
    );
    let color = journey
        .persona_color(persona.id)
        .map_or(theme::PHASE_HEADER, theme::rgb);
    avatar(
        map.painter,
        persona,
        color,
        map.pos(avatar_center),
        size / 2.0 * zoom,
    );
    for text in &block.persona_text {
        let style = match text.part {
            PersonaPart::Name => (TextRole::PersonaName, map.palette().text),
            PersonaPart::Summary => (TextRole::PersonaText, map.palette().text_muted),
            PersonaPart::Quote => (TextRole::PersonaText, map.palette().text),
        };
        map.block(text.min, &text.block, &[style], rect);
    }
}

/// A persona's avatar: the photo cut to a disc with a ring in the persona's
/// colour, or the initials on a disc of that colour. Drawn in target points
/// (`center`, `radius`), so the persona panel uses it too.
pub fn avatar(
    painter: &egui::Painter,
    persona: &crate::model::Persona,
    color: egui::Color32,
    center: egui::Pos2,
    radius: f32,
) {
    let ctx = painter.ctx();
    let size_px = 2.0 * radius * ctx.pixels_per_point();
    if let Some(texture) = super::photo_texture(ctx, persona, size_px) {
        painter.add(super::round_photo(texture, center, radius));
        // The ring also hides the jagged edge of the photo's mesh, which
        // has no anti-aliasing of its own.
        let ring = (radius * 0.08).max(1.0);
        painter.circle_stroke(center, radius - ring / 2.0, Stroke::new(ring, color));
        return;
    }
    painter.circle_filled(center, radius, color);
    let initials = persona.initials();
    if initials.is_empty() {
        return;
    }
    // Initials fill about the middle half of the disc, whatever the zoom.
    let size = radius * 0.8;
    if size * ctx.pixels_per_point() < theme::MIN_TEXT_PIXELS {
        return;
    }
    painter.text(
        center,
        Align2::CENTER_CENTER,
        initials,
        theme::font_sized(TextRole::PersonaName, size),
        theme::text_on(color),
    );
}
