//! Phase headers (chevrons with name and description), the step headers
//! under them, and their columns.

use emath::{Rect, pos2, vec2};

use crate::model::{Journey, Phase, Step};

use super::{Metrics, PhaseLayout, StepHeaderLayout, StepLayout, TextBlock, TextRole, Typesetter};

/// Where the rows above the lanes begin: phase headers from `phases` to
/// `steps`, step headers from `steps` to `lanes` (no step row: equal).
#[derive(Clone, Copy)]
pub(super) struct HeaderRows {
    pub phases: f32,
    pub steps: f32,
    pub lanes: f32,
}

/// Every step's width (the map's columns), and each phase's: its steps' together.
pub(super) fn column_widths(journey: &Journey, metrics: &Metrics) -> (Vec<f32>, Vec<f32>) {
    let (min_width, max_width) = metrics.phase_width_range;
    let widths: Vec<f32> = journey
        .steps()
        .map(|(_, step)| {
            step.width
                .unwrap_or(metrics.phase_width)
                .clamp(min_width, max_width)
                * metrics.column_scale
        })
        .collect();
    let mut phase_widths = Vec::with_capacity(journey.phases.len());
    let mut rest = widths.as_slice();
    for phase in &journey.phases {
        let (own, after) = rest.split_at(phase.steps.len().min(rest.len()));
        phase_widths.push(own.iter().sum::<f32>());
        rest = after;
    }
    (widths, phase_widths)
}

/// The measured header texts and the rows they make above the lanes.
pub(super) struct Headers {
    pub phases: Vec<PhaseHeaderText>,
    /// Per step; `None` for the step of a phase with one step (no header).
    pub steps: Vec<Option<StepHeaderText>>,
    pub rows: HeaderRows,
}

/// Measures every phase and step header and places the header rows from
/// `top`: the phase row as tall as its tallest header, then a step row if
/// any phase has several steps.
pub(super) fn header_rows(
    journey: &Journey,
    metrics: &Metrics,
    text: &Typesetter<'_>,
    (widths, phase_widths): (&[f32], &[f32]),
    top: f32,
) -> Headers {
    let phases: Vec<PhaseHeaderText> = journey
        .phases
        .iter()
        .zip(phase_widths)
        .enumerate()
        .map(|(index, (phase, &width))| {
            phase_header_text(phase, index, journey.phases.len(), width, metrics, text)
        })
        .collect();
    let phase_row = phases
        .iter()
        .map(|texts| texts.height + 2.0 * metrics.header_padding)
        .fold(metrics.phase_header_height, f32::max);
    let steps: Vec<Option<StepHeaderText>> = journey
        .steps()
        .zip(widths)
        .map(|((phase, step), &width)| {
            phase
                .has_steps()
                .then(|| step_header_text(step, width, metrics, text))
        })
        .collect();
    let step_row = steps
        .iter()
        .flatten()
        .map(|texts| texts.height + 2.0 * metrics.step_header_padding)
        .reduce(f32::max)
        .map_or(0.0, |height| height.max(metrics.step_header_height));
    Headers {
        phases,
        steps,
        rows: HeaderRows {
            phases: top,
            steps: top + phase_row,
            lanes: top + phase_row + step_row,
        },
    }
}

/// Phase headers and columns, left to right from `left`; `widths` are each
/// phase's steps together. A phase with one step has no step header, so
/// its header reaches down to the lanes.
pub(super) fn place_phases(
    journey: &Journey,
    widths: &[f32],
    header_texts: &[PhaseHeaderText],
    left: f32,
    rows: HeaderRows,
    grid_bottom: f32,
    metrics: &Metrics,
) -> Vec<PhaseLayout> {
    let HeaderRows {
        phases: grid_top,
        steps: step_top,
        lanes: lanes_top,
    } = rows;
    let mut phases = Vec::with_capacity(journey.phases.len());
    let mut x = left;
    for ((phase, &width), texts) in journey.phases.iter().zip(widths).zip(header_texts) {
        let header_bottom = if phase.has_steps() {
            step_top
        } else {
            lanes_top
        };
        let text_left = x + texts.left_inset;
        let name = Rect::from_min_size(
            pos2(text_left, grid_top + metrics.header_padding),
            vec2(texts.wrap_width, texts.name_text.height()),
        );
        let description = texts.has_description.then(|| {
            Rect::from_min_size(
                pos2(text_left, name.bottom() + PHASE_DESCRIPTION_GAP),
                vec2(texts.wrap_width, texts.description_text.height()),
            )
        });
        phases.push(PhaseLayout {
            id: phase.id,
            header: Rect::from_x_y_ranges(x..=x + width, grid_top..=header_bottom),
            name,
            name_text: texts.name_text.clone(),
            description,
            description_text: texts.description_text.clone(),
            column: Rect::from_x_y_ranges(x..=x + width, lanes_top..=grid_bottom),
        });
        x += width;
    }
    phases
}

