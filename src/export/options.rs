//! What an export should look like: size, background, parts, phase range.

use std::fmt;

use egui::Color32;

use super::SlideOptions;
use crate::theme::{self, Palette};

use crate::i18n::Lang;
use crate::model::Journey;

/// How big the picture is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ExportSize {
    /// Pixels per map point: 1× is the 100% view, 2× is twice as sharp.
    Scale(f32),
    /// The picture's width in pixels; the height follows.
    Width(u32),
    /// Print resolution: one map point is 1/96 inch, as on screens.
    Dpi(f32),
    /// A slide of exactly this many pixels: the map laid out for its shape
    /// and fitted inside with margins, as a series of slides when its text
    /// would be too small (see [`SlideOptions`]).
    Slide(u32, u32),
}

/// What is behind the map, and which colours it is drawn in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Background {
    /// Plain white paper.
    #[default]
    White,
    /// Dark paper with light text, for dark slide templates; the cards stay
    /// light sticky notes.
    Dark,
    /// No background, dark text: for placing the map on a light slide.
    Transparent,
    /// No background, light text: for placing the map on a dark slide.
    TransparentDark,
    /// The editor's desk colour around the white map sheet.
    Theme,
}

impl Background {
    /// Every background, in the order the dialog offers them.
    pub const ALL: [Background; 5] = [
        Background::White,
        Background::Dark,
        Background::Transparent,
        Background::TransparentDark,
        Background::Theme,
    ];

    /// The name the command line and the dialog use.
    pub fn name(self) -> &'static str {
        match self {
            Background::White => "white",
            Background::Dark => "dark",
            Background::Transparent => "transparent",
            Background::TransparentDark => "transparent-dark",
            Background::Theme => "theme",
        }
    }

    /// The colours the map is painted in: light text for dark slides, else
    /// the canvas's.
    pub fn palette(self) -> Palette {
        match self {
            Background::Dark | Background::TransparentDark => Palette::dark(),
            Background::White | Background::Transparent | Background::Theme => Palette::light(),
        }
    }

    /// Whether the painter fills the map's bounds with the palette's paper
    /// (a themed export draws its own, inset sheet instead).
    pub fn paints_paper(self) -> bool {
        matches!(self, Background::White | Background::Dark)
    }

    /// What shows where nothing is painted: the paper, the desk around the
    /// sheet, or nothing.
    pub fn clear_color(self) -> Color32 {
        match self {
            Background::White | Background::Dark => self.palette().paper,
            Background::Transparent | Background::TransparentDark => Color32::TRANSPARENT,
            Background::Theme => theme::CANVAS_BACKGROUND,
        }
    }

    /// The colour the picture is meant to sit on, which its colours are
    /// checked against: its own paper, or the slide a transparent picture is
    /// for: white, or a dark slide no lighter than [`theme::DARK_PAPER`].
    pub fn meant_for(self) -> Color32 {
        match self {
            Background::Theme => theme::PAPER,
            _ => self.palette().paper,
        }
    }
}

impl fmt::Display for Background {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Everything that decides how an export looks.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportOptions {
    /// Size of the picture.
    pub size: ExportSize,
    /// What is behind the map.
    pub background: Background,
    /// Show the title block (title, description, persona).
    pub show_title: bool,
    /// Show the legend of emotion curves.
    pub show_legend: bool,
    /// Only these phases (0-based, inclusive); `None` for all.
    pub phases: Option<(usize, usize)>,
    /// The language of the words and numbers drawn into the map (KPI values,
    /// channel names, media badges): the map's own, see
    /// [`Journey::content_lang`]. The export runs on a worker thread, which
    /// has no interface language of its own.
    pub lang: Lang,
    /// SVG only: text as glyph outlines instead of `<text>` in embedded
    /// fonts; the same in every renderer, but no longer selectable text.
    pub text_as_paths: bool,
    /// How a slide export splits a map into a series.
    pub slides: SlideOptions,
}

impl ExportOptions {
    /// The default options for `journey`: in its language, or in `ui` (the
    /// interface's) when it has none.
    pub fn for_map(journey: &Journey, ui: Lang) -> Self {
        Self {
            lang: journey.content_lang(ui),
            ..Self::default()
        }
    }
}

impl Default for ExportOptions {
    fn default() -> Self {
        Self {
            size: ExportSize::Scale(2.0),
            background: Background::White,
            show_title: true,
            show_legend: true,
            phases: None,
            // Options are made on the thread that shows the interface, so
            // by default the picture speaks the interface's language; a map
            // with a language of its own needs `for_map`.
            lang: crate::i18n::current(),
            text_as_paths: false,
            slides: SlideOptions::default(),
        }
    }
}

/// The output format, from the file name's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ImageFormat {
    /// A raster image.
    Png,
    /// A vector image with real text.
    Svg,
}

impl ImageFormat {
    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ImageFormat::Png => "png",
            ImageFormat::Svg => "svg",
        }
    }

    /// The format a path asks for by its extension, if it is one we write.
    pub fn from_path(path: &std::path::Path) -> Option<ImageFormat> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "png" => Some(ImageFormat::Png),
            "svg" => Some(ImageFormat::Svg),
            _ => None,
        }
    }
}
