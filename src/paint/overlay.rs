//! Editing feedback drawn over the map on screen (never exported): selection
//! outlines, drop previews, the dragged card's ghost, the hover "+", the value
//! of a dragged emotion point, the selection box and the matches of a search.
//!
//! Sizes are in screen points (they must stay readable at any zoom); positions
//! come in map space like everything else the painter draws.

use std::collections::HashSet;

use egui::emath::TSTransform;
use egui::{Align2, CornerRadius, Painter, Pos2, Rect, Stroke, StrokeKind, Vec2, pos2, vec2};

use super::{MapPainter, PaintOptions};
use crate::find::FindTarget;
use crate::layout::{CardLayout, MapLayout};
use crate::model::{Card, CardColor, Journey, LaneId};
use crate::theme;

/// Outlines the matches of a search on the map: each matched card, phase
/// header and lane header, and the `current` one more strongly. A matched
/// card in a collapsed lane outlines the lane's strip instead, which is where
/// it is. Personas are not on the grid and get no outline.
///
/// For callers without a [`MapPainter`]; the same as
/// [`MapPainter::find_highlights`].
pub fn find_highlights(
    painter: &Painter,
    journey: &Journey,
    layout: &MapLayout,
    screen_from_map: TSTransform,
    matches: &[FindTarget],
    current: Option<FindTarget>,
) {
    MapPainter::new(painter, screen_from_map, PaintOptions::default())
        .find_highlights(journey, layout, matches, current);
}

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
    pub fn ghost_card(
        &self,
        journey: &Journey,
        card: &Card,
        layout: &CardLayout,
        offset: Vec2,
        color: CardColor,
    ) {
        let moved = CardLayout {
            rect: layout.rect.translate(offset),
            badges: layout.badges.map(|r| r.translate(offset)),
            kpi: layout.kpi.map(|r| r.translate(offset)),
            title: layout.title.translate(offset),
            notes: layout.notes.map(|r| r.translate(offset)),
            actors: layout
                .actors
                .iter()
                .map(|tag| crate::layout::ActorTagLayout {
                    rect: tag.rect.translate(offset),
                    name: tag.name.translate(offset),
                    dot: tag.dot.map(|r| r.translate(offset)),
                })
                .collect(),
            ..layout.clone()
        };
        let mut faded = self.painter.clone();
        faded.multiply_opacity(theme::GHOST_OPACITY);
        let ghost = MapPainter::new(&faded, self.screen_from_map, self.options);
        super::cards::paint_card(&ghost, journey, card, &moved, color);
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
        let galley =
            self.painter
                .layout_no_wrap(text.to_owned(), theme::value_tag_font(), theme::PAPER);
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

    /// Outlines the matches of a search; see [`find_highlights`]. One pass
    /// over the layout with sets of ids, so a query matching thousands of
    /// cards costs no more than drawing them.
    pub fn find_highlights(
        &self,
        journey: &Journey,
        layout: &MapLayout,
        matches: &[FindTarget],
        current: Option<FindTarget>,
    ) {
        if matches.is_empty() && current.is_none() {
            // The usual frame: no search, and no walk over every card.
            return;
        }
        let mut targets: HashSet<FindTarget> = matches.iter().copied().collect();
        // A collapsed lane's cards are not drawn: the strip stands in for them.
        let collapsed: HashSet<LaneId> = journey
            .lanes
            .iter()
            .filter(|lane| lane.collapsed)
            .map(|lane| lane.id)
            .collect();
        let mut current_rect = None;
        for card in &journey.cards {
            if collapsed.contains(&card.lane) && targets.contains(&FindTarget::Card(card.id)) {
                if current == Some(FindTarget::Card(card.id)) {
                    current_rect = lane_header(layout, card.lane);
                }
                targets.insert(FindTarget::Lane(card.lane));
            }
        }
        let mut outline = |target: FindTarget, rect: Rect| {
            if current == Some(target) {
                current_rect = Some(rect);
            } else if targets.contains(&target) && self.is_visible(rect) {
                self.find_outline(rect, theme::FIND_OUTLINE_WIDTH, theme::FIND_HIGHLIGHT);
            }
        };
        for phase in &layout.phases {
            outline(FindTarget::Phase(phase.id), phase.header);
        }
        for step in &layout.steps {
            if let Some(header) = &step.header {
                outline(FindTarget::Step(step.id), header.rect);
            }
        }
        for lane in &layout.lanes {
            outline(FindTarget::Lane(lane.id), lane.header);
        }
        for card in layout.cards.iter().filter(|card| !card.hidden) {
            outline(FindTarget::Card(card.id), card.rect);
        }
        // Last, so no other outline covers it.
        if let Some(rect) = current_rect.filter(|rect| self.is_visible(*rect)) {
            self.find_outline(rect, theme::FIND_CURRENT_OUTLINE_WIDTH, theme::FIND_CURRENT);
        }
    }

    fn find_outline(&self, rect: Rect, width: f32, color: egui::Color32) {
        self.painter.rect_stroke(
            self.rect(rect).expand(theme::FIND_OUTLINE_GAP),
            CornerRadius::same(theme::CARD_RADIUS + 2),
            Stroke::new(width, color),
            StrokeKind::Outside,
        );
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

/// The header of a lane, in map space.
fn lane_header(layout: &MapLayout, lane: LaneId) -> Option<Rect> {
    layout
        .lanes
        .iter()
        .find(|lane_layout| lane_layout.id == lane)
        .map(|lane_layout| lane_layout.header)
}

#[cfg(test)]
mod tests {
    use egui::emath::TSTransform;
    use egui::{Color32, LayerId, Painter, Rect, Shape, Vec2, vec2};

    use crate::find::{FindTarget, find};
    use crate::layout::{Metrics, TextMeasure, TextRole, layout};
    use crate::model::{Card, CardId, Journey, LaneKind};
    use crate::theme;

    struct FixedWidthText;

    impl TextMeasure for FixedWidthText {
        fn line_size(&self, _: &[(&str, TextRole)]) -> Vec2 {
            // No width: every text fits one line.
            vec2(0.0, 10.0)
        }
    }

    /// The outlines `find_highlights` draws, as (colour, screen rect).
    fn outlines(journey: &Journey, query: &str, current: usize) -> Vec<(Color32, Rect)> {
        let layout = layout(journey, &Metrics::default(), &FixedWidthText);
        let targets: Vec<FindTarget> = find(journey, query).iter().map(|m| m.target).collect();
        let ctx = egui::Context::default();
        let mut output = ctx.run_pass(egui::RawInput::default(), |ctx| {
            let clip = Rect::from_min_size(egui::Pos2::ZERO, Vec2::splat(10_000.0));
            let painter = Painter::new(ctx.clone(), LayerId::background(), clip);
            let current = targets.get(current).copied();
            super::find_highlights(
                &painter,
                journey,
                &layout,
                TSTransform::IDENTITY,
                &targets,
                current,
            );
        });
        // No renderer takes the font atlas here.
        output.textures_delta.clear();
        output
            .shapes
            .into_iter()
            .filter_map(|clipped| match clipped.shape {
                Shape::Rect(rect) => Some((rect.stroke.color, rect.rect)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_match_is_outlined_and_the_current_one_last_and_strongest() {
        let mut journey = Journey::default();
        let phases = [journey.push_phase("Find me"), journey.push_phase("Other")]
            .map(|phase| journey.first_step(phase).expect("a new phase has a step"));
        let lanes = [
            journey.push_lane("Actions", LaneKind::Actions),
            journey.push_lane("Folded", LaneKind::PainPoints),
        ];
        for (lane, phase, title) in [(0, 1, "find me too"), (0, 0, "not this"), (1, 0, "FIND")] {
            let id = CardId(journey.ids.next_raw());
            journey
                .cards
                .push(Card::new(id, lanes[lane], phases[phase], title));
        }
        journey.lanes[1].collapsed = true;
        let layout = layout(&journey, &Metrics::default(), &FixedWidthText);
        let outlined = |rect: Rect| rect.expand(theme::FIND_OUTLINE_GAP);

        // Matches: the phase, the card in lane 0, the card in the folded lane 1.
        let shapes = outlines(&journey, "find", 1);
        assert_eq!(
            shapes,
            [
                (theme::FIND_HIGHLIGHT, outlined(layout.phases[0].header)),
                // The folded lane's strip stands in for its card.
                (theme::FIND_HIGHLIGHT, outlined(layout.lanes[1].header)),
                (theme::FIND_CURRENT, outlined(layout.cards[0].rect)),
            ]
        );
        // The current match in the folded lane outlines the strip strongly.
        let shapes = outlines(&journey, "find", 2);
        assert_eq!(shapes.len(), 4);
        assert_eq!(
            shapes[3],
            (theme::FIND_CURRENT, outlined(layout.lanes[1].header))
        );
    }
}
