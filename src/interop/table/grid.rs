//! Reading a sheet laid out as a map: phase names across the phase row,
//! lane names down the first filled column, cards in the cells.
//!
//! It makes exactly the phases, lanes and cards of the sheet:
//! - every named cell of the phase row is a phase with one unnamed step,
//!   in sheet order (two phases may share a name: the grid is positional);
//! - every row with a name in the name column is a lane, its kind guessed
//!   from the name (in German or English), else free text;
//! - every non-empty line of a cell is a card; a leading bullet ("•", "-",
//!   "–", "*") is the author's list mark, not part of the title;
//! - the top-left cell becomes the map's title, unless it is a column word
//!   such as "Phase" or "Lane";
//! - an emotion lane holds no cards: numbers in its cells become the values
//!   of one curve named after the lane, on the first usual scale that holds
//!   them all (−2…+2, 1…5, 0…5, −5…+5, 1…10, 0…10, −10…+10); text there is
//!   a problem.
//!
//! A filled cell under no phase name, and a row of cards without a lane
//! name, are problems; only those cells (the row, for a nameless lane) are
//! skipped.

use super::columns::field_of_header;
use super::draft::{CardValues, Draft, DraftCard, DraftCurve, DraftLane, DraftPhase, DraftPoint};
use super::error::{Reason, TableError};
use super::plan::name_column;
use super::words::{guess_lane_kind, parse_number};
use super::{Plan, RowProblem, Sheet};
use crate::i18n::text::table as t;
use crate::i18n::{tr, tr_args};
use crate::model::{EmotionScale, LaneKind};

/// The scales emotion values are fitted to, most common first (see the
/// domain notes: Smaply's −2…+2, Mermaid's 1…5 and 0…5, Ptolemy's −5…+5,
/// `UXPressia`'s 1…10).
const SCALES: [(f32, f32); 7] = [
    (-2.0, 2.0),
    (1.0, 5.0),
    (0.0, 5.0),
    (-5.0, 5.0),
    (1.0, 10.0),
    (0.0, 10.0),
    (-10.0, 10.0),
];

/// An emotion lane's values as read, before a scale is chosen.
struct EmotionRow {
    row: usize,
    lane: String,
    values: Vec<(usize, f64)>,
}

/// Reads the grid of `sheet` into `draft`.
pub(super) fn read(sheet: &Sheet, plan: &Plan, draft: &mut Draft) -> Result<(), TableError> {
    let no_phases = || TableError::new(Reason::NoPhaseNames);
    let header = sheet.rows.get(plan.header_row).ok_or_else(no_phases)?;
    let names = name_column(sheet, plan.header_row).ok_or_else(no_phases)?;
    // The phase of each sheet column, by position.
    let mut phase_of_column = vec![None; header.len()];
    for (column, name) in header.iter().enumerate().skip(names + 1) {
        if !name.trim().is_empty()
            && let Some(slot) = phase_of_column.get_mut(column)
        {
            *slot = Some(draft.phases.len());
            draft.phases.push(DraftPhase {
                name: name.clone(),
                steps: vec![String::new()],
            });
        }
    }
    if draft.phases.is_empty() {
        return Err(no_phases());
    }
    if let Some(corner) = header.get(names)
        && !corner.trim().is_empty()
        && field_of_header(corner).is_none()
    {
        draft.title = Some(corner.clone());
    }
    let mut emotions = Vec::new();
    for (index, row) in sheet.rows.iter().enumerate().skip(plan.header_row + 1) {
        let number = index + 1;
        let lane = row.get(names).map_or("", String::as_str);
        let cells = || row.iter().enumerate().skip(names + 1);
        if lane.trim().is_empty() {
            if cells().any(|(_, cell)| !cell.trim().is_empty()) {
                draft.problems.push(RowProblem {
                    row: number,
                    message: tr(t::PROBLEM_GRID_NO_LANE),
                });
            }
            continue;
        }
        let kind = guess_lane_kind(lane);
        let lane_index = draft.lanes.len();
        draft.lanes.push(DraftLane {
            name: lane.to_owned(),
            kind,
        });
        let mut values = Vec::new();
        for (column, cell) in cells() {
            if cell.trim().is_empty() {
                continue;
            }
            let Some(&Some(phase)) = phase_of_column.get(column) else {
                draft.problems.push(RowProblem {
                    row: number,
                    message: tr_args(
                        t::PROBLEM_GRID_NO_PHASE,
                        &[("column", column_letters(column).as_str().into())],
                    ),
                });
                continue;
            };
            if kind == LaneKind::Emotion {
                // One number per cell: "1\n2" is not twelve.
                let single = Some(cell.trim()).filter(|text| !text.contains('\n'));
                match single.and_then(parse_number) {
                    Some(value) => values.push((phase, value)),
                    None => draft.problems.push(RowProblem {
                        row: number,
                        message: tr_args(
                            t::PROBLEM_GRID_EMOTION_TEXT,
                            &[
                                ("column", column_letters(column).as_str().into()),
                                ("value", cell.trim().into()),
                            ],
                        ),
                    }),
                }
            } else {
                push_cards(draft, number, phase, lane_index, cell);
            }
        }
        if !values.is_empty() {
            emotions.push(EmotionRow {
                row: number,
                lane: lane.to_owned(),
                values,
            });
        }
    }
    add_curves(draft, emotions);
    draft.problems.sort_by_key(|problem| problem.row);
    Ok(())
}

