//! Editing feedback drawn over the map on screen (never exported): selection
//! outlines, drop previews, the dragged card's ghost, the hover "+", the value
//! of a dragged emotion point and the selection box.
//!
//! Sizes are in screen points (they must stay readable at any zoom); positions
//! come in map space like everything else the painter draws.

use egui::{Align2, CornerRadius, FontId, Pos2, Rect, Stroke, StrokeKind, Vec2, pos2, vec2};

use super::MapPainter;
use crate::layout::CardLayout;
use crate::model::{Card, CardColor};
use crate::theme;

impl MapPainter<'_> {
    /// The outline of a selected item.
    pub fn selection_outline(&self, rect: Rect) {
        self.painter.rect_stroke(
            self.rect(rect).expand(2.0),
            CornerRadius::same(6),
            Stroke::new(theme::OUTLINE_WIDTH, theme::SELECTION),
            StrokeKind::Outside,
        );
    }

    /// A thin outline of the item under the pointer.
    pub fn hover_outline(&self, rect: Rect) {
        self.painter.rect_stroke(
            self.rect(rect).expand(1.0),
            CornerRadius::same(6),
            Stroke::new(1.0, theme::HOVER),
            StrokeKind::Outside,
        );
    }

    /// A tinted cell: where dragged cards would land.
    pub fn drop_cell(&self, rect: Rect) {
        self.painter
            .rect_filled(self.rect(rect), 0.0, theme::DROP_CELL);
    }

    /// A drop bar between `from` and `to` (map space), with round ends.
    pub fn drop_bar(&self, from: Pos2, to: Pos2) {
        let (from, to) = (self.pos(from), self.pos(to));
        let stroke = Stroke::new(theme::OUTLINE_WIDTH + 1.0, theme::DROP_PREVIEW);
        self.painter.line_segment([from, to], stroke);
        for end in [from, to] {
            self.painter.circle_filled(end, 4.0, theme::DROP_PREVIEW);
        }
    }

    /// The outline a card or resized item would get.
    pub fn drop_outline(&self, rect: Rect) {
        self.painter.rect_stroke(
            self.rect(rect),
            CornerRadius::same(6),
            Stroke::new(theme::OUTLINE_WIDTH, theme::DROP_PREVIEW),
            StrokeKind::Outside,
        );
    }

    /// A see-through copy of a card, moved by `offset` (map space), under the pointer.
    pub fn ghost_card(&self, card: &Card, layout: &CardLayout, offset: Vec2, color: CardColor) {
        let moved = CardLayout {
            rect: layout.rect.translate(offset),
            badges: layout.badges.map(|r| r.translate(offset)),
            kpi: layout.kpi.map(|r| r.translate(offset)),
            title: layout.title.translate(offset),
            notes: layout.notes.map(|r| r.translate(offset)),
            ..layout.clone()
        };
        let mut faded = self.painter.clone();
        faded.multiply_opacity(theme::GHOST_OPACITY);
        let ghost = MapPainter::new(&faded, self.screen_from_map, self.options);
        super::cards::paint_card(&ghost, card, &moved, color);
    }

    /// A small round "+" button centred at `center` (map space).
    pub fn add_button(&self, center: Pos2, hovered: bool) -> Rect {
        let center = self.pos(center);
        let radius = if hovered { 12.0 } else { 10.0 };
        self.painter.circle(
            center,
            radius,
            theme::ADD_BUTTON,
            Stroke::new(2.0, theme::PAPER),
        );
        let arm = radius * 0.5;
        let stroke = Stroke::new(2.0, theme::PAPER);
        self.painter
            .line_segment([center - vec2(arm, 0.0), center + vec2(arm, 0.0)], stroke);
        self.painter
            .line_segment([center - vec2(0.0, arm), center + vec2(0.0, arm)], stroke);
        Rect::from_center_size(center, Vec2::splat(2.0 * radius))
    }

    /// The value of a dragged emotion point, in a dark tag right of `at` (map space).
    pub fn value_tag(&self, at: Pos2, text: &str) {
        let anchor = self.pos(at) + vec2(theme::FACE_RADIUS * self.zoom() + 8.0, 0.0);
        let galley = self.painter.layout_no_wrap(
            text.to_owned(),
            FontId::proportional(theme::VALUE_TAG_FONT_SIZE),
            theme::PAPER,
        );
        let rect = Align2::LEFT_CENTER
            .anchor_size(anchor, galley.size())
            .expand2(vec2(6.0, 3.0));
        self.painter
            .rect_filled(rect, CornerRadius::same(4), theme::VALUE_TAG);
        self.painter
            .galley(rect.min + vec2(6.0, 3.0), galley, theme::PAPER);
    }

    /// The rubber band of a box selection.
    pub fn selection_box(&self, rect: Rect) {
        let rect = self.rect(rect);
        self.painter.rect(
            rect,
            CornerRadius::ZERO,
            theme::SELECTION_FILL,
            Stroke::new(1.0, theme::SELECTION),
            StrokeKind::Inside,
        );
    }

    /// A vertical guide at `x` from `top` to `bottom` (map space): a border being dragged.
    pub fn guide_x(&self, x: f32, top: f32, bottom: f32) {
        self.drop_bar(pos2(x, top), pos2(x, bottom));
    }

    /// A horizontal guide at `y` from `left` to `right` (map space).
    pub fn guide_y(&self, y: f32, left: f32, right: f32) {
        self.drop_bar(pos2(left, y), pos2(right, y));
    }

    /// The triangle that collapses (▾) or expands (▸) a lane, in `rect` (screen space).
    pub fn collapse_toggle(&self, rect: Rect, collapsed: bool, hovered: bool) {
        if hovered {
            self.painter
                .rect_filled(rect, CornerRadius::same(3), theme::SELECTION_FILL);
        }
        let c = rect.center();
        let r = rect.width().min(rect.height()) * 0.25;
        let points = if collapsed {
            vec![
                c + vec2(-r * 0.6, -r),
                c + vec2(r, 0.0),
                c + vec2(-r * 0.6, r),
            ]
        } else {
            vec![
                c + vec2(-r, -r * 0.6),
                c + vec2(r, -r * 0.6),
                c + vec2(0.0, r),
            ]
        };
        self.painter.add(egui::Shape::convex_polygon(
            points,
            theme::TEXT_MUTED,
            Stroke::NONE,
        ));
    }
}
