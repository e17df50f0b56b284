//! Pure layout: document + metrics + text sizes in, rectangles and curve points out.
//!
//! Architecture invariant: everything here is in *map space* (points, origin at
//! the map's top-left corner) and knows nothing of egui widgets, zoom, or the
//! screen. The canvas, hit testing and every exporter draw from this one result,
//! so what you see is what you export. Rects are never saved.

mod curve;
mod metrics;
mod text;

pub use curve::smooth_path;
pub use metrics::Metrics;
pub use text::{TextMeasure, TextRole};

use emath::{Pos2, Rect, Vec2, pos2, vec2};

use crate::i18n::Lang;
use crate::model::{Card, CardId, CurveId, Journey, LaneId, LaneKind, PhaseId};

/// Where everything of a journey goes, in map space.
#[derive(Clone, Debug, PartialEq)]
pub struct MapLayout {
    /// The whole map including margins: the export's default area.
    pub bounds: Rect,
    /// Title, description and persona card above the grid.
    pub title_block: TitleBlockLayout,
    /// The empty corner above the lane headers and left of the phase headers.
    pub corner: Rect,
    /// Phase headers and columns, left to right.
    pub phases: Vec<PhaseLayout>,
    /// Lane headers and rows, top to bottom.
    pub lanes: Vec<LaneLayout>,
    /// Every card, in document order.
    pub cards: Vec<CardLayout>,
    /// Every curve in every emotion lane.
    pub curves: Vec<CurveLayout>,
}

/// The block above the grid.
#[derive(Clone, Debug, PartialEq)]
pub struct TitleBlockLayout {
    /// The whole block.
    pub rect: Rect,
    /// The map title.
    pub title: Rect,
    /// The description, if any.
    pub description: Option<Rect>,
    /// The primary persona's card, if there is a primary persona.
    pub persona: Option<Rect>,
}

/// One phase column.
#[derive(Clone, Debug, PartialEq)]
pub struct PhaseLayout {
    /// The phase.
    pub id: PhaseId,
    /// The header cell on top.
    pub header: Rect,
    /// The phase name inside the header (clear of the chevron's notch and point).
    pub name: Rect,
    /// The description under the name, if any.
    pub description: Option<Rect>,
    /// The column below the header, through every lane.
    pub column: Rect,
}

/// One lane row.
#[derive(Clone, Debug, PartialEq)]
pub struct LaneLayout {
    /// The lane.
    pub id: LaneId,
    /// The header cell on the left.
    pub header: Rect,
    /// The row right of the header, through every phase.
    pub row: Rect,
    /// Drawn as a thin strip.
    pub collapsed: bool,
}

/// One card and the parts inside it.
#[derive(Clone, Debug, PartialEq)]
pub struct CardLayout {
    /// The card.
    pub id: CardId,
    /// The whole note.
    pub rect: Rect,
    /// Channel icon and media badge row (touchpoint cards).
    pub badges: Option<Rect>,
    /// The large KPI number (KPI cards).
    pub kpi: Option<Rect>,
    /// The title text.
    pub title: Rect,
    /// The notes text, if any.
    pub notes: Option<Rect>,
    /// Width to wrap text at.
    pub text_width: f32,
    /// The card's lane is collapsed: the card is not drawn.
    pub hidden: bool,
}

/// One emotion curve inside one emotion lane.
#[derive(Clone, Debug, PartialEq)]
pub struct CurveLayout {
    /// The curve.
    pub id: CurveId,
    /// The emotion lane it is drawn in.
    pub lane: LaneId,
    /// The value points, by phase, left to right.
    pub points: Vec<(PhaseId, Pos2)>,
    /// The smooth line through the points.
    pub path: Vec<Pos2>,
}

impl MapLayout {
    /// The cell of a phase and a lane.
    pub fn cell(&self, phase_index: usize, lane_index: usize) -> Option<Rect> {
        let phase = self.phases.get(phase_index)?;
        let lane = self.lanes.get(lane_index)?;
        Some(Rect::from_x_y_ranges(
            phase.column.x_range(),
            lane.row.y_range(),
        ))
    }

