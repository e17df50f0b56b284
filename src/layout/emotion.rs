//! The emotion lane's geometry: where a value sits in the row, and each
//! curve's points and smooth path.

use emath::{Pos2, Rect, pos2};

use crate::model::{Journey, LaneKind, PhaseId};

use super::{CurveLayout, LaneLayout, MapLayout, PhaseLayout, smooth_path};

impl MapLayout {
    /// The vertical position of an emotion value inside an emotion lane's row.
    pub fn emotion_y(row: Rect, fraction: f32) -> f32 {
        let inset = emotion_inset(row);
        row.bottom() - inset - fraction * (row.height() - 2.0 * inset)
    }
}

/// Space kept above the top and below the bottom value, so faces fit.
fn emotion_inset(row: Rect) -> f32 {
    (row.height() * 0.14).clamp(6.0, 28.0)
}

/// Every curve in every expanded emotion lane, through the phases' centres.
pub(super) fn curves(
    journey: &Journey,
    phases: &[PhaseLayout],
    lanes: &[LaneLayout],
) -> Vec<CurveLayout> {
    let scale = journey.emotion_scale;
    let mut result = Vec::new();
    for (lane, lane_layout) in journey.lanes.iter().zip(lanes) {
        if lane.kind != LaneKind::Emotion || lane.collapsed {
            continue;
        }
        for curve in &journey.curves {
            let points: Vec<(PhaseId, Pos2)> = journey
                .phases
                .iter()
                .zip(phases)
                .filter_map(|(phase, phase_layout)| {
                    let point = curve.point_in(phase.id)?;
                    let y = MapLayout::emotion_y(lane_layout.row, scale.fraction(point.value));
                    Some((phase.id, pos2(phase_layout.column.center().x, y)))
                })
                .collect();
            let path = smooth_path(&points.iter().map(|(_, p)| *p).collect::<Vec<_>>());
            result.push(CurveLayout {
                id: curve.id,
                lane: lane.id,
                points,
                path,
            });
        }
    }
    result
}
