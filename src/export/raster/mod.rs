//! Deterministic CPU rasterizer for egui's tessellated meshes, for headless PNG export and as the
//! renderer behind `egui_kittest` snapshots.
//!
//! It mirrors egui-wgpu with `RendererOptions::PREDICTABLE`: premultiplied sRGB colours blended in
//! gamma space (`One, OneMinusSrcAlpha`), manual bilinear filtering between texel centres, and
//! scissor rects rounded to whole pixels. Coverage uses exact fixed-point edge functions (8
//! sub-pixel bits, like GPUs) with the top-left fill rule, so shared edges never gap or blend
//! twice, and every pixel depends only on its own position: the band split and the thread count
//! cannot change a single byte.
#![forbid(unsafe_code)]
// Pixel maths hops between float and integer domains everywhere; each cast is either range-checked
// beforehand or relies on Rust's saturating float-to-int conversion.
#![allow(
    clippy::cast_possible_truncation,
    clippy::cast_possible_wrap,
    clippy::cast_precision_loss,
    clippy::cast_sign_loss
)]

use std::array::from_fn;
use std::cmp::Ordering;
use std::collections::HashMap;
use std::num::NonZeroUsize;
use std::sync::{Arc, Mutex};

use egui::epaint::{Primitive, Vertex};
use egui::{
    ClippedPrimitive, Color32, ColorImage, Context, FullOutput, ImageData, TextureFilter,
    TextureId, TextureOptions, TextureWrapMode, TexturesDelta,
};
use image::RgbaImage;

/// Sub-pixel steps per pixel; 8 bits matches common GPU rasterizers.
const SUB: i64 = 256;
/// Coordinates (in pixels) beyond which the i64 edge functions could overflow.
const MAX_COORD: f32 = 2_000_000.0;
/// Rows per unit of work: small enough that text-heavy strips spread over all cores.
const BAND_ROWS: usize = 32;

struct Texture {
    image: Arc<ColorImage>,
    options: TextureOptions,
}

