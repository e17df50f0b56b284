//! Why a whole table cannot be read, or a map not written as one.

use std::fmt;

use crate::i18n::text::table as t;
use crate::i18n::{Lang, tr_in};

/// What went wrong reading a whole file (broken, encrypted, too large, too
/// many rows, empty, not a table) or writing a workbook: a plain sentence
/// in the interface's current language via `Display`, saying what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableError {
    reason: Reason,
}

/// The reasons, with what their sentences name. Kept apart from the text
/// so the sentence follows the language the interface speaks when it is
/// shown, not when the file was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Reason {
    TooLarge { size: u64, limit: u64 },
    TooManyRows { limit: usize },
    TooManyColumns { limit: usize },
    TooManyCells { limit: usize },
    Empty,
    Encrypted,
    OldExcel,
    BrokenXlsx(String),
    BrokenOds(String),
    BrokenCsv(String),
    NoSheet { number: usize, count: usize },
    NoTitleColumn,
    NoPhaseNames,
    Nothing,
    TextTooLong { text: String, limit: usize },
    Write(String),
}

impl TableError {
    pub(super) fn new(reason: Reason) -> Self {
        Self { reason }
    }

    /// The sentence in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        let text = |msg| tr_in(lang, msg, &[]);
        let detail = |msg, detail: &String| tr_in(lang, msg, &[("detail", detail.into())]);
        match &self.reason {
            Reason::TooLarge { size, limit } => tr_in(
                lang,
                t::ERROR_TOO_LARGE,
                &[("size", (*size).into()), ("limit", (*limit).into())],
            ),
            Reason::TooManyRows { limit } => {
                tr_in(lang, t::ERROR_TOO_MANY_ROWS, &[("limit", (*limit).into())])
            }
            Reason::TooManyColumns { limit } => tr_in(
                lang,
                t::ERROR_TOO_MANY_COLUMNS,
                &[("limit", (*limit).into())],
            ),
            Reason::TooManyCells { limit } => {
                tr_in(lang, t::ERROR_TOO_MANY_CELLS, &[("limit", (*limit).into())])
            }
            Reason::Empty => text(t::ERROR_EMPTY),
            Reason::Encrypted => text(t::ERROR_ENCRYPTED),
            Reason::OldExcel => text(t::ERROR_OLD_EXCEL),
            Reason::BrokenXlsx(why) => detail(t::ERROR_BROKEN_XLSX, why),
            Reason::BrokenOds(why) => detail(t::ERROR_BROKEN_ODS, why),
            Reason::BrokenCsv(why) => detail(t::ERROR_BROKEN_CSV, why),
            Reason::NoSheet { number, count } => tr_in(
                lang,
                t::ERROR_NO_SHEET,
                &[("number", (*number).into()), ("count", (*count).into())],
            ),
            Reason::NoTitleColumn => text(t::ERROR_NO_TITLE_COLUMN),
            Reason::NoPhaseNames => text(t::ERROR_NO_PHASE_NAMES),
            Reason::Nothing => text(t::ERROR_NOTHING),
            Reason::TextTooLong { text, limit } => tr_in(
                lang,
                t::ERROR_TEXT_TOO_LONG,
                &[("text", text.into()), ("limit", (*limit).into())],
            ),
            Reason::Write(why) => detail(t::ERROR_WRITE, why),
        }
    }

    #[cfg(test)]
    pub(super) fn reason(&self) -> &Reason {
        &self.reason
    }
}

impl fmt::Display for TableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_in(crate::i18n::current()))
    }
}

impl std::error::Error for TableError {}