/// One card per non-empty line of `cell`.
fn push_cards(draft: &mut Draft, row: usize, column: usize, lane: usize, cell: &str) {
    for line in cell.lines() {
        let title = without_bullet(line.trim());
        if title.is_empty() {
            continue;
        }
        draft.cards.push(DraftCard {
            row,
            column,
            lane,
            values: CardValues::titled(title.to_owned()),
        });
    }
}

/// A list line without its bullet: "• Preis unklar" → "Preis unklar".
fn without_bullet(line: &str) -> &str {
    for bullet in ['•', '-', '–', '*', '·'] {
        if let Some(rest) = line.strip_prefix(bullet)
            && rest.starts_with(char::is_whitespace)
        {
            return rest.trim_start();
        }
    }
    line
}

/// A curve per emotion lane with values, all on the first usual scale that
/// holds every value; when none does, each such lane is a problem.
fn add_curves(draft: &mut Draft, emotions: Vec<EmotionRow>) {
    if emotions.is_empty() {
        return;
    }
    let all = || {
        emotions
            .iter()
            .flat_map(|row| row.values.iter().map(|&(_, value)| value))
    };
    let scale = SCALES
        .iter()
        .find(|&&(min, max)| all().all(|value| (f64::from(min)..=f64::from(max)).contains(&value)));
    let Some(&(min, max)) = scale else {
        let (min, max) = SCALES.last().copied().unwrap_or((-10.0, 10.0));
        for row in emotions {
            draft.problems.push(RowProblem {
                row: row.row,
                message: tr_args(
                    t::PROBLEM_GRID_EMOTION_SCALE,
                    &[("min", min.into()), ("max", max.into())],
                ),
            });
        }
        return;
    };
    draft.scale = EmotionScale {
        min,
        max,
        step: 1.0,
    };
    for row in emotions {
        #[expect(
            clippy::cast_possible_truncation,
            reason = "the value lies on a scale of at most −10…+10"
        )]
        let points = row
            .values
            .into_iter()
            .map(|(column, value)| DraftPoint {
                column,
                value: value as f32,
                label: String::new(),
                moment_of_truth: false,
            })
            .collect();
        draft.curves.push(DraftCurve {
            name: row.lane,
            color: None,
            persona: None,
            points,
        });
    }
}

/// A column's letters as a spreadsheet shows them: 0 → "A", 27 → "AB".
pub(super) fn column_letters(column: usize) -> String {
    let mut letters = Vec::new();
    let mut rest = column + 1;
    while rest > 0 {
        let digit = (rest - 1) % 26;
        letters.push(char::from(b'A' + u8::try_from(digit).unwrap_or(0)));
        rest = (rest - 1) / 26;
    }
    letters.iter().rev().collect()
}
