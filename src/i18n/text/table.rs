//! Tables (CSV, XLSX, ODS): import problems, column names and sheet names.

use crate::i18n::messages;

messages! {
    /// The name of the format family, in menus and messages.
    TABLE_FORMAT = "table-format";

    /// What a column holds: the choices of the import preview, and the
    /// headers of an exported table (in the map's language).
    FIELD_PHASE = "table-field-phase";
    FIELD_STEP = "table-field-step";
    FIELD_LANE = "table-field-lane";
    FIELD_LANE_KIND = "table-field-lane-kind";
    FIELD_TITLE = "table-field-title";
    FIELD_NOTES = "table-field-notes";
    FIELD_COLOUR = "table-field-colour";
    FIELD_EVIDENCE = "table-field-evidence";
    FIELD_CHANNEL = "table-field-channel";
    FIELD_MEDIA = "table-field-media";
    FIELD_KPI_VALUE = "table-field-kpi-value";
    FIELD_KPI_UNIT = "table-field-kpi-unit";
    FIELD_ACTORS = "table-field-actors";
    FIELD_SPAN = "table-field-span";
    /// The choice that leaves a column out of the import.
    FIELD_IGNORE = "table-field-ignore";

    /// The names of the sheets of an exported workbook.
    SHEET_CARDS = "table-sheet-cards";
    SHEET_EMOTIONS = "table-sheet-emotions";
    SHEET_PERSONAS = "table-sheet-personas";
    SHEET_MAP = "table-sheet-map";

    /// Headers of the emotion sheet (with phase and step from the fields).
    HEAD_CURVE = "table-head-curve";
    HEAD_PERSONA = "table-head-persona";
    HEAD_CURVE_COLOUR = "table-head-curve-colour";
    HEAD_VALUE = "table-head-value";
    HEAD_LABEL = "table-head-label";
    /// Headers of the map sheet: a name and its value per row.
    HEAD_PROPERTY = "table-head-property";
    MAP_TITLE = "table-map-title";
    MAP_DESCRIPTION = "table-map-description";
    MAP_LANGUAGE = "table-map-language";
    MAP_SCALE_MIN = "table-map-scale-min";
    MAP_SCALE_MAX = "table-map-scale-max";
    MAP_SCALE_STEP = "table-map-scale-step";
    MAP_PRIMARY_PERSONA = "table-map-primary-persona";
    /// The title of an imported map whose file names none.
    DEFAULT_TITLE = "table-default-title";

    /// Why a whole file cannot be read.
    ERROR_TOO_LARGE = "table-error-too-large" (size, limit);
    ERROR_TOO_MANY_ROWS = "table-error-too-many-rows" (limit);
    ERROR_TOO_MANY_COLUMNS = "table-error-too-many-columns" (limit);
    ERROR_TOO_MANY_CELLS = "table-error-too-many-cells" (limit);
    ERROR_EMPTY = "table-error-empty";
    ERROR_ENCRYPTED = "table-error-encrypted";
    ERROR_OLD_EXCEL = "table-error-old-excel";
    ERROR_BROKEN_XLSX = "table-error-broken-xlsx" (detail);
    ERROR_BROKEN_ODS = "table-error-broken-ods" (detail);
    ERROR_BROKEN_CSV = "table-error-broken-csv" (detail);
    ERROR_NO_SHEET = "table-error-no-sheet" (number, count);
    ERROR_NO_TITLE_COLUMN = "table-error-no-title-column";
    ERROR_NO_PHASE_NAMES = "table-error-no-phase-names";
    ERROR_NOTHING = "table-error-nothing";
    /// Why a map cannot be written as a workbook.
    ERROR_TEXT_TOO_LONG = "table-error-text-too-long" (text, limit);
    ERROR_WRITE = "table-error-write" (detail);

    /// Why one row of a table cannot become a card.
    PROBLEM_NO_TITLE = "table-problem-no-title";
    PROBLEM_NO_PHASE = "table-problem-no-phase";
    PROBLEM_NO_LANE = "table-problem-no-lane";
    PROBLEM_UNKNOWN_LANE_KIND = "table-problem-unknown-lane-kind" (value);
    PROBLEM_LANE_KIND_CONFLICT = "table-problem-lane-kind-conflict" (lane, kind, first);
    PROBLEM_EMOTION_LANE_CARD = "table-problem-emotion-lane-card" (lane);
    PROBLEM_UNKNOWN_COLOUR = "table-problem-unknown-colour" (value);
    PROBLEM_UNKNOWN_EVIDENCE = "table-problem-unknown-evidence" (value);
    PROBLEM_UNKNOWN_CHANNEL = "table-problem-unknown-channel" (value);
    PROBLEM_UNKNOWN_MEDIA = "table-problem-unknown-media" (value);
    PROBLEM_MEDIA_WITHOUT_CHANNEL = "table-problem-media-without-channel";
    PROBLEM_KPI_NOT_A_NUMBER = "table-problem-kpi-not-a-number" (value);
    PROBLEM_UNIT_WITHOUT_VALUE = "table-problem-unit-without-value";
    PROBLEM_SPAN_NOT_A_COUNT = "table-problem-span-not-a-count" (value);
    PROBLEM_SPAN_TOO_LONG = "table-problem-span-too-long" (span, available);
    /// Problems of a sheet laid out as a map.
    PROBLEM_GRID_NO_PHASE = "table-problem-grid-no-phase" (column);
    PROBLEM_GRID_NO_LANE = "table-problem-grid-no-lane";
    PROBLEM_GRID_EMOTION_TEXT = "table-problem-grid-emotion-text" (column, value);
    PROBLEM_GRID_EMOTION_SCALE = "table-problem-grid-emotion-scale" (min, max);
    /// Problems of the extra sheets of an exported workbook.
    PROBLEM_IN_SHEET = "table-problem-in-sheet" (sheet, message);
    PROBLEM_NO_CURVE_NAME = "table-problem-no-curve-name";
    PROBLEM_UNKNOWN_STEP = "table-problem-unknown-step" (phase, step);
    PROBLEM_VALUE_NOT_A_NUMBER = "table-problem-value-not-a-number" (value);
    PROBLEM_VALUE_OUTSIDE_SCALE = "table-problem-value-outside-scale" (value, min, max);
    PROBLEM_POINT_TWICE = "table-problem-point-twice" (curve);
    PROBLEM_UNKNOWN_PERSONA = "table-problem-unknown-persona" (name);
    PROBLEM_NO_PERSONA_NAME = "table-problem-no-persona-name";
    PROBLEM_AGE_NOT_A_NUMBER = "table-problem-age-not-a-number" (value);
    PROBLEM_BAD_SCALE = "table-problem-bad-scale";
    PROBLEM_UNKNOWN_LANGUAGE = "table-problem-unknown-language" (value);
}
