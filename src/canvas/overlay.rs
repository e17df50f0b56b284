//! Decides what editing feedback to draw this frame (selection, drop preview,
//! toggles, the hover "+"); `paint::MapPainter` draws it.

use egui::{Rect, Ui, Vec2, pos2};

use crate::layout::{MapLayout, Metrics};
use crate::model::{CardId, LaneKind};
use crate::paint::{MapPainter, scale_value_text};
use crate::theme;

use super::gesture::{DropTarget, Gesture};
use super::items::{FrameInfo, legend_rect, toggle_rect};
use super::{Canvas, Selection, hit};

impl Canvas {
    pub(super) fn paint_overlay(&self, ui: &Ui, map: &MapPainter<'_>, f: &FrameInfo<'_>) {
        let layout = &f.cached.layout;
        let pointer = ui.input(|i| i.pointer.hover_pos());
        for (lane, lane_layout) in f.journey.lanes.iter().zip(&layout.lanes) {
            // Shown on a collapsed lane (how to get it back) and when the pointer is
            // on the header; otherwise the screen stays exactly what export draws.
            let header = f.screen_from_map * lane_layout.header;
            let on_header = pointer.is_some_and(|p| header.contains(p));
            let toggle = f.screen_from_map * toggle_rect(lane_layout.header, lane.collapsed);
            if (lane.collapsed || on_header) && toggle.intersects(f.clip) {
                let hovered = pointer.is_some_and(|p| toggle.contains(p));
                map.collapse_toggle(toggle, lane.collapsed, hovered);
            }
        }
        map.find_highlights(f.journey, layout, &self.find.matches, self.find.current);
        self.paint_selection(map, f);
        if let Some((center, hovered)) = self.add_button {
            map.add_button(center, hovered);
        }
        self.paint_drop_preview(map, f, pointer);
    }

    fn paint_selection(&self, map: &MapPainter<'_>, f: &FrameInfo<'_>) {
        let layout = &f.cached.layout;
        let journey = f.journey;
        match &self.selection {
            Selection::None => {}
            Selection::Cards(cards) => {
                for id in cards {
                    let Some(card) = f
                        .cached
                        .card_index
                        .get(id)
                        .and_then(|i| layout.cards.get(*i))
                    else {
                        continue;
                    };
                    if !card.hidden && (f.screen_from_map * card.rect).intersects(f.clip) {
                        map.selection_outline(card.rect);
                    }
                }
            }
            Selection::Phase(id) => {
                if let Some(phase) = journey.phase_index(*id).and_then(|i| layout.phases.get(i)) {
                    map.selection_outline(phase.header);
                }
            }
            Selection::Step(id) => {
                if let Some(rect) = super::text::step_header_rect(journey, layout, *id) {
                    map.selection_outline(rect);
                }
            }
            Selection::Lane(id) => {
                if let Some(lane) = journey.lane_index(*id).and_then(|i| layout.lanes.get(i)) {
                    map.selection_outline(lane.header);
                }
            }
            Selection::Point { curve, step } => {
                for curve_layout in layout.curves.iter().filter(|c| c.id == *curve) {
                    if let Some((_, pos)) = curve_layout.points.iter().find(|(p, _)| p == step) {
                        map.selection_outline(point_rect(*pos));
                    }
                }
            }
            Selection::Curve(curve) => {
                let index = journey.curves.iter().position(|c| c.id == *curve);
                for (lane, lane_layout) in journey.lanes.iter().zip(&layout.lanes) {
                    if lane.kind != LaneKind::Emotion || lane.collapsed {
                        continue;
                    }
                    if let Some(rect) = index.and_then(|i| legend_rect(lane_layout.header, i)) {
                        map.selection_outline(rect);
                    }
                }
            }
        }
    }

