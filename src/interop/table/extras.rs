//! The other sheets of our own workbook, read along with its card table:
//! the map's properties (title, description, language, emotion scale,
//! primary persona), the personas, and the emotion values. Each is found by
//! its name in either language; a sheet that is not there is no problem.
//! A row of them that cannot be used is listed like a card row, its
//! message naming the sheet, and skipped.

use std::str::FromStr;

use super::draft::{Draft, DraftCurve, DraftLane, DraftPoint};
use super::words::{is_yes, lane_kind_name, normalize, parse_number};
use super::write::PERSONA_COLUMNS;
use super::{RowProblem, Sheet};
use crate::i18n::text::{domain, table as t};
use crate::i18n::{Lang, Msg, tr, tr_args, tr_in};
use crate::model::{EmotionScale, LaneKind, Persona, PersonaId, Rgb};

/// Reads the sibling sheets of `sheets[chosen]` into `draft`.
pub(super) fn read(sheets: &[Sheet], chosen: usize, lang: Lang, draft: &mut Draft) {
    let find = |msg: Msg| {
        sheets
            .iter()
            .enumerate()
            .find(|&(index, sheet)| index != chosen && names(&sheet.name, msg))
            .map(|(_, sheet)| sheet)
    };
    if let Some(sheet) = find(t::SHEET_MAP) {
        read_map(sheet, draft);
    }
    if let Some(sheet) = find(t::SHEET_PERSONAS) {
        read_personas(sheet, draft);
    }
    if let Some(sheet) = find(t::SHEET_EMOTIONS) {
        read_emotions(sheet, draft);
    }
    // Curves are drawn in an emotion lane: a table that lost it gets one.
    if !draft.curves.is_empty()
        && !draft
            .lanes
            .iter()
            .any(|lane| lane.kind == LaneKind::Emotion)
    {
        draft.lanes.push(DraftLane {
            name: lane_kind_name(lang, LaneKind::Emotion),
            kind: LaneKind::Emotion,
        });
    }
}

/// Whether `text` is `msg` in either language.
fn names(text: &str, msg: Msg) -> bool {
    let key = normalize(text);
    !key.is_empty()
        && Lang::ALL
            .iter()
            .any(|&lang| normalize(&tr_in(lang, msg, &[])) == key)
}

fn problem(sheet: &Sheet, index: usize, message: &str) -> RowProblem {
    RowProblem {
        row: index + 1,
        message: tr_args(
            t::PROBLEM_IN_SHEET,
            &[
                ("sheet", sheet.name.as_str().into()),
                ("message", message.into()),
            ],
        ),
    }
}

/// The sheet's header row (its first filled row) and the column of each of
/// `headers`, if the row has it.
fn header(sheet: &Sheet, headers: &[Msg]) -> (usize, Vec<Option<usize>>) {
    let index = sheet
        .rows
        .iter()
        .position(|row| row.iter().any(|cell| !cell.trim().is_empty()))
        .unwrap_or(0);
    let row = sheet.rows.get(index).map_or(&[][..], Vec::as_slice);
    let columns = headers
        .iter()
        .map(|&msg| row.iter().position(|cell| names(cell, msg)))
        .collect();
    (index, columns)
}

/// The text of column `column` of `row`, empty when there is none.
fn cell(row: &[String], column: Option<usize>) -> &str {
    column
        .and_then(|column| row.get(column))
        .map_or("", String::as_str)
}

