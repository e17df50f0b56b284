//! File → Import… and pasting a Mermaid journey: the preview of a table,
//! and what the app says about an import.

use crate::i18n::messages;

messages! {
    /// Heading of the table preview, naming the file.
    DIALOG_TITLE = "import-dialog-title" (file);
    /// Label of the sheet chooser (a workbook with several sheets).
    SHEET = "import-sheet";
    /// Label of the layout choice.
    LAYOUT = "import-layout";
    /// A table with one row per card.
    LAYOUT_TABLE = "import-layout-table";
    /// A sheet laid out as a map: phases across, lanes down.
    LAYOUT_GRID = "import-layout-grid";
    /// Heading over the column mapping.
    COLUMNS = "import-columns";
    /// One column of the table, by its letter and its heading.
    COLUMN = "import-column" (column, header);
    /// What the new map will hold.
    SUMMARY = "import-summary" (phases, steps, lanes, cards);
    /// Heading over the first cards of the preview.
    FIRST_CARDS = "import-first-cards";
    /// Column headings of the preview's card list.
    HEAD_ROW = "import-head-row";
    HEAD_PLACE = "import-head-place";
    HEAD_LANE = "import-head-lane";
    HEAD_TITLE = "import-head-title";
    /// How many rows cannot be used.
    PROBLEMS = "import-problems" (count);
    /// One row that cannot be used.
    PROBLEM = "import-problem" (row, message);
    /// Import with every row usable.
    CONFIRM = "import-confirm";
    /// Import, leaving out the rows that cannot be used.
    CONFIRM_SKIPPING = "import-confirm-skipping" (count);
    CANCEL = "import-cancel";
    /// The sheet holds no card to import.
    NOTHING = "import-nothing";
    /// Heading of a message: the file could not be imported.
    FAILED_TITLE = "import-failed-title" (file);
    /// The file is not one of the formats import reads.
    UNKNOWN_KIND = "import-unknown-kind";
    /// The file is larger than an import reads.
    TOO_LARGE = "import-too-large" (size, limit);
    /// The file could not be read.
    UNREADABLE = "import-unreadable" (error);
    /// The file is not UTF-8 text.
    NOT_UTF8 = "import-not-utf8" (line, column);
    /// A problem at a line and column of a text file.
    AT = "import-at" (line, column, message);
    /// Heading of the warnings an import gave.
    WARNINGS_TITLE = "import-warnings-title";
    /// The label of the typed path where no file chooser can show.
    PROMPT_LABEL = "import-prompt-label";
    /// The status line after an import.
    STATUS_IMPORTED = "import-status-imported" (file);
    /// The status line after a Mermaid journey was pasted as a new map.
    STATUS_PASTED = "import-status-pasted";
    /// What pasted Mermaid text is called in messages.
    PASTED_NAME = "import-pasted-name";
}
