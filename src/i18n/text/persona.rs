//! The persona panel, the persona chooser of emotion curves, and photo import.

use crate::i18n::messages;

messages! {
    PANEL_TITLE = "persona-panel-title";
    /// Shown instead of the list and form while the map has no personas.
    EMPTY = "persona-empty";
    NEW = "persona-new";
    /// The name a new persona starts with.
    NEW_NAME = "persona-new-name";
    DUPLICATE = "persona-duplicate";
    DELETE = "persona-delete";
    /// The name of a duplicate: "Lena Berger (copy)".
    COPY_NAME = "persona-copy-name" (name);
    /// The tag after the primary persona's name in the list.
    PRIMARY_TAG = "persona-primary-tag";
    PRIMARY = "persona-primary";
    UNNAMED = "persona-unnamed";
    LIST = "persona-list";

    FIELD_NAME = "persona-field-name";
    FIELD_PHOTO = "persona-field-photo";
    FIELD_COLOR = "persona-field-color";
    FIELD_AGE = "persona-field-age";
    FIELD_OCCUPATION = "persona-field-occupation";
    FIELD_INCOME = "persona-field-income";
    FIELD_FAMILY = "persona-field-family";
    FIELD_SEGMENT = "persona-field-segment";
    FIELD_DESCRIPTION = "persona-field-description";
    FIELD_QUOTE = "persona-field-quote";
    FIELD_GOALS = "persona-field-goals";
    FIELD_NEEDS = "persona-field-needs";
    FIELD_FEARS = "persona-field-fears";
    FIELD_HURDLES = "persona-field-hurdles";
    ONE_PER_LINE = "persona-one-per-line";
    SECTION_ABOUT = "persona-section-about";
    SECTION_PSYCHOLOGY = "persona-section-psychology";

    /// The button that offers typical segments.
    SEGMENT_SUGGESTIONS = "persona-segment-suggestions";
    SEGMENT_IMPULSIVE = "persona-segment-impulsive";
    SEGMENT_DELIBERATE = "persona-segment-deliberate";
    SEGMENT_PRICE = "persona-segment-price";
    SEGMENT_LOYAL = "persona-segment-loyal";
    SEGMENT_FIRST_TIME = "persona-segment-first-time";
    SEGMENT_B2B = "persona-segment-b2b";

    CHOOSE_PHOTO = "persona-choose-photo";
    REMOVE_PHOTO = "persona-remove-photo";
    PHOTO_READING = "persona-photo-reading";
    PHOTO_HINT = "persona-photo-hint";
    PHOTO_DIALOG_TITLE = "persona-photo-dialog-title";
    PHOTO_FILTER = "persona-photo-filter";
    PHOTO_PROMPT_HEADING = "persona-photo-prompt-heading";
    PHOTO_PROMPT_LABEL = "persona-photo-prompt-label";
    PHOTO_PROMPT_ACTION = "persona-photo-prompt-action";
    PHOTO_ERROR_IO = "persona-photo-error-io" (file, reason);
    PHOTO_ERROR_NOT_A_FILE = "persona-photo-error-not-a-file" (file);
    PHOTO_ERROR_TOO_BIG = "persona-photo-error-too-big" (file, size, limit);
    PHOTO_ERROR_FORMAT = "persona-photo-error-format" (file);
    PHOTO_ERROR_PIXELS = "persona-photo-error-pixels" (file, width, height, side, megapixels);
    PHOTO_ERROR_UNREADABLE = "persona-photo-error-unreadable" (file);
    PHOTO_ERROR_ENCODE = "persona-photo-error-encode" (file, reason);

    DELETE_TITLE = "persona-delete-title" (name);
    /// Which curves go back to their own name and colour.
    DELETE_CURVES = "persona-delete-curves" (count, curves);
    DELETE_PRIMARY = "persona-delete-primary";
    DELETE_UNDO = "persona-delete-undo";
    DELETE_CONFIRM = "persona-delete-confirm";
    CANCEL = "persona-cancel";

    CURVE_PERSONA = "persona-curve-persona";
    CURVE_NO_PERSONA = "persona-curve-no-persona";
    /// Under a curve's name and colour while a persona gives them.
    CURVE_FROM_PERSONA = "persona-curve-from-persona" (name);
    CURVE_EDIT_PERSONAS = "persona-curve-edit-personas";
    /// The age in the persona card's summary line.
    AGE_SUMMARY = "persona-age-summary" (age);
}
