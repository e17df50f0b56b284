//! One triangle: set up once (fixed-point edge functions, top-left rule, colour
//! and texture attributes), then filled span by span in any band it touches.

use std::array::from_fn;
use std::cmp::Ordering;

use egui::epaint::Vertex;

use super::blend::{FIXED_ONE, Src, blend};
use super::floor;
use super::texture::Texture;

/// Sub-pixel steps per pixel; 8 bits matches common GPU rasterizers.
const SUB: i64 = 256;
/// Coordinates (in pixels) beyond which the i64 edge functions could overflow.
const MAX_COORD: f32 = 2_000_000.0;

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
pub(super) struct Tri<'a> {
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
    pub(super) bbox: [i64; 4],
    inv_area: f32,
    /// Vertex 0's `[r, g, b, a, s, t]`, the changes towards vertices 1 and 2, and the change
    /// per pixel step in x.
    attrs: [[f32; 6]; 4],
}

impl<'a> Tri<'a> {
    pub(super) fn new(
        verts: [&Vertex; 3],
        tex: &'a Texture,
        clip: [i64; 4],
        ppp: f32,
    ) -> Option<Self> {
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
    pub(super) fn span(&self, y: i64) -> Option<(i64, i64)> {
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

    pub(super) fn draw_span(&self, row: &mut [u8], x: i64, y: i64) {
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
