//! Measures text with the real fonts, for the layout.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, Vec2};

use crate::layout::{TextMeasure, TextRole};
use crate::theme;

/// Remembered line sizes, keyed by text, roles and pixel density. Re-laying
/// out a 10,000-card map after one edit then measures one card, not all.
#[derive(Default)]
pub struct MeasureCache {
    sizes: RefCell<HashMap<u64, Vec2>>,
}

impl MeasureCache {
    /// Sizes kept at most; past this the cache starts afresh, so texts that were
    /// edited away do not pile up during a long session.
    const CAPACITY: usize = 200_000;

    /// Forgets everything (e.g. when the fonts change).
    pub fn clear(&self) {
        self.sizes.borrow_mut().clear();
    }
}

/// Measures text with an egui context's fonts, exactly as painting will lay it out.
pub struct FontMeasure<'a> {
    ctx: &'a egui::Context,
    cache: Option<&'a MeasureCache>,
}

impl<'a> FontMeasure<'a> {
    /// Measures with `ctx`'s fonts (install them with `theme::install` first).
    pub fn new(ctx: &'a egui::Context) -> Self {
        Self { ctx, cache: None }
    }

    /// Measures with `ctx`'s fonts, remembering sizes in `cache`.
    pub fn cached(ctx: &'a egui::Context, cache: &'a MeasureCache) -> Self {
        Self {
            ctx,
            cache: Some(cache),
        }
    }

    fn key(&self, runs: &[(&str, TextRole)]) -> u64 {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        runs.hash(&mut hasher);
        self.ctx.pixels_per_point().to_bits().hash(&mut hasher);
        hasher.finish()
    }
}

impl TextMeasure for FontMeasure<'_> {
    fn line_size(&self, runs: &[(&str, TextRole)]) -> Vec2 {
        if runs.iter().all(|(text, _)| text.is_empty()) {
            return Vec2::ZERO;
        }
        let key = self.cache.map(|_| self.key(runs));
        if let (Some(cache), Some(key)) = (self.cache, key)
            && let Some(size) = cache.sizes.borrow().get(&key)
        {
            return *size;
        }
        let runs: Vec<_> = runs
            .iter()
            // The colour does not change a text's size; any will do.
            .map(|&(text, role)| (text, role, theme::TEXT))
            .collect();
        let job = line_job(&runs, 1.0);
        let size = self.ctx.fonts_mut(|fonts| fonts.layout_job(job).size());
        if let (Some(cache), Some(key)) = (self.cache, key) {
            let mut sizes = cache.sizes.borrow_mut();
            if sizes.len() >= MeasureCache::CAPACITY {
                sizes.clear();
            }
            sizes.insert(key, size);
        }
        size
    }
}

/// The one way a line of text is laid out, for measuring (at zoom 1) and
/// for painting: never wrapped, as the layout broke the lines already.
pub fn line_job(runs: &[(&str, TextRole, Color32)], zoom: f32) -> LayoutJob {
    let mut job = LayoutJob::default();
    for &(text, role, color) in runs {
        let format = TextFormat::simple(theme::font_at_zoom(role, zoom), color);
        job.append(text, 0.0, format);
    }
    job.wrap.max_width = f32::INFINITY;
    job
}
