//! SVG output: the drawing's shapes as vector elements, every one the PNG
//! draws, and its text either as real, selectable `<text>` glyph for glyph
//! where egui placed it, with subsets of the shipped fonts embedded
//! (`fonts.rs`), or as the glyphs' outlines (`outline.rs`).

mod attr;
mod fonts;
mod lines;
mod outline;
mod shapes;
mod text;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use egui::epaint::{CircleShape, ClippedShape};
use egui::{Pos2, Rect, Shape, Stroke};

use super::Drawing;
use attr::{clip_attr, num};
use shapes::Corners;

/// How the SVG writes text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TextMode {
    /// `<text>` in embedded font subsets: selectable and searchable.
    #[default]
    Text,
    /// Glyph outlines: the same in every renderer, but no longer text.
    Paths,
}

/// Writes the drawing as an SVG document sized in pixels (1 SVG unit = 1 map point).
pub fn write(drawing: &mut Drawing, mode: TextMode) -> String {
    drawing.output.textures_delta.clear();
    let ppp = drawing.pixels_per_point;
    #[expect(clippy::cast_precision_loss, reason = "pixel counts are small")]
    let (width, height) = (
        drawing.size_px[0] as f32 / ppp,
        drawing.size_px[1] as f32 / ppp,
    );
    let mut svg = Svg {
        ctx: drawing.ctx.clone(),
        pixels_per_point: ppp,
        text_as_paths: mode == TextMode::Paths,
        ..Svg::default()
    };
    let full = Rect::from_min_size(Pos2::ZERO, egui::vec2(width, height));
    if drawing.clear.a() > 0 {
        svg.rect_element(full, Corners::ZERO, drawing.clear, Stroke::NONE, None, "");
    }
    for ClippedShape {
        clip_rect, shape, ..
    } in &drawing.output.shapes
    {
        let clip = (!clip_rect.contains_rect(full)).then(|| svg.clip_id(*clip_rect));
        svg.shape(shape, clip.as_deref());
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xml:space=\"preserve\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\">",
        drawing.size_px[0],
        drawing.size_px[1],
        num(width),
        num(height)
    );
    if !svg.text_as_paths {
        out.push_str(&svg.fonts.style());
    }
    if !svg.clips.is_empty() || !svg.outlines.defs.is_empty() {
        out.push_str("<defs>\n");
        for (id, rect) in svg.clips.values() {
            let _ = writeln!(
                out,
                "<clipPath id=\"{id}\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/></clipPath>",
                num(rect.min.x),
                num(rect.min.y),
                num(rect.width()),
                num(rect.height())
            );
        }
        out.push_str(&svg.outlines.defs);
        out.push_str("</defs>\n");
    }
    out.push_str(&svg.body);
    out.push_str("</svg>\n");
    out
}

#[derive(Default)]
struct Svg {
    body: String,
    /// Clip rects by their bits, so equal rects share one `<clipPath>`.
    clips: BTreeMap<[u32; 4], (String, Rect)>,
    /// The context that drew the shapes: it knows which texture shows which
    /// persona photo, and which font drew which glyph.
    ctx: egui::Context,
    /// Pixels per point of the picture, to put text on pixels as the PNG does.
    pixels_per_point: f32,
    /// Round photos written so far (each has its own circular clip).
    photos: usize,
    /// The fonts the text was drawn with, and the characters of each.
    fonts: fonts::UsedFonts,
    /// Write text as glyph outlines rather than `<text>`.
    text_as_paths: bool,
    /// Glyph outlines drawn so far, for text as paths.
    outlines: outline::Outlines,
}

impl Svg {
    fn clip_id(&mut self, rect: Rect) -> String {
        let key = [rect.min.x, rect.min.y, rect.max.x, rect.max.y].map(f32::to_bits);
        let next = self.clips.len();
        self.clips
            .entry(key)
            .or_insert_with(|| (format!("c{next}"), rect))
            .0
            .clone()
    }

    /// One shape, of any kind egui has: nested lists (dashed lines are a
    /// list of segments) are walked; only a backend's paint callback has
    /// nothing to write.
    fn shape(&mut self, shape: &Shape, clip: Option<&str>) {
        match shape {
            Shape::Noop | Shape::Callback(_) => {}
            Shape::Vec(shapes) => {
                for shape in shapes {
                    self.shape(shape, clip);
                }
            }
            Shape::Rect(rect) => self.rect(rect, clip),
            Shape::Circle(CircleShape {
                center,
                radius,
                fill,
                stroke,
            }) => self.circle(*center, *radius, *fill, *stroke, clip),
            Shape::Ellipse(ellipse) => self.ellipse(ellipse, clip),
            Shape::LineSegment { points, stroke } => self.line(*points, *stroke, clip),
            Shape::Path(path) => self.path(path, clip),
            Shape::Band(band) => self.band(band, clip),
            Shape::QuadraticBezier(curve) => self.quadratic(curve, clip),
            Shape::CubicBezier(curve) => self.cubic(curve, clip),
            Shape::Text(text) => self.text(text, clip),
            Shape::Mesh(mesh) => {
                if let Some(photo) = crate::paint::photo_of_texture(&self.ctx, mesh.texture_id) {
                    self.round_photo(&photo, crate::paint::photo_bounds(mesh), clip);
                } else if mesh.texture_id == egui::TextureId::default() {
                    self.plain_mesh(mesh, clip);
                }
            }
        }
    }

    /// A persona photo as the picture file itself, cut to the disc the canvas
    /// draws: `slice` crops the centre square, as the canvas's texture does.
    fn round_photo(&mut self, photo: &crate::model::Photo, bounds: Rect, clip: Option<&str>) {
        let id = format!("photo{}", self.photos);
        self.photos += 1;
        let center = bounds.center();
        let _ = writeln!(
            self.body,
            "<g{}><clipPath id=\"{id}\"><circle cx=\"{}\" cy=\"{}\" r=\"{}\"/></clipPath>\
             <image x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" preserveAspectRatio=\"xMidYMid slice\" \
             clip-path=\"url(#{id})\" href=\"data:{};base64,{}\"/></g>",
            clip_attr(clip),
            num(center.x),
            num(center.y),
            num(bounds.width().min(bounds.height()) / 2.0),
            num(bounds.min.x),
            num(bounds.min.y),
            num(bounds.width()),
            num(bounds.height()),
            photo.format().mime_type(),
            photo.to_base64()
        );
    }
}

#[cfg(test)]
mod tests;
