//! The things on the canvas the pointer can act on: cards and their right
//! edges, phase and lane headers and their borders (step headers are
//! `step_items.rs`), lane collapse toggles,
//! emotion points, empty phases of the emotion lane, legend entries, the hover
//! "+", and the empty canvas behind them.
//!
//! Each visible item is an egui widget (`ui.interact`) with an accessible name,
//! so clicks, drags and context menus come from egui, and screen readers and
//! UI tests find items by their text.

use egui::{
    CursorIcon, Id, Modifiers, PointerButton, Pos2, Rect, Response, Role, Sense, Ui, Vec2,
    WidgetInfo, pos2, vec2,
};

use crate::edit::Edit;
use crate::i18n::{text::canvas as t, tr, tr_args};

pub(super) use super::frame::FrameInfo;
use super::gesture::{Drag, Gesture};
use super::text::{TextTarget, new_card_rect};
use super::{Canvas, ContextMenu, MenuFor, Selection, hit};

/// Where a curve's legend entry sits in an emotion lane's header (map space).
pub(super) fn legend_rect(header: Rect, index: usize) -> Option<Rect> {
    #[expect(clippy::cast_precision_loss, reason = "a handful of curves")]
    let y = header.top() + 44.0 + index as f32 * 18.0;
    (y <= header.bottom() - 10.0).then(|| {
        Rect::from_min_max(
            pos2(header.left() + 10.0, y - 9.0),
            pos2(header.right() - 40.0, y + 9.0),
        )
    })
}

/// The collapse toggle in a lane header (map space).
pub(super) fn toggle_rect(header: Rect, collapsed: bool) -> Rect {
    let top = if collapsed { 5.0 } else { 10.0 };
    Rect::from_min_size(
        pos2(header.right() - 28.0, header.top() + top),
        vec2(20.0, 20.0),
    )
}

pub(super) const CLICK_DRAG: Sense = Sense::CLICK.union(Sense::DRAG);

/// What a header does when clicked, double-clicked, right-clicked or dragged.
pub(super) struct Header {
    pub(super) selection: Selection,
    pub(super) rename: TextTarget,
    pub(super) reorder: Gesture,
    pub(super) menu: MenuFor,
}

impl Canvas {
    pub(super) fn dragging(&self, id: Id) -> bool {
        self.drag.as_ref().is_some_and(|drag| drag.widget == id)
    }

    pub(super) fn start_drag(&mut self, gesture: Gesture, widget: Id) {
        let allowed = if gesture.changes_map() {
            self.access.may_edit()
        } else {
            self.access.may_select()
        };
        if !allowed {
            return;
        }
        self.drag = Some(Drag { gesture, widget });
        self.drop = None;
    }

    pub(super) fn items_ui(&mut self, ui: &Ui, f: &FrameInfo<'_>, menu: &mut ContextMenu<'_>) {
        self.phases_ui(ui, f, menu);
        self.lanes_ui(ui, f, menu);
        self.emotion_ui(ui, f, menu);
        self.cards_ui(ui, f, menu);
        self.add_button_ui(ui, f);
    }

    fn cards_ui(&mut self, ui: &Ui, f: &FrameInfo<'_>, menu: &mut ContextMenu<'_>) {
        let modifiers = ui.input(|i| i.modifiers);
        // Edges too thin to grab are not offered; this also keeps zoomed-out
        // frames of huge maps cheap.
        let handles = self.view.zoom >= 0.3;
        let margin = f.margin();
        for (card, layout) in f.journey.cards.iter().zip(&f.cached.layout.cards) {
            if layout.hidden {
                continue;
            }
            let id = Id::unique(("card", card.id));
            // A screen reader hears a KPI card's number as it is drawn.
            let label_and_value = || {
                let kpi = card.kpi.as_ref().map(|kpi| {
                    let (mut value, unit) = crate::layout::kpi_runs(kpi, f.cached.lang);
                    value.push_str(&unit);
                    value
                });
                (card.title.clone(), kpi)
            };
            let dragging = self.dragging(id);
            let Some(response) =
                f.item_with_value(ui, id, layout.rect, CLICK_DRAG, dragging, label_and_value)
            else {
                continue;
            };
            if response.clicked() {
                if modifiers.shift || modifiers.command {
                    self.selection.toggle_card(card.id);
                    self.focus_card = Some(card.id);
                } else {
                    self.select(Selection::card(card.id));
                }
                self.current_cell = Some((card.lane, card.step));
            }
            if response.double_clicked() {
                self.select(Selection::card(card.id));
                self.start_editing(TextTarget::Card(card.id), f.journey);
            }
            if response.secondary_clicked() && !self.selection.contains_card(card.id) {
                self.select(Selection::card(card.id));
            }
            response.context_menu(|ui| menu(ui, MenuFor::Cards));
            if response.drag_started_by(PointerButton::Primary) {
                if !self.selection.contains_card(card.id) {
                    self.select(Selection::card(card.id));
                }
                let origin = ui.input(|i| i.pointer.press_origin()).map(|p| f.to_map(p));
                let grab = origin.map_or(Vec2::ZERO, |p| p - layout.rect.min);
                let gesture = Gesture::Cards {
                    cards: self.selection.cards(),
                    grabbed: card.id,
                    grab,
                };
                self.start_drag(gesture, id);
            }
            if handles {
                let edge = Rect::from_x_y_ranges(
                    layout.rect.right() - margin..=layout.rect.right() + margin,
                    layout.rect.y_range(),
                );
                let id = Id::unique(("span", card.id));
                if let Some(response) = f.item(ui, id, edge, Sense::DRAG, self.dragging(id), || {
                    tr_args(t::CARD_SPAN, &[("card", (&card.title).into())])
                }) {
                    let response = response.on_hover_cursor(CursorIcon::ResizeHorizontal);
                    if response.drag_started() {
                        self.select(Selection::card(card.id));
                        self.start_drag(Gesture::Span(card.id), id);
                    }
                }
            }
        }
    }