impl Texture {
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
    fn sample(&self, st: [f32; 2]) -> [f32; 4] {
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

    fn set(&mut self, delta: &TexturesDelta) {
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

    fn free(&mut self, delta: &TexturesDelta) {
        for id in &delta.free {
            self.textures.remove(id);
        }
    }
}

/// How a triangle's pixels get their colour; chosen once so the pixel loops stay branch-free.
#[derive(Clone, Copy)]
enum Kind {
    /// Constant opaque colour: plain stores.
    Fill([u8; 4]),
    /// Constant translucent colour.
    Flat(Src),
    /// Interpolated colour with the (constant) texel folded in.
    Gouraud,
    /// Interpolated colour times a per-pixel texture sample.
    Textured,
}

/// A triangle set up once, then drawn by every band it touches.
struct Tri<'a> {
    tex: &'a Texture,
    kind: Kind,
    /// Edge `k` lies opposite vertex `k`, so `e / area` is vertex `k`'s barycentric weight:
    /// `e0` is its value at pixel (0, 0)'s centre, `ex`/`ey` its change per pixel step. `e0` is
    /// 1 lower on edges that must not own centres lying exactly on them (top-left rule), which
    /// skews barycentrics by a negligible `1 / area`.
    e0: [i64; 3],
    ex: [i64; 3],
    ey: [i64; 3],
    /// Pixel bounds `[x0, y0, x1, y1)`, within the scissor.
    bbox: [i64; 4],
    inv_area: f32,
    /// Vertex 0's `[r, g, b, a, s, t]`, the changes towards vertices 1 and 2, and the change
    /// per pixel step in x.
    attrs: [[f32; 6]; 4],
}

impl<'a> Tri<'a> {
    fn new(verts: [&Vertex; 3], tex: &'a Texture, clip: [i64; 4], ppp: f32) -> Option<Self> {
        let mut pts = [[0_i64; 2]; 3];
        for (pt, vert) in pts.iter_mut().zip(verts) {
            let pos = vert.pos * ppp;
            // Also rejects NaN.
            if !(pos.x.abs() <= MAX_COORD && pos.y.abs() <= MAX_COORD) {
                return None;
            }
            *pt = [pos.x, pos.y].map(|c| floor(c * SUB as f32 + 0.5));
        }
        let cross = |[a, b, c]: [[i64; 2]; 3]| {
            (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
        };
        // egui emits both windings; normalise so that inside means all edge values >= 0.
        let order = match cross(pts).cmp(&0) {
            Ordering::Equal => return None,
            Ordering::Greater => [0, 1, 2],
            Ordering::Less => [0, 2, 1],
        };
        let (pts, verts) = (order.map(|i| pts[i]), order.map(|i| verts[i]));
        // Candidates are the pixels whose centre (i * SUB + SUB / 2) lies within the vertices.
        let bbox: [i64; 4] = from_fn(|i| {
            let coords = pts.iter().map(|p| p[i % 2]);
            if i < 2 {
                (-(SUB / 2 - coords.min().unwrap_or(0)).div_euclid(SUB)).max(clip[i])
            } else {
                ((coords.max().unwrap_or(0) - SUB / 2).div_euclid(SUB) + 1).min(clip[i])
            }
        });
        if bbox[0] >= bbox[2] || bbox[1] >= bbox[3] {
            return None;
        }
        let (mut e0, mut ex, mut ey) = ([0; 3], [0; 3], [0; 3]);
        for k in 0..3 {
            let (a, b) = (pts[(k + 1) % 3], pts[(k + 2) % 3]);
            let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
            // With y pointing down and this winding, top edges run +x and left edges run -y.
            let top_left = dy < 0 || (dy == 0 && dx > 0);
            e0[k] = dx * (SUB / 2 - a[1]) - dy * (SUB / 2 - a[0]) - i64::from(!top_left);
            (ex[k], ey[k]) = (-dy * SUB, dx * SUB);
        }
        let [tw, th] = tex.image.size.map(|n| n as f32);
        let attr = |vert: &Vertex| {
            let c = vert.color.to_array().map(|c| f32::from(c) / 255.0);
            [
                c[0],
                c[1],
                c[2],
                c[3],
                vert.uv.x * tw - 0.5,
                vert.uv.y * th - 0.5,
            ]
        };
        let [a0, a1, a2] = verts.map(attr);
        let mut attrs = [
            a0,
            from_fn(|i| a1[i] - a0[i]),
            from_fn(|i| a2[i] - a0[i]),
            [0.0; 6],
        ];
        // Bitwise, since `Pos2`'s `==` debug-asserts on NaN.
        let uv_bits = verts.map(|v| [v.uv.x.to_bits(), v.uv.y.to_bits()]);
        let kind = if uv_bits[0] == uv_bits[1] && uv_bits[1] == uv_bits[2] {
            // A constant texel folds into the colours: nothing to sample per pixel.
            let texel = tex.sample([a0[4], a0[5]]);
            for (i, t) in texel.iter().enumerate() {
                attrs[..3].iter_mut().for_each(|a| a[i] *= t / 255.0);
            }
            let src = from_fn(|i| attrs[0][i]);
            if verts[0].color != verts[1].color || verts[1].color != verts[2].color {
                Kind::Gouraud
            } else if src.iter().all(|&c| c <= 0.0) {
                return None;
            } else if src[3] >= 1.0 {
                Kind::Fill(src.map(|c| (c * 255.0 + 0.5) as u8))
            } else {
                Kind::Flat(Src::new(src))
            }
        } else {
            Kind::Textured
        };
        let inv_area = 1.0 / cross(pts) as f32;
        let (s1, s2) = (ex[1] as f32 * inv_area, ex[2] as f32 * inv_area);
        attrs[3] = from_fn(|i| attrs[1][i] * s1 + attrs[2][i] * s2);
        Some(Self {
            tex,
            kind,
            e0,
            ex,
            ey,
            bbox,
            inv_area,
            attrs,
        })
    }

    /// The covered pixel columns `[lo, hi)` of row `y`, solved exactly per edge.
    fn span(&self, y: i64) -> Option<(i64, i64)> {
        let (mut lo, mut hi) = (self.bbox[0], self.bbox[2]);
        for k in 0..3 {
            let (c, a) = (self.e0[k] + self.ey[k] * y, self.ex[k]);
            // Most edges don't cut the columns still in play: skip the division then.
            if c + a * lo >= 0 && c + a * (hi - 1) >= 0 {
                continue;
            }
            match a.cmp(&0) {
                Ordering::Greater => lo = -c.div_euclid(a),
                Ordering::Less => hi = c.div_euclid(-a) + 1,
                Ordering::Equal => return None,
            }
            if lo >= hi {
                return None;
            }
        }
        Some((lo, hi))
    }

    fn draw_span(&self, row: &mut [u8], x: i64, y: i64) {
        match self.kind {
            Kind::Fill(rgba) => row
                .chunks_exact_mut(4)
                .for_each(|px| px.copy_from_slice(&rgba)),
            Kind::Flat(src) => row.chunks_exact_mut(4).for_each(|px| blend(px, src)),
            Kind::Gouraud => self.shade::<false>(row, x, y),
            Kind::Textured => self.shade::<true>(row, x, y),
        }
    }

    /// Attributes are evaluated exactly at the span's first pixel and then stepped; that start
    /// depends only on the row, so bands still cannot change results.
    fn shade<const SAMPLE: bool>(&self, row: &mut [u8], x: i64, y: i64) {
        let [a0, d1, d2, step] = &self.attrs;
        let bary = |k: usize| (self.e0[k] + self.ex[k] * x + self.ey[k] * y) as f32 * self.inv_area;
        let (l1, l2) = (bary(1), bary(2));
        let mut at: [f32; 6] = from_fn(|i| a0[i] + l1 * d1[i] + l2 * d2[i]);
        if SAMPLE {
            for px in row.chunks_exact_mut(4) {
                let texel = self.tex.sample([at[4], at[5]]);
                blend(px, Src::new(from_fn(|i| at[i] * texel[i] * (1.0 / 255.0))));
                at = from_fn(|i| at[i] + step[i]);
            }
            return;
        }
        // Integer stepping in `Src`'s fixed point: no float casts per pixel. Wrapping can only
        // happen past a span's end, as two pixel centres inside a triangle bound its gradient.
        let fix = |v: &[f32; 6]| -> [i32; 4] { from_fn(|i| floor(v[i] * FIXED_ONE + 0.5) as i32) };
        let (mut c, dc) = (fix(&at), fix(step));
        for px in row.chunks_exact_mut(4) {
            blend(
                px,
                Src::from_fixed(from_fn(|i| c[i].clamp(0, 255 << 16) as u32)),
            );
            c = from_fn(|i| c[i].wrapping_add(dc[i]));
        }
    }
}

/// `f32::floor` without the libm call it costs on baseline x86-64; exact for |v| < 2^31.
fn floor(v: f32) -> i64 {
    let t = v as i64;
    t - i64::from(t as f32 > v)
}

/// 1.0 in `Src`'s 16.16 fixed point of 0..=255.
const FIXED_ONE: f32 = 255.0 * 65536.0;

/// A premultiplied source colour in 16.16 fixed point of 0..=255 and `1 - alpha` in 0.16:
/// integer blending vectorizes and avoids slow saturating float casts per pixel.
#[derive(Clone, Copy)]
struct Src {
    rgba: [u32; 4],
    keep: u32,
}

impl Src {
    /// Clamps like a unorm render target; bounded inputs also keep `blend` from overflowing.
    fn new(src: [f32; 4]) -> Self {
        Self::from_fixed(from_fn(|i| {
            (src[i].clamp(0.0, 1.0) * FIXED_ONE + 0.5) as u32
        }))
    }