/// Every step's column, left to right from `left`, and a header under its
/// phase's for each step of a phase with several steps.
pub(super) fn place_steps(
    journey: &Journey,
    widths: &[f32],
    step_texts: &[Option<StepHeaderText>],
    left: f32,
    rows: HeaderRows,
    grid_bottom: f32,
    metrics: &Metrics,
) -> Vec<StepLayout> {
    let mut steps = Vec::with_capacity(widths.len());
    let mut x = left;
    let mut column = 0;
    for (phase_index, phase) in journey.phases.iter().enumerate() {
        for step in &phase.steps {
            let (Some(&width), Some(texts)) = (widths.get(column), step_texts.get(column)) else {
                return steps;
            };
            let header = texts.as_ref().map(|texts| {
                let text_left = x + metrics.header_padding;
                let name = Rect::from_min_size(
                    pos2(text_left, rows.steps + metrics.step_header_padding),
                    vec2(texts.wrap_width, texts.name_text.height()),
                );
                let description = texts.has_description.then(|| {
                    Rect::from_min_size(
                        pos2(text_left, name.bottom() + PHASE_DESCRIPTION_GAP),
                        vec2(texts.wrap_width, texts.description_text.height()),
                    )
                });
                StepHeaderLayout {
                    rect: Rect::from_x_y_ranges(x..=x + width, rows.steps..=rows.lanes),
                    name,
                    name_text: texts.name_text.clone(),
                    description,
                    description_text: texts.description_text.clone(),
                }
            });
            steps.push(StepLayout {
                id: step.id,
                phase_index,
                header,
                column: Rect::from_x_y_ranges(x..=x + width, rows.lanes..=grid_bottom),
            });
            x += width;
            column += 1;
        }
    }
    steps
}

/// The measured text of one step header.
pub(super) struct StepHeaderText {
    wrap_width: f32,
    name_text: TextBlock,
    has_description: bool,
    description_text: TextBlock,
    /// Name, gap and description together.
    pub(super) height: f32,
}

/// Measures a step header's name and description at the step's width.
fn step_header_text(
    step: &Step,
    width: f32,
    metrics: &Metrics,
    text: &Typesetter<'_>,
) -> StepHeaderText {
    let wrap_width = (width - 2.0 * metrics.header_padding).max(20.0);
    let name_text = text.block(&step.name, TextRole::StepName, wrap_width);
    let description_text = text.block(&step.description, TextRole::PhaseDescription, wrap_width);
    let has_description = !step.description.is_empty();
    let height = header_text_height(&name_text, has_description, &description_text);
    StepHeaderText {
        wrap_width,
        name_text,
        has_description,
        description_text,
        height,
    }
}

/// Space between a phase's name and its description.
const PHASE_DESCRIPTION_GAP: f32 = 3.0;

/// A header's name, and its description under a gap when it has one.
fn header_text_height(name: &TextBlock, has_description: bool, description: &TextBlock) -> f32 {
    name.height()
        + if has_description {
            description.height() + PHASE_DESCRIPTION_GAP
        } else {
            0.0
        }
}

/// The measured text of one phase header, before the header row is placed.
pub(super) struct PhaseHeaderText {
    /// From the column's left edge to the text (wider past a chevron notch).
    left_inset: f32,
    /// Width the name and description wrap at.
    wrap_width: f32,
    name_text: TextBlock,
    has_description: bool,
    description_text: TextBlock,
    /// Name, gap and description together.
    pub(super) height: f32,
}

/// Phase headers are chevrons: every header but the first has a notch on the
/// left, every one but the last a point on the right. The text keeps clear of both.
fn phase_header_text(
    phase: &Phase,
    index: usize,
    count: usize,
    width: f32,
    metrics: &Metrics,
    text: &Typesetter<'_>,
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
    let name_text = text.block(&phase.name, TextRole::PhaseName, wrap_width);
    let description_text = text.block(&phase.description, TextRole::PhaseDescription, wrap_width);
    let has_description = !phase.description.is_empty();
    let height = header_text_height(&name_text, has_description, &description_text);
    PhaseHeaderText {
        left_inset,
        wrap_width,
        name_text,
        has_description,
        description_text,
        height,
    }
}