    /// A phase or lane header: click selects, double-click renames, a drag reorders.
    pub(super) fn header_ui(
        &mut self,
        response: &Response,
        id: Id,
        header: Header,
        f: &FrameInfo<'_>,
        menu: &mut ContextMenu<'_>,
    ) {
        if response.clicked() || response.secondary_clicked() {
            self.select(header.selection.clone());
        }
        if response.double_clicked() {
            self.start_editing(header.rename, f.journey);
        }
        response.context_menu(|ui| menu(ui, header.menu));
        if response.drag_started_by(PointerButton::Primary) {
            self.select(header.selection);
            self.start_drag(header.reorder, id);
        }
    }

    /// A column or row border: a drag resizes, a double-click goes back to the default.
    pub(super) fn border_ui(
        &mut self,
        response: Response,
        id: Id,
        cursor: CursorIcon,
        resize: Gesture,
        reset: Edit,
    ) {
        let response = response.on_hover_cursor(cursor);
        if response.drag_started() {
            self.start_drag(resize, id);
        }
        if response.double_clicked() {
            self.edits.push(reset);
        }
    }

    fn phases_ui(&mut self, ui: &Ui, f: &FrameInfo<'_>, menu: &mut ContextMenu<'_>) {
        let phases = f.journey.phases.iter().zip(&f.cached.layout.phases);
        for (phase, layout) in phases.clone() {
            let id = Id::unique(("phase", phase.id));
            let Some(response) =
                f.item(ui, id, layout.header, CLICK_DRAG, self.dragging(id), || {
                    phase.name.clone()
                })
            else {
                continue;
            };
            let header = Header {
                selection: Selection::Phase(phase.id),
                rename: TextTarget::Phase(phase.id),
                reorder: Gesture::Phase(phase.id),
                menu: MenuFor::Phase,
            };
            self.header_ui(&response, id, header, f, menu);
        }
        self.steps_ui(ui, f, menu);
        // Borders after all headers, so they lie on top of both neighbours.
        // A phase's border runs down over its step headers too: it is its
        // last step's right edge.
        let margin = f.margin();
        for (phase, layout) in phases {
            let border = Rect::from_x_y_ranges(
                layout.header.right() - margin..=layout.header.right() + margin,
                layout.header.top()..=layout.column.top(),
            );
            let id = Id::unique(("phase_width", phase.id));
            if let Some(response) = f.item(ui, id, border, CLICK_DRAG, self.dragging(id), || {
                tr_args(t::PHASE_WIDTH, &[("phase", (&phase.name).into())])
            }) {
                let reset = Edit::ResizePhase {
                    phase: phase.id,
                    width: None,
                };
                let gesture = Gesture::PhaseWidth(phase.id);
                self.border_ui(response, id, CursorIcon::ResizeColumn, gesture, reset);
            }
        }
    }

    fn lanes_ui(&mut self, ui: &Ui, f: &FrameInfo<'_>, menu: &mut ContextMenu<'_>) {
        let lanes = f.journey.lanes.iter().zip(&f.cached.layout.lanes);
        for (lane, layout) in lanes.clone() {
            let id = Id::unique(("lane", lane.id));
            let Some(response) =
                f.item(ui, id, layout.header, CLICK_DRAG, self.dragging(id), || {
                    lane.name.clone()
                })
            else {
                continue;
            };
            let header = Header {
                selection: Selection::Lane(lane.id),
                rename: TextTarget::Lane(lane.id),
                reorder: Gesture::Lane(lane.id),
                menu: MenuFor::Lane,
            };
            self.header_ui(&response, id, header, f, menu);
            let toggle = toggle_rect(layout.header, lane.collapsed);
            let toggle_id = Id::unique(("collapse", lane.id));
            if let Some(response) = f.item(ui, toggle_id, toggle, Sense::CLICK, false, || {
                let msg = if lane.collapsed {
                    t::LANE_EXPAND
                } else {
                    t::LANE_COLLAPSE
                };
                tr_args(msg, &[("lane", (&lane.name).into())])
            }) && response.on_hover_cursor(CursorIcon::PointingHand).clicked()
            {
                self.edits.push(Edit::CollapseLane {
                    lane: lane.id,
                    collapsed: !lane.collapsed,
                });
            }
        }
        let margin = f.margin();
        for (lane, layout) in lanes {
            if lane.collapsed {
                continue;
            }
            let border = Rect::from_x_y_ranges(
                layout.header.x_range(),
                layout.header.bottom() - margin..=layout.header.bottom() + margin,
            );
            let id = Id::unique(("lane_height", lane.id));
            if let Some(response) = f.item(ui, id, border, CLICK_DRAG, self.dragging(id), || {
                tr_args(t::LANE_HEIGHT, &[("lane", (&lane.name).into())])
            }) {
                let reset = Edit::ResizeLane {
                    lane: lane.id,
                    height: None,
                };
                let gesture = Gesture::LaneHeight(lane.id);
                self.border_ui(response, id, CursorIcon::ResizeRow, gesture, reset);
            }
        }
    }

