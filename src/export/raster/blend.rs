//! Blending in fixed point: premultiplied "over", rounded like the GPU.

use std::array::from_fn;

/// 1.0 in `Src`'s 16.16 fixed point of 0..=255.
pub(super) const FIXED_ONE: f32 = 255.0 * 65536.0;

/// A premultiplied source colour in 16.16 fixed point of 0..=255 and `1 - alpha` in 0.16:
/// integer blending vectorizes and avoids slow saturating float casts per pixel.
#[derive(Clone, Copy)]
pub(super) struct Src {
    rgba: [u32; 4],
    keep: u32,
}

impl Src {
    /// Clamps like a unorm render target; bounded inputs also keep `blend` from overflowing.
    #[inline]
    pub(super) fn new(src: [f32; 4]) -> Self {
        Self::from_fixed(from_fn(|i| {
            (src[i].clamp(0.0, 1.0) * FIXED_ONE + 0.5) as u32
        }))
    }

    /// Deriving `keep` from alpha (rounding down) guarantees that blending over an opaque pixel
    /// leaves it exactly opaque.
    #[inline]
    pub(super) fn from_fixed(rgba: [u32; 4]) -> Self {
        Self {
            rgba,
            keep: ((255 << 16) - rgba[3]) / 255,
        }
    }
}

/// Premultiplied "over" (`One, OneMinusSrcAlpha`), rounded to 8 bits per draw like the GPU.
#[inline]
pub(super) fn blend(dst: &mut [u8], src: Src) {
    for (d, c) in dst.iter_mut().zip(src.rgba) {
        *d = ((c + u32::from(*d) * src.keep + 32768) >> 16).min(255) as u8;
    }
}
