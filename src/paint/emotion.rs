//! The emotion lane: guide lines, the smooth curves, faces at the values, the
//! scale and the legend.

use egui::epaint::PathStroke;
use egui::{Align2, Color32, Pos2, Shape, Stroke, pos2, vec2};

use super::{MapPainter, moment};
use crate::layout::{self, LaneLayout, MapLayout, TextBlock, TextRole, scale_value_text};
use crate::model::{EmotionPoint, Journey, LaneKind};
use crate::theme;

pub(super) fn paint(map: &MapPainter<'_>, journey: &Journey, layout: &MapLayout) {
    let scale = journey.emotion_scale;
    for (lane, lane_layout) in journey.lanes.iter().zip(&layout.lanes) {
        if lane.kind != LaneKind::Emotion
            || lane_layout.collapsed
            || !map.is_visible(lane_layout.row)
        {
            continue;
        }
        let row = lane_layout.row;
        let values = scale.values();
        let every_value = values.first().is_some_and(|&first| {
            let apart = MapLayout::emotion_y(row, scale.fraction(first))
                - MapLayout::emotion_y(row, scale.fraction(first + scale.step));
            apart >= theme::EMOTION_GUIDE_MIN_GAP
        });
        let lines: Vec<f32> = if every_value {
            values
        } else {
            let labelled = lane_layout.scale_labels.iter();
            labelled
                .filter_map(|&index| values.get(index).copied())
                .collect()
        };
        for value in lines {
            let y = MapLayout::emotion_y(row, scale.fraction(value));
            let is_zero = value.abs() < 1e-6;
            let color = if is_zero {
                map.palette().emotion_guide
            } else {
                map.palette().grid_line
            };
            let from = map.pos(pos2(row.left() + 8.0, y));
            let to = map.pos(pos2(row.right() - 8.0, y));
            if is_zero {
                let dash = 6.0 * map.zoom();
                map.painter.add(Shape::dashed_line(
                    &[from, to],
                    map.stroke(1.5, color),
                    dash,
                    dash * 0.7,
                ));
            } else {
                map.painter.line_segment([from, to], map.stroke(1.0, color));
            }
        }
    }
    for curve_layout in &layout.curves {
        let Some(curve) = journey.curves.iter().find(|c| c.id == curve_layout.id) else {
            continue;
        };
        let color = theme::rgb(journey.curve_color(curve));
        let path: Vec<Pos2> = curve_layout.path.iter().map(|p| map.pos(*p)).collect();
        if path.len() >= 2 {
            map.painter.add(Shape::line(
                path,
                PathStroke::new(theme::CURVE_WIDTH * map.zoom(), color),
            ));
        }
        for ((step, _), face_pos) in curve_layout.points.iter().zip(&curve_layout.faces) {
            let Some(point) = curve.point_in(*step) else {
                continue;
            };
            face(map, *face_pos, scale.fraction(point.value), color);
            if point.moment_of_truth {
                moment::ring(map, *face_pos);
            }
        }
    }
    // Labels over every line, on a patch of paper, so no curve runs through
    // their words.
    for curve_layout in &layout.curves {
        let Some((curve_index, curve)) = journey
            .curves
            .iter()
            .enumerate()
            .find(|(_, c)| c.id == curve_layout.id)
        else {
            continue;
        };
        for (((step, _), face_pos), label) in curve_layout
            .points
            .iter()
            .zip(&curve_layout.faces)
            .zip(&curve_layout.labels)
        {
            let Some(point) = curve.point_in(*step) else {
                continue;
            };
            if !label.is_empty() {
                let tag_above = moment::tag_above(scale.fraction(point.value));
                point_label(
                    map,
                    journey,
                    (curve_index, point),
                    *face_pos,
                    label,
                    tag_above,
                );
            }
        }
    }
    // Tags last, so no later curve's line runs over one.
    moment_tags(map, journey, layout);
}

/// The tags of the marked points.
fn moment_tags(map: &MapPainter<'_>, journey: &Journey, layout: &MapLayout) {
    let scale = journey.emotion_scale;
    for curve_layout in &layout.curves {
        let Some(curve) = journey.curves.iter().find(|c| c.id == curve_layout.id) else {
            continue;
        };
        for ((step, _), pos) in curve_layout.points.iter().zip(&curve_layout.faces) {
            if let Some(point) = curve.point_in(*step).filter(|p| p.moment_of_truth) {
                moment::tag(map, *pos, moment::tag_above(scale.fraction(point.value)));
            }
        }
    }
}