    /// The "+" that appears over the empty part of the hovered cell.
    fn add_button_ui(&mut self, ui: &Ui, f: &FrameInfo<'_>) {
        self.add_button = None;
        if self.drag.is_some() || self.editing.is_some() {
            return;
        }
        let layout = &f.cached.layout;
        let Some(pointer) = ui
            .input(|i| i.pointer.hover_pos())
            .filter(|p| f.clip.contains(*p))
        else {
            return;
        };
        let pos = f.to_map(pointer);
        let Some((column_index, lane_index)) = hit::cell_at(layout, pos) else {
            return;
        };
        let (step, lane) = (layout.steps[column_index].id, &f.journey.lanes[lane_index]);
        if !lane.kind.holds_cards() || lane.collapsed || hit::card_at(layout, pos).is_some() {
            return;
        }
        let Some(slot) = new_card_rect(f.journey, layout, lane.id, step) else {
            return;
        };
        let row = layout.lanes[lane_index].row;
        // Under the last card when there is room; in a full cell, in its
        // bottom-right corner, where it covers the least of a card.
        let center = if slot.top() + 28.0 <= row.bottom() {
            pos2(slot.center().x, slot.top() + 14.0)
        } else {
            let column = layout.steps[column_index].column;
            pos2(column.right() - 16.0, row.bottom() - 8.0)
        };
        let rect = Rect::from_center_size(f.screen_from_map * center, Vec2::splat(26.0));
        let response = ui.interact(rect, Id::unique("add_card_button"), Sense::CLICK);
        response.widget_info(|| {
            WidgetInfo::labeled(
                Role::Button,
                true,
                tr_args(
                    t::ADD_CARD_TO,
                    &[
                        ("lane", (&lane.name).into()),
                        ("phase", (&f.journey.column_name(step)).into()),
                    ],
                ),
            )
        });
        let response = response
            .on_hover_cursor(CursorIcon::PointingHand)
            .on_hover_text(tr(t::ADD_CARD_HINT));
        self.add_button = Some((center, response.hovered()));
        if response.clicked() {
            self.current_cell = Some((lane.id, step));
            self.start_editing(
                TextTarget::NewCard {
                    lane: lane.id,
                    step,
                },
                f.journey,
            );
        }
    }

    /// The empty canvas: click clears the selection, double-click adds a card,
    /// a left drag draws a selection box, Escape clears the selection.
    pub(super) fn background_ui(
        &mut self,
        ui: &Ui,
        f: &FrameInfo<'_>,
        response: &Response,
        menu: &mut ContextMenu<'_>,
    ) {
        let layout = &f.cached.layout;
        let modifiers = ui.input(|i| i.modifiers);
        let cell = response
            .interact_pointer_pos()
            .map(|p| f.to_map(p))
            .and_then(|pos| hit::cell_at(layout, pos))
            .map(|(column, lane)| (&f.journey.lanes[lane], layout.steps[column].id))
            .filter(|(lane, _)| lane.kind.holds_cards() && !lane.collapsed)
            .map(|(lane, step)| (lane.id, step));
        if response.clicked() || response.secondary_clicked() {
            if !(modifiers.shift || modifiers.command) {
                self.select(Selection::None);
            }
            if cell.is_some() {
                self.current_cell = cell;
            }
        }
        if response.double_clicked()
            && let Some((lane, step)) = cell
        {
            self.start_editing(TextTarget::NewCard { lane, step }, f.journey);
        }
        response.context_menu(|ui| menu(ui, MenuFor::Cell));
        let space = ui.input(|i| i.key_down(egui::Key::Space));
        if response.drag_started_by(PointerButton::Primary) && !space {
            let start = ui
                .input(|i| i.pointer.press_origin())
                .map_or(Pos2::ZERO, |p| f.to_map(p));
            let add = modifiers.shift || modifiers.command;
            self.start_drag(Gesture::Box { start, add }, response.id);
        }
        // Escape belongs to an open dialog (it closes it), not to the selection.
        let dialog_open = ui.ctx().memory(egui::Memory::top_modal_layer).is_some();
        if self.drag.is_none()
            && self.editing.is_none()
            && !dialog_open
            && ui.input_mut(|i| i.consume_key(Modifiers::NONE, egui::Key::Escape))
        {
            self.select(Selection::None);
        }
    }
}