    /// Deriving `keep` from alpha (rounding down) guarantees that blending over an opaque pixel
    /// leaves it exactly opaque.
    fn from_fixed(rgba: [u32; 4]) -> Self {
        Self {
            rgba,
            keep: ((255 << 16) - rgba[3]) / 255,
        }
    }
}

/// Premultiplied "over" (`One, OneMinusSrcAlpha`), rounded to 8 bits per draw like the GPU.
fn blend(dst: &mut [u8], src: Src) {
    for (d, c) in dst.iter_mut().zip(src.rgba) {
        *d = ((c + u32::from(*d) * src.keep + 32768) >> 16).min(255) as u8;
    }
}

/// egui-wgpu's `ScissorRect::new`: round each edge to whole pixels, then clamp to the target.
fn scissor(r: egui::Rect, ppp: f32, [w, h]: [u32; 2]) -> Option<[i64; 4]> {
    let px = |v: f32, max: u32| i64::from(((v * ppp).round() as u32).min(max));
    let (x0, y0) = (px(r.min.x, w), px(r.min.y, h));
    let (x1, y1) = (px(r.max.x, w).max(x0), px(r.max.y, h).max(y0));
    (x1 > x0 && y1 > y0).then_some([x0, y0, x1, y1])
}

fn setup<'a>(
    primitives: &[ClippedPrimitive],
    textures: &'a TextureStore,
    size: [u32; 2],
    ppp: f32,
) -> Vec<Tri<'a>> {
    let mut tris = Vec::new();
    for prim in primitives {
        // Paint callbacks need a GPU; like a missing texture, they are skipped.
        let Primitive::Mesh(mesh) = &prim.primitive else {
            continue;
        };
        let (Some(tex), Some(clip)) = (
            textures.textures.get(&mesh.texture_id),
            scissor(prim.clip_rect, ppp, size),
        ) else {
            continue;
        };
        for idx in mesh.indices.chunks_exact(3) {
            let v = [0, 1, 2].map(|i| mesh.vertices.get(idx[i] as usize));
            if let [Some(a), Some(b), Some(c)] = v {
                tris.extend(Tri::new([a, b, c], tex, clip, ppp));
            }
        }
    }
    tris
}

