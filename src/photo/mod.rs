//! Persona photos as pixels: importing a PNG or JPEG from disk into the small
//! encoded [`Photo`] a document stores, checking a stored photo when a file is
//! loaded, and decoding one for drawing.
//!
//! Architecture invariant: no egui here, and nothing is decoded before its
//! size is known. Every path first reads the image header and refuses
//! pictures too large to hold, then decodes under `image::Limits`, so a
//! decompression bomb (a few kilobytes that inflate to gigabytes) is refused
//! instead of exhausting memory.

mod error;

pub use error::PhotoError;

use std::io::{Cursor, Read};
use std::path::Path;

use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageReader, Limits, RgbaImage};

use crate::model::{Photo, PhotoFormat};

/// The largest file offered for import: a 50-megapixel camera JPEG is about
/// 25 MB; anything far bigger is not a portrait.
pub const MAX_IMPORT_BYTES: u64 = 40 * 1024 * 1024;

/// The longest side of a picture accepted for import, in pixels.
pub const MAX_IMPORT_SIDE: u32 = 12_000;

/// The most pixels a picture accepted for import may have (60 megapixels,
/// 240 MB decoded).
pub const MAX_IMPORT_PIXELS: u64 = 60_000_000;

/// The longest side of the photo a document stores: enough for the persona
/// card at 4× export scale and the panel's preview.
pub const STORED_SIDE: u32 = 320;

/// The longest side a stored photo may have when a file is loaded. The app
/// stores [`STORED_SIDE`]; more is accepted from hand-made files, up to this.
pub const MAX_STORED_SIDE: u32 = 2048;

/// JPEG quality for stored photos: no visible artefacts at card size, about
/// 20–40 KB for a 320-pixel portrait.
const JPEG_QUALITY: u8 = 88;

/// Reads the picture at `path`, downscales it to at most [`STORED_SIDE`]
/// pixels on its longer side and encodes it for the document: JPEG when it
/// is opaque, PNG when it has transparency.
///
/// # Errors
/// The file cannot be read, is not a regular file, is too large (in bytes or
/// pixels), is not a PNG or JPEG, or cannot be decoded.
pub fn import(path: &Path) -> Result<Photo, PhotoError> {
    let bytes = read_limited(path)?;
    let format = PhotoFormat::sniff(&bytes).ok_or_else(|| PhotoError::NotPngOrJpeg {
        path: path.to_path_buf(),
    })?;
    let (width, height) = dimensions(&bytes, format).map_err(|error| PhotoError::Unreadable {
        path: path.to_path_buf(),
        detail: error.to_string(),
    })?;
    if width > MAX_IMPORT_SIDE
        || height > MAX_IMPORT_SIDE
        || u64::from(width) * u64::from(height) > MAX_IMPORT_PIXELS
    {
        return Err(PhotoError::TooManyPixels {
            path: path.to_path_buf(),
            width,
            height,
        });
    }
    let image =
        decode_limited(&bytes, format, MAX_IMPORT_SIDE, MAX_IMPORT_PIXELS).map_err(|error| {
            PhotoError::Unreadable {
                path: path.to_path_buf(),
                detail: error.to_string(),
            }
        })?;
    encode_for_document(&downscale(&image, STORED_SIDE)).map_err(|error| PhotoError::Encode {
        path: path.to_path_buf(),
        detail: error.to_string(),
    })
}

/// Checks a photo from a loaded file without decoding its pixels: its header
/// must be readable and its size within [`MAX_STORED_SIDE`].
///
/// # Errors
/// A message for the file's `line:column` report.
pub fn check_stored(photo: &Photo) -> Result<(), String> {
    // The decoder's own words ("ChunkType { … }") would not help anyone here.
    let (width, height) = dimensions(photo.bytes(), photo.format()).map_err(|_| {
        format!(
            "the persona's photo is not a readable {} image; choose the photo again in the \
             persona panel",
            format_name(photo.format())
        )
    })?;
    if width == 0 || height == 0 || width > MAX_STORED_SIDE || height > MAX_STORED_SIDE {
        return Err(format!(
            "the persona's photo is {width} × {height} pixels; a stored photo may be at most \
             {MAX_STORED_SIDE} pixels on each side (choose it again in the persona panel, which \
             makes it smaller)"
        ));
    }
    Ok(())
}

/// Decodes a stored photo, crops it to its centre square and scales that to
/// `side` pixels (never up): what a round avatar shows.
///
/// # Errors
/// The photo cannot be decoded or is larger than [`MAX_STORED_SIDE`].
pub fn decode_square(photo: &Photo, side: u32) -> Result<RgbaImage, image::ImageError> {
    let stored_pixels = u64::from(MAX_STORED_SIDE) * u64::from(MAX_STORED_SIDE);
    let image = decode_limited(
        photo.bytes(),
        photo.format(),
        MAX_STORED_SIDE,
        stored_pixels,
    )?;
    let (width, height) = (image.width(), image.height());
    let square = width.min(height);
    let cropped = image.crop_imm((width - square) / 2, (height - square) / 2, square, square);
    let side = side.clamp(1, square.max(1));
    Ok(if side == square {
        cropped.into_rgba8()
    } else {
        cropped
            .resize_exact(side, side, FilterType::CatmullRom)
            .into_rgba8()
    })
}

