//! The CPU copies of egui's textures and how a pixel samples them.

use std::array::from_fn;
use std::collections::HashMap;
use std::sync::Arc;

use egui::{
    ColorImage, ImageData, TextureFilter, TextureId, TextureOptions, TextureWrapMode, TexturesDelta,
};

use super::floor;

/// One texture's pixels and how it is sampled.
pub(super) struct Texture {
    pub(super) image: Arc<ColorImage>,
    options: TextureOptions,
}

impl Texture {
    #[inline]
    fn wrap(&self, c: i64, n: usize) -> usize {
        let n = n as i64;
        (match self.options.wrap_mode {
            TextureWrapMode::ClampToEdge => c.clamp(0, n - 1),
            TextureWrapMode::Repeat => c.rem_euclid(n),
            TextureWrapMode::MirroredRepeat => {
                let p = c.rem_euclid(2 * n);
                p.min(2 * n - 1 - p)
            }
        }) as usize
    }

    /// Samples at `st`, in texel units shifted by -0.5 (texel centres are integers), giving
    /// 0..=255 channels. This is egui-wgpu's predictable filtering: it looks at magnification only.
    /// (Array `map` stays out of this hot path: it does not always inline.)
    #[inline]
    pub(super) fn sample(&self, st: [f32; 2]) -> [f32; 4] {
        let (width, height) = (self.image.size[0], self.image.size[1]);
        let texel = |col: usize, row: usize| -> [f32; 4] {
            let px = self.image.pixels[row * width + col];
            [
                f32::from(px.r()),
                f32::from(px.g()),
                f32::from(px.b()),
                f32::from(px.a()),
            ]
        };
        let (s, t) = (st[0].clamp(-1e9, 1e9), st[1].clamp(-1e9, 1e9));
        if self.options.magnification == TextureFilter::Nearest {
            return texel(
                self.wrap(floor(s + 0.5), width),
                self.wrap(floor(t + 0.5), height),
            );
        }
        let (x, y) = (floor(s), floor(t));
        let (fx, fy) = (s - x as f32, t - y as f32);
        let (x0, x1) = (self.wrap(x, width), self.wrap(x + 1, width));
        let (y0, y1) = (self.wrap(y, height), self.wrap(y + 1, height));
        let mix =
            |lo: [f32; 4], hi: [f32; 4], frac: f32| from_fn(|i| lo[i] + (hi[i] - lo[i]) * frac);
        mix(
            mix(texel(x0, y0), texel(x1, y0), fx),
            mix(texel(x0, y1), texel(x1, y1), fx),
            fy,
        )
    }
}

/// CPU copies of egui's textures (premultiplied sRGB [`Color32`]), kept in sync via
/// [`TexturesDelta`]s exactly like a GPU painter keeps its texture table.
#[derive(Default)]
pub struct TextureStore {
    textures: HashMap<TextureId, Texture>,
}

impl TextureStore {
    /// Applies all `set`s (whole or partial), then all `free`s, as egui's painters do.
    ///
    /// Malformed input never panics: partial updates are clipped to the texture, updates of
    /// unknown textures and images whose pixel count mismatches their size are ignored.
    pub fn apply(&mut self, delta: &TexturesDelta) {
        self.set(delta);
        self.free(delta);
    }

    /// Number of textures held.
    #[must_use]
    pub fn len(&self) -> usize {
        self.textures.len()
    }

    /// Whether no texture is held.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.textures.is_empty()
    }

    /// The texture `id`, if it is held.
    pub(super) fn get(&self, id: TextureId) -> Option<&Texture> {
        self.textures.get(&id)
    }

    #[expect(
        clippy::iter_over_hash_type,
        reason = "each texture is updated on its own, so the order across textures changes nothing"
    )]
    pub(super) fn set(&mut self, delta: &TexturesDelta) {
        for (id, deltas) in &delta.set {
            for d in deltas {
                let ImageData::Color(img) = &d.image;
                let [w, h] = img.size;
                if w.checked_mul(h) != Some(img.pixels.len()) {
                    continue;
                }
                match d.pos {
                    // A zero-sized texture cannot be sampled; treat it like a missing one.
                    None if w == 0 || h == 0 => {
                        self.textures.remove(id);
                    }
                    None => {
                        let tex = Texture {
                            image: Arc::clone(img),
                            options: d.options,
                        };
                        self.textures.insert(*id, tex);
                    }
                    Some([x, y]) => {
                        let Some(tex) = self.textures.get_mut(id) else {
                            continue;
                        };
                        let dst = Arc::make_mut(&mut tex.image);
                        let [dw, dh] = dst.size;
                        let (cw, ch) = (w.min(dw.saturating_sub(x)), h.min(dh.saturating_sub(y)));
                        for row in 0..ch {
                            let at = (y + row) * dw + x;
                            dst.pixels[at..at + cw]
                                .copy_from_slice(&img.pixels[row * w..row * w + cw]);
                        }
                    }
                }
            }
        }
    }

    #[expect(
        clippy::iter_over_hash_type,
        reason = "removing textures in any order leaves the same set"
    )]
    pub(super) fn free(&mut self, delta: &TexturesDelta) {
        for id in &delta.free {
            self.textures.remove(id);
        }
    }
}
