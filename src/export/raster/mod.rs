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
// The cast lints fire on nearly every line of pixel maths: allowed once here, for the
// submodules too.
#![expect(
    clippy::cast_possible_truncation,
    clippy::cast_possible_wrap,
    clippy::cast_precision_loss,
    clippy::cast_sign_loss,
    reason = "pixel maths casts between float and integer everywhere; each cast is range-checked \
              or relies on Rust's saturating float-to-int conversion"
)]

mod blend;
mod texture;
mod triangle;

use std::num::NonZeroUsize;
use std::sync::Mutex;

use egui::epaint::Primitive;
use egui::{ClippedPrimitive, Color32, Context, FullOutput};
use image::RgbaImage;

pub use texture::TextureStore;
use triangle::Tri;

/// Rows per unit of work: small enough that text-heavy strips spread over all cores.
const BAND_ROWS: usize = 32;

/// `f32::floor` without the libm call it costs on baseline x86-64; exact for |v| < 2^31.
/// (`#[inline]`: the pixel loops in the submodules call it.)
#[inline]
fn floor(v: f32) -> i64 {
    let t = v as i64;
    t - i64::from(t as f32 > v)
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
            textures.get(mesh.texture_id),
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
    tris: &[Tri<'_>],
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
