//! Cards: measured first (sizes and stacking inside their lane), placed once
//! the lanes and phases are, and the words a KPI card shows.

use emath::{Rect, Vec2, pos2, vec2};

use crate::i18n::Lang;
use crate::model::{Card, Journey, LaneId, StepId};

use super::actors::{MeasuredTags, measure_tags};
use super::badges::{MeasuredBadges, measure_badges, pill_rect};
use super::{CardLayout, LaneLayout, Metrics, StepLayout, TextBlock, TextRole, Typesetter};

/// A KPI as drawn in `lang`: the number large, then its unit in title size.
pub fn kpi_runs(kpi: &crate::model::Kpi, lang: Lang) -> (String, String) {
    let unit = if kpi.unit.is_empty() {
        String::new()
    } else {
        format!(" {}", kpi.unit)
    };
    (kpi.display_value(lang), unit)
}

/// Card sizes and their stacking offsets inside their lane, before lanes are placed.
pub(super) struct MeasuredCards {
    /// Per card (document order): offset from the lane's top and the card's parts.
    cards: Vec<Option<MeasuredCard>>,
    /// Per lane: the height its stacked cards need.
    pub(super) lane_content_height: Vec<f32>,
}

struct MeasuredCard {
    lane_index: usize,
    first_column: usize,
    last_column: usize,
    y_in_lane: f32,
    height: f32,
    badges: Option<MeasuredBadges>,
    kpi_height: f32,
    kpi_text: TextBlock,
    title_text: TextBlock,
    notes_height: f32,
    notes_text: TextBlock,
    actors: MeasuredTags,
    text_width: f32,
}

/// Sizes every card and stacks it in its lane, before the lanes are placed.
pub(super) fn measure_cards(
    journey: &Journey,
    metrics: &Metrics,
    text: &Typesetter<'_>,
    widths: &[f32],
) -> MeasuredCards {
    // Next free offset per (lane, step), so spanning cards find a free slot in
    // every step they cover.
    let mut next_free = vec![vec![0.0f32; widths.len()]; journey.lanes.len()];
    let column: std::collections::HashMap<StepId, usize> = journey
        .steps()
        .enumerate()
        .map(|(i, (_, step))| (step.id, i))
        .collect();
    let lane_index: std::collections::HashMap<LaneId, usize> = journey
        .lanes
        .iter()
        .enumerate()
        .map(|(i, lane)| (lane.id, i))
        .collect();
    let cards = journey
        .cards
        .iter()
        .map(|card| {
            let lane_index = *lane_index.get(&card.lane)?;
            let first_column = *column.get(&card.step)?;
            let last_column = (first_column + card.span.max(1) as usize - 1).min(widths.len() - 1);
            let width: f32 =
                widths[first_column..=last_column].iter().sum::<f32>() - 2.0 * metrics.cell_padding;
            let text_width =
                (width - 2.0 * metrics.card_padding - metrics.card_marker_space).max(20.0);
            let mut measured = measure_card(journey, card, metrics, text, text_width);
            let slots = &mut next_free[lane_index][first_column..=last_column];
            let y = slots.iter().copied().fold(0.0, f32::max);
            for slot in slots.iter_mut() {
                *slot = y + measured.height + metrics.card_gap;
            }
            measured.lane_index = lane_index;
            measured.first_column = first_column;
            measured.last_column = last_column;
            measured.y_in_lane = y;
            Some(measured)
        })
        .collect();
    let lane_content_height = next_free
        .iter()
        .map(|slots| (slots.iter().copied().fold(0.0, f32::max) - metrics.card_gap).max(0.0))
        .collect();
    MeasuredCards {
        cards,
        lane_content_height,
    }
}

fn measure_card(
    journey: &Journey,
    card: &Card,
    metrics: &Metrics,
    text: &Typesetter<'_>,
    text_width: f32,
) -> MeasuredCard {
    // Only a card with a channel has a badge row: an empty row would leave
    // a gap above the title of a touchpoint not yet given one.
    let badges = measure_badges(card, metrics, text.measure(), text_width);
    let kpi_text = card.kpi.as_ref().map_or_else(TextBlock::default, |kpi| {
        let (value, unit) = kpi_runs(kpi, metrics.lang);
        text.runs(
            &[(&value, TextRole::KpiValue), (&unit, TextRole::CardTitle)],
            text_width,
        )
    });
    let kpi_height = if card.kpi.is_some() {
        kpi_text.height() + 2.0
    } else {
        0.0
    };
    let title_text = text.block(&card.title, TextRole::CardTitle, text_width);
    let title_height = title_text.height();
    let notes_text = text.block(&card.notes, TextRole::CardNotes, text_width);
    let notes_height = if card.notes.is_empty() {
        0.0
    } else {
        notes_text.height() + 4.0
    };
    let actors = measure_tags(journey, card, metrics, text.measure(), text_width);
    let badge_height = if badges.is_some() {
        metrics.card_badge_row
    } else {
        0.0
    };
    let height = 2.0 * metrics.card_padding
        + badge_height
        + kpi_height
        + title_height
        + notes_height
        + actors.height;
    MeasuredCard {
        lane_index: 0,
        first_column: 0,
        last_column: 0,
        y_in_lane: 0.0,
        height,
        badges,
        kpi_height,
        kpi_text,
        title_text,
        notes_height,
        notes_text,
        actors,
        text_width,
    }
}

/// Puts the measured cards into the placed lanes and steps.
pub(super) fn place_cards(
    journey: &Journey,
    metrics: &Metrics,
    measured: MeasuredCards,
    steps: &[StepLayout],
    lanes: &[LaneLayout],
) -> Vec<CardLayout> {
    journey
        .cards
        .iter()
        .zip(measured.cards)
        .filter_map(|(card, measured)| {
            let m = measured?;
            let lane = &lanes[m.lane_index];
            let left = steps[m.first_column].column.left() + metrics.cell_padding;
            let right = steps[m.last_column].column.right() - metrics.cell_padding;
            let top = lane.row.top() + metrics.cell_padding + m.y_in_lane;
            let rect = Rect::from_x_y_ranges(left..=right, top..=top + m.height);
            let inner_left = left + metrics.card_padding;
            let mut y = top + metrics.card_padding;
            let mut take = |height: f32| {
                let part = Rect::from_min_size(pos2(inner_left, y), vec2(m.text_width, height));
                y += height;
                part
            };
            let badges = m.badges.as_ref().map(|_| take(metrics.card_badge_row));
            let (channel_name, media_badge) = match (m.badges, badges) {
                (Some(measured), Some(row)) => (
                    measured.channel_name,
                    measured.pill_width.map(|width| pill_rect(row, width)),
                ),
                _ => (String::new(), None),
            };
            let kpi = (m.kpi_height > 0.0).then(|| take(m.kpi_height));
            let title = take(m.title_text.height());
            let notes = (m.notes_height > 0.0).then(|| {
                let part = take(m.notes_height);
                Rect::from_min_max(part.min + Vec2::new(0.0, 4.0), part.max)
            });
            let actors_height = m.actors.height;
            let actors = m.actors.placed(take(actors_height).min);
            Some(CardLayout {
                id: card.id,
                rect,
                badges,
                channel_name,
                media_badge,
                kpi,
                kpi_text: m.kpi_text,
                title,
                title_text: m.title_text,
                notes,
                notes_text: m.notes_text,
                actors,
                text_width: m.text_width,
                hidden: lane.collapsed,
            })
        })
        .collect()
}
