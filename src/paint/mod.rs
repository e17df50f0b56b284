//! Draws a laid-out journey as egui shapes. The canvas and every exporter call
//! this one function, so the screen and the exported picture are the same drawing.
//!
//! Architecture invariant: painting reads the document and the layout and emits
//! shapes; it never changes either and never handles input.

mod actors;
mod cards;
mod emotion;
mod grid;
mod legend;
mod measure;
mod moment;
mod overlay;
mod photo;
mod steps;
mod title;

pub use crate::layout::scale_value_text;
pub use cards::paint_card;
pub use measure::{FontMeasure, MeasureCache};
pub use overlay::find_highlights;
pub use photo::{photo_bounds, photo_of_texture, photo_texture, round_photo};
pub use title::avatar;

use egui::emath::TSTransform;
use egui::{Color32, Painter, Pos2, Rect, Stroke, Vec2, pos2};

use crate::i18n::Lang;
use crate::layout::{MapLayout, TextBlock, TextRole};
use crate::model::Journey;
use crate::theme;

/// What to draw and at what detail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PaintOptions {
    /// Draw the title block (title, description, persona).
    pub show_title: bool,
    /// Fill the map's bounds with the palette's paper first (off for
    /// transparent exports).
    pub paper: bool,
    /// The colours of everything but the cards: light on the canvas, light
    /// or dark in an export.
    pub palette: theme::Palette,
    /// The language of the words and numbers painted into the map (channel
    /// names, media badges, KPI values, the emotion scale). Passed in, not
    /// read from the UI thread, because exports paint on worker threads.
    pub lang: Lang,
}

impl Default for PaintOptions {
    fn default() -> Self {
        Self {
            show_title: true,
            paper: true,
            palette: theme::Palette::light(),
            lang: Lang::En,
        }
    }
}

/// Everything a drawing routine needs: where to draw, how the map maps to the
/// target, and which part of the map is visible.
pub struct MapPainter<'a> {
    painter: &'a Painter,
    /// Map points to target points.
    screen_from_map: TSTransform,
    /// The part of the map that is visible, in map space: what lies outside is skipped.
    visible: Rect,
    options: PaintOptions,
}

impl<'a> MapPainter<'a> {
    /// A painter that draws map space through `screen_from_map` into `painter`.
    pub fn new(painter: &'a Painter, screen_from_map: TSTransform, options: PaintOptions) -> Self {
        let visible = screen_from_map.inverse() * painter.clip_rect();
        Self {
            painter,
            screen_from_map,
            visible,
            options,
        }
    }

    fn palette(&self) -> &theme::Palette {
        &self.options.palette
    }

    fn zoom(&self) -> f32 {
        self.screen_from_map.scaling
    }

    fn rect(&self, rect: Rect) -> Rect {
        self.screen_from_map * rect
    }

    fn pos(&self, pos: Pos2) -> Pos2 {
        self.screen_from_map * pos
    }

    fn is_visible(&self, rect: Rect) -> bool {
        self.visible.intersects(rect)
    }

    /// Whether text of this role is big enough on screen to be worth laying out.
    fn legible(&self, role: TextRole) -> bool {
        theme::font(role).size * self.zoom() >= theme::MIN_TEXT_PIXELS
    }

    fn font(&self, role: TextRole) -> egui::FontId {
        theme::font_at_zoom(role, self.zoom())
    }

    /// Draws the lines the layout broke `block` into, top-left at `pos`,
    /// clipped to `clip`; `styles` gives each run's role and colour.
    ///
    /// Each line is laid out alone and never wrapped again, so the picture
    /// has the layout's lines at every zoom and export scale. Glyph widths
    /// differ a little between pixel densities: a line that comes out wider
    /// than the layout's width is drawn a little smaller instead of running
    /// out of its box.
    fn block(&self, pos: Pos2, block: &TextBlock, styles: &[(TextRole, Color32)], clip: Rect) {
        self.block_aligned(pos, block, styles, clip, false);
    }

    /// Draws `block`'s lines each centred on `center_x`, from `top` down,
    /// unclipped (point labels, which the layout fitted to their step).
    fn block_centered(
        &self,
        center_x: f32,
        top: f32,
        block: &TextBlock,
        role: TextRole,
        color: Color32,
    ) {
        let area = self.screen_from_map.inverse() * self.painter.clip_rect();
        self.block_aligned(pos2(center_x, top), block, &[(role, color)], area, true);
    }

    fn block_aligned(
        &self,
        pos: Pos2,
        block: &TextBlock,
        styles: &[(TextRole, Color32)],
        clip: Rect,
        centered: bool,
    ) {
        let Some(&(first_role, _)) = styles.first() else {
            return;
        };
        if block.is_empty() || !self.legible(first_role) {
            return;
        }
        let clip = self.rect(clip).intersect(self.painter.clip_rect());
        let painter = self.painter.with_clip_rect(clip);
        let zoom = self.zoom();
        let room = block.wrap_width * zoom;
        for line in &block.lines {
            let top = pos.y + line.top;
            if top > self.visible.bottom() || top + line.size.y < self.visible.top() {
                continue;
            }
            let runs: Vec<(&str, TextRole, Color32)> = line
                .pieces
                .iter()
                .filter_map(|piece| {
                    let &(role, color) = styles.get(piece.run)?;
                    Some((piece.text.as_str(), role, color))
                })
                .collect();
            if runs.is_empty() {
                continue;
            }
            let mut galley = painter.layout_job(measure::line_job(&runs, zoom));
            if galley.size().x > room + 0.01 && room.is_finite() && galley.size().x > 0.0 {
                let shrink = room / galley.size().x;
                galley = painter.layout_job(measure::line_job(&runs, zoom * shrink));
            }
            let left = if centered {
                pos.x - line.size.x / 2.0
            } else {
                pos.x
            };
            painter.galley(self.pos(pos2(left, top)), galley, theme::TEXT);
        }
    }

    /// Draws one line of text aligned at `anchor` (e.g. `Align2::RIGHT_CENTER`).
    fn label(
        &self,
        pos: Pos2,
        anchor: egui::Align2,
        text: &str,
        role: TextRole,
        color: Color32,
    ) -> Rect {
        if !self.legible(role) {
            return Rect::from_min_size(pos, Vec2::ZERO);
        }
        let screen = self
            .painter
            .text(self.pos(pos), anchor, text, self.font(role), color);
        self.screen_from_map.inverse() * screen
    }

    /// The width of one line of `text` in map points.
    fn text_width(&self, text: &str, role: TextRole) -> f32 {
        let font = theme::font(role);
        self.painter.ctx().fonts_mut(|fonts| {
            fonts
                .layout_no_wrap(text.to_owned(), font, theme::TEXT)
                .size()
                .x
        })
    }

    fn stroke(&self, width: f32, color: Color32) -> Stroke {
        Stroke::new(width * self.zoom(), color)
    }
}

/// Draws the whole journey.
pub fn paint_map(
    painter: &Painter,
    journey: &Journey,
    layout: &MapLayout,
    screen_from_map: TSTransform,
    options: PaintOptions,
) {
    let map = MapPainter::new(painter, screen_from_map, options);
    if options.paper {
        painter.rect_filled(map.rect(layout.bounds), 0.0, options.palette.paper);
    }
    if options.show_title {
        title::paint(&map, journey, layout);
    }
    grid::paint(&map, journey, layout);
    emotion::paint(&map, journey, layout);
    cards::paint(&map, journey, layout);
    legend::paint(&map, journey, layout);
}
