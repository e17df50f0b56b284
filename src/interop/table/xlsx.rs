//! The Excel workbook an export writes: the card table first (what an
//! import reads by default), then the emotion values, the personas and the
//! map's own properties, each on its own sheet named in the map's language.
//!
//! The bytes are the same for the same map: `rust_xlsxwriter` stamps every
//! zip entry with one fixed date, and the one date it would take from the
//! clock (the document's creation time) is set here to a fixed day.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::delimited::Cell;
use super::error::{Reason, TableError};
use super::write::{card_rows, emotion_rows, map_rows, persona_rows};
use crate::i18n::text::table as t;
use crate::i18n::{Lang, tr_in};
use crate::model::Journey;

/// The most characters an Excel cell holds.
const MAX_CELL_CHARS: usize = 32_767;

/// Column widths of the card sheet, in characters: wide for titles and
/// notes, narrow for the kinds and numbers.
const CARD_WIDTHS: [f64; 14] = [
    18.0, 24.0, 20.0, 18.0, 36.0, 48.0, 10.0, 22.0, 18.0, 14.0, 10.0, 12.0, 24.0, 8.0,
];

/// The map as an Excel workbook.
pub(super) fn to_xlsx(journey: &Journey, lang: Lang) -> Result<Vec<u8>, TableError> {
    let mut workbook = Workbook::new();
    let created = ExcelDateTime::from_ymd(2024, 1, 1).map_err(|error| write_error(&error))?;
    workbook.set_properties(
        &DocProperties::new()
            .set_title(journey.title.clone())
            .set_creation_datetime(&created),
    );
    let sheet_name = |msg| tr_in(lang, msg, &[]);
    add_sheet(
        &mut workbook,
        &sheet_name(t::SHEET_CARDS),
        &card_rows(journey, lang),
        &CARD_WIDTHS,
    )?;
    if !journey.curves.is_empty() {
        add_sheet(
            &mut workbook,
            &sheet_name(t::SHEET_EMOTIONS),
            &emotion_rows(journey, lang),
            &[20.0, 20.0, 12.0, 18.0, 24.0, 8.0, 24.0, 16.0],
        )?;
    }
    if !journey.personas.is_empty() {
        add_sheet(
            &mut workbook,
            &sheet_name(t::SHEET_PERSONAS),
            &persona_rows(journey, lang),
            &[
                20.0, 40.0, 8.0, 24.0, 18.0, 24.0, 20.0, 36.0, 36.0, 36.0, 36.0, 36.0, 10.0,
            ],
        )?;
    }
    add_sheet(
        &mut workbook,
        &sheet_name(t::SHEET_MAP),
        &map_rows(journey, lang),
        &[32.0, 60.0],
    )?;
    workbook
        .save_to_buffer()
        .map_err(|error| write_error(&error))
}

fn write_error(error: &XlsxError) -> TableError {
    TableError::new(Reason::Write(error.to_string()))
}

/// One sheet: a bold header row that stays in view, a filter on it, and
/// the given column widths.
fn add_sheet(
    workbook: &mut Workbook,
    name: &str,
    rows: &[Vec<Cell>],
    widths: &[f64],
) -> Result<(), TableError> {
    let sheet = workbook.add_worksheet();
    sheet.set_name(name).map_err(|error| write_error(&error))?;
    let bold = Format::new().set_bold();
    let mut last_column = 0u16;
    for (row_index, row) in rows.iter().enumerate() {
        let row_number = u32::try_from(row_index).map_err(|_| too_many_rows())?;
        for (column_index, cell) in row.iter().enumerate() {
            let column = u16::try_from(column_index).map_err(|_| too_many_rows())?;
            last_column = last_column.max(column);
            write_cell(
                sheet,
                row_number,
                column,
                cell,
                (row_index == 0).then_some(&bold),
            )?;
        }
    }
    for (column, width) in widths.iter().enumerate() {
        let column = u16::try_from(column).map_err(|_| too_many_rows())?;
        sheet
            .set_column_width(column, *width)
            .map_err(|error| write_error(&error))?;
    }
    sheet
        .set_freeze_panes(1, 0)
        .map_err(|error| write_error(&error))?;
    let last_row = u32::try_from(rows.len().saturating_sub(1)).map_err(|_| too_many_rows())?;
    sheet
        .autofilter(0, 0, last_row, last_column)
        .map_err(|error| write_error(&error))?;
    Ok(())
}

/// A map too big for a sheet (over a million rows): said the way the
/// reader says it.
fn too_many_rows() -> TableError {
    TableError::new(Reason::TooManyRows { limit: 1_048_576 })
}

fn write_cell(
    sheet: &mut Worksheet,
    row: u32,
    column: u16,
    cell: &Cell,
    format: Option<&Format>,
) -> Result<(), TableError> {
    match cell {
        Cell::Text(text) => {
            if text.chars().count() > MAX_CELL_CHARS {
                let start: String = text.chars().take(40).collect();
                return Err(TableError::new(Reason::TextTooLong {
                    text: format!("{start}…"),
                    limit: MAX_CELL_CHARS,
                }));
            }
            match format {
                Some(format) => sheet.write_string_with_format(row, column, text, format),
                None => sheet.write_string(row, column, text),
            }
            .map_err(|error| write_error(&error))?;
        }
        Cell::Number(value) => {
            sheet
                .write_number(row, column, *value)
                .map_err(|error| write_error(&error))?;
        }
        Cell::Empty => {}
    }
    Ok(())
}
