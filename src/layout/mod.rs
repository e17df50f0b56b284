//! Pure layout: document + metrics + text sizes in, rectangles and curve points out.
//!
//! Architecture invariant: everything here is in *map space* (points, origin at
//! the map's top-left corner) and knows nothing of egui widgets, zoom, or the
//! screen. The canvas, hit testing and every exporter draw from this one result,
//! so what you see is what you export. Rects are never saved.

mod cards;
mod curve;
mod emotion;
mod metrics;
mod phases;
mod result;
mod text;
mod title;

pub use cards::kpi_runs;
pub use curve::smooth_path;
pub use metrics::Metrics;
pub use result::{CardLayout, CurveLayout, LaneLayout, MapLayout, PhaseLayout, TitleBlockLayout};
pub use text::{TextMeasure, TextRole};
pub use title::{PERSONA_AVATAR_GAP, PERSONA_AVATAR_SIZE, persona_summary, quoted};

use emath::{Rect, pos2, vec2};

use crate::model::{Journey, LaneKind};

use cards::{measure_cards, place_cards};
use emotion::curves;
use phases::{PhaseHeaderText, phase_header_text, place_phases};
use title::title_block;

/// Lays out the whole journey.
pub fn layout(journey: &Journey, metrics: &Metrics, text: &dyn TextMeasure) -> MapLayout {
    let widths: Vec<f32> = journey
        .phases
        .iter()
        .map(|phase| {
            let (min, max) = metrics.phase_width_range;
            phase.width.unwrap_or(metrics.phase_width).clamp(min, max)
        })
        .collect();
    let grid_width = metrics.lane_header_width + widths.iter().sum::<f32>();
    let origin = pos2(metrics.margin, metrics.margin);

    let title_block = title_block(journey, metrics, text, origin, grid_width);
    let grid_top = title_block.rect.bottom() + metrics.title_gap;

    let header_texts: Vec<PhaseHeaderText> = journey
        .phases
        .iter()
        .zip(&widths)
        .enumerate()
        .map(|(index, (phase, &width))| {
            phase_header_text(phase, index, journey.phases.len(), width, metrics, text)
        })
        .collect();
    let phase_header_height = header_texts
        .iter()
        .map(|texts| texts.height + 2.0 * metrics.header_padding)
        .fold(metrics.phase_header_height, f32::max);

    let cards = measure_cards(journey, metrics, text, &widths);
    let lanes_top = grid_top + phase_header_height;
    let mut lanes = Vec::with_capacity(journey.lanes.len());
    let mut y = lanes_top;
    for (lane_index, lane) in journey.lanes.iter().enumerate() {
        let header_text =
            text.measure(
                &lane.name,
                TextRole::LaneName,
                metrics.lane_header_width - 2.0 * metrics.header_padding - metrics.lane_icon_width,
            )
            .y + 2.0 * metrics.header_padding;
        let height = if lane.collapsed {
            metrics.collapsed_lane_height
        } else {
            let content = if lane.kind == LaneKind::Emotion {
                metrics.emotion_lane_height
            } else {
                cards.lane_content_height[lane_index] + 2.0 * metrics.cell_padding
            };
            content
                .max(metrics.lane_min_height)
                .max(lane.min_height.unwrap_or(0.0))
                .max(header_text)
        };
        let header =
            Rect::from_min_size(pos2(origin.x, y), vec2(metrics.lane_header_width, height));
        let row = Rect::from_min_size(
            pos2(origin.x + metrics.lane_header_width, y),
            vec2(grid_width - metrics.lane_header_width, height),
        );
        let scale_labels = if lane.kind == LaneKind::Emotion && !lane.collapsed {
            emotion::axis_labels(journey, row, metrics, text)
        } else {
            Vec::new()
        };
        lanes.push(LaneLayout {
            id: lane.id,
            header,
            row,
            collapsed: lane.collapsed,
            scale_labels,
        });
        y += height;
    }
    let grid_bottom = y;

    let phases = place_phases(
        journey,
        &widths,
        &header_texts,
        origin.x + metrics.lane_header_width,
        grid_top..=lanes_top,
        grid_bottom,
        metrics,
    );

    let corner = Rect::from_min_size(
        pos2(origin.x, grid_top),
        vec2(metrics.lane_header_width, phase_header_height),
    );
    let cards = place_cards(journey, metrics, cards, &phases, &lanes);
    let curves = curves(journey, &phases, &lanes);
    let content = title_block.rect.union(corner).union(Rect::from_min_max(
        origin,
        pos2(origin.x + grid_width, grid_bottom),
    ));
    MapLayout {
        bounds: content.expand(metrics.margin),
        title_block,
        corner,
        phases,
        lanes,
        cards,
        curves,
    }
}

#[cfg(test)]
mod tests;