    /// The whole grid: headers, rows and columns.
    pub fn grid(&self) -> Rect {
        let mut grid = self.corner;
        for phase in &self.phases {
            grid = grid.union(phase.column).union(phase.header);
        }
        for lane in &self.lanes {
            grid = grid.union(lane.row).union(lane.header);
        }
        grid
    }

    /// The vertical position of an emotion value inside an emotion lane's row.
    pub fn emotion_y(row: Rect, fraction: f32) -> f32 {
        let inset = emotion_inset(row);
        row.bottom() - inset - fraction * (row.height() - 2.0 * inset)
    }
}

/// Space kept above the top and below the bottom value, so faces fit.
fn emotion_inset(row: Rect) -> f32 {
    (row.height() * 0.14).clamp(6.0, 28.0)
}

/// Lays out the whole journey.
pub fn layout(journey: &Journey, metrics: &Metrics, text: &dyn TextMeasure) -> MapLayout {
    let widths: Vec<f32> = journey
        .phases
        .iter()
        .map(|phase| {
            let (min, max) = metrics.phase_width_range;
            phase.width.unwrap_or(metrics.phase_width).clamp(min, max)
        })
        .collect();
    let grid_width = metrics.lane_header_width + widths.iter().sum::<f32>();
    let origin = pos2(metrics.margin, metrics.margin);

    let title_block = title_block(journey, metrics, text, origin, grid_width);
    let grid_top = title_block.rect.bottom() + metrics.title_gap;

    let header_texts: Vec<PhaseHeaderText> = journey
        .phases
        .iter()
        .zip(&widths)
        .enumerate()
        .map(|(index, (phase, &width))| {
            phase_header_text(phase, index, journey.phases.len(), width, metrics, text)
        })
        .collect();
    let phase_header_height = header_texts
        .iter()
        .map(|texts| texts.height + 2.0 * metrics.header_padding)
        .fold(metrics.phase_header_height, f32::max);

    let cards = measure_cards(journey, metrics, text, &widths);
    let lanes_top = grid_top + phase_header_height;
    let mut lanes = Vec::with_capacity(journey.lanes.len());
    let mut y = lanes_top;
    for (lane_index, lane) in journey.lanes.iter().enumerate() {
        let header_text =
            text.measure(
                &lane.name,
                TextRole::LaneName,
                metrics.lane_header_width - 2.0 * metrics.header_padding - metrics.lane_icon_width,
            )
            .y + 2.0 * metrics.header_padding;
        let height = if lane.collapsed {
            metrics.collapsed_lane_height
        } else {
            let content = if lane.kind == LaneKind::Emotion {
                metrics.emotion_lane_height
            } else {
                cards.lane_content_height[lane_index] + 2.0 * metrics.cell_padding
            };
            content
                .max(metrics.lane_min_height)
                .max(lane.min_height.unwrap_or(0.0))
                .max(header_text)
        };
        let header =
            Rect::from_min_size(pos2(origin.x, y), vec2(metrics.lane_header_width, height));
        let row = Rect::from_min_size(
            pos2(origin.x + metrics.lane_header_width, y),
            vec2(grid_width - metrics.lane_header_width, height),
        );
        lanes.push(LaneLayout {
            id: lane.id,
            header,
            row,
            collapsed: lane.collapsed,
        });
        y += height;
    }
    let grid_bottom = y;

    let phases = place_phases(
        journey,
        &widths,
        &header_texts,
        origin.x + metrics.lane_header_width,
        grid_top..=lanes_top,
        grid_bottom,
        metrics,
    );

    let corner = Rect::from_min_size(
        pos2(origin.x, grid_top),
        vec2(metrics.lane_header_width, phase_header_height),
    );
    let cards = place_cards(journey, metrics, cards, &phases, &lanes);
    let curves = curves(journey, &phases, &lanes);
    let content = title_block.rect.union(corner).union(Rect::from_min_max(
        origin,
        pos2(origin.x + grid_width, grid_bottom),
    ));
    MapLayout {
        bounds: content.expand(metrics.margin),
        title_block,
        corner,
        phases,
        lanes,
        cards,
        curves,
    }
}

/// Diameter of the round photo (or initials) on the persona card, in map points.
pub const PERSONA_AVATAR_SIZE: f32 = 52.0;

/// Space between the persona card's avatar and its text.
pub const PERSONA_AVATAR_GAP: f32 = 14.0;

