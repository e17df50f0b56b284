//! The preview of a table before it becomes a map: the layout found (one
//! row per card, or a sheet laid out as a map), what each column holds
//! (changeable), the first cards as they will be, and every row that
//! cannot be used with its number and why. Nothing is created until the
//! user confirms, and the button says how many rows will be skipped.

use egui::Ui;

use crate::i18n::{Lang, text::import as t, tr, tr_args};
use crate::interop::table::{self, Field, Layout, Plan, Preview, Sheet, TableError};
use crate::model::Journey;

/// Cards listed in the preview: enough to recognise the table.
const FIRST_CARDS: usize = 8;

/// What the dialog decided this frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportAnswer {
    /// Create the map, skipping the rows listed as problems.
    Import,
    /// Close without a map.
    Cancel,
}

/// The open preview.
pub struct ImportDialog {
    /// The file's name, for the heading and the status line.
    name: String,
    sheets: Vec<Sheet>,
    sheet: usize,
    plan: Plan,
    /// The language of the names the import makes up.
    lang: Lang,
    /// What the current sheet and plan give; recomputed when either changes.
    preview: Preview,
}

impl ImportDialog {
    /// The preview of `sheets` from the file `name`, with the layout and
    /// columns found in the first sheet.
    pub fn new(name: String, sheets: Vec<Sheet>, lang: Lang) -> Self {
        let plan = sheets.first().map_or_else(
            || Plan {
                layout: Layout::Table,
                header_row: 0,
                columns: Vec::new(),
            },
            table::plan,
        );
        let preview = table::preview(&sheets, 0, &plan, FIRST_CARDS);
        Self {
            name,
            sheets,
            sheet: 0,
            plan,
            lang,
            preview,
        }
    }

    /// The file's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The map the confirmed choices make, without the problem rows.
    ///
    /// # Errors
    /// What the table's reader says when no map can be made.
    pub fn build(&self) -> Result<Journey, TableError> {
        table::build(&self.sheets, self.sheet, &self.plan, self.lang)
    }

    /// Shows the preview; returns the answer once given.
    pub fn ui(&mut self, ctx: &egui::Context) -> Option<ImportAnswer> {
        let mut answer = None;
        let (sheet, plan) = (self.sheet, self.plan.clone());
        let modal = egui::Modal::new(egui::Id::unique("import_dialog")).show(ctx, |ui| {
            ui.set_width(620.0);
            ui.heading(tr_args(
                t::DIALOG_TITLE,
                &[("file", self.name.as_str().into())],
            ));
            ui.add_space(6.0);
            self.choices_ui(ui);
            ui.add_space(6.0);
            self.preview_ui(ui);
            ui.add_space(8.0);
            answer = self.buttons_ui(ui);
        });
        if (self.sheet, &self.plan) != (sheet, &plan) {
            self.preview = table::preview(&self.sheets, self.sheet, &self.plan, FIRST_CARDS);
        }
        if answer.is_none() && modal.should_close() {
            answer = Some(ImportAnswer::Cancel);
        }
        answer
    }

    /// The sheet, the layout and, for a table, what each column holds.
    fn choices_ui(&mut self, ui: &mut Ui) {
        egui::Grid::new("import_choices")
            .num_columns(2)
            .spacing([16.0, 8.0])
            .show(ui, |ui| {
                if self.sheets.len() > 1 {
                    let label = ui.label(tr(t::SHEET));
                    let before = self.sheet;
                    let name = |sheets: &[Sheet], index: usize| {
                        sheets
                            .get(index)
                            .map(|sheet| sheet.name.clone())
                            .unwrap_or_default()
                    };
                    egui::ComboBox::from_id_salt("import_sheet")
                        .selected_text(name(&self.sheets, self.sheet))
                        .show_ui(ui, |ui| {
                            for index in 0..self.sheets.len() {
                                ui.selectable_value(
                                    &mut self.sheet,
                                    index,
                                    name(&self.sheets, index),
                                );
                            }
                        })
                        .response
                        .labelled_by(label.id);
                    if self.sheet != before
                        && let Some(sheet) = self.sheets.get(self.sheet)
                    {
                        self.plan = table::plan(sheet);
                    }
                    ui.end_row();
                }
                ui.label(tr(t::LAYOUT));
                ui.vertical(|ui| {
                    ui.radio_value(&mut self.plan.layout, Layout::Table, tr(t::LAYOUT_TABLE));
                    ui.radio_value(&mut self.plan.layout, Layout::Grid, tr(t::LAYOUT_GRID));
                });
                ui.end_row();
            });
        if self.plan.layout == Layout::Table {
            self.columns_ui(ui);
        }
    }