fn format_name(format: PhotoFormat) -> &'static str {
    match format {
        PhotoFormat::Png => "PNG",
        PhotoFormat::Jpeg => "JPEG",
    }
}

/// Reads a regular file of at most [`MAX_IMPORT_BYTES`], checking the size
/// before reading (and again while reading: the file may grow meanwhile).
fn read_limited(path: &Path) -> Result<Vec<u8>, PhotoError> {
    let io_error = |source| PhotoError::Io {
        path: path.to_path_buf(),
        source,
    };
    let metadata = std::fs::metadata(path).map_err(io_error)?;
    if !metadata.is_file() {
        return Err(PhotoError::NotAFile {
            path: path.to_path_buf(),
        });
    }
    let too_large = |size| PhotoError::TooManyBytes {
        path: path.to_path_buf(),
        size,
    };
    if metadata.len() > MAX_IMPORT_BYTES {
        return Err(too_large(metadata.len()));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|file| file.take(MAX_IMPORT_BYTES + 1).read_to_end(&mut bytes))
        .map_err(io_error)?;
    if bytes.len() as u64 > MAX_IMPORT_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

fn reader(bytes: &[u8], format: PhotoFormat) -> ImageReader<Cursor<&[u8]>> {
    let mut reader = ImageReader::new(Cursor::new(bytes));
    reader.set_format(match format {
        PhotoFormat::Png => image::ImageFormat::Png,
        PhotoFormat::Jpeg => image::ImageFormat::Jpeg,
    });
    reader
}

/// Width and height from the header alone.
fn dimensions(bytes: &[u8], format: PhotoFormat) -> image::ImageResult<(u32, u32)> {
    let mut reader = reader(bytes, format);
    // Reading a header allocates next to nothing; a small cap keeps it so.
    let mut limits = Limits::default();
    limits.max_alloc = Some(16 * 1024 * 1024);
    reader.limits(limits);
    reader.into_dimensions()
}

/// Decodes under limits on each side and on memory, and turns the picture
/// upright as its EXIF orientation says (phones store portraits sideways).
fn decode_limited(
    bytes: &[u8],
    format: PhotoFormat,
    max_side: u32,
    max_pixels: u64,
) -> image::ImageResult<DynamicImage> {
    let mut reader = reader(bytes, format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(max_side);
    limits.max_image_height = Some(max_side);
    // RGBA8 output plus the decoder's own buffers.
    limits.max_alloc = Some(max_pixels * 4 + 64 * 1024 * 1024);
    reader.limits(limits.clone());
    let mut decoder = reader.into_decoder()?;
    let (width, height) = decoder.dimensions();
    if u64::from(width) * u64::from(height) > max_pixels {
        return Err(image::ImageError::Limits(
            image::error::LimitError::from_kind(image::error::LimitErrorKind::DimensionError),
        ));
    }
    let orientation = decoder.orientation()?;
    let mut image = DynamicImage::from_decoder(decoder)?;
    image.apply_orientation(orientation);
    Ok(image)
}

/// Scales `image` so its longer side is at most `max_side`: first a quick
/// area average to twice the target (cheap on a 50-megapixel photo), then
/// Lanczos for a sharp result.
fn downscale(image: &DynamicImage, max_side: u32) -> DynamicImage {
    let longer = image.width().max(image.height());
    if longer <= max_side {
        return image.clone();
    }
    let coarse = if longer > 2 * max_side {
        image.thumbnail(2 * max_side, 2 * max_side)
    } else {
        image.clone()
    };
    let scale = f64::from(max_side) / f64::from(coarse.width().max(coarse.height()));
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "at most max_side"
    )]
    let size = |side: u32| ((f64::from(side) * scale).round() as u32).max(1);
    coarse.resize_exact(
        size(coarse.width()),
        size(coarse.height()),
        FilterType::Lanczos3,
    )
}

/// JPEG for opaque pictures (small), PNG when any pixel is transparent.
fn encode_for_document(image: &DynamicImage) -> image::ImageResult<Photo> {
    let rgba = image.to_rgba8();
    let opaque = rgba.pixels().all(|pixel| pixel.0[3] == u8::MAX);
    let mut bytes = Vec::new();
    if opaque {
        let rgb = DynamicImage::ImageRgba8(rgba).into_rgb8();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, JPEG_QUALITY)
            .encode_image(&rgb)?;
    } else {
        rgba.write_with_encoder(image::codecs::png::PngEncoder::new(&mut bytes))?;
    }
    // Both encoders write their signature, so this cannot fail; say so anyway.
    Photo::from_bytes(bytes).ok_or_else(|| {
        image::ImageError::Encoding(image::error::EncodingError::new(
            image::error::ImageFormatHint::Unknown,
            "the encoder wrote no PNG or JPEG signature",
        ))
    })
}

#[cfg(test)]
mod tests;