fn title_block(
    journey: &Journey,
    metrics: &Metrics,
    text: &dyn TextMeasure,
    origin: Pos2,
    grid_width: f32,
) -> TitleBlockLayout {
    let persona_width = if journey.primary_persona().is_some() {
        metrics.persona_width.min(grid_width * 0.45)
    } else {
        0.0
    };
    let text_width = (grid_width - persona_width - metrics.title_gap).max(120.0);
    let title_size = text.measure(&journey.title, TextRole::MapTitle, text_width);
    let title = Rect::from_min_size(origin, vec2(text_width, title_size.y));
    let description = (!journey.description.is_empty()).then(|| {
        let size = text.measure(&journey.description, TextRole::MapDescription, text_width);
        Rect::from_min_size(
            pos2(origin.x, title.bottom() + 6.0),
            vec2(text_width, size.y),
        )
    });
    let persona = journey.primary_persona().map(|persona| {
        let inner =
            persona_width - 2.0 * metrics.header_padding - PERSONA_AVATAR_SIZE - PERSONA_AVATAR_GAP;
        let name = text.measure(&persona.name, TextRole::PersonaName, inner).y;
        let details = text
            .measure(
                &persona_summary(persona, metrics.lang),
                TextRole::PersonaText,
                inner,
            )
            .y;
        let quote = if persona.quote.is_empty() {
            0.0
        } else {
            text.measure(
                &quoted(&persona.quote, metrics.lang),
                TextRole::PersonaText,
                inner,
            )
            .y + 6.0
        };
        let height =
            (name + details + quote + 4.0).max(PERSONA_AVATAR_SIZE) + 2.0 * metrics.header_padding;
        Rect::from_min_size(
            pos2(origin.x + grid_width - persona_width, origin.y),
            vec2(persona_width, height),
        )
    });
    let mut rect = title;
    if let Some(description) = description {
        rect = rect.union(description);
    }
    if let Some(persona) = persona {
        rect = rect.union(persona);
    }
    rect.set_width(grid_width);
    TitleBlockLayout {
        rect,
        title,
        description,
        persona,
    }
}

/// The one-line summary under the persona's name: age, occupation, segment.
pub fn persona_summary(persona: &crate::model::Persona, lang: Lang) -> String {
    // "34 years", not a bare number that could be anything.
    let age = persona.age.map(|age| {
        crate::i18n::tr_in(
            lang,
            crate::i18n::text::persona::AGE_SUMMARY,
            &[("age", (&age.to_string()).into())],
        )
    });
    [
        age.as_deref(),
        Some(persona.occupation.as_str()),
        Some(persona.segment.as_str()),
    ]
    .into_iter()
    .flatten()
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join(" · ")
}

/// A KPI as drawn in `lang`: the number large, then its unit in title size.
pub fn kpi_runs(kpi: &crate::model::Kpi, lang: Lang) -> (String, String) {
    let unit = if kpi.unit.is_empty() {
        String::new()
    } else {
        format!(" {}", kpi.unit)
    };
    (kpi.display_value(lang), unit)
}

/// A persona quote in `lang`'s quotation marks (“…” in English, „…“ in
/// German), unless the user already typed some.
pub fn quoted(quote: &str, lang: Lang) -> String {
    const MARKS: [char; 8] = ['„', '“', '”', '"', '«', '»', '‚', '‘'];
    if quote.starts_with(MARKS) {
        quote.to_owned()
    } else {
        match lang {
            Lang::En => format!("“{quote}”"),
            Lang::De => format!("„{quote}“"),
        }
    }
}

