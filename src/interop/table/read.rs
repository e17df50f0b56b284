//! Reading a file's sheets as rows of text: CSV here via `delimited`,
//! workbooks (XLSX, ODS) through calamine.
//!
//! Every limit is checked while reading, before the text is kept, so a
//! hostile file costs at most the limits' worth of memory on our side.
//! XLSX is read cell by cell (calamine's streaming reader), never as one
//! dense rectangle: a sheet with one cell in A1 and one in XFD1048576 would
//! otherwise ask for seventeen billion cells.

use std::io::Cursor;

use calamine::{Data, DataRef, Ods, OdsError, Reader, Xlsx, XlsxError};

use super::error::{Reason, TableError};
use super::{MAX_BYTES, MAX_CELLS, MAX_COLUMNS, MAX_ROWS, Sheet, TableKind, delimited};

/// The first bytes of an OLE compound file: an old `.xls`, or a workbook
/// Office encrypted with a password (which wraps the zip in one).
const COMPOUND_FILE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Refuses a file of `size` bytes before it is read.
///
/// # Errors
/// A file over [`MAX_BYTES`].
pub fn check_size(size: u64) -> Result<(), TableError> {
    if size > MAX_BYTES {
        Err(TableError::new(Reason::TooLarge {
            size,
            limit: MAX_BYTES,
        }))
    } else {
        Ok(())
    }
}

/// Reads the sheets of a file (CSV: one sheet).
pub(super) fn read_sheets(bytes: &[u8], kind: TableKind) -> Result<Vec<Sheet>, TableError> {
    check_size(u64::try_from(bytes.len()).unwrap_or(u64::MAX))?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(TableError::new(Reason::Empty));
    }
    let sheets = match kind {
        TableKind::Csv => return delimited::read(bytes),
        TableKind::Xlsx => guarded(bytes, read_xlsx, Reason::BrokenXlsx)?,
        TableKind::Ods => guarded(bytes, read_ods, Reason::BrokenOds)?,
    };
    if sheets.iter().all(|sheet| sheet.rows.is_empty()) {
        return Err(TableError::new(Reason::Empty));
    }
    Ok(sheets)
}

/// Runs a workbook reader so that a panic inside calamine on a malformed
/// file becomes a refusal: reading a table must never take the editor down
/// with it, and calamine is third-party code fed untrusted bytes.
fn guarded(
    bytes: &[u8],
    read: fn(&[u8]) -> Result<Vec<Sheet>, TableError>,
    broken: fn(String) -> Reason,
) -> Result<Vec<Sheet>, TableError> {
    std::panic::catch_unwind(|| read(bytes)).unwrap_or_else(|_| {
        Err(TableError::new(broken(
            "the reader stopped on malformed content".to_owned(),
        )))
    })
}

fn read_xlsx(bytes: &[u8]) -> Result<Vec<Sheet>, TableError> {
    let mut workbook: Xlsx<_> =
        Xlsx::new(Cursor::new(bytes)).map_err(|error| xlsx_error(&error, bytes))?;
    let mut budget = CellBudget::default();
    let mut sheets = Vec::new();
    for name in workbook.sheet_names() {
        let mut cells = match workbook.worksheet_cells_reader(&name) {
            Ok(cells) => cells,
            // A chart sheet or a dialog sheet holds no rows: not an error.
            Err(XlsxError::NotAWorksheet(_)) => continue,
            Err(error) => return Err(xlsx_error(&error, bytes)),
        };
        let mut sheet = SheetBuilder::new(name);
        while let Some(cell) = cells
            .next_cell()
            .map_err(|error| xlsx_error(&error, bytes))?
        {
            let (row, column) = cell.get_position();
            sheet.put(row, column, data_ref_text(cell.get_value()), &mut budget)?;
        }
        sheets.push(sheet.finish());
    }
    Ok(sheets)
}

