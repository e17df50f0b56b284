//! The rows of an exported table, the same for CSV and XLSX.
//!
//! The card table has one row per card, in the map's card order (which is
//! the stacking order inside a cell, so an imported map stacks alike).
//! Since a reader takes phases, steps and lanes in the order they first
//! appear, the table starts with one row per step (phase and step only) when
//! the cards alone would not name every step in order, and one row per lane
//! (lane and kind only) when they would not name every lane in order: an
//! emotion lane, a lane or a step without cards, or cards listed out of
//! column order. A card spanning several steps has its count in the span
//! column, empty for one.

use super::columns::{EXPORTED, Field};
use super::delimited::Cell;
use super::words::{lane_kind_name, written};
use crate::i18n::text::{domain, persona as persona_text, table as t};
use crate::i18n::{Lang, tr_in};
use crate::model::{Actor, Card, Journey, LaneId, StepId};

/// The phase name and the step name written for each step, by column. A
/// step without a name in a phase of several steps is written as a new
/// step would be named ("Step 2"), so the reader can tell it from its
/// siblings; a phase of one step writes an empty step.
pub(super) fn step_names(journey: &Journey, lang: Lang) -> Vec<(StepId, String, String)> {
    let mut names = Vec::new();
    for phase in &journey.phases {
        for (index, step) in phase.steps.iter().enumerate() {
            let name = if step.name.is_empty() && phase.has_steps() {
                tr_in(lang, domain::NEW_STEP, &[("number", (index + 1).into())])
            } else {
                step.name.clone()
            };
            names.push((step.id, phase.name.clone(), name));
        }
    }
    names
}

fn text(value: impl Into<String>) -> Cell {
    let value = value.into();
    if value.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(value)
    }
}

/// The card table: header, the step and lane rows when needed, the cards.
pub(super) fn card_rows(journey: &Journey, lang: Lang) -> Vec<Vec<Cell>> {
    let steps = step_names(journey, lang);
    let cards: Vec<&Card> = journey
        .cards
        .iter()
        .filter(|card| {
            journey.lane(card.lane).is_some() && steps.iter().any(|(id, ..)| *id == card.step)
        })
        .collect();
    let mut rows = vec![
        EXPORTED
            .iter()
            .map(|field| Cell::Text(field.header(lang)))
            .collect(),
    ];
    let all_steps: Vec<StepId> = steps.iter().map(|(id, ..)| *id).collect();
    if first_appearances(cards.iter().map(|card| card.step)) != all_steps {
        for (_, phase, step) in &steps {
            rows.push(row_of(&[
                (Field::Phase, text(phase)),
                (Field::Step, text(step)),
            ]));
        }
    }
    let all_lanes: Vec<LaneId> = journey.lanes.iter().map(|lane| lane.id).collect();
    if first_appearances(cards.iter().map(|card| card.lane)) != all_lanes {
        for lane in &journey.lanes {
            rows.push(row_of(&[
                (Field::Lane, text(&lane.name)),
                (Field::LaneKind, text(lane_kind_name(lang, lane.kind))),
            ]));
        }
    }
    for card in cards {
        rows.push(card_row(journey, card, &steps, lang));
    }
    rows
}

/// The distinct items of `items`, in the order they first come.
fn first_appearances<T: PartialEq>(items: impl Iterator<Item = T>) -> Vec<T> {
    let mut seen = Vec::new();
    for item in items {
        if !seen.contains(&item) {
            seen.push(item);
        }
    }
    seen
}

/// A row of the card table with only `cells` filled.
fn row_of(cells: &[(Field, Cell)]) -> Vec<Cell> {
    EXPORTED
        .iter()
        .map(|field| {
            cells
                .iter()
                .find(|(named, _)| named == field)
                .map_or(Cell::Empty, |(_, cell)| cell.clone())
        })
        .collect()
}

fn card_row(
    journey: &Journey,
    card: &Card,
    steps: &[(StepId, String, String)],
    language: Lang,
) -> Vec<Cell> {
    let (phase, step) = steps
        .iter()
        .find(|(id, ..)| *id == card.step)
        .map(|(_, phase, step)| (phase.clone(), step.clone()))
        .unwrap_or_default();
    let lane = journey.lane(card.lane);
    let actors: Vec<&str> = card
        .actors
        .iter()
        .filter_map(|actor| match actor {
            Actor::Persona(_) => journey.actor_name(actor),
            Actor::Name(name) => Some(name.as_str()),
        })
        .collect();
    let touchpoint = card.touchpoint.as_ref();
    row_of(&[
        (Field::Phase, text(phase)),
        (Field::Step, text(step)),
        (
            Field::Lane,
            text(lane.map(|lane| lane.name.clone()).unwrap_or_default()),
        ),
        (
            Field::LaneKind,
            text(
                lane.map(|lane| lane_kind_name(language, lane.kind))
                    .unwrap_or_default(),
            ),
        ),
        (Field::Title, text(&card.title)),
        (Field::Notes, text(&card.notes)),
        (
            Field::Color,
            text(
                card.color
                    .map(|colour| written(language, colour.msg()))
                    .unwrap_or_default(),
            ),
        ),
        (
            Field::Evidence,
            text(written(language, card.evidence.msg())),
        ),
        (
            Field::Channel,
            text(
                touchpoint
                    .map(|tp| written(language, tp.channel.msg()))
                    .unwrap_or_default(),
            ),
        ),
        (
            Field::Media,
            text(
                touchpoint
                    .and_then(|tp| tp.media)
                    .map(|media| written(language, media.msg()))
                    .unwrap_or_default(),
            ),
        ),
        (
            Field::KpiValue,
            card.kpi
                .as_ref()
                .map_or(Cell::Empty, |kpi| Cell::Number(kpi.value)),
        ),
        (
            Field::KpiUnit,
            text(
                card.kpi
                    .as_ref()
                    .map(|kpi| kpi.unit.clone())
                    .unwrap_or_default(),
            ),
        ),
        (Field::Actors, text(actors.join(", "))),
        (
            Field::Span,
            if card.span == 1 {
                Cell::Empty
            } else {
                Cell::Number(f64::from(card.span))
            },
        ),
    ])
}