/// Phase headers and columns, left to right from `left`; the header row spans
/// `header_rows`, the columns run from its bottom to `grid_bottom`.
fn place_phases(
    journey: &Journey,
    widths: &[f32],
    header_texts: &[PhaseHeaderText],
    left: f32,
    header_rows: std::ops::RangeInclusive<f32>,
    grid_bottom: f32,
    metrics: &Metrics,
) -> Vec<PhaseLayout> {
    let (grid_top, lanes_top) = (*header_rows.start(), *header_rows.end());
    let mut phases = Vec::with_capacity(journey.phases.len());
    let mut x = left;
    for ((phase, &width), texts) in journey.phases.iter().zip(widths).zip(header_texts) {
        let text_left = x + texts.left_inset;
        let name = Rect::from_min_size(
            pos2(text_left, grid_top + metrics.header_padding),
            vec2(texts.wrap_width, texts.name_height),
        );
        let description = texts.description_height.map(|height| {
            Rect::from_min_size(
                pos2(text_left, name.bottom() + PHASE_DESCRIPTION_GAP),
                vec2(texts.wrap_width, height),
            )
        });
        phases.push(PhaseLayout {
            id: phase.id,
            header: Rect::from_x_y_ranges(x..=x + width, header_rows.clone()),
            name,
            description,
            column: Rect::from_x_y_ranges(x..=x + width, lanes_top..=grid_bottom),
        });
        x += width;
    }
    phases
}

/// Space between a phase's name and its description.
const PHASE_DESCRIPTION_GAP: f32 = 3.0;

/// The measured text of one phase header, before the header row is placed.
struct PhaseHeaderText {
    /// From the column's left edge to the text (wider past a chevron notch).
    left_inset: f32,
    /// Width the name and description wrap at.
    wrap_width: f32,
    name_height: f32,
    description_height: Option<f32>,
    /// Name, gap and description together.
    height: f32,
}

/// Phase headers are chevrons: every header but the first has a notch on the
/// left, every one but the last a point on the right. The text keeps clear of both.
fn phase_header_text(
    phase: &crate::model::Phase,
    index: usize,
    count: usize,
    width: f32,
    metrics: &Metrics,
    text: &dyn TextMeasure,
) -> PhaseHeaderText {
    let notch = if index == 0 {
        0.0
    } else {
        metrics.phase_chevron
    };
    let point = if index + 1 == count {
        0.0
    } else {
        metrics.phase_chevron
    };
    // The chevron is drawn 1 point inside the column on each side.
    let left_inset = 1.0 + metrics.header_padding + notch * 0.6;
    let wrap_width = (width - left_inset - point - 5.0).max(20.0);
    let name_height = text.measure(&phase.name, TextRole::PhaseName, wrap_width).y;
    let description_height = (!phase.description.is_empty()).then(|| {
        text.measure(&phase.description, TextRole::PhaseDescription, wrap_width)
            .y
    });
    let height = name_height + description_height.map_or(0.0, |h| h + PHASE_DESCRIPTION_GAP);
    PhaseHeaderText {
        left_inset,
        wrap_width,
        name_height,
        description_height,
        height,
    }
}

/// Card sizes and their stacking offsets inside their lane, before lanes are placed.
struct MeasuredCards {
    /// Per card (document order): offset from the lane's top and the card's parts.
    cards: Vec<Option<MeasuredCard>>,
    /// Per lane: the height its stacked cards need.
    lane_content_height: Vec<f32>,
}

struct MeasuredCard {
    lane_index: usize,
    first_phase: usize,
    last_phase: usize,
    y_in_lane: f32,
    height: f32,
    badges: bool,
    kpi_height: f32,
    title_height: f32,
    notes_height: f32,
    text_width: f32,
}

