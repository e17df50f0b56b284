//! The legend under the grid, as the layout placed it: each symbol drawn as
//! the map draws it, with its words.

use egui::{Align2, Rect, vec2};

use super::MapPainter;
use crate::i18n::tr_in;
use crate::layout::{LegendSymbol, MapLayout, TextRole};
use crate::model::{Journey, LaneKind};
use crate::theme;

/// Radius of a face in the legend: smaller than the lane's, to fit a row.
const FACE_RADIUS: f32 = 8.0;

pub(super) fn paint(map: &MapPainter<'_>, journey: &Journey, layout: &MapLayout) {
    let Some(legend) = &layout.legend else {
        return;
    };
    if !map.is_visible(legend.rect) {
        return;
    }
    let palette = map.palette();
    for heading in &legend.headings {
        map.label(
            heading.left_center,
            Align2::LEFT_CENTER,
            &heading.text,
            TextRole::Small,
            palette.text,
        );
    }
    let touchpoints = theme::lane_color(LaneKind::Touchpoints);
    let (card_fill, accent) = theme::card_colors(touchpoints);
    // An icon on the paper is a symbol: 3:1 against it (WCAG 1.4.11).
    let icon_ink = theme::readable_on(accent, palette.paper, 3.0);
    for item in &legend.items {
        let rect = item.symbol_rect;
        let center = rect.center();
        match item.symbol {
            LegendSymbol::Evidence(evidence) => {
                super::cards::evidence_dot(map, center, evidence, palette.text);
            }
            LegendSymbol::Media(media) => {
                // The pill on a patch of a touchpoint card, as it stands on
                // the cards: its word then reads on the card's fill.
                let pill = Rect::from_center_size(center, vec2(rect.width(), 16.0));
                map.painter
                    .rect_filled(map.rect(pill.expand(2.0)), 4.0 * map.zoom(), card_fill);
                let badge = tr_in(map.options.lang, media.badge(), &[]);
                super::cards::pill(map, pill, &badge, theme::card_ink(touchpoints));
            }
            LegendSymbol::Channel(channel) => {
                map.label(
                    center,
                    Align2::CENTER_CENTER,
                    theme::channel_icon(channel),
                    TextRole::CardTitle,
                    icon_ink,
                );
            }
            LegendSymbol::Face(value) => {
                let scale = journey.emotion_scale;
                super::emotion::face_sized(
                    map,
                    center,
                    FACE_RADIUS,
                    scale.fraction(value),
                    palette.text_muted,
                );
            }
            LegendSymbol::Curve(id) => {
                let Some(curve) = journey.curves.iter().find(|curve| curve.id == id) else {
                    continue;
                };
                let swatch = Rect::from_center_size(center, vec2(rect.width(), 3.0));
                map.painter.rect_filled(
                    map.rect(swatch),
                    1.5 * map.zoom(),
                    theme::rgb(journey.curve_color(curve)),
                );
            }
            LegendSymbol::MomentOfTruth => super::moment::legend_ring(map, center),
        }
        map.label(
            item.label.left_center,
            Align2::LEFT_CENTER,
            &item.label.text,
            TextRole::Small,
            palette.text,
        );
    }
}
