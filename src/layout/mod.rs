//! Pure layout: document + metrics + text sizes in, rectangles and curve points out.
//!
//! Architecture invariant: everything here is in *map space* (points, origin at
//! the map's top-left corner) and knows nothing of egui widgets, zoom, or the
//! screen. The canvas, hit testing and every exporter draw from this one result,
//! so what you see is what you export. Rects are never saved.

mod actors;
mod badges;
mod cards;
mod curve;
mod emotion;
pub use emotion::AXIS_INSET;
mod hyphenate;
mod legend;
mod metrics;
mod phases;
mod result;
mod scale_text;
mod text;
mod title;
mod wrap;

pub use actors::shown_actors;
pub use badges::{PILL_HEIGHT, PILL_PADDING, shortened};
pub use cards::kpi_runs;
pub use curve::smooth_path;
pub use hyphenate::syllable_breaks;
pub use legend::{LegendItem, LegendLayout, LegendSymbol, LegendText};
pub use metrics::{Metrics, TitleShown};
pub use result::{
    ActorTagLayout, CardLayout, CurveLayout, LaneLayout, MapLayout, PersonaPart, PersonaText,
    PhaseLayout, StepHeaderLayout, StepLayout, TitleBlockLayout,
};
pub use scale_text::scale_value_text;
pub use text::{TextMeasure, TextRole};
pub use title::{PERSONA_AVATAR_GAP, PERSONA_AVATAR_SIZE, persona_summary, quoted};
pub use wrap::{TextBlock, TextLine, TextPiece, Typesetter};

use emath::{Rect, pos2, vec2};

use crate::model::{Journey, LaneKind};

use cards::{measure_cards, place_cards};
use emotion::curves;
use phases::{column_widths, header_rows, place_phases, place_steps};
use title::title_block;

/// Lays out the whole journey.
pub fn layout(journey: &Journey, metrics: &Metrics, measure: &dyn TextMeasure) -> MapLayout {
    // Words break as the map's own language hyphenates, whatever language
    // the interface speaks.
    let text = &Typesetter::new(measure, journey.content_lang(metrics.lang));
    // Columns are steps; a phase is as wide as its steps together.
    let (widths, phase_widths) = column_widths(journey, metrics);
    let grid_width = metrics.lane_header_width + widths.iter().sum::<f32>();
    let origin = pos2(metrics.margin, metrics.margin);

    let title_block = title_block(journey, metrics, text, origin, grid_width);
    let grid_top = if title_block.rect.height() > 0.0 {
        title_block.rect.bottom() + metrics.title_gap
    } else {
        title_block.rect.bottom()
    };

    let headers = header_rows(journey, metrics, text, (&widths, &phase_widths), grid_top);
    let rows = headers.rows;

    let cards = measure_cards(journey, metrics, text, &widths);
    let lanes_top = rows.lanes;
    let lanes = place_lanes(
        journey,
        metrics,
        text,
        &cards,
        pos2(origin.x, lanes_top),
        grid_width,
    );
    let grid_bottom = lanes.last().map_or(lanes_top, |lane| lane.row.bottom());

    let grid_left = origin.x + metrics.lane_header_width;
    let phases = place_phases(
        journey,
        &phase_widths,
        &headers.phases,
        grid_left,
        rows,
        grid_bottom,
        metrics,
    );
    let steps = place_steps(
        journey,
        &widths,
        &headers.steps,
        grid_left,
        rows,
        grid_bottom,
        metrics,
    );

    let corner = Rect::from_min_size(
        pos2(origin.x, grid_top),
        vec2(metrics.lane_header_width, lanes_top - grid_top),
    );
    let cards = place_cards(journey, metrics, cards, &steps, &lanes);
    let curves = curves(journey, &steps, &lanes, metrics, text);
    let below_grid = pos2(origin.x, grid_bottom + metrics.title_gap);
    let legend = metrics
        .show_legend
        .then(|| {
            legend::legend(
                journey,
                &cards,
                metrics,
                text.measure(),
                below_grid,
                grid_width,
            )
        })
        .flatten();
    let grid = Rect::from_min_max(origin, pos2(origin.x + grid_width, grid_bottom));
    let content = title_block.rect.union(corner).union(grid);
    let content = legend
        .as_ref()
        .map_or(content, |legend| content.union(legend.rect));
    MapLayout {
        bounds: content.expand(metrics.margin),
        title_block,
        corner,
        phases,
        steps,
        lanes,
        cards,
        curves,
        legend,
    }
}

/// Every lane's header and row, top to bottom from `top_left`: as tall as
/// its stacked cards, its name, its own minimum or the emotion lane's height.
fn place_lanes(
    journey: &Journey,
    metrics: &Metrics,
    text: &Typesetter<'_>,
    cards: &cards::MeasuredCards,
    top_left: emath::Pos2,
    grid_width: f32,
) -> Vec<LaneLayout> {
    let mut lanes = Vec::with_capacity(journey.lanes.len());
    let mut y = top_left.y;
    for (lane_index, lane) in journey.lanes.iter().enumerate() {
        let axis = if lane.kind == LaneKind::Emotion && !lane.collapsed {
            emotion::axis_width(journey, metrics, text.measure())
        } else {
            0.0
        };
        let name_text = text.block(
            &lane.name,
            TextRole::LaneName,
            if axis > 0.0 {
                // The axis numbers take the right padding's place.
                metrics.lane_header_width - metrics.header_padding - metrics.lane_icon_width - axis
            } else {
                metrics.lane_header_width - 2.0 * metrics.header_padding - metrics.lane_icon_width
            }
            .max(0.0),
        );
        let header_text = name_text.height() + 2.0 * metrics.header_padding;
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
            Rect::from_min_size(pos2(top_left.x, y), vec2(metrics.lane_header_width, height));
        let row = Rect::from_min_size(
            pos2(top_left.x + metrics.lane_header_width, y),
            vec2(grid_width - metrics.lane_header_width, height),
        );
        let scale_labels = if lane.kind == LaneKind::Emotion && !lane.collapsed {
            emotion::axis_labels(journey, row, metrics, text.measure())
        } else {
            Vec::new()
        };
        lanes.push(LaneLayout {
            id: lane.id,
            header,
            name_text,
            row,
            collapsed: lane.collapsed,
            scale_labels,
        });
        y += height;
    }
    lanes
}

#[cfg(test)]
mod tests;