fn measure_cards(
    journey: &Journey,
    metrics: &Metrics,
    text: &dyn TextMeasure,
    widths: &[f32],
) -> MeasuredCards {
    // Next free offset per (lane, phase), so spanning cards find a free slot in
    // every phase they cover.
    let mut next_free = vec![vec![0.0f32; widths.len()]; journey.lanes.len()];
    let phase_index: std::collections::HashMap<PhaseId, usize> = journey
        .phases
        .iter()
        .enumerate()
        .map(|(i, phase)| (phase.id, i))
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
            let first_phase = *phase_index.get(&card.phase)?;
            let last_phase = (first_phase + card.span.max(1) as usize - 1).min(widths.len() - 1);
            let width: f32 =
                widths[first_phase..=last_phase].iter().sum::<f32>() - 2.0 * metrics.cell_padding;
            let text_width =
                (width - 2.0 * metrics.card_padding - metrics.card_marker_space).max(20.0);
            let mut measured = measure_card(card, metrics, text, text_width);
            let slots = &mut next_free[lane_index][first_phase..=last_phase];
            let y = slots.iter().copied().fold(0.0, f32::max);
            for slot in slots.iter_mut() {
                *slot = y + measured.height + metrics.card_gap;
            }
            measured.lane_index = lane_index;
            measured.first_phase = first_phase;
            measured.last_phase = last_phase;
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
    card: &Card,
    metrics: &Metrics,
    text: &dyn TextMeasure,
    text_width: f32,
) -> MeasuredCard {
    // Only a card with a channel has a badge row: an empty row would leave
    // a gap above the title of a touchpoint not yet given one.
    let badges = card.touchpoint.is_some();
    let kpi_height = card.kpi.as_ref().map_or(0.0, |kpi| {
        let (value, unit) = kpi_runs(kpi, metrics.lang);
        text.measure_runs(
            &[(&value, TextRole::KpiValue), (&unit, TextRole::CardTitle)],
            text_width,
        )
        .y + 2.0
    });
    let title_height = text.measure(&card.title, TextRole::CardTitle, text_width).y;
    let notes_height = if card.notes.is_empty() {
        0.0
    } else {
        text.measure(&card.notes, TextRole::CardNotes, text_width).y + 4.0
    };
    let badge_height = if badges { metrics.card_badge_row } else { 0.0 };
    let height =
        2.0 * metrics.card_padding + badge_height + kpi_height + title_height + notes_height;
    MeasuredCard {
        lane_index: 0,
        first_phase: 0,
        last_phase: 0,
        y_in_lane: 0.0,
        height,
        badges,
        kpi_height,
        title_height,
        notes_height,
        text_width,
    }
}

fn place_cards(
    journey: &Journey,
    metrics: &Metrics,
    measured: MeasuredCards,
    phases: &[PhaseLayout],
    lanes: &[LaneLayout],
) -> Vec<CardLayout> {
    journey
        .cards
        .iter()
        .zip(measured.cards)
        .filter_map(|(card, measured)| {
            let m = measured?;
            let lane = &lanes[m.lane_index];
            let left = phases[m.first_phase].column.left() + metrics.cell_padding;
            let right = phases[m.last_phase].column.right() - metrics.cell_padding;
            let top = lane.row.top() + metrics.cell_padding + m.y_in_lane;
            let rect = Rect::from_x_y_ranges(left..=right, top..=top + m.height);
            let inner_left = left + metrics.card_padding;
            let mut y = top + metrics.card_padding;
            let mut take = |height: f32| {
                let part = Rect::from_min_size(pos2(inner_left, y), vec2(m.text_width, height));
                y += height;
                part
            };
            let badges = m.badges.then(|| take(metrics.card_badge_row));
            let kpi = (m.kpi_height > 0.0).then(|| take(m.kpi_height));
            let title = take(m.title_height);
            let notes = (m.notes_height > 0.0).then(|| {
                let part = take(m.notes_height);
                Rect::from_min_max(part.min + Vec2::new(0.0, 4.0), part.max)
            });
            Some(CardLayout {
                id: card.id,
                rect,
                badges,
                kpi,
                title,
                notes,
                text_width: m.text_width,
                hidden: lane.collapsed,
            })
        })
        .collect()
}

fn curves(journey: &Journey, phases: &[PhaseLayout], lanes: &[LaneLayout]) -> Vec<CurveLayout> {
    let scale = journey.emotion_scale;
    let mut result = Vec::new();
    for (lane, lane_layout) in journey.lanes.iter().zip(lanes) {
        if lane.kind != LaneKind::Emotion || lane.collapsed {
            continue;
        }
        for curve in &journey.curves {
            let points: Vec<(PhaseId, Pos2)> = journey
                .phases
                .iter()
                .zip(phases)
                .filter_map(|(phase, phase_layout)| {
                    let point = curve.point_in(phase.id)?;
                    let y = MapLayout::emotion_y(lane_layout.row, scale.fraction(point.value));
                    Some((phase.id, pos2(phase_layout.column.center().x, y)))
                })
                .collect();
            let path = smooth_path(&points.iter().map(|(_, p)| *p).collect::<Vec<_>>());
            result.push(CurveLayout {
                id: curve.id,
                lane: lane.id,
                points,
                path,
            });
        }
    }
    result
}

#[cfg(test)]
mod tests;
