//! Zoom and pan: the transform from map space to the screen. Never saved.

use egui::emath::TSTransform;
use egui::{Pos2, Rect, Vec2};

/// Smallest and largest zoom factor.
pub const ZOOM_RANGE: (f32, f32) = (0.05, 4.0);
/// Factor of one zoom-in or zoom-out step (toolbar, keyboard).
pub const ZOOM_STEP: f32 = 1.25;

/// Where the map sits on screen: `screen = offset + zoom × map`, relative to the canvas.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    /// Screen points per map point.
    pub zoom: f32,
    /// Screen position of the map origin, relative to the canvas's top-left corner.
    pub offset: Vec2,
}

impl Default for View {
    fn default() -> Self {
        Self {
            zoom: 1.0,
            offset: Vec2::ZERO,
        }
    }
}

impl View {
    /// The transform for a canvas whose top-left corner is at `canvas_min`.
    /// The translation is rounded to whole points so lines and text stay on
    /// the pixel grid, as sharp as in an export.
    pub fn screen_from_map(&self, canvas_min: Pos2) -> TSTransform {
        TSTransform::new((canvas_min.to_vec2() + self.offset).round(), self.zoom)
    }

    /// Zooms by `factor` keeping the map point under `anchor` (relative to the canvas) still.
    pub fn zoom_around(&mut self, factor: f32, anchor: Vec2) {
        let zoom = (self.zoom * factor).clamp(ZOOM_RANGE.0, ZOOM_RANGE.1);
        let map_point = (anchor - self.offset) / self.zoom;
        self.zoom = zoom;
        self.offset = anchor - map_point * zoom;
    }

    /// Shows all of `bounds` (map space) centred in a canvas of `canvas_size`,
    /// never enlarging beyond `max_zoom`.
    pub fn fit(bounds: Rect, canvas_size: Vec2, max_zoom: f32) -> Self {
        if bounds.width() <= 0.0 || bounds.height() <= 0.0 || canvas_size.min_elem() <= 0.0 {
            return Self::default();
        }
        let zoom = (canvas_size / bounds.size())
            .min_elem()
            .clamp(ZOOM_RANGE.0, max_zoom.min(ZOOM_RANGE.1));
        let offset = (canvas_size - bounds.size() * zoom) / 2.0 - bounds.min.to_vec2() * zoom;
        // A map taller than the window starts at its top, where the title is.
        let offset = Vec2::new(offset.x, offset.y.max(-bounds.min.y * zoom));
        Self { zoom, offset }
    }

    /// 100%, keeping the map point at the canvas centre still.
    pub fn actual_size(&mut self, canvas_size: Vec2) {
        self.zoom_around(1.0 / self.zoom, canvas_size / 2.0);
    }
}

#[cfg(test)]
#[expect(clippy::float_cmp, reason = "exact results of exact arithmetic")]
mod tests {
    use super::*;

    #[test]
    fn zooming_keeps_the_anchor_still() {
        let mut view = View {
            zoom: 1.0,
            offset: Vec2::new(10.0, 20.0),
        };
        let anchor = Vec2::new(300.0, 200.0);
        let before = (anchor - view.offset) / view.zoom;
        view.zoom_around(2.0, anchor);
        let after = (anchor - view.offset) / view.zoom;
        assert!((before - after).length() < 1e-4);
        assert_eq!(view.zoom, 2.0);
    }

    #[test]
    fn fit_shows_everything_and_respects_the_limit() {
        let bounds = Rect::from_min_size(Pos2::ZERO, Vec2::new(2000.0, 1000.0));
        let view = View::fit(bounds, Vec2::new(1000.0, 1000.0), 1.0);
        assert_eq!(view.zoom, 0.5);
        let small = Rect::from_min_size(Pos2::ZERO, Vec2::new(100.0, 100.0));
        assert_eq!(View::fit(small, Vec2::new(1000.0, 1000.0), 1.0).zoom, 1.0);
    }

    #[test]
    fn zoom_is_clamped() {
        let mut view = View::default();
        view.zoom_around(1000.0, Vec2::ZERO);
        assert_eq!(view.zoom, ZOOM_RANGE.1);
    }
}
