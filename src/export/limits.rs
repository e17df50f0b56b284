//! Every limit of an export in one place, so the command line, the export
//! dialog and the renderer accept the same sizes and name the same numbers.

use std::ops::RangeInclusive;

/// Map points per inch: one map point is 1/96 inch, as on screens, so a
/// print resolution of 96 DPI is scale 1.
pub const POINTS_PER_INCH: f32 = 96.0;

/// Pixels per map point an export may use.
pub const SCALE: RangeInclusive<f32> = 0.25..=8.0;

/// The part of [`SCALE`] the dialog's slider offers: the sizes people pick
/// for screens and slides. The command line accepts all of [`SCALE`].
pub const DIALOG_SCALE: RangeInclusive<f32> = 1.0..=4.0;

/// Width of the picture in pixels, when the size is chosen by width.
pub const WIDTH: RangeInclusive<u32> = 100..=30_000;

/// Print resolution in dots per inch. Below 72 a print is too coarse to read;
/// above 1200 no printer resolves more and the picture only grows.
pub const DPI: RangeInclusive<f32> = 72.0..=1200.0;

/// The largest picture we make: 100 megapixels (400 MB of pixels in memory).
/// A 40-phase map at 4× would be several times this; such exports are refused
/// with this number rather than exhausting memory.
pub const MAX_PIXELS: u64 = 100_000_000;

/// [`MAX_PIXELS`] in megapixels, as messages name it.
pub const MAX_MEGAPIXELS: u64 = MAX_PIXELS / 1_000_000;

/// The slide sizes offered, in pixels: 16:9 at Full HD and 4K, and 4:3 at
/// a projector's 1024 × 768 and twice that.
pub const SLIDES: [(u32, u32); 4] = [(1920, 1080), (3840, 2160), (1024, 768), (2048, 1536)];

/// The smallest card text a slide series may be asked for, in pixels: below
/// 6 px no slide is readable; above 200 px one card fills a 4K slide.
pub const MIN_TEXT: RangeInclusive<f32> = 6.0..=200.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dialog_offers_only_scales_the_export_accepts() {
        assert!(SCALE.contains(DIALOG_SCALE.start()) && SCALE.contains(DIALOG_SCALE.end()));
    }

    #[test]
    fn every_slide_fits_under_the_pixel_cap() {
        for (width, height) in SLIDES {
            assert!(u64::from(width) * u64::from(height) <= MAX_PIXELS);
        }
    }
}
