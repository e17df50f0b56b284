//! The emotion lane's geometry: where a value sits in the row, and each
//! curve's points and smooth path.

use emath::{Rect, pos2};

use crate::model::{EmotionScale, Journey, LaneKind};

use super::{
    CurveLayout, LaneLayout, MapLayout, Metrics, StepLayout, TextMeasure, TextRole, Typesetter,
    smooth_path,
};

impl MapLayout {
    /// The vertical position of an emotion value inside an emotion lane's row.
    pub fn emotion_y(row: Rect, fraction: f32) -> f32 {
        let inset = emotion_inset(row);
        row.bottom() - inset - fraction * (row.height() - 2.0 * inset)
    }

    /// Which values of `scale` are written on the axis of an emotion lane's
    /// `row`, as indices into [`EmotionScale::values`], bottom to top, no two
    /// closer than `min_distance` map points.
    ///
    /// Every value while they fit. On a dense scale (1…10 in halves, 0…100)
    /// only the multiples of a round interval (the step twice, then 1, 2, 5,
    /// 10, 20, 50…) — zero-based, so 0 keeps its label on a scale through
    /// zero — plus both ends, which say what the scale is; a multiple too
    /// close to an end gives way to it.
    pub fn scale_labels(scale: &EmotionScale, row: Rect, min_distance: f32) -> Vec<usize> {
        let values = scale.values();
        let Some(last) = values.len().checked_sub(1) else {
            return Vec::new();
        };
        let distance = |a: usize, b: usize| {
            (Self::emotion_y(row, scale.fraction(values[a]))
                - Self::emotion_y(row, scale.fraction(values[b])))
            .abs()
        };
        if last == 0 || distance(0, 1) >= min_distance {
            return (0..=last).collect();
        }
        let Some(interval) = label_interval(scale, distance(0, 1), min_distance) else {
            // Not even the two ends fit apart: the bottom says where it starts.
            return vec![0];
        };
        let is_multiple = |value: f32| {
            let units = f64::from(value) / f64::from(interval);
            (units - units.round()).abs() < 1e-4
        };
        let mut labels = vec![0];
        labels.extend((1..last).filter(|&index| {
            is_multiple(values[index])
                && distance(index, 0) >= min_distance
                && distance(index, last) >= min_distance
        }));
        labels.push(last);
        labels
    }
}

/// The labels on the axis of an expanded emotion lane's `row`: as many as
/// the measured height of a label and the gap after it leave room for.
pub(super) fn axis_labels(
    journey: &Journey,
    row: Rect,
    metrics: &Metrics,
    text: &dyn TextMeasure,
) -> Vec<usize> {
    let label_height = text.line_size(&[("0", TextRole::Small)]).y;
    MapLayout::scale_labels(
        &journey.emotion_scale,
        row,
        label_height + metrics.scale_label_gap,
    )
}

/// Room the axis numbers take at the right of an emotion lane's header
/// (the painter sets them [`AXIS_INSET`] from its edge): the lane's name
/// wraps before it, so the two never run into each other.
pub(super) fn axis_width(journey: &Journey, metrics: &Metrics, text: &dyn TextMeasure) -> f32 {
    let scale = &journey.emotion_scale;
    let widest = scale
        .values()
        .into_iter()
        .map(|value| {
            text.width(
                &super::scale_text::scale_value_text(value, scale, metrics.lang),
                TextRole::Small,
            )
        })
        .fold(0.0, f32::max);
    widest + AXIS_INSET + AXIS_GAP
}

/// How far the axis numbers sit from the lane header's right edge.
pub const AXIS_INSET: f32 = 10.0;

/// Free space between a lane's name and the axis numbers.
const AXIS_GAP: f32 = 6.0;

