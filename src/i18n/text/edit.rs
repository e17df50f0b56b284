//! The names of undo steps ("Undo move card"): what each edit did, as a
//! short verb phrase that reads after "Undo" and after "Rückgängig:".

use crate::i18n::messages;

messages! {
    STEP_EDIT_TITLE = "step-edit-title";
    STEP_EDIT_DESCRIPTION = "step-edit-description";
    STEP_SET_LANGUAGE = "step-set-language";
    STEP_RELOAD = "step-reload";
    STEP_CHANGE_SCALE = "step-change-scale";
    STEP_ADD_CARD = "step-add-card";
    STEP_DELETE_CARD = "step-delete-card";
    STEP_DELETE_CARDS = "step-delete-cards";
    STEP_EDIT_CARD = "step-edit-card";
    STEP_EDIT_CARD_TEXT = "step-edit-card-text";
    STEP_MOVE_CARD = "step-move-card";
    STEP_MOVE_CARDS = "step-move-cards";
    STEP_SPAN_CARD = "step-span-card";
    STEP_RECOLOUR = "step-recolour";
    STEP_DUPLICATE_CARD = "step-duplicate-card";
    STEP_DUPLICATE_CARDS = "step-duplicate-cards";
    STEP_PASTE = "step-paste";
    STEP_ADD_PHASE = "step-add-phase";
    STEP_DELETE_PHASE = "step-delete-phase";
    STEP_EDIT_PHASE = "step-edit-phase";
    STEP_MOVE_PHASE = "step-move-phase";
    STEP_RENAME_PHASE = "step-rename-phase";
    STEP_RESIZE_PHASE = "step-resize-phase";
    STEP_ADD_STEP = "step-add-step";
    STEP_RENAME_STEP = "step-rename-step";
    STEP_DESCRIBE_STEP = "step-describe-step";
    STEP_RESIZE_STEP = "step-resize-step";
    STEP_MOVE_STEP = "step-move-step";
    STEP_DELETE_STEP = "step-delete-step";
    STEP_SET_ACTORS = "step-set-actors";
    STEP_MARK_MOMENT = "step-mark-moment";
    STEP_UNMARK_MOMENT = "step-unmark-moment";
    STEP_ADD_LANE = "step-add-lane";
    STEP_DELETE_LANE = "step-delete-lane";
    STEP_EDIT_LANE = "step-edit-lane";
    STEP_MOVE_LANE = "step-move-lane";
    STEP_RENAME_LANE = "step-rename-lane";
    STEP_RESIZE_LANE = "step-resize-lane";
    STEP_COLLAPSE_LANE = "step-collapse-lane";
    STEP_EXPAND_LANE = "step-expand-lane";
    STEP_ADD_CURVE = "step-add-curve";
    STEP_REMOVE_CURVE = "step-remove-curve";
    STEP_EDIT_CURVE = "step-edit-curve";
    STEP_REMOVE_POINT = "step-remove-point";
    STEP_SET_EMOTION = "step-set-emotion";
    STEP_LABEL_POINT = "step-label-point";
    STEP_ASSIGN_CURVE = "step-assign-curve";
    STEP_UNASSIGN_CURVE = "step-unassign-curve";
    STEP_ADD_PERSONA = "step-add-persona";
    STEP_DELETE_PERSONA = "step-delete-persona";
    STEP_EDIT_PERSONA = "step-edit-persona";
    STEP_SET_PRIMARY_PERSONA = "step-set-primary-persona";
    STEP_DUPLICATE_PERSONA = "step-duplicate-persona";

    /// Rules of the document an edit can run into, shown after "Could not …:".
    RULE_LAST_PHASE = "rule-last-phase";
    RULE_LAST_STEP = "rule-last-step" (phase);
    RULE_UNKNOWN_ACTOR = "rule-unknown-actor";
    RULE_LAST_LANE = "rule-last-lane";
    RULE_NO_CARDS_IN_LANE = "rule-no-cards-in-lane" (lane);
    RULE_NOT_A_NUMBER = "rule-not-a-number";
}
