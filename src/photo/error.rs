//! Why a photo could not be imported. Each case names the file; the app
//! words them in the interface's language (`app::personas`), the English
//! `Display` is for logs and tests.

use std::path::PathBuf;

use super::{MAX_IMPORT_BYTES, MAX_IMPORT_PIXELS, MAX_IMPORT_SIDE};

/// A refused photo import.
#[derive(Debug, thiserror::Error)]
pub enum PhotoError {
    /// The file could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The chosen file.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// A folder, pipe or device was chosen.
    #[error("{} is not a file", path.display())]
    NotAFile {
        /// The chosen path.
        path: PathBuf,
    },
    /// The file is larger than [`MAX_IMPORT_BYTES`].
    #[error(
        "{} is {} MB; a photo may have at most {} MB",
        path.display(),
        size / 1_000_000,
        MAX_IMPORT_BYTES / 1_000_000
    )]
    TooManyBytes {
        /// The chosen file.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
    },
    /// Neither a PNG nor a JPEG (by its first bytes, whatever its name).
    #[error("{} is not a PNG or JPEG image", path.display())]
    NotPngOrJpeg {
        /// The chosen file.
        path: PathBuf,
    },
    /// More pixels than [`MAX_IMPORT_SIDE`] or [`MAX_IMPORT_PIXELS`] allow.
    #[error(
        "{} is {width} × {height} pixels; a photo may have at most {MAX_IMPORT_SIDE} pixels on a side and {} megapixels",
        path.display(),
        MAX_IMPORT_PIXELS / 1_000_000
    )]
    TooManyPixels {
        /// The chosen file.
        path: PathBuf,
        /// Width in pixels, from the header.
        width: u32,
        /// Height in pixels, from the header.
        height: u32,
    },
    /// The header or the pixel data is broken.
    #[error("{} cannot be read as an image: {detail}", path.display())]
    Unreadable {
        /// The chosen file.
        path: PathBuf,
        /// The decoder's words.
        detail: String,
    },
    /// Re-encoding the downscaled photo failed.
    #[error("{} could not be made smaller: {detail}", path.display())]
    Encode {
        /// The chosen file.
        path: PathBuf,
        /// The encoder's words.
        detail: String,
    },
}
