//! The block above the grid: title, description and the primary persona's card.

use egui::{Align2, CornerRadius, Stroke, StrokeKind, pos2, vec2};

use super::MapPainter;
use crate::layout::{self, MapLayout, TextRole};
use crate::model::Journey;
use crate::theme;

pub(super) fn paint(map: &MapPainter<'_>, journey: &Journey, layout: &MapLayout) {
    let block = &layout.title_block;
    if !map.is_visible(block.rect) {
        return;
    }
    map.text(
        block.title.min,
        &journey.title,
        TextRole::MapTitle,
        theme::TEXT,
        block.title.width(),
        block.rect,
    );
    if let Some(description) = block.description {
        map.text(
            description.min,
            &journey.description,
            TextRole::MapDescription,
            theme::TEXT_MUTED,
            description.width(),
            block.rect,
        );
    }
    let (Some(rect), Some(persona)) = (block.persona, journey.primary_persona()) else {
        return;
    };
    let zoom = map.zoom();
    let screen = map.rect(rect);
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let radius = CornerRadius::same((10.0 * zoom).round().clamp(0.0, 255.0) as u8);
    map.painter.rect_filled(
        screen.translate(vec2(0.0, 2.0 * zoom)),
        radius,
        theme::SHADOW,
    );
    map.painter.rect(
        screen,
        radius,
        theme::LANE_HEADER,
        Stroke::new(zoom, theme::GRID_LINE),
        StrokeKind::Inside,
    );
    // An avatar with initials until the persona has a photo.
    let padding = 14.0;
    let avatar_center = pos2(rect.left() + padding + 20.0, rect.top() + padding + 20.0);
    map.painter
        .circle_filled(map.pos(avatar_center), 20.0 * zoom, theme::PHASE_HEADER);
    map.label(
        avatar_center,
        Align2::CENTER_CENTER,
        &initials(&persona.name),
        TextRole::PersonaName,
        theme::PHASE_HEADER_TEXT,
    );
    let left = rect.left() + padding + 56.0;
    let width = rect.right() - padding - left;
    let measure = super::FontMeasure::new(map.painter.ctx());
    let mut y = rect.top() + padding;
    for (text, role, color) in [
        (persona.name.clone(), TextRole::PersonaName, theme::TEXT),
        (
            layout::persona_summary(persona),
            TextRole::PersonaText,
            theme::TEXT_MUTED,
        ),
        (
            if persona.quote.is_empty() {
                String::new()
            } else {
                layout::quoted(&persona.quote, map.options.lang)
            },
            TextRole::PersonaText,
            theme::TEXT,
        ),
    ] {
        if text.is_empty() {
            continue;
        }
        map.text(pos2(left, y), &text, role, color, width, rect);
        y += layout::TextMeasure::measure(&measure, &text, role, width).y + 3.0;
    }
}

/// "Jonas Weber" → "JW".
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|word| word.chars().next())
        .take(2)
        .collect::<String>()
        .to_uppercase()
}