fn read_ods(bytes: &[u8]) -> Result<Vec<Sheet>, TableError> {
    let mut workbook: Ods<_> =
        Ods::new(Cursor::new(bytes)).map_err(|error| ods_error(&error, bytes))?;
    let mut budget = CellBudget::default();
    let mut sheets = Vec::new();
    for name in workbook.sheet_names() {
        let range = workbook
            .worksheet_range(&name)
            .map_err(|error| ods_error(&error, bytes))?;
        let (top, left) = range.start().unwrap_or((0, 0));
        let mut sheet = SheetBuilder::new(name);
        for (row, column, value) in range.used_cells() {
            let row = top.saturating_add(u32::try_from(row).unwrap_or(u32::MAX));
            let column = left.saturating_add(u32::try_from(column).unwrap_or(u32::MAX));
            sheet.put(row, column, data_text(value), &mut budget)?;
        }
        sheets.push(sheet.finish());
    }
    Ok(sheets)
}

/// The refusal for a workbook calamine cannot open.
fn xlsx_error(error: &XlsxError, bytes: &[u8]) -> TableError {
    match error {
        XlsxError::Password => TableError::new(Reason::Encrypted),
        _ if bytes.starts_with(COMPOUND_FILE_MAGIC) => TableError::new(Reason::OldExcel),
        _ => TableError::new(Reason::BrokenXlsx(error.to_string())),
    }
}

/// The refusal for a spreadsheet calamine cannot open.
fn ods_error(error: &OdsError, bytes: &[u8]) -> TableError {
    match error {
        OdsError::Password => TableError::new(Reason::Encrypted),
        OdsError::CellLimitExceeded { .. } => {
            TableError::new(Reason::TooManyCells { limit: MAX_CELLS })
        }
        _ if bytes.starts_with(COMPOUND_FILE_MAGIC) => TableError::new(Reason::OldExcel),
        _ => TableError::new(Reason::BrokenOds(error.to_string())),
    }
}

/// A cell's text as the sheet shows it (numbers in Rust's shortest exact
/// form, so a number cell written by us reads back to the same number).
fn data_ref_text(value: &DataRef<'_>) -> String {
    match value {
        DataRef::Int(number) => number.to_string(),
        DataRef::Float(number) => number.to_string(),
        DataRef::String(text) | DataRef::DateTimeIso(text) | DataRef::DurationIso(text) => {
            text.clone()
        }
        DataRef::SharedString(text) => (*text).to_owned(),
        DataRef::Bool(yes) => yes.to_string(),
        DataRef::DateTime(date) => date.to_string(),
        DataRef::Error(error) => error.to_string(),
        DataRef::Empty => String::new(),
    }
}

fn data_text(value: &Data) -> String {
    value.to_string()
}

/// How many cells the sheets read so far hold, against [`MAX_CELLS`].
#[derive(Default)]
struct CellBudget {
    used: usize,
}

/// One sheet's rows as they arrive, cell by cell in any order.
struct SheetBuilder {
    name: String,
    rows: Vec<Vec<String>>,
}

impl SheetBuilder {
    fn new(name: String) -> Self {
        Self {
            name,
            rows: Vec::new(),
        }
    }

    /// Places a cell's text. Empty cells (a formatted cell with no value)
    /// take no room; the limits are checked before anything grows.
    fn put(
        &mut self,
        row: u32,
        column: u32,
        text: String,
        budget: &mut CellBudget,
    ) -> Result<(), TableError> {
        if text.is_empty() {
            return Ok(());
        }
        let (Ok(row), Ok(column)) = (usize::try_from(row), usize::try_from(column)) else {
            return Err(TableError::new(Reason::TooManyRows { limit: MAX_ROWS }));
        };
        if row >= MAX_ROWS {
            return Err(TableError::new(Reason::TooManyRows { limit: MAX_ROWS }));
        }
        if column >= MAX_COLUMNS {
            return Err(TableError::new(Reason::TooManyColumns {
                limit: MAX_COLUMNS,
            }));
        }
        if self.rows.len() <= row {
            self.rows.resize_with(row + 1, Vec::new);
        }
        let Some(cells) = self.rows.get_mut(row) else {
            return Ok(());
        };
        if cells.len() <= column {
            budget.used += column + 1 - cells.len();
            if budget.used > MAX_CELLS {
                return Err(TableError::new(Reason::TooManyCells { limit: MAX_CELLS }));
            }
            cells.resize(column + 1, String::new());
        }
        if let Some(cell) = cells.get_mut(column) {
            *cell = text;
        }
        Ok(())
    }

    fn finish(self) -> Sheet {
        Sheet {
            name: self.name,
            rows: self.rows,
        }
    }
}
