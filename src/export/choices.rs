//! The export dialog's choices as plain data, so the settings can keep them.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

use super::{Background, ExportOptions, ExportSize, ImageFormat};

/// How the size is chosen in the dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SizeMode {
    /// Pixels per point.
    Scale,
    /// A width in pixels.
    Width,
    /// A print resolution.
    Dpi,
    /// A 16:9 slide.
    Slide,
}

/// The export dialog's choices, remembered between exports and between runs
/// (in the settings), so the next export starts from the last one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExportChoices {
    /// PNG or SVG.
    pub format: ImageFormat,
    /// How the size is chosen.
    pub size_mode: SizeMode,
    /// Pixels per point, for [`SizeMode::Scale`].
    pub scale: f32,
    /// Width in pixels, for [`SizeMode::Width`].
    pub width: u32,
    /// Print resolution, for [`SizeMode::Dpi`].
    pub dpi: f32,
    /// Slide size in pixels, for [`SizeMode::Slide`].
    pub slide: (u32, u32),
    /// What is behind the map.
    pub background: Background,
    /// Show title and persona.
    pub show_title: bool,
    /// Show the legend.
    pub show_legend: bool,
    /// All phases, or the range below.
    pub whole_map: bool,
    /// First phase of the range (0-based).
    pub first_phase: usize,
    /// Last phase of the range (0-based, inclusive).
    pub last_phase: usize,
}

impl Default for ExportChoices {
    fn default() -> Self {
        Self {
            format: ImageFormat::Png,
            size_mode: SizeMode::Scale,
            scale: 2.0,
            width: 3840,
            dpi: 300.0,
            slide: (1920, 1080),
            background: Background::White,
            show_title: true,
            show_legend: true,
            whole_map: true,
            first_phase: 0,
            last_phase: usize::MAX,
        }
    }
}

impl ExportChoices {
    /// The export options these choices stand for, for a map of `phase_count`
    /// phases written in `lang` (the map's content language, not the dialog's).
    pub fn options(&self, phase_count: usize, lang: Lang) -> ExportOptions {
        let last = phase_count.saturating_sub(1);
        ExportOptions {
            size: match self.size_mode {
                SizeMode::Scale => ExportSize::Scale(self.scale),
                SizeMode::Width => ExportSize::Width(self.width),
                SizeMode::Dpi => ExportSize::Dpi(self.dpi),
                SizeMode::Slide => ExportSize::Slide(self.slide.0, self.slide.1),
            },
            background: self.background,
            show_title: self.show_title,
            show_legend: self.show_legend,
            phases: (!self.whole_map).then(|| {
                let first = self.first_phase.min(last);
                (first, self.last_phase.clamp(first, last))
            }),
            lang,
        }
    }
}
