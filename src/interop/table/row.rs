//! One row of a card table: its cells by field, and the card values they
//! hold.

use std::collections::HashMap;

use super::columns::Field;
use super::draft::CardValues;
use super::words::{VOCABULARY, parse_number};
use crate::i18n::text::table as t;
use crate::i18n::{Msg, tr, tr_args};
use crate::model::{Kpi, Touchpoint};

/// The most steps a card may span as read from a table; far past any map,
/// it only keeps a typo from becoming a number the model cannot hold.
const MAX_SPAN: f64 = 100_000.0;

/// A row's text by the field its column holds.
pub(super) struct Cells {
    by_field: HashMap<Field, String>,
}

impl Cells {
    /// The cells of `row` as `columns` map them. Where several columns hold
    /// one field, notes are joined line by line and actors by commas;
    /// anything else is taken from the first filled column.
    pub(super) fn of(row: &[String], columns: &[Field]) -> Self {
        let mut by_field: HashMap<Field, String> = HashMap::new();
        for (cell, &field) in row.iter().zip(columns) {
            if field == Field::Ignore || cell.trim().is_empty() {
                continue;
            }
            match by_field.get_mut(&field) {
                None => {
                    by_field.insert(field, cell.clone());
                }
                Some(text) if field == Field::Notes => {
                    text.push('\n');
                    text.push_str(cell);
                }
                Some(text) if field == Field::Actors => {
                    text.push_str(", ");
                    text.push_str(cell);
                }
                Some(_) => {}
            }
        }
        Self { by_field }
    }

    /// The text of a field, empty when no column holds it.
    pub(super) fn get(&self, field: Field) -> &str {
        self.by_field.get(&field).map_or("", String::as_str)
    }

    /// Whether the row fills `field`.
    pub(super) fn has(&self, field: Field) -> bool {
        self.by_field.contains_key(&field)
    }

    /// Whether the row fills nothing that is read.
    pub(super) fn is_empty(&self) -> bool {
        self.by_field.is_empty()
    }

    /// Whether the row fills any field of a card (not its place or lane).
    pub(super) fn has_card_values(&self) -> bool {
        self.by_field.keys().any(|field| {
            !matches!(
                field,
                Field::Phase | Field::Step | Field::Lane | Field::LaneKind | Field::Ignore
            )
        })
    }
}

/// `msg` about the cell text `value`.
fn about(msg: Msg, value: &str) -> String {
    tr_args(msg, &[("value", value.trim().into())])
}

/// The card values of a row, or every reason they cannot be used.
pub(super) fn read_values(cells: &Cells) -> Result<CardValues, Vec<String>> {
    let mut problems = Vec::new();
    let mut named = |field: Field, find: &dyn Fn(&str) -> bool, msg: Msg| {
        let text = cells.get(field);
        if !text.is_empty() && !find(text) {
            problems.push(about(msg, text));
        }
    };
    let vocabulary = &*VOCABULARY;
    named(
        Field::Color,
        &|text| vocabulary.colours.find(text).is_some(),
        t::PROBLEM_UNKNOWN_COLOUR,
    );
    named(
        Field::Evidence,
        &|text| vocabulary.evidence.find(text).is_some(),
        t::PROBLEM_UNKNOWN_EVIDENCE,
    );
    named(
        Field::Channel,
        &|text| vocabulary.channels.find(text).is_some(),
        t::PROBLEM_UNKNOWN_CHANNEL,
    );
    named(
        Field::Media,
        &|text| vocabulary.media.find(text).is_some(),
        t::PROBLEM_UNKNOWN_MEDIA,
    );
    if cells.has(Field::Media) && !cells.has(Field::Channel) {
        problems.push(tr(t::PROBLEM_MEDIA_WITHOUT_CHANNEL));
    }
    let kpi = read_kpi(cells, &mut problems);
    let span = read_span(cells, &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    let touchpoint = vocabulary
        .channels
        .find(cells.get(Field::Channel))
        .map(|channel| Touchpoint {
            channel,
            media: vocabulary.media.find(cells.get(Field::Media)),
        });
    Ok(CardValues {
        title: cells.get(Field::Title).to_owned(),
        notes: cells.get(Field::Notes).to_owned(),
        color: vocabulary.colours.find(cells.get(Field::Color)),
        evidence: vocabulary
            .evidence
            .find(cells.get(Field::Evidence))
            .unwrap_or_default(),
        touchpoint,
        kpi,
        actors: cells
            .get(Field::Actors)
            .split([',', '\n'])
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .map(str::to_owned)
            .collect(),
        span,
    })
}

fn read_kpi(cells: &Cells, problems: &mut Vec<String>) -> Option<Kpi> {
    let value = cells.get(Field::KpiValue);
    let unit = cells.get(Field::KpiUnit);
    if value.is_empty() {
        if !unit.is_empty() {
            problems.push(tr(t::PROBLEM_UNIT_WITHOUT_VALUE));
        }
        return None;
    }
    let number = parse_number(value);
    if number.is_none() {
        problems.push(about(t::PROBLEM_KPI_NOT_A_NUMBER, value));
    }
    number.map(|value| Kpi {
        value,
        unit: unit.to_owned(),
    })
}

fn read_span(cells: &Cells, problems: &mut Vec<String>) -> u32 {
    let text = cells.get(Field::Span);
    if text.is_empty() {
        return 1;
    }
    match parse_number(text) {
        Some(span) if span.fract() == 0.0 && (1.0..=MAX_SPAN).contains(&span) => {
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "a whole number from 1 to MAX_SPAN"
            )]
            let span = span as u32;
            span
        }
        _ => {
            problems.push(about(t::PROBLEM_SPAN_NOT_A_COUNT, text));
            1
        }
    }
}
