//! Finding how a sheet is laid out: a card table under a header row, or a
//! grid laid out as a map.

use super::columns::{Field, guess_columns};
use super::{Layout, Plan, Sheet};

/// How far down a header row is looked for: a title block or a blank line
/// or two above the table are common, a header on row 20 is not.
const HEADER_SEARCH_ROWS: usize = 10;

/// The plan for `sheet` (see [`super::plan`]).
pub(super) fn plan(sheet: &Sheet) -> Plan {
    for (index, row) in sheet.rows.iter().take(HEADER_SEARCH_ROWS).enumerate() {
        let columns = guess_columns(row);
        if is_card_header(&columns) {
            return Plan {
                layout: Layout::Table,
                header_row: index,
                columns,
            };
        }
    }
    let first = first_filled_row(sheet).unwrap_or(0);
    let columns = sheet
        .rows
        .get(first)
        .map(|row| guess_columns(row))
        .unwrap_or_default();
    let layout = if is_grid(sheet, first) {
        Layout::Grid
    } else {
        Layout::Table
    };
    Plan {
        layout,
        header_row: first,
        columns,
    }
}

/// Whether the columns name a card's title and where it goes.
fn is_card_header(columns: &[Field]) -> bool {
    columns.contains(&Field::Title)
        && (columns.contains(&Field::Phase) || columns.contains(&Field::Lane))
}

fn first_filled_row(sheet: &Sheet) -> Option<usize> {
    sheet
        .rows
        .iter()
        .position(|row| row.iter().any(|cell| !cell.trim().is_empty()))
}

/// The column of a grid's lane names: the first column anything is
/// written in from the phase row down (a sheet may keep a margin column).
pub(super) fn name_column(sheet: &Sheet, header_row: usize) -> Option<usize> {
    sheet
        .rows
        .iter()
        .skip(header_row)
        .filter_map(|row| row.iter().position(|cell| !cell.trim().is_empty()))
        .min()
}

/// Whether the sheet reads as a grid with its phase names in row
/// `header_row`: a name right of the name column there, and a lane name in
/// the name column below.
fn is_grid(sheet: &Sheet, header_row: usize) -> bool {
    let Some(column) = name_column(sheet, header_row) else {
        return false;
    };
    let filled =
        |row: &Vec<String>, at: usize| row.get(at).is_some_and(|cell| !cell.trim().is_empty());
    let phases = sheet
        .rows
        .get(header_row)
        .is_some_and(|row| (column + 1..row.len()).any(|at| filled(row, at)));
    let lanes = sheet
        .rows
        .iter()
        .skip(header_row + 1)
        .any(|row| filled(row, column));
    phases && lanes
}
