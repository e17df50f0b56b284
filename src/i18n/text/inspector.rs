//! The inspector: the side panel that edits the selection, or the journey
//! itself when nothing is selected.

use crate::i18n::messages;

messages! {
    /// A text field's accessible name: "Title field".
    FIELD = "inspector-field" (label);
    TITLE = "inspector-title";
    DESCRIPTION = "inspector-description";
    NAME = "inspector-name";
    NOTES = "inspector-notes";
    VALUE = "inspector-value";
    LABEL = "inspector-label";
    COLOUR = "inspector-colour";

    JOURNEY = "inspector-journey";
    EMOTION_SCALE = "inspector-emotion-scale";
    /// A scale whose step is not 1: "0 … 1 in steps of 0.25".
    SCALE_WITH_STEP = "inspector-scale-with-step" (range, step);
    /// The last choice of the scale drop-down: type minimum, maximum and step.
    SCALE_CUSTOM = "inspector-scale-custom";
    SCALE_MIN = "inspector-scale-min";
    SCALE_MAX = "inspector-scale-max";
    SCALE_STEP = "inspector-scale-step";
    /// What is wrong with the typed scale: "Unusable scale: the step must be …".
    SCALE_UNUSABLE = "inspector-scale-unusable" (reason);
    SCALE_APPLY = "inspector-scale-apply";
    SCALE_APPLY_TIP = "inspector-scale-apply-tip";
    SCALE_CANCEL = "inspector-scale-cancel";
    EMOTION_CURVES = "inspector-emotion-curves";
    ADD_CURVE = "inspector-add-curve";

    PHASE = "inspector-phase";
    WIDTH = "inspector-width";
    /// The unit after a width, in map points.
    POINTS_UNIT = "inspector-points-unit";
    DEFAULT_WIDTH = "inspector-default-width";
    DEFAULT_WIDTH_TIP = "inspector-default-width-tip";
    DELETE_PHASE = "inspector-delete-phase";
    /// The list of a phase's steps.
    STEPS = "inspector-steps";
    /// In place of the list, for a phase of one step.
    ONE_STEP = "inspector-one-step";
    ADD_STEP = "inspector-add-step";

    STEP = "inspector-step";
    /// Before the link to a step's phase.
    IN_PHASE = "inspector-in-phase";
    ADD_STEP_AFTER = "inspector-add-step-after";
    DELETE_STEP = "inspector-delete-step";

    LANE = "inspector-lane";
    KIND = "inspector-kind";
    /// Why a lane with cards cannot become an emotion lane.
    KIND_NEEDS_EMPTY_LANE = "inspector-kind-needs-empty-lane";
    COLLAPSED = "inspector-collapsed";
    DELETE_LANE = "inspector-delete-lane";

    CURVE = "inspector-curve";
    /// How many phases of a curve have a value, and how to add one.
    CURVE_POINTS = "inspector-curve-points" (set, phases);
    REMOVE_CURVE = "inspector-remove-curve";

    /// The heading of an emotion point: curve and phase.
    POINT = "inspector-point" (curve, phase);
    REMOVE_POINT = "inspector-remove-point";
    /// The check box that marks a point as a moment of truth, and its tip.
    MOMENT_OF_TRUTH = "inspector-moment-of-truth";
    MOMENT_OF_TRUTH_TIP = "inspector-moment-of-truth-tip";

    CARD = "inspector-card";
    SPAN = "inspector-span";
    DELETE_CARD = "inspector-delete-card";
    /// The heading when several cards are selected.
    CARDS = "inspector-cards" (count);
    DELETE_CARDS = "inspector-delete-cards" (count);
    /// The colour choice that follows the lane's kind.
    LANE_COLOUR = "inspector-lane-colour";
    /// A colour swatch's accessible name: "Red colour".
    COLOUR_SWATCH = "inspector-colour-swatch" (colour);
    EVIDENCE = "inspector-evidence";
    CHANNEL = "inspector-channel";
    NO_CHANNEL = "inspector-no-channel";
    MEDIA = "inspector-media";
    MEDIA_UNKNOWN = "inspector-media-unknown";
    KPI_NUMBER = "inspector-kpi-number";
    UNIT = "inspector-unit";

    /// Who acts on a card: the row's label, its empty state, a tag's ×
    /// button, the list of actors to add and the field for a new name.
    ACTORS = "inspector-actors";
    NO_ACTORS = "inspector-no-actors";
    REMOVE_ACTOR = "inspector-remove-actor" (actor);
    ADD_ACTOR = "inspector-add-actor";
    ADD_ACTOR_CHOOSE = "inspector-add-actor-choose";
    NEW_ACTOR = "inspector-new-actor";
    NEW_ACTOR_HINT = "inspector-new-actor-hint";
}
