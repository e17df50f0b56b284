//! Draws a laid-out journey as egui shapes. The canvas and every exporter call
//! this one function, so the screen and the exported picture are the same drawing.
//!
//! Architecture invariant: painting reads the document and the layout and emits
//! shapes; it never changes either and never handles input.

mod actors;
mod cards;
mod emotion;
mod grid;
mod measure;
mod moment;
mod overlay;
mod photo;
mod steps;
mod title;

pub use cards::paint_card;
pub use emotion::scale_value_text;
pub use measure::{FontMeasure, MeasureCache};
pub use overlay::find_highlights;
pub use photo::{photo_bounds, photo_of_texture, photo_texture, round_photo};
pub use title::avatar;

use egui::emath::TSTransform;
use egui::{Color32, Painter, Pos2, Rect, Stroke, Vec2};

use crate::i18n::Lang;
use crate::layout::{MapLayout, TextRole};
use crate::model::Journey;
use crate::theme;

/// What to draw and at what detail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PaintOptions {
    /// Draw the title block (title, description, persona).
    pub show_title: bool,
    /// Draw the legend of emotion curves.
    pub show_legend: bool,
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
            show_legend: true,
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

    /// Draws text wrapped at `wrap_width` map points, top-left at `pos`, clipped to `clip`.
    fn text(
        &self,
        pos: Pos2,
        text: &str,
        role: TextRole,
        color: Color32,
        wrap_width: f32,
        clip: Rect,
    ) {
        self.text_runs(pos, &[(text, role, color)], wrap_width, clip);
    }

    /// Draws runs of differently styled text as one wrapped paragraph.
    fn text_runs(
        &self,
        pos: Pos2,
        runs: &[(&str, TextRole, Color32)],
        wrap_width: f32,
        clip: Rect,
    ) {
        if runs.iter().all(|(text, _, _)| text.is_empty()) || !self.legible(runs[0].1) {
            return;
        }
        let job = measure::layout_job(runs, wrap_width, self.zoom());
        let galley = self.painter.layout_job(job);
        let clip = self.rect(clip).intersect(self.painter.clip_rect());
        self.painter
            .with_clip_rect(clip)
            .galley(self.pos(pos), galley, theme::TEXT);
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
}
