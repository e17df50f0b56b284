//! Exporting a map as a picture: PNG (rasterized on the CPU, no window or GPU
//! needed) and SVG (vector shapes and real text).
//!
//! Architecture invariant: an export is drawn by `paint::paint_map` from the
//! same layout as the canvas; nothing here draws the map a second way.

mod choices;
pub mod limits;
mod options;
mod png;
pub mod raster;
mod render;
pub mod slides;
mod subset;
mod svg;

pub use choices::{ExportChoices, SizeMode};
pub use options::{Background, ExportOptions, ExportSize, ImageFormat};
pub use png::encode as encode_png;
pub use render::{Drawing, Page, Renderer};
pub use slides::{Part, SlideOptions};
pub use subset::{lane_range, phase_range};

use crate::i18n::text::export_dialog as t;
use crate::i18n::{tr, tr_args};
use std::path::{Path, PathBuf};

use crate::model::Journey;

/// Why an export failed. The text is in the language of the thread that
/// shows it (the editor's, or English on the command line).
#[derive(Debug)]
pub enum ExportError {
    /// The picture would be too big to hold in memory.
    TooLarge {
        /// Width in pixels.
        width: u64,
        /// Height in pixels.
        height: u64,
    },
    /// The scale works out to zero, negative or not a number.
    BadScale,
    /// The file name ends in neither `.png` nor `.svg`.
    UnknownFormat {
        /// The output file.
        path: std::path::PathBuf,
    },
    /// The file could not be written.
    Write {
        /// The output file.
        path: std::path::PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// PNG encoding failed.
    Encode(String),
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let path_text = |path: &Path| path.display().to_string();
        let text = match self {
            ExportError::TooLarge { width, height } => tr_args(
                t::ERROR_TOO_LARGE,
                &[
                    ("width", (&width.to_string()).into()),
                    ("height", (&height.to_string()).into()),
                    (
                        "megapixels",
                        (&(width * height / 1_000_000).to_string()).into(),
                    ),
                    ("limit", (&limits::MAX_MEGAPIXELS.to_string()).into()),
                ],
            ),
            ExportError::BadScale => tr(t::ERROR_BAD_SCALE),
            ExportError::UnknownFormat { path } => tr_args(
                t::ERROR_UNKNOWN_FORMAT,
                &[("path", (&path_text(path)).into())],
            ),
            ExportError::Write { path, source } => tr_args(
                t::ERROR_WRITE,
                &[
                    ("path", (&path_text(path)).into()),
                    ("error", (&source.to_string()).into()),
                ],
            ),
            ExportError::Encode(error) => tr_args(t::ERROR_ENCODE, &[("error", error.into())]),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ExportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ExportError::Write { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Renders the map to PNG bytes and the pixel image.
///
/// # Errors
/// See [`ExportError`].
pub fn png_bytes(
    journey: &Journey,
    options: &ExportOptions,
) -> Result<(Vec<u8>, image::RgbaImage), ExportError> {
    let (image, dpi) = with_renderer(|renderer| {
        let mut drawing = renderer.draw(journey, options)?;
        Renderer::check_raster_size(&drawing)?;
        let primitives = renderer.tessellate(&mut drawing);
        Ok((renderer.rasterize(&drawing, &primitives), drawing.dpi))
    })?;
    let bytes = png::encode(&image, dpi).map_err(|error| ExportError::Encode(error.to_string()))?;
    Ok((bytes, image))
}

/// Renders the map to SVG text.
///
/// # Errors
/// See [`ExportError`].
pub fn svg_text(journey: &Journey, options: &ExportOptions) -> Result<String, ExportError> {
    with_renderer(|renderer| {
        Ok(svg::write(
            &mut renderer.draw(journey, options)?,
            text_mode(options),
        ))
    })
}

fn text_mode(options: &ExportOptions) -> svg::TextMode {
    if options.text_as_paths {
        svg::TextMode::Paths
    } else {
        svg::TextMode::Text
    }
}

thread_local! {
    /// Each thread that exports keeps its fonts and glyph atlas for the next export.
    static RENDERER: std::cell::RefCell<Renderer> = std::cell::RefCell::new(Renderer::default());
}

fn with_renderer<T>(
    work: impl FnOnce(&mut Renderer) -> Result<T, ExportError>,
) -> Result<T, ExportError> {
    RENDERER.with(|renderer| work(&mut renderer.borrow_mut()))
}

/// Draws one page of an export in `format`: PNG bytes or SVG text.
///
/// # Errors
/// See [`ExportError`].
pub fn page_bytes(
    renderer: &mut Renderer,
    page: &Page,
    options: &ExportOptions,
    format: ImageFormat,
) -> Result<Vec<u8>, ExportError> {
    let mut drawing = renderer.draw_page(page, options)?;
    match format {
        ImageFormat::Png => {
            Renderer::check_raster_size(&drawing)?;
            let primitives = renderer.tessellate(&mut drawing);
            let image = renderer.rasterize(&drawing, &primitives);
            png::encode(&image, drawing.dpi).map_err(|error| ExportError::Encode(error.to_string()))
        }
        ImageFormat::Svg => Ok(svg::write(&mut drawing, text_mode(options)).into_bytes()),
    }
}

/// The files `count` pictures of one export go to: `path` itself for one,
/// else `OUT-1.png` … `OUT-N.png` beside it.
pub fn page_paths(path: &Path, count: usize) -> Vec<PathBuf> {
    if count == 1 {
        return vec![path.to_path_buf()];
    }
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    let extension = path
        .extension()
        .map(|extension| format!(".{}", extension.to_string_lossy()))
        .unwrap_or_default();
    (1..=count)
        .map(|number| path.with_file_name(format!("{stem}-{number}{extension}")))
        .collect()
}

/// Exports to `path` as PNG or SVG, by its extension: one picture, or for a
/// slide series one file per slide (see [`page_paths`]). Returns the files
/// written. Each is written to a temporary file beside it and renamed into
/// place, so a failed export never leaves a partial picture.
///
/// # Errors
/// See [`ExportError`]; an unknown extension is [`ExportError::UnknownFormat`].
pub fn export_to_file(
    journey: &Journey,
    options: &ExportOptions,
    path: &Path,
) -> Result<Vec<PathBuf>, ExportError> {
    let Some(format) = ImageFormat::from_path(path) else {
        return Err(ExportError::UnknownFormat {
            path: path.to_path_buf(),
        });
    };
    let pages = with_renderer(|renderer| Ok(renderer.pages(journey, options)))?;
    let paths = page_paths(path, pages.len());
    for (page, path) in pages.iter().zip(&paths) {
        let bytes = with_renderer(|renderer| page_bytes(renderer, page, options, format))?;
        write_file(path, &bytes)?;
    }
    Ok(paths)
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    // The same atomic write as saving a map (temporary file, fsync, rename,
    // folder fsync); a picture needs no backup of the one it replaces.
    let save = crate::storage::atomic::AtomicSave {
        keep_backup: false,
        ..crate::storage::atomic::AtomicSave::default()
    };
    save.save(path, bytes)
        .map(|_| ())
        .map_err(|error| ExportError::Write {
            path: path.to_path_buf(),
            source: error.source,
        })
}
