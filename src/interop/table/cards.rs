//! Reading a card table: one row per card under a header row (the
//! conventions are listed in `mod.rs`).
//!
//! Three passes: each row is read on its own (what it names, with empty
//! phase and lane cells repeating the row above, and whether its values
//! are usable); then each lane gets its kind, from the first row that
//! names one, else guessed from its name; then phases, steps and lanes are
//! made in the order usable rows name them, and the cards placed. A card
//! whose span runs past the last step is skipped, while the phase, step
//! and lane its row names are still made: they are real columns and rows
//! of the table, and dropping them could shorten the room of other cards.

use std::collections::HashMap;

use super::columns::Field;
use super::draft::{CardValues, Draft, DraftCard, DraftLane, DraftPhase};
use super::error::{Reason, TableError};
use super::row::{Cells, read_values};
use super::words::{VOCABULARY, guess_lane_kind, lane_kind_name};
use super::{Plan, RowProblem, Sheet};
use crate::i18n::text::{domain, table as t};
use crate::i18n::{Lang, tr, tr_args, tr_in};
use crate::model::LaneKind;

/// What one row of the table is for.
enum Usage {
    /// Adds a phase, and a step when one is named.
    Column { phase: String, step: Option<String> },
    /// Adds a lane.
    Lane {
        lane: String,
        kind: Option<LaneKind>,
    },
    /// A card, at its phase, step and lane.
    Card {
        phase: String,
        step: String,
        lane: String,
        kind: Option<LaneKind>,
        values: Box<CardValues>,
    },
}

/// A usable row, by its 1-based number.
struct Used {
    row: usize,
    usage: Usage,
}

/// The phase, step and lane of the row above, for cells left empty.
struct Above {
    phase: Option<String>,
    step: String,
    lane: Option<String>,
}

/// Reads the card table of `sheet` into `draft`.
pub(super) fn read(
    sheet: &Sheet,
    plan: &Plan,
    lang: Lang,
    draft: &mut Draft,
) -> Result<(), TableError> {
    if !plan.columns.contains(&Field::Title) {
        return Err(TableError::new(Reason::NoTitleColumn));
    }
    let has = |field| plan.columns.contains(&field);
    // Without a phase column every card is in one phase; without a lane and
    // a kind column, in one free-text lane.
    let mut above = Above {
        phase: (!has(Field::Phase)).then(|| tr_in(lang, domain::NEW_PHASE, &[])),
        step: String::new(),
        lane: (!has(Field::Lane) && !has(Field::LaneKind))
            .then(|| lane_kind_name(lang, LaneKind::Text)),
    };
    let mut used = Vec::new();
    let mut problems = Vec::new();
    for (index, row) in sheet.rows.iter().enumerate().skip(plan.header_row + 1) {
        let number = index + 1;
        let cells = Cells::of(row, &plan.columns);
        match read_row(&cells, &mut above, lang) {
            Ok(Some(usage)) => used.push(Used { row: number, usage }),
            Ok(None) => {}
            Err(messages) => problems.push(RowProblem {
                row: number,
                message: messages.join("; "),
            }),
        }
    }
    let kinds = lane_kinds(&mut used, &mut problems);
    place(used, &kinds, draft, &mut problems);
    problems.sort_by_key(|problem| problem.row);
    draft.problems.extend(problems);
    Ok(())
}

/// What a row is for, `None` for an empty row, or why it cannot be used.
fn read_row(
    cells: &Cells,
    above: &mut Above,
    language: Lang,
) -> Result<Option<Usage>, Vec<String>> {
    if cells.is_empty() {
        return Ok(None);
    }
    let named_place = cells.has(Field::Phase) || cells.has(Field::Step);
    let named_lane = cells.has(Field::Lane) || cells.has(Field::LaneKind);
    let place = read_place(cells, above);
    let lane = read_lane(cells, above, language);
    if !cells.has_card_values() {
        if named_place && !named_lane {
            let (phase, step) = place?;
            return Ok(Some(Usage::Column { phase, step }));
        }
        if named_lane && !named_place {
            let (lane, kind) = lane.map_err(|message| vec![message])?;
            return Ok(Some(Usage::Lane { lane, kind }));
        }
    }
    let mut messages = Vec::new();
    if cells.get(Field::Title).trim().is_empty() {
        messages.push(tr(t::PROBLEM_NO_TITLE));
    }
    let place = place.map_err(|mut message| messages.append(&mut message));
    let lane = lane.map_err(|message| messages.push(message));
    let values = read_values(cells).map_err(|mut message| messages.append(&mut message));
    match (place, lane, values) {
        (Ok((phase, step)), Ok((lane, kind)), Ok(values)) if messages.is_empty() => {
            Ok(Some(Usage::Card {
                phase,
                step: step.unwrap_or_default(),
                lane,
                kind,
                values: Box::new(values),
            }))
        }
        _ => Err(messages),
    }
}