/// The distance between labelled values: the smallest round multiple of the
/// scale's step whose labels are `min_distance` apart, or `None` when no two
/// values fit.
fn label_interval(scale: &EmotionScale, step_distance: f32, min_distance: f32) -> Option<f32> {
    let steps = scale.values().len().saturating_sub(1);
    let fits = |multiple: usize| {
        #[expect(clippy::cast_precision_loss, reason = "at most MAX_STEPS")]
        let apart = multiple as f32 * step_distance;
        apart >= min_distance
    };
    let round = |multiple: usize| {
        #[expect(clippy::cast_precision_loss, reason = "at most MAX_STEPS")]
        let interval = f64::from(scale.step) * multiple as f64;
        // 1, 2 or 5 times a power of ten (0.5 included).
        let power = 10f64.powf(interval.log10().floor());
        let leading = interval / power;
        [1.0, 2.0, 5.0, 10.0]
            .iter()
            .any(|nice| (leading - nice).abs() < 1e-6)
    };
    let multiple = (2..=steps)
        .find(|&multiple| fits(multiple) && round(multiple))
        .or_else(|| (2..=steps).find(|&multiple| fits(multiple)))?;
    #[expect(clippy::cast_precision_loss, reason = "at most MAX_STEPS")]
    let interval = scale.step * multiple as f32;
    Some(interval)
}

/// Space kept above the top and below the bottom value, so faces fit.
fn emotion_inset(row: Rect) -> f32 {
    (row.height() * 0.14).clamp(6.0, 28.0)
}

/// Every curve in every expanded emotion lane, through the steps' centres:
/// its faces (spread sideways where curves meet, so every face stays in
/// sight) and its point labels, broken to fit their step.
pub(super) fn curves(
    journey: &Journey,
    steps: &[StepLayout],
    lanes: &[LaneLayout],
    metrics: &Metrics,
    text: &Typesetter<'_>,
) -> Vec<CurveLayout> {
    let scale = journey.emotion_scale;
    let mut result = Vec::new();
    for (lane, lane_layout) in journey.lanes.iter().zip(lanes) {
        if lane.kind != LaneKind::Emotion || lane.collapsed {
            continue;
        }
        let first = result.len();
        for curve in &journey.curves {
            let mut points = Vec::new();
            let mut labels = Vec::new();
            for step in steps {
                let Some(point) = curve.point_in(step.id) else {
                    continue;
                };
                let y = MapLayout::emotion_y(lane_layout.row, scale.fraction(point.value));
                points.push((step.id, pos2(step.column.center().x, y)));
                let width = step.column.width() - 2.0 * LABEL_INSET;
                labels.push(text.block_at_most(&point.label, TextRole::Small, width, LABEL_LINES));
            }
            let path = smooth_path(&points.iter().map(|(_, p)| *p).collect::<Vec<_>>());
            let faces = points.iter().map(|(_, p)| *p).collect();
            result.push(CurveLayout {
                id: curve.id,
                lane: lane.id,
                points,
                path,
                faces,
                labels,
            });
        }
        spread_faces(&mut result[first..], steps, metrics.face_radius);
    }
    result
}

/// Space between a point label and its step's edges.
const LABEL_INSET: f32 = 4.0;
/// A point label takes at most this many lines; more words end in "…".
const LABEL_LINES: usize = 2;

/// Moves faces that would cover each other in one step apart sideways,
/// centred on the step, so both stay visible; the curves still run
/// through the values.
fn spread_faces(curves: &mut [CurveLayout], steps: &[StepLayout], radius: f32) {
    for step in steps {
        // (curve, index of the point, height) of every face in this step, top to bottom.
        let mut here: Vec<(usize, usize, f32)> = curves
            .iter()
            .enumerate()
            .filter_map(|(curve, layout)| {
                let index = layout.points.iter().position(|(id, _)| *id == step.id)?;
                Some((curve, index, layout.points[index].1.y))
            })
            .collect();
        here.sort_by(|a, b| a.2.total_cmp(&b.2));
        let mut start = 0;
        while start < here.len() {
            // A cluster: faces each closer than a face's width to the next.
            let mut end = start + 1;
            while end < here.len() && here[end].2 - here[end - 1].2 < 2.0 * radius {
                end += 1;
            }
            let cluster = &here[start..end];
            #[expect(clippy::cast_precision_loss, reason = "a few curves")]
            let count = cluster.len() as f32;
            let room = (step.column.width() / 2.0 - radius).max(0.0);
            let spacing = if count > 1.0 {
                (radius * 2.0 + 2.0).min(2.0 * room / (count - 1.0))
            } else {
                0.0
            };
            for (order, &(curve, index, _)) in cluster.iter().enumerate() {
                #[expect(clippy::cast_precision_loss, reason = "a few curves")]
                let offset = (order as f32 - (count - 1.0) / 2.0) * spacing;
                curves[curve].faces[index].x += offset;
            }
            start = end;
        }
    }
}
