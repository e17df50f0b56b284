//! CSV: the text form of a table, read and written.
//!
//! Written: UTF-8 with a byte-order mark, comma-separated, CRLF line ends,
//! fields quoted only where they need it. The mark is there because Excel
//! reads a CSV without one in the ANSI code page (Windows-1252 in Germany),
//! which garbles every umlaut ("Berührungspunkte" shows with "Ã¼" for "ü");
//! with it, Excel, `LibreOffice` and every CSV library read UTF-8. Comma, not the semicolon
//! German Excel expects on a double click: the comma is the standard
//! (RFC 4180) every other reader assumes, and a `sep=` first line would fix
//! German Excel but show up as a stray row everywhere else. German Excel
//! reads the file through Data → From Text/CSV. CRLF is what RFC 4180 and
//! Excel write.
//!
//! Read: UTF-8 with or without the mark, UTF-16 with a mark (Excel's
//! "Unicode text"), else Windows-1252 (what Excel in Germany saves as
//! "CSV"); the separator is Excel's `sep=` line when there is one, else the
//! one of comma, semicolon and tab that the first line uses most.

use super::error::{Reason, TableError};
use super::{MAX_CELLS, MAX_COLUMNS, MAX_ROWS, Sheet};

/// The UTF-8 byte-order mark.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// What Windows-1252 puts at 0x80–0x9F, where Latin-1 has control
/// characters; the undefined five keep their Latin-1 code points.
const WINDOWS_1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// The text of a CSV file, whatever encoding a spreadsheet saved it in.
pub(super) fn decode(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        return String::from_utf8_lossy(rest).into_owned();
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return decode_utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return decode_utf16(rest, u16::from_be_bytes);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => bytes.iter().map(|&byte| windows_1252(byte)).collect(),
    }
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|pair| {
        unit([
            pair.first().copied().unwrap_or(0),
            pair.get(1).copied().unwrap_or(0),
        ])
    });
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

fn windows_1252(byte: u8) -> char {
    match byte {
        0x80..=0x9F => WINDOWS_1252_HIGH
            .get(usize::from(byte - 0x80))
            .copied()
            .unwrap_or(char::REPLACEMENT_CHARACTER),
        _ => char::from(byte),
    }
}

/// The separator of `text`, and the text without Excel's `sep=` line.
fn separator(text: &str) -> (u8, &str) {
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    let first = first.trim_end_matches('\r');
    if let Some(sep) = first.strip_prefix("sep=")
        && let [byte] = sep.as_bytes()
    {
        return (*byte, rest);
    }
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for byte in first.bytes() {
        if byte == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(count) = counts.iter_mut().find(|(sep, _)| *sep == byte) {
            count.1 += 1;
        }
    }
    // Ties go to the comma: the earlier entry wins.
    let best = counts.iter().fold(
        (b',', 0),
        |best, &(sep, n)| if n > best.1 { (sep, n) } else { best },
    );
    (best.0, text)
}

/// The one sheet of a CSV file. Refuses an empty file and one over the
/// row, column or cell limits.
pub(super) fn read(bytes: &[u8]) -> Result<Vec<Sheet>, TableError> {
    let text = decode(bytes);
    if text.trim().is_empty() {
        return Err(TableError::new(Reason::Empty));
    }
    let (sep, body) = separator(&text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sep)
        .from_reader(body.as_bytes());
    let mut rows = Vec::new();
    let mut cells = 0usize;
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(error) => return Err(TableError::new(Reason::BrokenCsv(error.to_string()))),
        }
        if rows.len() >= MAX_ROWS {
            return Err(TableError::new(Reason::TooManyRows { limit: MAX_ROWS }));
        }
        let mut row: Vec<String> = record.iter().map(unguard).collect();
        while row.last().is_some_and(|cell| cell.trim().is_empty()) {
            row.pop();
        }
        if row.len() > MAX_COLUMNS {
            return Err(TableError::new(Reason::TooManyColumns {
                limit: MAX_COLUMNS,
            }));
        }
        cells += row.len();
        if cells > MAX_CELLS {
            return Err(TableError::new(Reason::TooManyCells { limit: MAX_CELLS }));
        }
        rows.push(row);
    }
    while rows.last().is_some_and(Vec::is_empty) {
        rows.pop();
    }
    if rows.is_empty() {
        return Err(TableError::new(Reason::Empty));
    }
    Ok(vec![Sheet {
        name: "CSV".to_owned(),
        rows,
    }])
}

/// What starts a formula in a spreadsheet opening a CSV: a title such as
/// "- Lieferzeit unklar" or "=Preis?" would be run as one and show an error.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text cell as written to CSV: one that a spreadsheet would take for a
/// formula gets a leading apostrophe, as OWASP advises against CSV
/// injection; so does one that starts with an apostrophe before such a
/// character or another apostrophe, so that [`unguard`] can tell the two
/// apart and every text reads back exactly.
pub(super) fn guard(text: &str) -> String {
    let mut chars = text.chars();
    let needs = match chars.next() {
        Some(first) if FORMULA_STARTS.contains(&first) => true,
        Some('\'') => chars
            .next()
            .is_some_and(|second| second == '\'' || FORMULA_STARTS.contains(&second)),
        _ => false,
    };
    if needs {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// A CSV cell as read: without the apostrophe [`guard`] put in front.
fn unguard(text: &str) -> String {
    let mut chars = text.chars();
    if chars.next() == Some('\'')
        && chars
            .next()
            .is_some_and(|second| second == '\'' || FORMULA_STARTS.contains(&second))
    {
        text.get(1..).unwrap_or_default().to_owned()
    } else {
        text.to_owned()
    }
}

/// One cell of an exported table.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Cell {
    /// Text, written as it is (guarded against formulas in CSV).
    Text(String),
    /// A number: a number cell in a workbook, plain digits with a dot in CSV.
    Number(f64),
    /// Nothing.
    Empty,
}

/// `rows` as CSV bytes, as described at the top of this file.
pub(super) fn write(rows: &[Vec<Cell>]) -> Vec<u8> {
    let mut out = UTF8_BOM.to_vec();
    for row in rows {
        let fields: Vec<String> = row
            .iter()
            .map(|cell| match cell {
                Cell::Text(text) => guard(text),
                // Rust writes the shortest text that reads back to the same
                // number, never with an exponent: exact, and a spreadsheet
                // in English reads it as a number.
                Cell::Number(value) => value.to_string(),
                Cell::Empty => String::new(),
            })
            .collect();
        for (index, field) in fields.iter().enumerate() {
            if index > 0 {
                out.push(b',');
            }
            write_field(&mut out, field);
        }
        out.extend_from_slice(b"\r\n");
    }
    out
}

/// One field, quoted when it holds a comma, a quote, a line break or
/// leading or trailing space (which some readers trim), quotes doubled.
fn write_field(out: &mut Vec<u8>, field: &str) {
    let needs_quotes = field.contains([',', '"', '\n', '\r', ';', '\t'])
        || field.starts_with(' ')
        || field.ends_with(' ');
    if needs_quotes {
        out.push(b'"');
        out.extend_from_slice(field.replace('"', "\"\"").as_bytes());
        out.push(b'"');
    } else {
        out.extend_from_slice(field.as_bytes());
    }
}
