//! What an export should look like: size, background, parts, phase range.

use std::fmt;

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
    /// A 16:9 slide of exactly this many pixels, the map fitted inside with margins.
    Slide(u32, u32),
}

/// What is behind the map.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Background {
    /// Plain white paper.
    #[default]
    White,
    /// No background: for placing the map on a coloured slide.
    Transparent,
    /// The editor's desk colour around the white map sheet.
    Theme,
}

impl Background {
    /// Every background, in the order the dialog offers them.
    pub const ALL: [Background; 3] = [
        Background::White,
        Background::Transparent,
        Background::Theme,
    ];

    /// The name the command line and the dialog use.
    pub fn name(self) -> &'static str {
        match self {
            Background::White => "white",
            Background::Transparent => "transparent",
            Background::Theme => "theme",
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