fn read_map(sheet: &Sheet, draft: &mut Draft) {
    let mut scale = [None, None, None];
    let mut scale_row = 0;
    for (index, row) in sheet.rows.iter().enumerate() {
        let key = cell(row, Some(0));
        let value = cell(row, Some(1));
        if names(key, t::MAP_TITLE) {
            draft.title = Some(value.to_owned());
        } else if names(key, t::MAP_DESCRIPTION) {
            value.clone_into(&mut draft.description);
        } else if names(key, t::MAP_LANGUAGE) && !value.trim().is_empty() {
            if let Ok(language) = Lang::from_str(value) {
                draft.language = Some(language);
            } else {
                let message = tr_args(t::PROBLEM_UNKNOWN_LANGUAGE, &[("value", value.into())]);
                draft.problems.push(problem(sheet, index, &message));
            }
        } else if names(key, t::MAP_PRIMARY_PERSONA) && !value.trim().is_empty() {
            draft.primary_persona = Some(value.to_owned());
        } else {
            let bounds = [t::MAP_SCALE_MIN, t::MAP_SCALE_MAX, t::MAP_SCALE_STEP];
            if let Some(slot) = bounds.iter().position(|&msg| names(key, msg)) {
                scale_row = index;
                if let Some(entry) = scale.get_mut(slot) {
                    *entry = Some(parse_number(value));
                }
            }
        }
    }
    if scale.iter().all(Option::is_none) {
        return;
    }
    let default = EmotionScale::default();
    let bound = |slot: usize, fallback: f32| -> Option<f32> {
        match scale.get(slot).copied().flatten() {
            None => Some(fallback),
            #[expect(clippy::cast_possible_truncation, reason = "the model's precision")]
            Some(Some(value)) => Some(value as f32),
            Some(None) => None,
        }
    };
    let read = match (
        bound(0, default.min),
        bound(1, default.max),
        bound(2, default.step),
    ) {
        (Some(min), Some(max), Some(step)) => Some(EmotionScale { min, max, step }),
        _ => None,
    };
    match read {
        Some(read) if read.is_valid() => draft.scale = read,
        _ => draft
            .problems
            .push(problem(sheet, scale_row, &tr(t::PROBLEM_BAD_SCALE))),
    }
}

fn read_personas(sheet: &Sheet, draft: &mut Draft) {
    let (header_row, columns) = header(sheet, &PERSONA_COLUMNS);
    let Some(&Some(name_column)) = columns.first() else {
        return;
    };
    let column = |index: usize| columns.get(index).copied().flatten();
    for (index, row) in sheet.rows.iter().enumerate().skip(header_row + 1) {
        if row.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let text = |at: usize| cell(row, column(at)).to_owned();
        let list = |at: usize| -> Vec<String> {
            cell(row, column(at))
                .split('\n')
                .map(|item| item.strip_suffix('\r').unwrap_or(item))
                .filter(|item| !item.trim().is_empty())
                .map(str::to_owned)
                .collect()
        };
        let mut messages = Vec::new();
        let name = cell(row, Some(name_column));
        if name.trim().is_empty() {
            messages.push(tr(t::PROBLEM_NO_PERSONA_NAME));
        }
        let age_text = text(2);
        let age = if age_text.trim().is_empty() {
            None
        } else {
            match parse_number(&age_text) {
                #[expect(
                    clippy::cast_possible_truncation,
                    clippy::cast_sign_loss,
                    reason = "a whole number from 0 to 200"
                )]
                Some(age) if age.fract() == 0.0 && (0.0..=200.0).contains(&age) => Some(age as u32),
                _ => {
                    messages.push(tr_args(
                        t::PROBLEM_AGE_NOT_A_NUMBER,
                        &[("value", age_text.trim().into())],
                    ));
                    None
                }
            }
        };
        let color = read_colour(&text(12), &mut messages);
        if !messages.is_empty() {
            draft
                .problems
                .push(problem(sheet, index, &messages.join("; ")));
            continue;
        }
        draft.personas.push(Persona {
            color,
            description: text(1),
            age,
            occupation: text(3),
            income: text(4),
            family: text(5),
            segment: text(6),
            quote: text(7),
            goals: list(8),
            needs: list(9),
            fears: list(10),
            hurdles: list(11),
            ..Persona::new(PersonaId(0), name)
        });
    }
}

/// A colour written `#rrggbb`, `None` when empty; anything else is a
/// problem.
fn read_colour(text: &str, messages: &mut Vec<String>) -> Option<Rgb> {
    if text.trim().is_empty() {
        return None;
    }
    let colour = Rgb::parse(text.trim());
    if colour.is_none() {
        messages.push(tr_args(
            t::PROBLEM_UNKNOWN_COLOUR,
            &[("value", text.trim().into())],
        ));
    }
    colour
}

/// The emotion sheet's columns, in the order an export writes them.
const EMOTION_COLUMNS: [Msg; 8] = [
    t::HEAD_CURVE,
    t::HEAD_PERSONA,
    t::HEAD_CURVE_COLOUR,
    t::FIELD_PHASE,
    t::FIELD_STEP,
    t::HEAD_VALUE,
    t::HEAD_LABEL,
    domain::MOMENT_OF_TRUTH,
];