    /// One drop-down per column of the header row, named after the column.
    fn columns_ui(&mut self, ui: &mut Ui) {
        ui.add_space(4.0);
        ui.strong(tr(t::COLUMNS));
        let headers: Vec<String> = self
            .sheets
            .get(self.sheet)
            .and_then(|sheet| sheet.rows.get(self.plan.header_row))
            .cloned()
            .unwrap_or_default();
        egui::ScrollArea::vertical()
            .id_salt("import_columns")
            .max_height(180.0)
            .show(ui, |ui| {
                egui::Grid::new("import_columns_grid")
                    .num_columns(2)
                    .spacing([16.0, 4.0])
                    .show(ui, |ui| {
                        for (index, field) in self.plan.columns.iter_mut().enumerate() {
                            let header = headers.get(index).map_or("", String::as_str);
                            let name = tr_args(
                                t::COLUMN,
                                &[
                                    ("column", column_letters(index).as_str().into()),
                                    ("header", header.into()),
                                ],
                            );
                            let label = ui.label(name);
                            egui::ComboBox::from_id_salt(("import_column", index))
                                .selected_text(field.label())
                                .show_ui(ui, |ui| {
                                    for choice in Field::ALL {
                                        ui.selectable_value(field, choice, choice.label());
                                    }
                                })
                                .response
                                .labelled_by(label.id);
                            ui.end_row();
                        }
                    });
            });
    }

    /// The new map's size, its first cards and the rows that cannot be used.
    fn preview_ui(&self, ui: &mut Ui) {
        let preview = &self.preview;
        ui.label(tr_args(
            t::SUMMARY,
            &[
                ("phases", preview.phases.into()),
                ("steps", preview.steps.into()),
                ("lanes", preview.lanes.into()),
                ("cards", preview.card_count.into()),
            ],
        ));
        if preview.cards.is_empty() {
            ui.label(tr(t::NOTHING));
        } else {
            ui.add_space(4.0);
            ui.strong(tr(t::FIRST_CARDS));
            egui::Grid::new("import_first_cards")
                .num_columns(4)
                .striped(true)
                .spacing([12.0, 2.0])
                .show(ui, |ui| {
                    for head in [t::HEAD_ROW, t::HEAD_PLACE, t::HEAD_LANE, t::HEAD_TITLE] {
                        ui.weak(tr(head));
                    }
                    ui.end_row();
                    for card in &preview.cards {
                        ui.label(card.row.to_string());
                        let place = if card.step.is_empty() {
                            card.phase.clone()
                        } else {
                            format!("{} › {}", card.phase, card.step)
                        };
                        ui.label(place);
                        ui.label(&card.lane);
                        ui.label(&card.title);
                        ui.end_row();
                    }
                });
        }
        if !preview.problems.is_empty() {
            ui.add_space(4.0);
            ui.strong(tr_args(
                t::PROBLEMS,
                &[("count", preview.problems.len().into())],
            ));
            egui::ScrollArea::vertical()
                .id_salt("import_problems")
                .max_height(120.0)
                .show(ui, |ui| {
                    for problem in &preview.problems {
                        ui.label(tr_args(
                            t::PROBLEM,
                            &[
                                ("row", problem.row.into()),
                                ("message", problem.message.as_str().into()),
                            ],
                        ));
                    }
                });
        }
    }

    fn buttons_ui(&self, ui: &mut Ui) -> Option<ImportAnswer> {
        let mut answer = None;
        let skipped = self.preview.problems.len();
        let confirm = if skipped == 0 {
            tr(t::CONFIRM)
        } else {
            tr_args(t::CONFIRM_SKIPPING, &[("count", skipped.into())])
        };
        ui.horizontal(|ui| {
            let ready = self.preview.card_count > 0;
            if ui.add_enabled(ready, egui::Button::new(confirm)).clicked() {
                answer = Some(ImportAnswer::Import);
            }
            if ui.button(tr(t::CANCEL)).clicked() {
                answer = Some(ImportAnswer::Cancel);
            }
        });
        answer
    }
}

/// A column's name as spreadsheets write it: A … Z, AA, AB …
fn column_letters(index: usize) -> String {
    let mut letters = Vec::new();
    let mut rest = index + 1;
    while rest > 0 {
        let digit = (rest - 1) % 26;
        letters.push(char::from(b'A' + u8::try_from(digit).unwrap_or(0)));
        rest = (rest - 1) / 26;
    }
    letters.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn columns_are_named_as_spreadsheets_name_them() {
        let names: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702]
            .into_iter()
            .map(super::column_letters)
            .collect();
        assert_eq!(names, ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
    }
}
