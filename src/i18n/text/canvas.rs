//! The canvas's accessible names and hover texts: what screen readers (and
//! the UI tests) call the map's handles, buttons and in-place text fields.

use crate::i18n::messages;

messages! {
    /// The canvas itself.
    MAP = "canvas-map";
    /// The right edge of a card, dragged to span more phases.
    CARD_SPAN = "canvas-card-span" (card);
    /// The right border of a phase header, dragged to resize the column.
    PHASE_WIDTH = "canvas-phase-width" (phase);
    /// A step header: the step (its name, or its number) and its phase.
    STEP_HEADER = "canvas-step-header" (step, phase);
    /// The right border of a step header inside its phase, dragged to resize the column.
    STEP_WIDTH = "canvas-step-width" (step);
    /// The bottom border of a lane header, dragged to resize the row.
    LANE_HEIGHT = "canvas-lane-height" (lane);
    LANE_EXPAND = "canvas-lane-expand" (lane);
    LANE_COLLAPSE = "canvas-lane-collapse" (lane);
    /// The hover "+" in an empty part of a cell.
    ADD_CARD_TO = "canvas-add-card-to" (lane, phase);
    ADD_CARD_HINT = "canvas-add-card-hint";
    /// A curve's entry in the emotion lane's legend.
    LEGEND_CURVE = "canvas-legend-curve" (curve);
    /// An emotion point: the curve and its phase.
    POINT = "canvas-point" (curve, phase);
    /// An emotion point marked as a moment of truth.
    POINT_MOMENT = "canvas-point-moment" (curve, phase);
    /// An empty phase of the active curve: a click sets a value there.
    SET_POINT = "canvas-set-point" (curve, phase);

    /// The in-place text fields.
    CARD_TITLE = "canvas-card-title";
    CARD_NOTES = "canvas-card-notes";
    NOTES_HINT = "canvas-notes-hint";
    PHASE_NAME = "canvas-phase-name";
    STEP_NAME = "canvas-step-name";
    LANE_NAME = "canvas-lane-name";
    POINT_LABEL = "canvas-point-label";
}
