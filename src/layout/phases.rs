//! Phase headers (chevrons with name and description) and their columns.

use emath::{Rect, pos2, vec2};

use crate::model::{Journey, Phase};

use super::{Metrics, PhaseLayout, TextMeasure, TextRole};

/// Phase headers and columns, left to right from `left`; the header row spans
/// `header_rows`, the columns run from its bottom to `grid_bottom`.
pub(super) fn place_phases(
    journey: &Journey,
    widths: &[f32],
    header_texts: &[PhaseHeaderText],
    left: f32,
    header_rows: std::ops::RangeInclusive<f32>,
    grid_bottom: f32,
    metrics: &Metrics,
) -> Vec<PhaseLayout> {
    let (grid_top, lanes_top) = (*header_rows.start(), *header_rows.end());
    let mut phases = Vec::with_capacity(journey.phases.len());
    let mut x = left;
    for ((phase, &width), texts) in journey.phases.iter().zip(widths).zip(header_texts) {
        let text_left = x + texts.left_inset;
        let name = Rect::from_min_size(
            pos2(text_left, grid_top + metrics.header_padding),
            vec2(texts.wrap_width, texts.name_height),
        );
        let description = texts.description_height.map(|height| {
            Rect::from_min_size(
                pos2(text_left, name.bottom() + PHASE_DESCRIPTION_GAP),
                vec2(texts.wrap_width, height),
            )
        });
        phases.push(PhaseLayout {
            id: phase.id,
            header: Rect::from_x_y_ranges(x..=x + width, header_rows.clone()),
            name,
            description,
            column: Rect::from_x_y_ranges(x..=x + width, lanes_top..=grid_bottom),
        });
        x += width;
    }
    phases
}

/// Space between a phase's name and its description.
const PHASE_DESCRIPTION_GAP: f32 = 3.0;

/// The measured text of one phase header, before the header row is placed.
pub(super) struct PhaseHeaderText {
    /// From the column's left edge to the text (wider past a chevron notch).
    left_inset: f32,
    /// Width the name and description wrap at.
    wrap_width: f32,
    name_height: f32,
    description_height: Option<f32>,
    /// Name, gap and description together.
    pub(super) height: f32,
}

/// Phase headers are chevrons: every header but the first has a notch on the
/// left, every one but the last a point on the right. The text keeps clear of both.
pub(super) fn phase_header_text(
    phase: &Phase,
    index: usize,
    count: usize,
    width: f32,
    metrics: &Metrics,
    text: &dyn TextMeasure,
) -> PhaseHeaderText {
    let notch = if index == 0 {
        0.0
    } else {
        metrics.phase_chevron
    };
    let point = if index + 1 == count {
        0.0
    } else {
        metrics.phase_chevron
    };
    // The chevron is drawn 1 point inside the column on each side.
    let left_inset = 1.0 + metrics.header_padding + notch * 0.6;
    let wrap_width = (width - left_inset - point - 5.0).max(20.0);
    let name_height = text.measure(&phase.name, TextRole::PhaseName, wrap_width).y;
    let description_height = (!phase.description.is_empty()).then(|| {
        text.measure(&phase.description, TextRole::PhaseDescription, wrap_width)
            .y
    });
    let height = name_height + description_height.map_or(0.0, |h| h + PHASE_DESCRIPTION_GAP);
    PhaseHeaderText {
        left_inset,
        wrap_width,
        name_height,
        description_height,
        height,
    }
}
