//! Measures text with the real fonts, for the layout.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use egui::epaint::text::{Fonts, TextOptions, ViewportKey};
use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, Vec2};

use crate::layout::{TextMeasure, TextRole};
use crate::theme;

/// The canvas's measuring: its own fonts at one pixel per point, and line
/// sizes it measured before, keyed by text and roles.
///
/// Its own fonts, because the screen's density must not decide the line
/// breaks: glyph widths differ by a hair at 2×, and a hair can move a word
/// to the next line. Measured at one pixel per point, the canvas breaks
/// every line exactly where an export does, on any screen, and the export
/// dialog's predicted size is the picture's. Remembered sizes make
/// re-laying out a 10,000-card map after one edit measure one card, not all.
#[derive(Default)]
pub struct MeasureCache {
    sizes: RefCell<HashMap<u64, Vec2>>,
    /// Made on first use: parsing the fonts takes a few milliseconds.
    fonts: RefCell<Option<Fonts>>,
}

impl MeasureCache {
    /// Sizes kept at most; past this the cache starts afresh, so texts that were
    /// edited away do not pile up during a long session.
    const CAPACITY: usize = 200_000;

    /// Forgets everything (e.g. when the fonts change).
    pub fn clear(&self) {
        self.sizes.borrow_mut().clear();
    }

    /// The size of one unwrapped line at one pixel per point.
    fn measure(&self, job: LayoutJob) -> Vec2 {
        let mut fonts = self.fonts.borrow_mut();
        let fonts = fonts
            .get_or_insert_with(|| Fonts::new(TextOptions::default(), theme::fonts::definitions()));
        fonts.with_pixels_per_point(1.0).layout_job(job).size()
    }

    /// Lets the fonts drop laid-out text and, when full, their glyph
    /// atlas, as egui does at each frame; called before each layout.
    pub fn begin_layout(&self) {
        if let Some(fonts) = self.fonts.borrow_mut().as_mut() {
            fonts.begin_pass(TextOptions::default(), ViewportKey::default());
        }
    }
}

/// Measures text with an egui context's fonts, or with a `MeasureCache`'s,
/// exactly as painting will lay it out.
pub enum FontMeasure<'a> {
    /// An export's context, at one pixel per point.
    Context(&'a egui::Context),
    /// The canvas's own fonts, with the sizes it remembers.
    Cached(&'a MeasureCache),
}

impl<'a> FontMeasure<'a> {
    /// Measures with `ctx`'s fonts at its density (install them with
    /// `theme::install` first); an export's context has one pixel per point.
    pub fn new(ctx: &'a egui::Context) -> Self {
        Self::Context(ctx)
    }

    /// Measures with `cache`'s own fonts at one pixel per point, remembering
    /// sizes there: the canvas's measure, whatever the screen.
    pub fn cached(cache: &'a MeasureCache) -> Self {
        Self::Cached(cache)
    }
}

impl TextMeasure for FontMeasure<'_> {
    fn line_size(&self, runs: &[(&str, TextRole)]) -> Vec2 {
        if runs.iter().all(|(text, _)| text.is_empty()) {
            return Vec2::ZERO;
        }
        let job = |runs: &[(&str, TextRole)]| {
            let runs: Vec<_> = runs
                .iter()
                // The colour does not change a text's size; any will do.
                .map(|&(text, role)| (text, role, theme::TEXT))
                .collect();
            line_job(&runs, 1.0)
        };
        match self {
            Self::Context(ctx) => ctx.fonts_mut(|fonts| fonts.layout_job(job(runs)).size()),
            Self::Cached(cache) => {
                let mut hasher = std::collections::hash_map::DefaultHasher::new();
                runs.hash(&mut hasher);
                let key = hasher.finish();
                if let Some(size) = cache.sizes.borrow().get(&key) {
                    return *size;
                }
                let size = cache.measure(job(runs));
                let mut sizes = cache.sizes.borrow_mut();
                if sizes.len() >= MeasureCache::CAPACITY {
                    sizes.clear();
                }
                sizes.insert(key, size);
                size
            }
        }
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