fn read_emotions(sheet: &Sheet, draft: &mut Draft) {
    let (header_row, columns) = header(sheet, &EMOTION_COLUMNS);
    if columns.first().copied().flatten().is_none() {
        return;
    }
    let column = |index: usize| columns.get(index).copied().flatten();
    for (index, row) in sheet.rows.iter().enumerate().skip(header_row + 1) {
        if row.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let text = |at: usize| cell(row, column(at));
        match read_point(
            draft,
            [text(0), text(1), text(2), text(3), text(4), text(5)],
        ) {
            Ok(Some((curve, point))) => {
                let Some(curve) = draft.curves.get_mut(curve) else {
                    continue;
                };
                curve.points.push(DraftPoint {
                    label: text(6).to_owned(),
                    moment_of_truth: is_yes(text(7)),
                    ..point
                });
            }
            Ok(None) => {}
            Err(messages) => draft
                .problems
                .push(problem(sheet, index, &messages.join("; "))),
        }
    }
}

/// One row of the emotion sheet (curve, persona, colour, phase, step,
/// value): makes or finds its curve, and returns the curve's index and the
/// point to add, `None` for a row naming just a curve.
fn read_point(
    draft: &mut Draft,
    [name, persona, colour, phase, step, value]: [&str; 6],
) -> Result<Option<(usize, DraftPoint)>, Vec<String>> {
    let mut messages = Vec::new();
    if name.trim().is_empty() {
        messages.push(tr(t::PROBLEM_NO_CURVE_NAME));
    }
    let known = |name: &str| draft.personas.iter().any(|p| p.name.trim() == name.trim());
    if !persona.trim().is_empty() && !known(persona) {
        messages.push(tr_args(
            t::PROBLEM_UNKNOWN_PERSONA,
            &[("name", persona.trim().into())],
        ));
    }
    let colour = read_colour(colour, &mut messages);
    let placed = !(phase.trim().is_empty() && step.trim().is_empty() && value.trim().is_empty());
    let point = if placed {
        read_value(draft, name, phase, step, value, &mut messages)
    } else {
        None
    };
    if !messages.is_empty() {
        return Err(messages);
    }
    let curve = if let Some(curve) = draft.curves.iter().position(|curve| curve.name == name) {
        curve
    } else {
        draft.curves.push(DraftCurve {
            name: name.to_owned(),
            color: None,
            persona: None,
            points: Vec::new(),
        });
        draft.curves.len() - 1
    };
    if let Some(entry) = draft.curves.get_mut(curve) {
        entry.color = entry.color.or(colour);
        if entry.persona.is_none() && !persona.trim().is_empty() {
            entry.persona = Some(persona.to_owned());
        }
    }
    Ok(point.map(|point| (curve, point)))
}

/// The point a row places: its step must be in the map, its value a number
/// on the scale, and its curve without a value there yet.
fn read_value(
    draft: &Draft,
    curve: &str,
    phase: &str,
    step: &str,
    value: &str,
    messages: &mut Vec<String>,
) -> Option<DraftPoint> {
    let column = draft.column_of(phase, step);
    if column.is_none() {
        messages.push(tr_args(
            t::PROBLEM_UNKNOWN_STEP,
            &[("phase", phase.into()), ("step", step.into())],
        ));
    }
    #[expect(clippy::cast_possible_truncation, reason = "the model's precision")]
    let number = parse_number(value).map(|number| number as f32);
    let scale = draft.scale;
    match number {
        None => messages.push(tr_args(
            t::PROBLEM_VALUE_NOT_A_NUMBER,
            &[("value", value.trim().into())],
        )),
        Some(number) if !scale.contains(number) => messages.push(tr_args(
            t::PROBLEM_VALUE_OUTSIDE_SCALE,
            &[
                ("value", number.into()),
                ("min", scale.min.into()),
                ("max", scale.max.into()),
            ],
        )),
        Some(_) => {}
    }
    let taken = draft.curves.iter().any(|entry| {
        entry.name == curve
            && entry
                .points
                .iter()
                .any(|point| Some(point.column) == column)
    });
    if taken {
        messages.push(tr_args(t::PROBLEM_POINT_TWICE, &[("curve", curve.into())]));
    }
    Some(DraftPoint {
        column: column?,
        value: number?,
        label: String::new(),
        moment_of_truth: false,
    })
}
