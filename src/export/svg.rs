//! SVG output: the drawing's shapes as vector elements and its text as real,
//! selectable `<text>`, glyph for glyph where egui placed it.
//!
//! Text references the shipped fonts by family name ("Inter", "Noto Emoji");
//! they are not embedded (resvg ignores embedded web fonts), so the viewer
//! needs them installed, or `resvg --use-fonts-dir assets/fonts`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use egui::epaint::{ClippedShape, ColorMode, CornerRadius, PathShape, RectShape, TextShape};
use egui::{Color32, FontFamily, Pos2, Rect, Shape, Stroke};

use super::Drawing;
use crate::theme::fonts::SEMIBOLD;

/// Writes the drawing as an SVG document sized in pixels (1 SVG unit = 1 map point).
pub fn write(drawing: &mut Drawing) -> String {
    drawing.output.textures_delta.clear();
    let ppp = drawing.pixels_per_point;
    #[expect(clippy::cast_precision_loss, reason = "pixel counts are small")]
    let (width, height) = (
        drawing.size_px[0] as f32 / ppp,
        drawing.size_px[1] as f32 / ppp,
    );
    let mut svg = Svg {
        ctx: drawing.ctx.clone(),
        ..Svg::default()
    };
    let full = Rect::from_min_size(Pos2::ZERO, egui::vec2(width, height));
    if drawing.clear.a() > 0 {
        svg.rect_element(full, CornerRadius::ZERO, drawing.clear, Stroke::NONE, None);
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
    if !svg.clips.is_empty() {
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
    /// persona photo.
    ctx: egui::Context,
    /// Round photos written so far (each has its own circular clip).
    photos: usize,
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

    fn shape(&mut self, shape: &Shape, clip: Option<&str>) {
        match shape {
            Shape::Vec(shapes) => {
                for shape in shapes {
                    self.shape(shape, clip);
                }
            }
            Shape::Rect(RectShape {
                rect,
                corner_radius,
                fill,
                stroke,
                ..
            }) => self.rect_element(*rect, *corner_radius, *fill, *stroke, clip),
            Shape::Circle(circle) => {
                let _ = writeln!(
                    self.body,
                    "<circle cx=\"{}\" cy=\"{}\" r=\"{}\"{}{}{}/>",
                    num(circle.center.x),
                    num(circle.center.y),
                    num(circle.radius),
                    fill_attr(circle.fill),
                    stroke_attr(circle.stroke.width, circle.stroke.color),
                    clip_attr(clip)
                );
            }
            // Grid lines and the dashes between steps.
            Shape::LineSegment { points, stroke } if stroke.width > 0.0 && stroke.color.a() > 0 => {
                let _ = writeln!(
                    self.body,
                    "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"{}{}/>",
                    num(points[0].x),
                    num(points[0].y),
                    num(points[1].x),
                    num(points[1].y),
                    stroke_attr(stroke.width, stroke.color),
                    clip_attr(clip)
                );
            }
            Shape::Path(path) => self.path(path, clip),
            Shape::Text(text) => self.text(text, clip),
            Shape::Mesh(mesh) => {
                if let Some(photo) = crate::paint::photo_of_texture(&self.ctx, mesh.texture_id) {
                    self.round_photo(&photo, crate::paint::photo_bounds(mesh), clip);
                } else {
                    self.solid_mesh(mesh, clip);
                }
            }
            // The map painter draws none of these; skipping beats guessing.
            _ => {}
        }
    }

    /// A mesh of one colour and no picture (the star on a moment of truth's
    /// tag) as one path of its triangles: one path, so no seams show
    /// between them. Any other mesh is skipped.
    fn solid_mesh(&mut self, mesh: &egui::Mesh, clip: Option<&str>) {
        let Some(first) = mesh.vertices.first() else {
            return;
        };
        if mesh.texture_id != egui::TextureId::default()
            || mesh
                .vertices
                .iter()
                .any(|vertex| vertex.color != first.color)
        {
            return;
        }
        let mut outline = String::new();
        for triangle in mesh.indices.chunks_exact(3) {
            let corners: Option<Vec<Pos2>> = triangle
                .iter()
                .map(|&index| {
                    let index = usize::try_from(index).ok()?;
                    mesh.vertices.get(index).map(|vertex| vertex.pos)
                })
                .collect();
            let Some([a, b, c]) = corners
                .as_deref()
                .and_then(|c| <[Pos2; 3]>::try_from(c).ok())
            else {
                continue;
            };
            let _ = write!(
                outline,
                "M{} {}L{} {}L{} {}Z",
                num(a.x),
                num(a.y),
                num(b.x),
                num(b.y),
                num(c.x),
                num(c.y)
            );
        }
        if !outline.is_empty() {
            let _ = writeln!(
                self.body,
                "<path d=\"{outline}\"{}{}/>",
                fill_attr(first.color),
                clip_attr(clip)
            );
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

    fn rect_element(
        &mut self,
        rect: Rect,
        radius: CornerRadius,
        fill: Color32,
        stroke: Stroke,
        clip: Option<&str>,
    ) {
        let uniform = radius.nw == radius.ne && radius.ne == radius.se && radius.se == radius.sw;
        if uniform {
            let _ = writeln!(
                self.body,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"{}{}{}{}/>",
                num(rect.min.x),
                num(rect.min.y),
                num(rect.width()),
                num(rect.height()),
                if radius.nw > 0 {
                    format!(" rx=\"{}\"", radius.nw)
                } else {
                    String::new()
                },
                fill_attr(fill),
                stroke_attr(stroke.width, stroke.color),
                clip_attr(clip)
            );
            return;
        }
        // Rounded on some corners only (a card's accent stripe): a path with arcs.
        let clamp = |value: u8| {
            f32::from(value)
                .min(rect.width() / 2.0)
                .min(rect.height() / 2.0)
        };
        let (nw, ne, se, sw) = (
            clamp(radius.nw),
            clamp(radius.ne),
            clamp(radius.se),
            clamp(radius.sw),
        );
        let (left, top, right, bottom) = (rect.min.x, rect.min.y, rect.max.x, rect.max.y);
        let d = format!(
            "M{} {}H{}A{ne} {ne} 0 0 1 {} {}V{}A{se} {se} 0 0 1 {} {}H{}A{sw} {sw} 0 0 1 {} {}V{}A{nw} {nw} 0 0 1 {} {}Z",
            num(left + nw),
            num(top),
            num(right - ne),
            num(right),
            num(top + ne),
            num(bottom - se),
            num(right - se),
            num(bottom),
            num(left + sw),
            num(left),
            num(bottom - sw),
            num(top + nw),
            num(left + nw),
            num(top),
        );
        let _ = writeln!(
            self.body,
            "<path d=\"{d}\"{}{}{}/>",
            fill_attr(fill),
            stroke_attr(stroke.width, stroke.color),
            clip_attr(clip)
        );
    }

    fn path(&mut self, path: &PathShape, clip: Option<&str>) {
        if path.points.len() < 2 {
            return;
        }
        let points: Vec<String> = path
            .points
            .iter()
            .map(|p| format!("{},{}", num(p.x), num(p.y)))
            .collect();
        let stroke_color = match path.stroke.color {
            ColorMode::Solid(color) => color,
            ColorMode::UV(_) => Color32::TRANSPARENT,
        };
        let element = if path.closed { "polygon" } else { "polyline" };
        let fill = if path.closed {
            fill_attr(path.fill)
        } else {
            " fill=\"none\"".to_owned()
        };
        let _ = writeln!(
            self.body,
            "<{element} points=\"{}\"{fill}{} stroke-linejoin=\"round\" stroke-linecap=\"round\"{}/>",
            points.join(" "),
            stroke_attr(path.stroke.width, stroke_color),
            clip_attr(clip)
        );
    }

    /// One `<text>` per run of glyphs that share a font and colour, with every
    /// glyph's x position, so the SVG wraps and spaces text exactly as the map.
    fn text(&mut self, shape: &TextShape, clip: Option<&str>) {
        let galley = &shape.galley;
        let job = &galley.job;
        // Glyphs follow the text's characters in order, minus the newlines that
        // end rows; walking both finds each glyph's section (font and colour).
        let mut chars = job.text.char_indices().filter(|(_, c)| *c != '\n');
        for placed in &galley.rows {
            let mut run: Option<Run> = None;
            for glyph in &placed.row.glyphs {
                let byte = chars.next().map_or(0, |(i, _)| i);
                let section = job
                    .sections
                    .iter()
                    .position(|s| s.byte_range.contains(&egui::epaint::text::ByteIndex(byte)))
                    .unwrap_or(0);
                let x = shape.pos.x + placed.pos.x + glyph.pos.x;
                let y = shape.pos.y + placed.pos.y + glyph.pos.y;
                if run
                    .as_ref()
                    .is_some_and(|r| r.section != section || r.y.to_bits() != y.to_bits())
                    && let Some(done) = run.take()
                {
                    self.text_run(&done, shape, clip);
                }
                let run = run.get_or_insert_with(|| Run {
                    section,
                    y,
                    xs: Vec::new(),
                    text: String::new(),
                });
                run.xs.push(x);
                run.text.push(glyph.chr);
            }
            if let Some(done) = run {
                self.text_run(&done, shape, clip);
            }
        }
    }

    fn text_run(&mut self, run: &Run, shape: &TextShape, clip: Option<&str>) {
        if run.text.trim().is_empty() {
            return;
        }
        let Some(section) = shape.galley.job.sections.get(run.section) else {
            return;
        };
        let format = &section.format;
        let color = shape.override_text_color.unwrap_or(format.color);
        let weight = match &format.font_id.family {
            FontFamily::Name(name) if name.as_ref() == SEMIBOLD => " font-weight=\"600\"",
            _ => "",
        };
        let xs: Vec<String> = run.xs.iter().map(|x| num(*x)).collect();
        let _ = writeln!(
            self.body,
            "<text x=\"{}\" y=\"{}\" font-family=\"Inter, 'Noto Emoji', sans-serif\" font-size=\"{}\"{weight}{}{}>{}</text>",
            xs.join(" "),
            num(run.y),
            num(format.font_id.size),
            fill_attr(color),
            clip_attr(clip),
            escape(&run.text)
        );
    }
}

struct Run {
    section: usize,
    y: f32,
    xs: Vec<f32>,
    text: String,
}

/// A number with at most two decimals and no trailing zeros: compact and stable.
fn num(value: f32) -> String {
    let text = format!("{value:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

fn color_attr(name: &str, color: Color32) -> String {
    let [r, g, b, a] = color.to_srgba_unmultiplied();
    let opacity = if a == 255 {
        String::new()
    } else {
        format!(" {name}-opacity=\"{}\"", num(f32::from(a) / 255.0))
    };
    format!(" {name}=\"#{r:02x}{g:02x}{b:02x}\"{opacity}")
}

fn fill_attr(color: Color32) -> String {
    if color.a() == 0 {
        " fill=\"none\"".to_owned()
    } else {
        color_attr("fill", color)
    }
}

fn stroke_attr(width: f32, color: Color32) -> String {
    if width <= 0.0 || color.a() == 0 {
        String::new()
    } else {
        format!(
            "{} stroke-width=\"{}\"",
            color_attr("stroke", color),
            num(width)
        )
    }
}

fn clip_attr(clip: Option<&str>) -> String {
    clip.map(|id| format!(" clip-path=\"url(#{id})\""))
        .unwrap_or_default()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
