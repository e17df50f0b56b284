//! File → Export image…: the dialog's choices, the resulting size, and the
//! progress of an export running in the background.

use crate::i18n::messages;

messages! {
    HEADING = "export-dialog-heading";
    FORMAT = "export-dialog-format";
    SIZE = "export-dialog-size";
    SIZE_SCALE = "export-dialog-size-scale";
    SIZE_WIDTH = "export-dialog-size-width";
    SIZE_DPI = "export-dialog-size-dpi";
    SIZE_SLIDE = "export-dialog-size-slide";
    PIXELS_PER_POINT = "export-dialog-pixels-per-point";
    WIDTH = "export-dialog-width";
    RESOLUTION = "export-dialog-resolution";
    /// The unit after a width in pixels.
    UNIT_PX = "export-dialog-unit-px";
    /// The unit after a print resolution.
    UNIT_DPI = "export-dialog-unit-dpi";
    /// A slide size: "1920 × 1080".
    SLIDE_SIZE = "export-dialog-slide-size" (width, height);
    BACKGROUND = "export-dialog-background";
    BACKGROUND_WHITE = "export-dialog-background-white";
    BACKGROUND_THEME = "export-dialog-background-theme";
    /// No background, dark text: for a light slide.
    BACKGROUND_TRANSPARENT = "export-dialog-background-transparent";
    /// Dark paper and light text, for a dark slide template.
    BACKGROUND_DARK = "export-dialog-background-dark";
    /// No background, light text: for a dark slide.
    BACKGROUND_TRANSPARENT_DARK = "export-dialog-background-transparent-dark";
    SHOW = "export-dialog-show";
    SHOW_TITLE = "export-dialog-show-title";
    SHOW_LEGEND = "export-dialog-show-legend";
    /// The SVG's text: real text with the fonts inside, or outlines.
    TEXT = "export-dialog-text";
    TEXT_AS_PATHS = "export-dialog-text-as-paths";
    PHASES = "export-dialog-phases";
    WHOLE_MAP = "export-dialog-whole-map";
    PHASE_FROM = "export-dialog-phase-from";
    PHASE_TO = "export-dialog-phase-to";
    /// The picture's size in pixels.
    RESULT = "export-dialog-result" (width, height);
    /// The picture would be too big.
    TOO_BIG = "export-dialog-too-big" (width, height, limit);
    EXPORT = "export-dialog-export";
    CANCEL = "export-dialog-cancel";
    /// A slide export's smallest card text, below which it becomes a series.
    MIN_TEXT = "export-dialog-min-text";
    MIN_TEXT_HINT = "export-dialog-min-text-hint";
    /// A first slide with the whole map.
    OVERVIEW = "export-dialog-overview";
    /// While the series is planned and drawn small.
    SERIES_PLANNING = "export-dialog-series-planning";
    /// How many slides the export will write.
    SERIES_COUNT = "export-dialog-series-count" (count);
    SERIES_FAILED = "export-dialog-series-failed" (error);
    /// A thumbnail's name for screen readers.
    SLIDE_THUMBNAIL = "export-dialog-slide-thumbnail" (number, total);
    /// The progress window while an export runs.
    EXPORTING = "export-dialog-exporting" (file);
    /// The export's worker ended without an answer.
    STOPPED = "export-dialog-stopped";

    /// Why an export failed (also printed by `journeymap export`, in English).
    ERROR_TOO_LARGE = "export-error-too-large" (width, height, megapixels, limit);
    ERROR_BAD_SCALE = "export-error-bad-scale";
    ERROR_UNKNOWN_FORMAT = "export-error-unknown-format" (path);
    ERROR_WRITE = "export-error-write" (path, error);
    ERROR_ENCODE = "export-error-encode" (error);
}