/// A point's label: the top curve's above its point and the others' below,
/// so labels of curves meeting in one step never overlap; a marked point's
/// label clears its ring, and its tag when that is on the same side.
fn point_label(
    map: &MapPainter<'_>,
    journey: &Journey,
    (curve_index, point): (usize, &EmotionPoint),
    pos: Pos2,
    label: &TextBlock,
    tag_above: bool,
) {
    let above = !journey
        .curves
        .iter()
        .enumerate()
        .any(|(other_index, other)| {
            other.point_in(point.step).is_some_and(|other_point| {
                match other_point.value.total_cmp(&point.value) {
                    std::cmp::Ordering::Greater => true,
                    std::cmp::Ordering::Equal => other_index < curve_index,
                    std::cmp::Ordering::Less => false,
                }
            })
        });
    let offset = match (point.moment_of_truth, tag_above == above) {
        (false, _) => theme::FACE_RADIUS + 4.0,
        (true, false) => moment::RING_OUTER + 4.0,
        (true, true) => moment::TAG_REACH + 3.0,
    };
    let top = if above {
        pos.y - offset - label.height()
    } else {
        pos.y + offset
    };
    let rect = egui::Rect::from_min_size(pos2(pos.x - label.size.x / 2.0, top), label.size);
    map.painter.rect_filled(
        map.rect(rect.expand2(vec2(3.0, 1.0))),
        2.0 * map.zoom(),
        map.palette().label_halo(),
    );
    map.block_centered(pos.x, top, label, TextRole::Small, map.palette().text);
}

/// A smiley whose mouth and colour follow the value: a frown at the bottom of
/// the scale, a flat mouth in the middle, a smile at the top. Drawn as shapes, so
/// it is crisp at every zoom and export scale.
fn face(map: &MapPainter<'_>, center_in_map: Pos2, fraction: f32, ring: Color32) {
    face_sized(map, center_in_map, theme::FACE_RADIUS, fraction, ring);
}

/// A face of `radius` map points (the legend's are smaller than the lane's).
pub(super) fn face_sized(
    map: &MapPainter<'_>,
    center_in_map: Pos2,
    radius: f32,
    fraction: f32,
    ring: Color32,
) {
    let zoom = map.zoom();
    let center = map.pos(center_in_map);
    let radius = radius * zoom;
    map.painter.circle(
        center,
        radius,
        theme::emotion_color(fraction),
        Stroke::new(2.0 * zoom, ring),
    );
    let ink = theme::FACE_INK;
    for side in [-1.0, 1.0] {
        map.painter.circle_filled(
            center + vec2(side * radius * 0.36, -radius * 0.25),
            radius * 0.12,
            ink,
        );
    }
    // The mouth: a parabola whose curvature goes from −1 (frown) to +1 (smile).
    let curvature = fraction * 2.0 - 1.0;
    let mouth: Vec<Pos2> = (0..=10)
        .map(|i| {
            #[expect(clippy::cast_precision_loss, reason = "`i` counts to 10")]
            let t = i as f32 / 10.0 * 2.0 - 1.0;
            center
                + vec2(
                    t * radius * 0.45,
                    radius * (0.3 + curvature * 0.22 * (1.0 - t * t)),
                )
        })
        .collect();
    map.painter
        .add(Shape::line(mouth, PathStroke::new(1.6 * zoom, ink)));
}

/// The scale values along the header's right edge (the curves are
/// explained in the map's legend).
pub(super) fn scale_labels(map: &MapPainter<'_>, journey: &Journey, lane: &LaneLayout) {
    let scale = journey.emotion_scale;
    let header = lane.header;
    // The layout chose which values fit on the axis without overlapping.
    let values = scale.values();
    for &value in lane
        .scale_labels
        .iter()
        .filter_map(|&index| values.get(index))
    {
        let y = MapLayout::emotion_y(lane.row, scale.fraction(value));
        let text = scale_value_text(value, &scale, map.options.lang);
        small_right(map, pos2(header.right() - layout::AXIS_INSET, y), &text);
    }
}

/// Draws small right-aligned muted text: a value of the scale.
fn small_right(map: &MapPainter<'_>, pos: Pos2, text: &str) {
    map.label(
        pos,
        Align2::RIGHT_CENTER,
        text,
        TextRole::Small,
        map.palette().text_muted,
    );
}
