//! Measures text with the real fonts, for the layout.

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, Vec2};

use crate::layout::{TextMeasure, TextRole};
use crate::theme;

/// Measures text with an egui context's fonts, exactly as painting will lay it out.
pub struct FontMeasure<'a> {
    ctx: &'a egui::Context,
}

impl<'a> FontMeasure<'a> {
    /// Measures with `ctx`'s fonts (set them with [`theme::fonts::definitions`] first).
    pub fn new(ctx: &'a egui::Context) -> Self {
        Self { ctx }
    }
}

impl TextMeasure for FontMeasure<'_> {
    fn measure_runs(&self, runs: &[(&str, TextRole)], wrap_width: f32) -> Vec2 {
        if runs.iter().all(|(text, _)| text.is_empty()) {
            return Vec2::ZERO;
        }
        let runs: Vec<_> = runs
            .iter()
            .map(|&(text, role)| (text, role, Color32::BLACK))
            .collect();
        let job = layout_job(&runs, wrap_width, 1.0);
        self.ctx.fonts_mut(|fonts| fonts.layout_job(job).size())
    }
}

/// The one way text is laid out, for measuring (at zoom 1) and for painting.
pub fn layout_job(runs: &[(&str, TextRole, Color32)], wrap_width: f32, zoom: f32) -> LayoutJob {
    let mut job = LayoutJob::default();
    for &(text, role, color) in runs {
        let font = theme::font(role);
        let format = TextFormat::simple(FontId::new(font.size * zoom, font.family), color);
        job.append(text, 0.0, format);
    }
    job.wrap.max_width = wrap_width * zoom;
    job
}
