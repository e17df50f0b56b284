//! The steps inside phases: a row of header cells under the chevron of each
//! phase with several steps, and dashed lines between its steps in the
//! lanes. A phase with one step has neither, so it draws as a plain column.

use egui::{Shape, pos2, vec2};

use super::MapPainter;
use crate::layout::{MapLayout, TextRole};
use crate::model::Journey;

/// Dash and gap of the lines between steps, in map points.
const DASH: (f32, f32) = (4.0, 4.0);

/// Below this length on screen a dash is drawn as part of a solid line.
const MIN_DASH_PIXELS: f32 = 2.0;

/// The step header cells: a pale shade of the phase's chevron with the
/// step's name and, muted, its description.
pub(super) fn headers(map: &MapPainter<'_>, layout: &MapLayout) {
    for step_layout in &layout.steps {
        let Some(header) = &step_layout.header else {
            continue;
        };
        if !map.is_visible(header.rect) {
            continue;
        }
        // One point in from each side, as the chevrons are: neighbours stay
        // apart by a thin line of paper.
        let cell = header.rect.shrink2(vec2(1.0, 0.0));
        let cell = cell.with_max_y(cell.bottom() - 1.0);
        map.painter
            .rect_filled(map.rect(cell), 0.0, map.palette().step_header);
        map.block(
            header.name.min,
            &header.name_text,
            &[(TextRole::StepName, map.palette().text)],
            header.rect,
        );
        if let Some(description) = header.description {
            map.block(
                description.min,
                &header.description_text,
                &[(TextRole::PhaseDescription, map.palette().text_muted)],
                header.rect,
            );
        }
    }
}

/// Dashed lines between the steps of a phase, in every expanded lane, where
/// the solid lines between phases run.
pub(super) fn separators(map: &MapPainter<'_>, journey: &Journey, layout: &MapLayout) {
    let inner: Vec<f32> = layout
        .steps
        .windows(2)
        .filter(|pair| pair[0].phase_index == pair[1].phase_index)
        .map(|pair| pair[1].column.left())
        .collect();
    if inner.is_empty() {
        return;
    }
    let stroke = map.stroke(1.0, map.palette().step_line);
    let (dash, gap) = (DASH.0 * map.zoom(), DASH.1 * map.zoom());
    // Dashes under a pixel or two read as a faint solid line anyway, and
    // each one costs a shape: a zoomed-out map of 48 steps would otherwise
    // tessellate tens of thousands of them every frame.
    let solid = dash < MIN_DASH_PIXELS;
    let mut shapes = Vec::new();
    for (lane, lane_layout) in journey.lanes.iter().zip(&layout.lanes) {
        if lane.collapsed || !map.is_visible(lane_layout.row) {
            continue;
        }
        let (top, bottom) = (lane_layout.row.top() + 6.0, lane_layout.row.bottom() - 6.0);
        // Only the visible part of a tall lane, starting on a whole dash
        // period so the dashes stand still while the map scrolls.
        let period = DASH.0 + DASH.1;
        let top = top + ((map.visible.top() - top).max(0.0) / period).floor() * period;
        let bottom = bottom.min(map.visible.bottom() + period);
        if top >= bottom {
            continue;
        }
        for &x in inner.iter().filter(|x| map.visible.x_range().contains(**x)) {
            let line = [map.pos(pos2(x, top)), map.pos(pos2(x, bottom))];
            if solid {
                shapes.push(Shape::line_segment(line, stroke));
            } else {
                Shape::dashed_line_many(&line, stroke, dash, gap, &mut shapes);
            }
        }
    }
    map.painter.extend(shapes);
}
