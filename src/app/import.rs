//! File → Import… and a pasted Mermaid journey: each makes a new, unsaved
//! map after the unsaved-changes guard. A Mermaid journey opens at once
//! (its problems refuse it with their lines and columns); a table first
//! shows its preview (`import_dialog.rs`), where the user checks the
//! columns and confirms skipping the rows that cannot be used.

use std::path::Path;

use super::JourneymapApp;
use super::dialog::Dialog;
use super::guard::Action;
use super::import_dialog::ImportDialog;
use crate::cli::Source;
use crate::format::{Diagnostic, TextError, TextPosition};
use crate::i18n::{self, text::import as t, tr, tr_args};
use crate::interop::{ReadError, mermaid, table};
use crate::model::Journey;

impl JourneymapApp {
    /// Pasted text that is a Mermaid journey: a new map, once the guard
    /// agrees. Text Mermaid refuses is explained and nothing changes.
    pub(super) fn paste_mermaid(&mut self, ctx: &egui::Context, text: String) {
        match mermaid::import(&text, i18n::current()) {
            Ok(_) => self.request(ctx, Action::ImportText(text)),
            Err(problems) => self.tell(
                tr_args(
                    t::FAILED_TITLE,
                    &[("file", tr(t::PASTED_NAME).as_str().into())],
                ),
                positioned(&problems),
            ),
        }
    }

    /// The guard agreed to replace the map with the pasted journey.
    pub(super) fn import_pasted(&mut self, text: &str) {
        match mermaid::import(text, i18n::current()) {
            Ok(imported) => {
                self.open_imported(imported.journey, tr(t::STATUS_PASTED));
                self.tell_warnings(&imported.warnings);
            }
            Err(problems) => self.tell(
                tr_args(
                    t::FAILED_TITLE,
                    &[("file", tr(t::PASTED_NAME).as_str().into())],
                ),
                positioned(&problems),
            ),
        }
    }

    /// The file chosen in File → Import…: a Mermaid journey opens, a table
    /// shows its preview; what cannot be read is explained.
    pub(super) fn import_file(&mut self, path: &Path) {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        );
        let failed = tr_args(t::FAILED_TITLE, &[("file", name.as_str().into())]);
        let result = match Source::of(path) {
            None => Err(tr(t::UNKNOWN_KIND)),
            Some(Source::Mermaid) => self.import_mermaid_file(path, &name),
            Some(Source::Table(kind)) => read(path, table::MAX_BYTES).and_then(|bytes| {
                let sheets = table::read_sheets(&bytes, kind).map_err(|error| error.to_string())?;
                self.dialogs.open(Dialog::Import(ImportDialog::new(
                    name.clone(),
                    sheets,
                    i18n::current(),
                )));
                Ok(())
            }),
        };
        if let Err(message) = result {
            self.tell(failed, message);
        }
    }

    fn import_mermaid_file(&mut self, path: &Path, name: &str) -> Result<(), String> {
        let limit = u64::try_from(mermaid::MAX_BYTES).unwrap_or(u64::MAX);
        let bytes = read(path, limit)?;
        let text = crate::format::decode_text(&bytes).map_err(|error| {
            let at = match error {
                TextError::Utf16 => TextPosition { line: 1, column: 1 },
                TextError::NotUtf8 { at, .. } => at,
            };
            tr_args(
                t::NOT_UTF8,
                &[("line", at.line.into()), ("column", at.column.into())],
            )
        })?;
        let imported =
            mermaid::import(text, i18n::current()).map_err(|problems| positioned(&problems))?;
        let status = tr_args(t::STATUS_IMPORTED, &[("file", name.into())]);
        self.open_imported(imported.journey, status);
        self.tell_warnings(&imported.warnings);
        Ok(())
    }

    /// The table preview's confirmed map.
    pub(super) fn open_imported_table(&mut self, journey: Journey, name: &str) {
        let status = tr_args(t::STATUS_IMPORTED, &[("file", name.into())]);
        self.open_imported(journey, status);
    }

    /// Replaces the open map with an imported one: new, with no file, and
    /// unsaved, so closing asks to save it.
    fn open_imported(&mut self, journey: Journey, status: String) {
        self.replace_document(journey, None);
        self.document.mark_unsaved();
        self.release_map();
        self.status = status;
    }

    fn tell_warnings(&mut self, warnings: &[Diagnostic]) {
        if !warnings.is_empty() {
            self.tell(tr(t::WARNINGS_TITLE), positioned(warnings));
        }
    }
}

/// The file's bytes, or why they cannot be had, in words for the user.
fn read(path: &Path, limit: u64) -> Result<Vec<u8>, String> {
    crate::interop::read_limited(path, limit).map_err(|error| match error {
        ReadError::TooLarge(size, limit) => tr_args(
            t::TOO_LARGE,
            &[("size", size.into()), ("limit", limit.into())],
        ),
        ReadError::Io(error) => tr_args(
            t::UNREADABLE,
            &[("error", error.to_string().as_str().into())],
        ),
    })
}

/// One "Line 3, column 7: …" line per problem.
fn positioned(problems: &[Diagnostic]) -> String {
    problems
        .iter()
        .map(|problem| {
            tr_args(
                t::AT,
                &[
                    ("line", problem.at.line.into()),
                    ("column", problem.at.column.into()),
                    ("message", problem.message.as_str().into()),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}
