//! Phase headers, lane headers and the rows and columns between them; the
//! steps inside phases are `steps.rs`.

use egui::{Pos2, Rect, Shape, pos2, vec2};

use super::MapPainter;
use crate::layout::{MapLayout, TextRole};
use crate::model::{Journey, LaneKind};
use crate::theme;

pub(super) fn paint(map: &MapPainter<'_>, journey: &Journey, layout: &MapLayout) {
    rows(map, journey, layout);
    super::steps::separators(map, journey, layout);
    phase_headers(map, layout);
    super::steps::headers(map, layout);
    lane_headers(map, journey, layout);
}

fn rows(map: &MapPainter<'_>, journey: &Journey, layout: &MapLayout) {
    for (index, lane) in layout.lanes.iter().enumerate() {
        if !map.is_visible(lane.row) {
            continue;
        }
        if index % 2 == 1 {
            map.painter
                .rect_filled(map.rect(lane.row), 0.0, map.palette().row_tint);
        }
        let line = map.stroke(1.0, map.palette().grid_line);
        let bottom = lane.header.left()..=lane.row.right();
        map.painter.hline(
            (map.screen_from_map * pos2(*bottom.start(), 0.0)).x
                ..=(map.screen_from_map * pos2(*bottom.end(), 0.0)).x,
            map.pos(pos2(0.0, lane.row.bottom())).y,
            line,
        );
        if journey.lanes.get(index).is_some_and(|l| l.collapsed) {
            continue;
        }
        for phase in layout.phases.iter().skip(1) {
            let x = map.pos(pos2(phase.column.left(), 0.0)).x;
            let top = map.pos(pos2(0.0, lane.row.top() + 6.0)).y;
            let bottom = map.pos(pos2(0.0, lane.row.bottom() - 6.0)).y;
            map.painter.vline(x, top..=bottom, line);
        }
    }
}

fn phase_headers(map: &MapPainter<'_>, layout: &MapLayout) {
    let last = layout.phases.len().saturating_sub(1);
    for (index, header) in layout.phases.iter().enumerate() {
        if !map.is_visible(header.header) {
            continue;
        }
        // Chevrons: each header points into the next, the classic journey arrow.
        let rect = header.header.shrink2(vec2(1.0, 4.0));
        let chevron = crate::layout::Metrics::default().phase_chevron;
        let notch = if index == 0 { 0.0 } else { chevron };
        let point = if index == last { 0.0 } else { chevron };
        // The notch makes the chevron concave, and egui fills a polygon as
        // a fan from its first point: from the notch's point every corner
        // is in sight, so the fan covers the chevron and never the notch.
        let points: Vec<Pos2> = [
            pos2(rect.left() + notch, rect.center().y),
            rect.left_top(),
            pos2(rect.right() - point, rect.top()),
            pos2(rect.right(), rect.center().y),
            pos2(rect.right() - point, rect.bottom()),
            rect.left_bottom(),
        ]
        .into_iter()
        .map(|p| map.pos(p))
        .collect();
        map.painter.add(Shape::convex_polygon(
            points,
            map.palette().phase_header,
            egui::Stroke::NONE,
        ));
        let clip = header.header;
        map.block(
            header.name.min,
            &header.name_text,
            &[(TextRole::PhaseName, map.palette().phase_header_text)],
            clip,
        );
        if let Some(description) = header.description {
            map.block(
                description.min,
                &header.description_text,
                &[(TextRole::PhaseDescription, map.palette().phase_header_muted)],
                clip,
            );
        }
    }
}

fn lane_headers(map: &MapPainter<'_>, journey: &Journey, layout: &MapLayout) {
    let metrics = crate::layout::Metrics::default();
    for (lane, lane_layout) in journey.lanes.iter().zip(&layout.lanes) {
        let header = lane_layout.header;
        if !map.is_visible(header) {
            continue;
        }
        map.painter.rect_filled(
            map.rect(header.shrink2(vec2(0.0, 0.5))),
            0.0,
            map.palette().lane_header,
        );
        let (_, accent) = theme::card_colors(theme::lane_color(lane.kind));
        let stripe = Rect::from_min_size(
            header.min,
            vec2(theme::ACCENT_STRIPE_WIDTH, header.height()),
        );
        map.painter.rect_filled(map.rect(stripe), 0.0, accent);
        // The layout measured the header for this padding and icon width.
        let (padding, icon_width) = (metrics.header_padding, metrics.lane_icon_width);
        let top_padding = if lane_layout.collapsed { 6.0 } else { padding };
        let icon_pos = pos2(header.left() + padding, header.top() + top_padding);
        map.label(
            icon_pos,
            egui::Align2::LEFT_TOP,
            theme::lane_icon(lane.kind),
            TextRole::LaneName,
            map.palette().lane_icon(lane.kind),
        );
        map.block(
            pos2(icon_pos.x + icon_width, icon_pos.y),
            &lane_layout.name_text,
            &[(TextRole::LaneName, map.palette().text)],
            header,
        );
        if lane.kind == LaneKind::Emotion && !lane_layout.collapsed {
            super::emotion::scale_labels(map, journey, lane_layout);
        }
    }
}
