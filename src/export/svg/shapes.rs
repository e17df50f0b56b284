//! Areas as SVG elements, drawn the way the tessellator draws them for the
//! PNG: rects with strokes inside, on or outside their edge and snapped to
//! the picture's pixels, circles and ellipses stroked outside, and meshes
//! of one or several colours. Lines and curves are `lines.rs`.

use std::fmt::Write as _;

use egui::emath::GuiRounding as _;
use egui::epaint::{CornerRadius, EllipseShape, RectShape};
use egui::{Color32, Pos2, Rect, Stroke, StrokeKind, Vec2};

use super::Svg;
use super::attr::{clip_attr, fill_attr, num, stroke_attr};

/// The radii of a rect's four corners, in points.
#[derive(Clone, Copy)]
pub(super) struct Corners {
    nw: f32,
    ne: f32,
    se: f32,
    sw: f32,
}

impl Corners {
    pub(super) const ZERO: Self = Self::all(0.0);

    const fn all(radius: f32) -> Self {
        Self {
            nw: radius,
            ne: radius,
            se: radius,
            sw: radius,
        }
    }

    /// Grows (or, negative, shrinks) every rounded corner; square ones stay square.
    fn grow(self, by: f32) -> Self {
        let grow = |radius: f32| {
            if radius > 0.0 {
                (radius + by).max(0.0)
            } else {
                0.0
            }
        };
        Self {
            nw: grow(self.nw),
            ne: grow(self.ne),
            se: grow(self.se),
            sw: grow(self.sw),
        }
    }
}

impl From<CornerRadius> for Corners {
    fn from(radius: CornerRadius) -> Self {
        Self {
            nw: f32::from(radius.nw),
            ne: f32::from(radius.ne),
            se: f32::from(radius.se),
            sw: f32::from(radius.sw),
        }
    }
}

impl Svg {
    /// A rect with its stroke where egui puts it: SVG strokes straddle the
    /// outline, so an inside stroke is a middle stroke on a rect half a stroke
    /// smaller (the fill still reaches the rect's edge under it).
    pub(super) fn rect(&mut self, shape: &RectShape, clip: Option<&str>) {
        let RectShape {
            rect,
            corner_radius,
            fill,
            stroke,
            stroke_kind,
            angle,
            round_to_pixels,
            ..
        } = *shape;
        let radius = Corners::from(corner_radius);
        let transform = rotation(angle, rect.center());
        let stroke = if stroke.width > 0.0 && stroke.color.a() > 0 {
            stroke
        } else {
            Stroke::NONE
        };
        let ppp = self.pixels_per_point;
        let snap = round_to_pixels.unwrap_or(true);
        if stroke.is_empty() {
            let rect = if snap {
                rect.round_to_pixels(ppp)
            } else {
                rect
            };
            self.rect_element(rect, radius, fill, Stroke::NONE, clip, &transform);
            return;
        }
        let outer = match stroke_kind {
            StrokeKind::Inside => rect,
            StrokeKind::Middle => rect.expand(stroke.width / 2.0),
            StrokeKind::Outside => rect.expand(stroke.width),
        };
        // As the tessellator does: a stroke that covers the whole rect is
        // drawn as a fill of the stroke's colour.
        if outer.size().min_elem() <= 2.0 * stroke.width {
            let outer = if snap {
                outer.round_to_pixels(ppp)
            } else {
                outer
            };
            self.rect_element(outer, radius, stroke.color, Stroke::NONE, clip, &transform);
            return;
        }
        // Snapped to the picture's pixels as the tessellator snaps it: the
        // stroke's outer edge for an inside stroke, its inner edge for an
        // outside one, its centre line for a middle one.
        let rect = match stroke_kind {
            _ if !snap => rect,
            StrokeKind::Middle if centered_on_pixels(stroke.width, ppp) => {
                rect.round_to_pixel_center(ppp)
            }
            StrokeKind::Inside | StrokeKind::Middle | StrokeKind::Outside => {
                rect.round_to_pixels(ppp)
            }
        };
        let (middle, radius) = match stroke_kind {
            StrokeKind::Inside => (
                rect.shrink(stroke.width / 2.0),
                radius.grow(-stroke.width / 2.0),
            ),
            StrokeKind::Middle => (rect, radius),
            StrokeKind::Outside => (
                rect.expand(stroke.width / 2.0),
                radius.grow(stroke.width / 2.0),
            ),
        };
        self.rect_element(middle, radius, fill, stroke, clip, &transform);
    }

    pub(super) fn rect_element(
        &mut self,
        rect: Rect,
        radius: Corners,
        fill: Color32,
        stroke: Stroke,
        clip: Option<&str>,
        transform: &str,
    ) {
        let paint = format!(
            "{}{}{}{transform}",
            fill_attr(fill),
            stroke_attr(stroke.width, stroke.color),
            clip_attr(clip)
        );
        let clamp = |value: f32| value.min(rect.width() / 2.0).min(rect.height() / 2.0);
        let (nw, ne, se, sw) = (
            clamp(radius.nw),
            clamp(radius.ne),
            clamp(radius.se),
            clamp(radius.sw),
        );
        let same = |a: f32, b: f32| a.to_bits() == b.to_bits();
        if same(nw, ne) && same(ne, se) && same(se, sw) {
            let corners = if nw > 0.0 {
                format!(" rx=\"{}\"", num(nw))
            } else {
                String::new()
            };
            let _ = writeln!(
                self.body,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"{corners}{paint}/>",
                num(rect.min.x),
                num(rect.min.y),
                num(rect.width()),
                num(rect.height()),
            );
            return;
        }
        // Rounded on some corners only (a card's accent stripe): a path with arcs.
        let (left, top, right, bottom) = (rect.min.x, rect.min.y, rect.max.x, rect.max.y);
        let arc = |radius: f32, x: f32, y: f32| {
            let radius = num(radius);
            format!("A{radius} {radius} 0 0 1 {} {}", num(x), num(y))
        };
        let _ = writeln!(
            self.body,
            "<path d=\"M{} {}H{}{}V{}{}H{}{}V{}{}Z\"{paint}/>",
            num(left + nw),
            num(top),
            num(right - ne),
            arc(ne, right, top + ne),
            num(bottom - se),
            arc(se, right - se, bottom),
            num(left + sw),
            arc(sw, left, bottom - sw),
            num(top + nw),
            arc(nw, left + nw, top),
        );
    }

