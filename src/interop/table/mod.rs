//! Tables: one row per card (CSV, XLSX, ODS), and grid sheets laid out as a
//! map.
//!
//! Export writes the card table (see `write.rs` for its rows, `delimited.rs`
//! for why CSV is UTF-8 with a byte-order mark and commas) and, in a
//! workbook, sheets for the emotion values, the personas and the map's own
//! properties (`xlsx.rs`). Import reads a file's sheets as text
//! (`read.rs`), guesses how a sheet is laid out (`plan.rs`), lets the user
//! change that, and reads it into a draft (`cards.rs` for one row per card,
//! `grid.rs` for a sheet laid out as a map, `extras.rs` for our workbook's
//! other sheets) that the preview summarises and `build` turns into a new
//! map. Nothing here touches the disk.
//!
//! Conventions of the card table, for both directions:
//! - Headers in the map's language; either language's headers read back,
//!   as do common variants ("Stage", "Card", "Beschreibung"…).
//! - Kinds (lane kind, colour, evidence, channel, media) by their names in
//!   the map's language; either language and the model's identifiers read
//!   back (`words.rs`).
//! - A KPI value is a number cell in a workbook and plain digits with a dot
//!   in CSV; comma decimals read too. The span is the number of steps a
//!   card covers, empty for one. Actors are joined with ", "; on import a
//!   name that is a persona of the persona sheet becomes that persona.
//! - Phases, steps and lanes are created in the order they first appear.
//!   An empty phase, step or lane cell repeats the one above (merged cells
//!   read that way): an empty phase takes the phase and step above, an
//!   empty lane and kind take the lane above.
//! - A row without a title is a problem, except a row naming only a phase
//!   and step (it adds that column) or only a lane and kind (it adds that
//!   lane): an export writes such rows first when the cards alone would
//!   not give every step and lane in order.
//! - A row that cannot be used (no title, an unknown kind, colour, channel
//!   or media type, a KPI value that is no number, a card in an emotion
//!   lane, a lane whose kind differs from an earlier row's) is listed with
//!   its row number as the spreadsheet shows it and why, and skipped as a
//!   whole: never half read, never guessed. A card spanning past the last
//!   step is skipped too, though the step its row names is still made.
//! - Known limits: phases, steps and lanes are told apart by name, so two
//!   of one name become one; a card without a title cannot be written so
//!   that it reads back; phase and step descriptions, lane heights, step
//!   widths and persona photos stay in the map file.

mod cards;
mod columns;
mod delimited;
mod draft;
mod error;
mod extras;
mod grid;
mod plan;
mod read;
mod row;
#[cfg(test)]
mod tests;
mod words;
mod write;
mod xlsx;

use std::path::Path;

pub use columns::Field;
pub use error::TableError;
pub use read::check_size;

use crate::i18n::text::table as t;
use crate::i18n::{Lang, tr_in};
use crate::model::Journey;
use draft::Draft;
use error::Reason;

/// The kinds of table file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableKind {
    /// Comma- (or semicolon-, tab-) separated text.
    Csv,
    /// An Office Open XML workbook (Excel 2007 and later).
    Xlsx,
    /// An `OpenDocument` spreadsheet (`LibreOffice`).
    Ods,
}

impl TableKind {
    /// The kind a file name's extension says, in any case: `.csv` and
    /// `.tsv` (the separator is detected), `.xlsx` and `.xlsm` (a workbook
    /// with macros is the same format; the macros are not read), `.ods`.
    pub fn from_path(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "csv" | "tsv" => Some(TableKind::Csv),
            "xlsx" | "xlsm" => Some(TableKind::Xlsx),
            "ods" => Some(TableKind::Ods),
            _ => None,
        }
    }
}

/// Files above this size are refused before reading: a map of 10,000 cards
/// is a few MB as a table.
pub const MAX_BYTES: u64 = 32 * 1024 * 1024;
/// Sheets with more rows are refused: ten times the largest map we test.
pub const MAX_ROWS: usize = 100_000;
/// Sheets with more columns are refused; a card table has fourteen.
pub const MAX_COLUMNS: usize = 1_000;
/// Workbooks with more cells (counted up to each row's last filled cell)
/// are refused, which bounds the memory a file can make us use.
pub const MAX_CELLS: usize = 2_000_000;

/// A sheet's cells as text, row by row (row 0 = first row of the
/// file/sheet). A row ends at its last filled cell; empty rows in between
/// are kept, so row numbers match the spreadsheet's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sheet {
    /// The sheet's name ("CSV" for a CSV file).
    pub name: String,
    /// The cells, row by row.
    pub rows: Vec<Vec<String>>,
}

/// How a sheet is laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// One row per card, under a header row.
    Table,
    /// Laid out as a map: phases across the first row, lanes down the first
    /// column, cards in the cells, one per line.
    Grid,
}

/// How a sheet will be read: detected, then changeable by the user in the
/// preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// Table or grid.
    pub layout: Layout,
    /// The header row (table) or the row of phase names (grid), 0-based.
    pub header_row: usize,
    /// What each column of the header row holds; only used for
    /// [`Layout::Table`]. Columns past its end are left out.
    pub columns: Vec<Field>,
}

/// One row that cannot be used: its 1-based row number as a spreadsheet
/// shows it, and why (in the interface's language). In a grid, a problem
/// may name one cell of the row (its column is in the message); only that
/// cell is skipped. A row of our workbook's emotion, persona or map sheet
/// has that sheet's row number, and its message names the sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    /// The row number, 1-based.
    pub row: usize,
    /// Why the row is skipped.
    pub message: String,
}

