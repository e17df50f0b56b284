//! Why a map file cannot be opened: read errors, RON syntax errors reworded
//! for people, and broken rules of the document. `journeymap check` prints
//! them in English (the command line's thread never switches language); the
//! editor shows them in the interface language.

use crate::i18n::messages;

messages! {
    LOAD_IO = "load-io" (path, error);
    LOAD_NOT_A_FILE = "load-not-a-file" (path);
    LOAD_TOO_LARGE = "load-too-large" (path, size, limit);
    LOAD_NEWER_VERSION = "load-newer-version" (found, supported);
    LOAD_EMPTY = "load-empty";
    LOAD_VERSION_ZERO = "load-version-zero";
    LOAD_UTF16 = "load-utf16";
    LOAD_NOT_UTF8 = "load-not-utf8" (byte);

    LOAD_EOF = "load-eof";
    LOAD_TOO_DEEP = "load-too-deep";
    LOAD_UNKNOWN_FIELD = "load-unknown-field" (found, expected);
    /// `part` is card, phase, lane, persona, curve, point, scale, touchpoint,
    /// kpi, map or other.
    LOAD_MISSING_FIELD = "load-missing-field" (part, field);
    LOAD_DUPLICATE_FIELD = "load-duplicate-field" (field);
    LOAD_UNKNOWN_VALUE = "load-unknown-value" (found, expected);
    LOAD_TRAILING = "load-trailing";
    LOAD_EXPECTED_LIST = "load-expected-list";
    LOAD_EXPECTED_LIST_END = "load-expected-list-end";
    LOAD_EXPECTED_STRUCT_END = "load-expected-struct-end";
    LOAD_EXPECTED_MAP_END = "load-expected-map-end";
    LOAD_EXPECTED_COLON = "load-expected-colon";
    LOAD_EXPECTED_BOOL = "load-expected-bool";
    LOAD_EXPECTED_COMMA = "load-expected-comma";
    LOAD_EXPECTED_FLOAT = "load-expected-float";
    LOAD_EXPECTED_INTEGER = "load-expected-integer";
    LOAD_INTEGER_RANGE = "load-integer-range";
    LOAD_EXPECTED_OPTION = "load-expected-option";
    LOAD_EXPECTED_STRING = "load-expected-string";
    LOAD_STRING_END = "load-string-end";
    LOAD_EXPECTED_NAME = "load-expected-name";
    LOAD_EXPECTED_STRUCT = "load-expected-struct";
    LOAD_UNCLOSED_COMMENT = "load-unclosed-comment";
    LOAD_UNEXPECTED_CHAR = "load-unexpected-char" (char);
    LOAD_INVALID_ESCAPE = "load-invalid-escape" (detail);
    LOAD_WRONG_TYPE = "load-wrong-type" (expected, found);

    /// A version-2 card that still names a `phase`.
    LOAD_CARD_PHASE_V2 = "load-card-phase-v2";
    /// A version-2 emotion value that still names a `phase`.
    LOAD_POINT_PHASE_V2 = "load-point-phase-v2";
    /// A version-2 phase that still has a `width`.
    LOAD_PHASE_WIDTH_V2 = "load-phase-width-v2";
    /// A version-2 phase without `steps`.
    LOAD_PHASE_STEPS_V2 = "load-phase-steps-v2";
    /// A field of version 2 in a file that says version 1.
    LOAD_NEW_IN_V2 = "load-new-in-v2" (field);

    INVALID_PHASE_WIDTH = "invalid-phase-width" (phase, width);
    INVALID_LANE_HEIGHT = "invalid-lane-height" (lane, height, max);
    /// `kind` is persona, phase, lane, card or curve.
    INVALID_DUPLICATE_ID = "invalid-duplicate-id" (id, kind);
    INVALID_SCALE = "invalid-scale" (min, max, step, steps);
    INVALID_PRIMARY_PERSONA = "invalid-primary-persona" (id);
    INVALID_CURVE_PERSONA = "invalid-curve-persona" (curve, id);
    INVALID_CARD_LANE = "invalid-card-lane" (card, lane);
    INVALID_CARD_IN_EMOTION_LANE = "invalid-card-in-emotion-lane" (card, lane);
    INVALID_CARD_PHASE = "invalid-card-phase" (card, phase);
    INVALID_CARD_SPAN = "invalid-card-span" (card, span, available);
    INVALID_KPI = "invalid-kpi" (card);
    INVALID_POINT_PHASE = "invalid-point-phase" (curve, phase);
    INVALID_POINT_TWICE = "invalid-point-twice" (curve, phase);
    INVALID_POINT_VALUE = "invalid-point-value" (value, curve, min, max);
    INVALID_STEP_WIDTH = "invalid-step-width" (step, phase, width);
    /// A step without a name, named by its place (from 1) in the phase.
    INVALID_STEP_WIDTH_UNNAMED = "invalid-step-width-unnamed" (number, phase, width);
    INVALID_PHASE_NO_STEPS = "invalid-phase-no-steps" (phase);
    INVALID_CARD_STEP = "invalid-card-step" (card, step);
    INVALID_CARD_SPAN_STEPS = "invalid-card-span-steps" (card, span, available);
    INVALID_CARD_ACTOR = "invalid-card-actor" (card, id);
    INVALID_CARD_ACTOR_EMPTY = "invalid-card-actor-empty" (card);
    INVALID_POINT_STEP = "invalid-point-step" (curve, step);
    INVALID_POINT_TWICE_STEP = "invalid-point-twice-step" (curve, step);
}
