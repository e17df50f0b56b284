//! Sticky-note cards: shadow, fill, accent stripe, badges, KPI number, title, notes.

use egui::{Align2, Color32, CornerRadius, Pos2, Rect, Stroke, StrokeKind, pos2, vec2};

use super::MapPainter;
use crate::i18n::tr_in;
use crate::layout::{CardLayout, MapLayout, Metrics, TextRole};
use crate::model::{Card, Evidence, Journey};
use crate::theme;

pub(super) fn paint(map: &MapPainter<'_>, journey: &Journey, layout: &MapLayout) {
    for (card, card_layout) in journey.cards.iter().zip(&layout.cards) {
        if card_layout.hidden || !map.is_visible(card_layout.rect) {
            continue;
        }
        let lane_kind = journey.lane(card.lane).map(|lane| lane.kind);
        paint_card(
            map,
            journey,
            card,
            card_layout,
            theme::card_color(card, lane_kind),
        );
    }
}

/// Draws one card; also used for the drag preview.
pub fn paint_card(
    map: &MapPainter<'_>,
    journey: &Journey,
    card: &Card,
    layout: &CardLayout,
    color: crate::model::CardColor,
) {
    let (fill, accent) = theme::card_colors(color);
    let zoom = map.zoom();
    let rect = map.rect(layout.rect);
    let radius = CornerRadius::same(scaled_radius(theme::CARD_RADIUS, zoom));
    map.painter.rect_filled(
        rect.translate(vec2(0.0, theme::CARD_SHADOW_OFFSET * zoom)),
        radius,
        theme::SHADOW,
    );
    map.painter.rect(
        rect,
        radius,
        fill,
        Stroke::new(zoom, theme::card_border(accent)),
        StrokeKind::Inside,
    );
    let stripe = Rect::from_min_size(
        layout.rect.min,
        vec2(theme::ACCENT_STRIPE_WIDTH, layout.rect.height()),
    );
    map.painter.rect_filled(
        map.rect(stripe),
        CornerRadius {
            nw: radius.nw,
            sw: radius.sw,
            ne: 0,
            se: 0,
        },
        accent,
    );
    if !map.legible(TextRole::CardTitle) {
        return;
    }
    // The accent darkened to read on the fill: the stripe only decorates,
    // these carry meaning.
    let ink = theme::card_ink(color);
    evidence_marker(map, layout.rect, card.evidence, ink);
    if let Some(badges) = layout.badges {
        badge_row(map, card, layout, badges, ink);
    }
    if let Some(kpi_rect) = layout.kpi {
        map.block(
            kpi_rect.min,
            &layout.kpi_text,
            &[
                (TextRole::KpiValue, ink),
                (TextRole::CardTitle, theme::TEXT_MUTED),
            ],
            layout.rect,
        );
    }
    map.block(
        layout.title.min,
        &layout.title_text,
        &[(TextRole::CardTitle, theme::TEXT)],
        layout.rect,
    );
    if let Some(notes) = layout.notes {
        map.block(
            notes.min,
            &layout.notes_text,
            &[(TextRole::CardNotes, theme::TEXT_MUTED)],
            layout.rect,
        );
    }
    if !layout.actors.is_empty() {
        super::actors::actor_tags(map, journey, card, layout);
    }
}

pub(super) fn scaled_radius(radius: u8, zoom: f32) -> u8 {
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "clamped to u8's range"
    )]
    let scaled = (f32::from(radius) * zoom).round().clamp(0.0, 255.0) as u8;
    scaled
}

/// The channel icon and name on the left, the media type as a pill on the
/// right, as the layout measured them (a name too long for the room left
/// by the pill is already shortened with "…").
fn badge_row(map: &MapPainter<'_>, card: &Card, layout: &CardLayout, row: Rect, ink: Color32) {
    let Some(touchpoint) = &card.touchpoint else {
        return;
    };
    let y = row.center().y - 3.0;
    map.label(
        pos2(row.left(), y),
        Align2::LEFT_CENTER,
        theme::channel_icon(touchpoint.channel),
        TextRole::CardTitle,
        ink,
    );
    if !layout.channel_name.is_empty() {
        map.label(
            pos2(row.left() + Metrics::default().channel_icon_width, y),
            Align2::LEFT_CENTER,
            &layout.channel_name,
            TextRole::Small,
            theme::TEXT_MUTED,
        );
    }
    if let (Some(media), Some(rect)) = (touchpoint.media, layout.media_badge) {
        pill(map, rect, &tr_in(map.options.lang, media.badge(), &[]), ink);
    }
}

/// A rounded label filling `rect`, like a tag.
pub(super) fn pill(map: &MapPainter<'_>, rect: Rect, text: &str, color: Color32) {
    let (fill, border) = theme::pill_colors(color);
    map.painter.rect(
        map.rect(rect),
        CornerRadius::same(scaled_radius(theme::PILL_RADIUS, map.zoom())),
        fill,
        Stroke::new(map.zoom(), border),
        StrokeKind::Inside,
    );
    map.label(
        rect.center(),
        Align2::CENTER_CENTER,
        text,
        TextRole::Small,
        color,
    );
}

/// Top-right dot: a ring for an assumption, half-filled when partly backed,
/// filled when research-backed.
fn evidence_marker(map: &MapPainter<'_>, card: Rect, evidence: Evidence, ink: Color32) {
    evidence_dot(
        map,
        pos2(card.right() - 10.0, card.top() + 10.0),
        evidence,
        ink,
    );
}

/// The evidence dot centred at `center` (map space), as on a card.
pub(super) fn evidence_dot(map: &MapPainter<'_>, center: Pos2, evidence: Evidence, ink: Color32) {
    let center = map.pos(center);
    let radius = theme::EVIDENCE_DOT_RADIUS * map.zoom();
    let fill = theme::evidence_fill(evidence);
    map.painter.circle_stroke(
        center,
        radius,
        Stroke::new(theme::EVIDENCE_RING_WIDTH * map.zoom(), ink),
    );
    if fill >= 1.0 {
        map.painter.circle_filled(center, radius, ink);
    } else if fill > 0.0 {
        let half: Vec<Pos2> = (0..=12)
            .map(|i| {
                #[expect(clippy::cast_precision_loss, reason = "`i` counts to 12")]
                let angle = std::f32::consts::PI * (0.5 + i as f32 / 12.0);
                center + radius * vec2(-angle.cos(), angle.sin())
            })
            .collect();
        map.painter
            .add(egui::Shape::convex_polygon(half, ink, Stroke::NONE));
    }
}