/// What `build` would create: the first cards, every problem, the counts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preview {
    /// The first cards, in row order.
    pub cards: Vec<PreviewCard>,
    /// Every row (or grid cell) that will be skipped.
    pub problems: Vec<RowProblem>,
    /// How many phases the map will have.
    pub phases: usize,
    /// How many steps.
    pub steps: usize,
    /// How many lanes.
    pub lanes: usize,
    /// How many cards.
    pub card_count: usize,
}

/// A card as the preview lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreviewCard {
    /// The row it comes from, 1-based.
    pub row: usize,
    /// Its phase's name.
    pub phase: String,
    /// Its step's name (empty in a phase of one unnamed step).
    pub step: String,
    /// Its lane's name.
    pub lane: String,
    /// Its title.
    pub title: String,
}

/// The map's cards as CSV: UTF-8 with a byte-order mark, comma-separated,
/// CRLF line ends (why: see `delimited.rs`). Headers and kinds in the
/// map's language.
pub fn to_csv(journey: &Journey) -> Vec<u8> {
    let lang = journey.content_lang(crate::i18n::current());
    delimited::write(&write::card_rows(journey, lang))
}

/// The map as an Excel workbook: the card table, then sheets for the
/// emotion values, the personas and the map's properties. The same map
/// always gives the same bytes.
///
/// # Errors
/// A text longer than an Excel cell holds (32,767 characters), or a
/// failure inside the workbook writer.
pub fn to_xlsx(journey: &Journey) -> Result<Vec<u8>, TableError> {
    let lang = journey.content_lang(crate::i18n::current());
    xlsx::to_xlsx(journey, lang)
}

/// Reads the sheets of a file (CSV: one sheet). Refuses over-limit, empty,
/// broken and encrypted files with a [`TableError`]; never panics.
///
/// # Errors
/// Why the file cannot be read, in words for the user.
pub fn read_sheets(bytes: &[u8], kind: TableKind) -> Result<Vec<Sheet>, TableError> {
    read::read_sheets(bytes, kind)
}

/// How `sheet` is laid out: a table when a row near the top names at least
/// the title and a phase or lane column (in English or German), else a
/// grid when the first row and first column hold names, else a table whose
/// columns the user has to choose.
pub fn plan(sheet: &Sheet) -> Plan {
    plan::plan(sheet)
}

/// What `build` would create, for the preview: the first `limit` cards and
/// every problem. Names made up for the map are in the interface's language.
pub fn preview(sheets: &[Sheet], sheet: usize, plan: &Plan, limit: usize) -> Preview {
    draft(sheets, sheet, plan, crate::i18n::current())
        .map(|draft| draft.preview(limit))
        .unwrap_or_default()
}

/// Builds the new map from the chosen sheet and plan, skipping the problem
/// rows. `lang` is the language of names the import makes up (lanes named
/// from their kind, the title when the file has none) and of the map
/// unless our workbook's map sheet names one. Also reads our workbook's
/// emotion, persona and map sheets when they are there. The result passes
/// `crate::model::validate` and round-trips through RON.
///
/// # Errors
/// No such sheet, no title column (table), no phase names (grid), or
/// nothing at all to import.
pub fn build(
    sheets: &[Sheet],
    sheet: usize,
    plan: &Plan,
    lang: Lang,
) -> Result<Journey, TableError> {
    journey_of(draft(sheets, sheet, plan, lang)?, lang)
}

/// Reads a file and builds its map from the first sheet as planned
/// automatically: what the command line's `import` does. Returns the map
/// and the rows it skipped.
///
/// # Errors
/// The file cannot be read, or gives no map (see [`build`]).
pub fn import(
    bytes: &[u8],
    kind: TableKind,
    lang: Lang,
) -> Result<(Journey, Vec<RowProblem>), TableError> {
    let sheets = read_sheets(bytes, kind)?;
    let first = sheets
        .first()
        .ok_or_else(|| TableError::new(Reason::Empty))?;
    let draft = draft(&sheets, 0, &plan(first), lang)?;
    let problems = draft.problems.clone();
    Ok((journey_of(draft, lang)?, problems))
}

/// The draft of `sheets[sheet]` read as `plan` says: the chosen sheet's
/// problems in row order, then those of our workbook's other sheets.
fn draft(sheets: &[Sheet], sheet: usize, plan: &Plan, lang: Lang) -> Result<Draft, TableError> {
    let chosen = sheets.get(sheet).ok_or_else(|| {
        TableError::new(Reason::NoSheet {
            number: sheet.saturating_add(1),
            count: sheets.len(),
        })
    })?;
    let mut draft = Draft::default();
    match plan.layout {
        Layout::Table => {
            cards::read(chosen, plan, lang, &mut draft)?;
            extras::read(sheets, sheet, lang, &mut draft);
        }
        Layout::Grid => grid::read(chosen, plan, &mut draft)?,
    }
    Ok(draft)
}

fn journey_of(draft: Draft, lang: Lang) -> Result<Journey, TableError> {
    if draft.phases.is_empty() && draft.lanes.is_empty() && draft.cards.is_empty() {
        return Err(TableError::new(Reason::Nothing));
    }
    let title = draft
        .title
        .clone()
        .unwrap_or_else(|| tr_in(lang, t::DEFAULT_TITLE, &[]));
    Ok(draft.into_journey(title, lang))
}