/// The emotion sheet: one row per value of a curve, and a row with just
/// the curve for a curve without values.
pub(super) fn emotion_rows(journey: &Journey, lang: Lang) -> Vec<Vec<Cell>> {
    let header = |msg| Cell::Text(tr_in(lang, msg, &[]));
    let mut rows = vec![vec![
        header(t::HEAD_CURVE),
        header(t::HEAD_PERSONA),
        header(t::HEAD_CURVE_COLOUR),
        Cell::Text(Field::Phase.header(lang)),
        Cell::Text(Field::Step.header(lang)),
        header(t::HEAD_VALUE),
        header(t::HEAD_LABEL),
        header(domain::MOMENT_OF_TRUTH),
    ]];
    let steps = step_names(journey, lang);
    for curve in &journey.curves {
        let persona = journey
            .curve_persona(curve)
            .map(|persona| persona.name.clone())
            .unwrap_or_default();
        let start = || {
            vec![
                text(&curve.name),
                text(&persona),
                Cell::Text(curve.color.to_string()),
            ]
        };
        if curve.points.is_empty() {
            rows.push(start());
        }
        for point in &curve.points {
            let Some((_, phase, step)) = steps.iter().find(|(id, ..)| *id == point.step) else {
                continue;
            };
            let mut row = start();
            row.extend([
                text(phase),
                text(step),
                Cell::Number(f64::from(point.value)),
                text(&point.label),
                if point.moment_of_truth {
                    Cell::Text(YES.to_owned())
                } else {
                    Cell::Empty
                },
            ]);
            rows.push(row);
        }
    }
    rows
}

/// How a marked moment of truth is written: a mark every spreadsheet user
/// reads as "ticked", the same in both languages.
pub(super) const YES: &str = "x";

/// The persona sheet's columns: the persona panel's own field names.
pub(super) const PERSONA_COLUMNS: [crate::i18n::Msg; 13] = [
    persona_text::FIELD_NAME,
    persona_text::FIELD_DESCRIPTION,
    persona_text::FIELD_AGE,
    persona_text::FIELD_OCCUPATION,
    persona_text::FIELD_INCOME,
    persona_text::FIELD_FAMILY,
    persona_text::FIELD_SEGMENT,
    persona_text::FIELD_QUOTE,
    persona_text::FIELD_GOALS,
    persona_text::FIELD_NEEDS,
    persona_text::FIELD_FEARS,
    persona_text::FIELD_HURDLES,
    persona_text::FIELD_COLOR,
];

/// The persona sheet: one row per persona; lists one item per line. The
/// photo stays in the map file.
pub(super) fn persona_rows(journey: &Journey, lang: Lang) -> Vec<Vec<Cell>> {
    let mut rows = vec![
        PERSONA_COLUMNS
            .iter()
            .map(|&msg| Cell::Text(tr_in(lang, msg, &[])))
            .collect(),
    ];
    for persona in &journey.personas {
        rows.push(vec![
            text(&persona.name),
            text(&persona.description),
            persona
                .age
                .map_or(Cell::Empty, |age| Cell::Number(f64::from(age))),
            text(&persona.occupation),
            text(&persona.income),
            text(&persona.family),
            text(&persona.segment),
            text(&persona.quote),
            text(persona.goals.join("\n")),
            text(persona.needs.join("\n")),
            text(persona.fears.join("\n")),
            text(persona.hurdles.join("\n")),
            text(
                persona
                    .color
                    .map(|colour| colour.to_string())
                    .unwrap_or_default(),
            ),
        ]);
    }
    rows
}

/// The map sheet: the title, description, language, emotion scale and
/// primary persona, one per row.
pub(super) fn map_rows(journey: &Journey, lang: Lang) -> Vec<Vec<Cell>> {
    let name = |msg| Cell::Text(tr_in(lang, msg, &[]));
    let scale = journey.emotion_scale;
    let primary = journey
        .primary_persona()
        .map(|persona| persona.name.clone())
        .unwrap_or_default();
    vec![
        vec![name(t::HEAD_PROPERTY), name(t::HEAD_VALUE)],
        vec![name(t::MAP_TITLE), text(&journey.title)],
        vec![name(t::MAP_DESCRIPTION), text(&journey.description)],
        vec![
            name(t::MAP_LANGUAGE),
            text(journey.language.map(Lang::code).unwrap_or_default()),
        ],
        vec![name(t::MAP_SCALE_MIN), Cell::Number(f64::from(scale.min))],
        vec![name(t::MAP_SCALE_MAX), Cell::Number(f64::from(scale.max))],
        vec![name(t::MAP_SCALE_STEP), Cell::Number(f64::from(scale.step))],
        vec![name(t::MAP_PRIMARY_PERSONA), text(primary)],
    ]
}