/// Rasterizes tessellated egui output (positions in points) into a `size_px` image.
///
/// `background` is premultiplied and may be transparent; the returned image has straight
/// (un-premultiplied) alpha, as PNG expects. Meshes whose texture is unknown and paint callbacks
/// are skipped. Runs on all cores, in bands of rows that each compute every one of their pixels
/// from scratch, so the bytes never depend on the number of cores or on the band split.
#[must_use]
pub fn rasterize(
    primitives: &[ClippedPrimitive],
    textures: &TextureStore,
    size_px: [u32; 2],
    pixels_per_point: f32,
    background: Color32,
) -> RgbaImage {
    let mut image = RgbaImage::new(size_px[0], size_px[1]);
    let width = size_px[0] as usize;
    if image.is_empty() {
        return image;
    }
    let tris = setup(primitives, textures, size_px, pixels_per_point);
    // Bin once so that each band only walks its own triangles, still in paint order.
    let mut bins = vec![Vec::new(); (size_px[1] as usize).div_ceil(BAND_ROWS)];
    for (i, tri) in tris.iter().enumerate() {
        let rows = tri.bbox[1] as usize..tri.bbox[3] as usize;
        bins[rows.start / BAND_ROWS..=(rows.end - 1) / BAND_ROWS]
            .iter_mut()
            .for_each(|b| b.push(i));
    }
    let bands = image.chunks_mut(BAND_ROWS * width * 4);
    let work = Mutex::new(bands.zip(&bins).enumerate());
    let threads = std::thread::available_parallelism().map_or(1, NonZeroUsize::get);
    std::thread::scope(|s| {
        for _ in 0..threads.min(bins.len()) {
            s.spawn(|| {
                while let Some((band, (rows, bin))) = work.lock().ok().and_then(|mut w| w.next()) {
                    draw_band(&tris, bin, rows, [band * BAND_ROWS, width], background);
                }
            });
        }
    });
    image
}

fn draw_band(
    tris: &[Tri],
    bin: &[usize],
    rows: &mut [u8],
    [top, width]: [usize; 2],
    background: Color32,
) {
    // Clearing here rather than up front touches each band's memory once, on its own core.
    let bg = background.to_array();
    rows.chunks_exact_mut(4)
        .for_each(|p| p.copy_from_slice(&bg));
    let (top, bottom) = (top as i64, (top + rows.len() / (width * 4)) as i64);
    for tri in bin.iter().map(|&i| &tris[i]) {
        for y in tri.bbox[1].max(top)..tri.bbox[3].min(bottom) {
            if let Some((lo, hi)) = tri.span(y) {
                let start = (y - top) as usize * width;
                let row = &mut rows[(start + lo as usize) * 4..(start + hi as usize) * 4];
                tri.draw_span(row, lo, y);
            }
        }
    }
    // Blending over opaque never lowers alpha below 255, so only translucent ones need this.
    if bg[3] == 255 {
        return;
    }
    for p in rows.chunks_exact_mut(4) {
        let a = u32::from(p[3]);
        if a < 255 {
            // Round to nearest; with alpha 0 no colour survives un-premultiplying.
            for c in &mut p[..3] {
                *c = (u32::from(*c) * 255 + a / 2)
                    .checked_div(a)
                    .map_or(0, |v| v.min(255) as u8);
            }
        }
    }
}

/// Renders one egui frame: applies its texture delta, tessellates its shapes at its own
/// `pixels_per_point` and rasterizes them into a `size_px` image.
///
/// Textures freed by this frame are dropped only after painting, as GPU painters do. The delta
/// is cleared afterwards because egui 0.37 debug-asserts when a non-empty one is dropped.
#[must_use]
pub fn render_to_image(
    ctx: &Context,
    mut output: FullOutput,
    textures: &mut TextureStore,
    size_px: [u32; 2],
    background: Color32,
) -> RgbaImage {
    textures.set(&output.textures_delta);
    let ppp = output.pixels_per_point;
    let primitives = ctx.tessellate(std::mem::take(&mut output.shapes), ppp);
    let image = rasterize(&primitives, textures, size_px, ppp, background);
    textures.free(&output.textures_delta);
    output.textures_delta.clear();
    image
}

#[cfg(test)]
mod tests;
