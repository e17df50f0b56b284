//! Exporting a map as a picture: PNG (rasterized on the CPU, no window or GPU
//! needed) and SVG (vector shapes and real text).
//!
//! Architecture invariant: an export is drawn by `paint::paint_map` from the
//! same layout as the canvas; nothing here draws the map a second way.

mod choices;
mod options;
mod png;
pub mod raster;
mod render;
mod subset;
mod svg;

pub use choices::{ExportChoices, SizeMode};
pub use options::{Background, ExportOptions, ExportSize, ImageFormat};
pub use png::encode as encode_png;
pub use render::{Drawing, Renderer};
pub use subset::phase_range;

use std::path::Path;

use crate::model::Journey;

/// The largest picture we make: 100 megapixels (400 MB of pixels in memory).
/// A 40-phase map at 4× would be several times this; such exports are refused
/// with this number rather than exhausting memory.
pub const MAX_PIXELS: u64 = 100_000_000;

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The picture would be too big to hold in memory.
    #[error(
        "the picture would be {width} × {height} pixels ({} megapixels), more than the limit of {} megapixels; choose a smaller scale or width, or export a range of phases",
        width * height / 1_000_000,
        MAX_PIXELS / 1_000_000
    )]
    TooLarge {
        /// Width in pixels.
        width: u64,
        /// Height in pixels.
        height: u64,
    },
    /// The requested size makes no sense.
    #[error("{0}")]
    BadSize(String),
    /// The file could not be written.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        /// The output file.
        path: std::path::PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// PNG encoding failed.
    #[error("could not encode the PNG: {0}")]
    Encode(String),
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
    with_renderer(|renderer| Ok(svg::write(&mut renderer.draw(journey, options)?)))
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

/// Exports to `path` as PNG or SVG, by its extension. Writes a temporary file
/// beside it and renames it into place, so a failed export never leaves a
/// partial picture.
///
/// # Errors
/// See [`ExportError`]; an unknown extension is a [`ExportError::BadSize`]-like usage error.
pub fn export_to_file(
    journey: &Journey,
    options: &ExportOptions,
    path: &Path,
) -> Result<(), ExportError> {
    let bytes = match ImageFormat::from_path(path) {
        Some(ImageFormat::Png) => png_bytes(journey, options)?.0,
        Some(ImageFormat::Svg) => svg_text(journey, options)?.into_bytes(),
        None => {
            return Err(ExportError::BadSize(format!(
                "{}: the file name must end in .png or .svg",
                path.display()
            )));
        }
    };
    // The same atomic write as saving a map (temporary file, fsync, rename,
    // folder fsync); a picture needs no backup of the one it replaces.
    let save = crate::storage::atomic::AtomicSave {
        keep_backup: false,
        ..crate::storage::atomic::AtomicSave::default()
    };
    save.save(path, &bytes)
        .map(|_| ())
        .map_err(|error| ExportError::Write {
            path: path.to_path_buf(),
            source: error.source,
        })
}