    fn paint_drop_preview(
        &self,
        map: &MapPainter<'_>,
        f: &FrameInfo<'_>,
        pointer: Option<egui::Pos2>,
    ) {
        let (Some(drag), Some(target)) = (&self.drag, &self.drop) else {
            return;
        };
        let layout = &f.cached.layout;
        let journey = f.journey;
        let grid = layout.grid();
        match (&drag.gesture, target) {
            (Gesture::Cards { grabbed, grab, .. }, DropTarget::Cards(drop)) => {
                if let Some(drop) = drop {
                    if let Some(cell) = layout.cell(drop.column, drop.lane) {
                        map.drop_cell(cell);
                    }
                    map.drop_bar(
                        pos2(drop.bar_x.0, drop.bar_y),
                        pos2(drop.bar_x.1, drop.bar_y),
                    );
                }
                let index = f.cached.card_index.get(grabbed);
                let card = index.and_then(|i| journey.cards.get(*i));
                let card_layout = index.and_then(|i| layout.cards.get(*i));
                if let (Some(card), Some(card_layout), Some(pointer)) = (card, card_layout, pointer)
                {
                    let offset: Vec2 = f.to_map(pointer) - *grab - card_layout.rect.min;
                    let color = theme::card_color(card, journey.lane(card.lane).map(|l| l.kind));
                    map.ghost_card(journey, card, card_layout, offset, color);
                }
            }
            (Gesture::Span(card), DropTarget::Span(span)) => {
                paint_span(map, f, *card, *span);
            }
            (Gesture::Phase(_), DropTarget::Slot(slot)) => {
                if let Some(x) = hit::phase_slot_x(layout, *slot) {
                    map.guide_x(x, grid.top(), grid.bottom());
                }
            }
            (Gesture::Lane(_), DropTarget::Slot(slot)) => {
                if let Some(y) = hit::lane_slot_y(layout, *slot) {
                    map.guide_y(y, grid.left(), grid.right());
                }
            }
            (Gesture::PhaseWidth(phase), DropTarget::Size(width)) => {
                let last = journey
                    .phase_columns(*phase)
                    .and_then(|columns| columns.end.checked_sub(1));
                if let Some(step) = last.and_then(|i| layout.steps.get(i)) {
                    map.guide_x(step.column.left() + width, grid.top(), grid.bottom());
                }
            }
            (Gesture::Step(_), DropTarget::StepSlot { phase, slot }) => {
                paint_step_slot(map, layout, *phase, *slot);
            }
            (Gesture::StepWidth(step), DropTarget::Size(width)) => {
                let column = journey.step_index(*step).and_then(|i| layout.steps.get(i));
                if let Some(column) = column {
                    map.guide_x(column.column.left() + width, grid.top(), grid.bottom());
                }
            }
            (Gesture::LaneHeight(lane), DropTarget::Size(height)) => {
                if let Some(row) = journey.lane_index(*lane).and_then(|i| layout.lanes.get(i)) {
                    map.guide_y(row.row.top() + height, grid.left(), grid.right());
                }
            }
            (Gesture::Point { step, lane, .. }, DropTarget::Value(value)) => {
                let column = journey.step_index(*step).and_then(|i| layout.steps.get(i));
                let row = journey.lane_index(*lane).and_then(|i| layout.lanes.get(i));
                if let (Some(column), Some(row)) = (column, row) {
                    let fraction = journey.emotion_scale.fraction(*value);
                    let pos = pos2(
                        column.column.center().x,
                        MapLayout::emotion_y(row.row, fraction),
                    );
                    map.drop_outline(point_rect(pos));
                    // Written like the scale labels beside it: in the map's language.
                    let scale = &journey.emotion_scale;
                    map.value_tag(pos, &scale_value_text(*value, scale, f.cached.lang));
                }
            }
            (Gesture::Box { .. }, DropTarget::Box(area)) => {
                // Outline what the box will select, before the button is released.
                for card in &layout.cards {
                    if !card.hidden
                        && card.rect.intersects(*area)
                        && (f.screen_from_map * card.rect).intersects(f.clip)
                    {
                        map.hover_outline(card.rect);
                    }
                }
                map.selection_box(*area);
            }
            _ => {}
        }
    }
}

/// The outline a card would get with `span` steps.
fn paint_span(map: &MapPainter<'_>, f: &FrameInfo<'_>, card: CardId, span: u32) {
    let (journey, layout) = (f.journey, &f.cached.layout);
    let Some(index) = f.cached.card_index.get(&card) else {
        return;
    };
    let (Some(card), Some(card_layout)) = (journey.cards.get(*index), layout.cards.get(*index))
    else {
        return;
    };
    let start = journey.step_index(card.step).unwrap_or(0);
    let last = (start + span as usize - 1).min(layout.steps.len().saturating_sub(1));
    if let Some(step) = layout.steps.get(last) {
        let right = step.column.right() - Metrics::default().cell_padding;
        map.drop_outline(Rect::from_x_y_ranges(
            card_layout.rect.left()..=right,
            card_layout.rect.y_range(),
        ));
    }
}

/// Where a dragged step would land: its phase's header outlined, and a guide
/// at the slot from the step row down through the lanes. At a phase's
/// edge the guide stands a little inside that phase, so the eye sees on
/// which side of the border the step goes.
fn paint_step_slot(map: &MapPainter<'_>, layout: &MapLayout, phase: usize, slot: usize) {
    let (Some(phase_layout), Some(x)) = (
        layout.phases.get(phase),
        hit::step_slot_x(layout, phase, slot),
    ) else {
        return;
    };
    map.drop_outline(phase_layout.header.shrink2(egui::vec2(1.0, 4.0)));
    let inset = 3.0;
    let columns = phase_layout.column.x_range();
    let x = x.clamp(columns.min + inset, columns.max - inset);
    let top = layout
        .steps
        .iter()
        .find(|step| step.phase_index == phase)
        .and_then(|step| step.header.as_ref())
        .map_or_else(|| phase_layout.header.top(), |header| header.rect.top());
    map.guide_x(x, top, layout.grid().bottom());
}

/// The grab area of an emotion point around its centre (map space).
pub(super) fn point_rect(center: egui::Pos2) -> Rect {
    Rect::from_center_size(center, Vec2::splat(2.0 * theme::FACE_RADIUS + 6.0))
}