    pub(super) fn circle(
        &mut self,
        center: Pos2,
        radius: f32,
        fill: Color32,
        stroke: Stroke,
        clip: Option<&str>,
    ) {
        self.ellipse(
            &EllipseShape {
                center,
                radius: Vec2::splat(radius),
                fill,
                stroke,
                angle: 0.0,
            },
            clip,
        );
    }

    /// An ellipse, stroked outside its radii as egui strokes it: the fill
    /// and the stroke are two elements, so the fill never shows under a
    /// translucent stroke.
    pub(super) fn ellipse(&mut self, shape: &EllipseShape, clip: Option<&str>) {
        let stroked = shape.stroke.width > 0.0 && shape.stroke.color.a() > 0;
        let half = if stroked {
            shape.stroke.width / 2.0
        } else {
            0.0
        };
        for (radius, fill, stroke) in [
            (shape.radius, shape.fill, Stroke::NONE),
            (
                shape.radius + Vec2::splat(half),
                Color32::TRANSPARENT,
                shape.stroke,
            ),
        ] {
            if fill.a() == 0 && (stroke.width <= 0.0 || stroke.color.a() == 0) {
                continue;
            }
            let element = if radius.x.to_bits() == radius.y.to_bits() {
                format!("circle r=\"{}\"", num(radius.x))
            } else {
                format!("ellipse rx=\"{}\" ry=\"{}\"", num(radius.x), num(radius.y))
            };
            let _ = writeln!(
                self.body,
                "<{element} cx=\"{}\" cy=\"{}\"{}{}{}{}/>",
                num(shape.center.x),
                num(shape.center.y),
                fill_attr(fill),
                stroke_attr(stroke.width, stroke.color),
                clip_attr(clip),
                rotation(shape.angle, shape.center)
            );
        }
    }

    /// A mesh without a picture (the star on a moment of truth's tag) as
    /// paths of its triangles, one path per run of triangles of one colour,
    /// so no seams show between them. A triangle whose corners differ in
    /// colour takes their average: SVG has no per-vertex colours.
    pub(super) fn plain_mesh(&mut self, mesh: &egui::Mesh, clip: Option<&str>) {
        let mut run: Option<(Color32, String)> = None;
        for triangle in mesh.indices.chunks_exact(3) {
            let corners: Option<Vec<&egui::epaint::Vertex>> = triangle
                .iter()
                .map(|&index| mesh.vertices.get(usize::try_from(index).ok()?))
                .collect();
            let Some([a, b, c]) = corners
                .as_deref()
                .map(<[_]>::to_vec)
                .and_then(|c| <[_; 3]>::try_from(c).ok())
            else {
                continue;
            };
            let color = average([a.color, b.color, c.color]);
            if run
                .as_ref()
                .is_some_and(|(run_color, _)| *run_color != color)
                && let Some((done_color, outline)) = run.take()
            {
                self.filled_outline(&outline, done_color, clip);
            }
            let (_, outline) = run.get_or_insert_with(|| (color, String::new()));
            let _ = write!(
                outline,
                "M{} {}L{} {}L{} {}Z",
                num(a.pos.x),
                num(a.pos.y),
                num(b.pos.x),
                num(b.pos.y),
                num(c.pos.x),
                num(c.pos.y)
            );
        }
        if let Some((color, outline)) = run {
            self.filled_outline(&outline, color, clip);
        }
    }

    fn filled_outline(&mut self, outline: &str, color: Color32, clip: Option<&str>) {
        if color.a() == 0 {
            return;
        }
        let _ = writeln!(
            self.body,
            "<path d=\"{outline}\"{}{}/>",
            fill_attr(color),
            clip_attr(clip)
        );
    }
}

/// Whether a stroke of `width` points is centred on a pixel's centre (an
/// odd number of pixels wide, or thinner than one) rather than its edge.
fn centered_on_pixels(width: f32, pixels_per_point: f32) -> bool {
    let pixels = width * pixels_per_point;
    pixels <= 1.0 || (pixels * 0.5 + 0.25).fract() > 0.5
}

/// `transform` for a shape egui turns by `angle` radians around `center`.
fn rotation(angle: f32, center: Pos2) -> String {
    if angle == 0.0 {
        String::new()
    } else {
        format!(
            " transform=\"rotate({} {} {})\"",
            num(angle.to_degrees()),
            num(center.x),
            num(center.y)
        )
    }
}

/// The mean of a triangle's corner colours: what it looks like from afar.
fn average([a, b, c]: [Color32; 3]) -> Color32 {
    if a == b && b == c {
        return a;
    }
    let sum = egui::Rgba::from(a) + egui::Rgba::from(b) + egui::Rgba::from(c);
    Color32::from(sum * (1.0 / 3.0))
}