/// The row's phase and step, and for the rows below. An empty phase cell
/// takes the phase above, and the step above too when the step cell is
/// empty as well. `None` as the step: a phase named without a step.
fn read_place(cells: &Cells, above: &mut Above) -> Result<(String, Option<String>), Vec<String>> {
    let phase_cell = cells.get(Field::Phase);
    let step_cell = cells.get(Field::Step);
    let (phase, step) = if phase_cell.trim().is_empty() {
        let Some(phase) = above.phase.clone() else {
            return Err(vec![tr(t::PROBLEM_NO_PHASE)]);
        };
        if step_cell.trim().is_empty() {
            (phase, Some(above.step.clone()))
        } else {
            (phase, Some(step_cell.to_owned()))
        }
    } else {
        let step = (!step_cell.trim().is_empty()).then(|| step_cell.to_owned());
        (phase_cell.to_owned(), step)
    };
    above.phase = Some(phase.clone());
    above.step = step.clone().unwrap_or_default();
    Ok((phase, step))
}

/// The row's lane and the kind its row names, and for the rows below. A
/// lane named only by its kind is named as a new lane of that kind is.
fn read_lane(
    cells: &Cells,
    above: &mut Above,
    language: Lang,
) -> Result<(String, Option<LaneKind>), String> {
    let lane_cell = cells.get(Field::Lane);
    let kind_cell = cells.get(Field::LaneKind);
    let kind = if kind_cell.trim().is_empty() {
        None
    } else {
        match VOCABULARY.lane_kinds.find(kind_cell) {
            Some(kind) => Some(kind),
            None => {
                return Err(tr_args(
                    t::PROBLEM_UNKNOWN_LANE_KIND,
                    &[("value", kind_cell.trim().into())],
                ));
            }
        }
    };
    let lane = if !lane_cell.trim().is_empty() {
        lane_cell.to_owned()
    } else if let Some(kind) = kind {
        lane_kind_name(language, kind)
    } else if let Some(lane) = &above.lane {
        lane.clone()
    } else {
        return Err(tr(t::PROBLEM_NO_LANE));
    };
    above.lane = Some(lane.clone());
    Ok((lane, kind))
}

/// Each lane's kind: from the first row naming one, else guessed from the
/// lane's name, but never an emotion lane by guess when cards are written
/// in it. Rows naming another kind for a lane, and cards in an emotion
/// lane, become problems and leave `used`.
fn lane_kinds(used: &mut Vec<Used>, problems: &mut Vec<RowProblem>) -> HashMap<String, LaneKind> {
    let mut named: HashMap<String, LaneKind> = HashMap::new();
    used.retain(|entry| {
        let (lane, Some(kind)) = (match &entry.usage {
            Usage::Lane { lane, kind } | Usage::Card { lane, kind, .. } => (lane, *kind),
            Usage::Column { .. } => return true,
        }) else {
            return true;
        };
        match named.get(lane) {
            Some(first) if *first != kind => {
                problems.push(RowProblem {
                    row: entry.row,
                    message: tr_args(
                        t::PROBLEM_LANE_KIND_CONFLICT,
                        &[
                            ("lane", lane.as_str().into()),
                            ("kind", (&kind.label()).into()),
                            ("first", (&first.label()).into()),
                        ],
                    ),
                });
                false
            }
            Some(_) => true,
            None => {
                named.insert(lane.clone(), kind);
                true
            }
        }
    });
    let mut kinds = named;
    for entry in used.iter() {
        if let Usage::Lane { lane, .. } | Usage::Card { lane, .. } = &entry.usage
            && !kinds.contains_key(lane)
        {
            let holds_cards = used
                .iter()
                .any(|other| matches!(&other.usage, Usage::Card { lane: of, .. } if of == lane));
            let guess = match guess_lane_kind(lane) {
                LaneKind::Emotion if holds_cards => LaneKind::Text,
                kind => kind,
            };
            kinds.insert(lane.clone(), guess);
        }
    }
    used.retain(|entry| match &entry.usage {
        Usage::Card { lane, .. } if kinds.get(lane) == Some(&LaneKind::Emotion) => {
            problems.push(RowProblem {
                row: entry.row,
                message: tr_args(
                    t::PROBLEM_EMOTION_LANE_CARD,
                    &[("lane", lane.as_str().into())],
                ),
            });
            false
        }
        _ => true,
    });
    kinds
}

