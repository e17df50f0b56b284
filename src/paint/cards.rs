//! Sticky-note cards: shadow, fill, accent stripe, badges, KPI number, title, notes.

use egui::{Align2, CornerRadius, Pos2, Rect, Stroke, StrokeKind, pos2, vec2};

use super::MapPainter;
use crate::i18n::tr_in;
use crate::layout::{CardLayout, MapLayout, TextRole};
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
        badge_row(map, card, badges, ink);
    }
    if let (Some(kpi_rect), Some(kpi)) = (layout.kpi, &card.kpi) {
        let (value, unit) = crate::layout::kpi_runs(kpi, map.options.lang);
        map.text_runs(
            kpi_rect.min,
            &[
                (&value, TextRole::KpiValue, ink),
                (&unit, TextRole::CardTitle, theme::TEXT_MUTED),
            ],
            layout.text_width,
            layout.rect,
        );
    }
    map.text(
        layout.title.min,
        &card.title,
        TextRole::CardTitle,
        theme::TEXT,
        layout.text_width,
        layout.rect,
    );
    if let Some(notes) = layout.notes {
        map.text(
            notes.min,
            &card.notes,
            TextRole::CardNotes,
            theme::TEXT_MUTED,
            layout.text_width,
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
/// right. A name too long for the room left by the pill (German names are
/// long, columns can be narrow) is shortened with "…" rather than run under it.
fn badge_row(map: &MapPainter<'_>, card: &Card, row: Rect, ink: egui::Color32) {
    let Some(touchpoint) = &card.touchpoint else {
        return;
    };
    let y = row.center().y - 3.0;
    let icon = theme::channel_icon(touchpoint.channel);
    let icon_rect = map.label(
        pos2(row.left(), y),
        Align2::LEFT_CENTER,
        icon,
        TextRole::CardTitle,
        ink,
    );
    // Too small to read: only the pill's shape shows, so skip translating,
    // measuring and shortening the name (this runs for every visible card
    // in every frame of a zoomed-out map).
    let legible = map.legible(TextRole::Small);
    // The name is measured before the badge so glyphs reach the font atlas
    // in drawing order, which keeps pictures byte-identical between versions.
    let name = if legible {
        tr_in(map.options.lang, touchpoint.channel.msg(), &[])
    } else {
        String::new()
    };
    let name_width = if legible {
        map.text_width(&name, TextRole::Small)
    } else {
        0.0
    };
    let badge = touchpoint.media.map(|media| {
        let text = tr_in(map.options.lang, media.badge(), &[]);
        let rect = pill_rect(map, pos2(row.right() - 4.0, y), &text);
        (text, rect)
    });
    let name_left = icon_rect.right() + 5.0;
    let room = badge
        .as_ref()
        .map_or_else(|| row.right(), |(_, rect)| rect.left() - 6.0)
        - name_left;
    let name = if name_width <= room {
        name
    } else {
        shortened(map, &name, TextRole::Small, room)
    };
    if !name.is_empty() {
        map.label(
            pos2(name_left, y),
            Align2::LEFT_CENTER,
            &name,
            TextRole::Small,
            theme::TEXT_MUTED,
        );
    }
    if let Some((text, rect)) = badge {
        pill(map, rect, &text, ink);
    }
}

/// `text` (which does not fit) shortened with "…" to fit `max_width` map
/// points; empty when not even three letters fit, as "S…" says nothing the
/// icon does not.
pub(super) fn shortened(
    map: &MapPainter<'_>,
    text: &str,
    role: TextRole,
    max_width: f32,
) -> String {
    let chars: Vec<char> = text.chars().collect();
    let candidate = |keep: usize| {
        let kept: String = chars[..keep].iter().collect();
        format!("{}…", kept.trim_end())
    };
    // Binary search for the longest prefix that fits: a handful of
    // measurements instead of one per letter, every frame.
    let (mut fits, mut too_long) = (2, chars.len());
    while too_long - fits > 1 {
        let middle = usize::midpoint(fits, too_long);
        if map.text_width(&candidate(middle), role) <= max_width {
            fits = middle;
        } else {
            too_long = middle;
        }
    }
    if fits < 3 {
        String::new()
    } else {
        candidate(fits)
    }
}

/// Where a pill with `text`, right-aligned at `right_center`, goes (map space).
fn pill_rect(map: &MapPainter<'_>, right_center: Pos2, text: &str) -> Rect {
    let width = map.text_width(text, TextRole::Small);
    Rect::from_min_max(
        pos2(right_center.x - width - 12.0, right_center.y - 8.0),
        pos2(right_center.x, right_center.y + 8.0),
    )
}

/// A rounded label filling `rect`, like a tag.
fn pill(map: &MapPainter<'_>, rect: Rect, text: &str, color: egui::Color32) {
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
fn evidence_marker(map: &MapPainter<'_>, card: Rect, evidence: Evidence, ink: egui::Color32) {
    let center = map.pos(pos2(card.right() - 10.0, card.top() + 10.0));
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