/// Phases, steps and lanes in the order they are first named, with their
/// positions for lookups (a table may name thousands).
#[derive(Default)]
struct Structure {
    phases: Vec<DraftPhase>,
    phase_index: HashMap<String, usize>,
    step_index: HashMap<(usize, String), usize>,
    lanes: Vec<String>,
    lane_index: HashMap<String, usize>,
}

impl Structure {
    fn phase(&mut self, name: &str) -> usize {
        if let Some(&index) = self.phase_index.get(name) {
            return index;
        }
        self.phases.push(DraftPhase {
            name: name.to_owned(),
            steps: Vec::new(),
        });
        let index = self.phases.len() - 1;
        self.phase_index.insert(name.to_owned(), index);
        index
    }

    fn step(&mut self, phase: usize, name: &str) {
        let key = (phase, name.to_owned());
        if self.step_index.contains_key(&key) {
            return;
        }
        if let Some(entry) = self.phases.get_mut(phase) {
            entry.steps.push(name.to_owned());
            self.step_index.insert(key, entry.steps.len() - 1);
        }
    }

    fn lane(&mut self, name: &str) -> usize {
        if let Some(&index) = self.lane_index.get(name) {
            return index;
        }
        self.lanes.push(name.to_owned());
        self.lane_index
            .insert(name.to_owned(), self.lanes.len() - 1);
        self.lanes.len() - 1
    }
}

/// Makes the structure of the usable rows and places their cards.
fn place(
    used: Vec<Used>,
    kinds: &HashMap<String, LaneKind>,
    draft: &mut Draft,
    problems: &mut Vec<RowProblem>,
) {
    let mut structure = Structure::default();
    for entry in &used {
        match &entry.usage {
            Usage::Column { phase, step } => {
                let phase = structure.phase(phase);
                if let Some(step) = step {
                    structure.step(phase, step);
                }
            }
            Usage::Lane { lane, .. } => {
                structure.lane(lane);
            }
            Usage::Card {
                phase, step, lane, ..
            } => {
                let phase = structure.phase(phase);
                structure.step(phase, step);
                structure.lane(lane);
            }
        }
    }
    // A phase named only by itself gets the one unnamed step every phase
    // of one step has.
    for phase in &mut structure.phases {
        if phase.steps.is_empty() {
            phase.steps.push(String::new());
        }
    }
    let mut first_column = Vec::with_capacity(structure.phases.len());
    let mut columns = 0;
    for phase in &structure.phases {
        first_column.push(columns);
        columns += phase.steps.len();
    }
    for entry in used {
        let Usage::Card {
            phase,
            step,
            lane,
            values,
            ..
        } = entry.usage
        else {
            continue;
        };
        let phase = structure.phase_index.get(&phase).copied().unwrap_or(0);
        let step = structure
            .step_index
            .get(&(phase, step))
            .copied()
            .unwrap_or(0);
        let column = first_column.get(phase).copied().unwrap_or(0) + step;
        let available = columns.saturating_sub(column);
        if values.span as usize > available {
            problems.push(RowProblem {
                row: entry.row,
                message: tr_args(
                    t::PROBLEM_SPAN_TOO_LONG,
                    &[
                        ("span", values.span.into()),
                        ("available", available.into()),
                    ],
                ),
            });
            continue;
        }
        let lane = structure.lane_index.get(&lane).copied().unwrap_or(0);
        draft.cards.push(DraftCard {
            row: entry.row,
            column,
            lane,
            values: *values,
        });
    }
    draft.phases = structure.phases;
    draft.lanes = structure
        .lanes
        .into_iter()
        .map(|name| DraftLane {
            kind: kinds.get(&name).copied().unwrap_or(LaneKind::Text),
            name,
        })
        .collect();
}
