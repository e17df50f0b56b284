//! Lines and curves as SVG: straight lines on the picture's pixels as the
//! tessellator puts them (grid lines, scale lines, every dash of a dashed
//! line), polylines and polygons, strokes whose colour changes along the
//! path, Bézier curves, and bands.

use std::fmt::Write as _;

use egui::emath::GuiRounding as _;
use egui::epaint::{
    BandShape, ColorMode, CubicBezierShape, PathShape, PathStroke, QuadraticBezierShape,
};
use egui::{Color32, Pos2, Rect, Stroke, Vec2};

use super::Svg;
use super::attr::{clip_attr, fill_attr, num, stroke_attr};

impl Svg {
    /// A straight line: grid lines, scale lines, and each dash of a dashed line.
    pub(super) fn line(&mut self, points: [Pos2; 2], stroke: Stroke, clip: Option<&str>) {
        if stroke.width <= 0.0 || stroke.color.a() == 0 {
            return;
        }
        let points = self.snap_line(points, stroke);
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

    /// A level or upright line on the picture's pixels, as the tessellator
    /// puts it: its centre on a pixel's centre (odd widths) or edge (even),
    /// each end pulled in a quarter pixel first. Then each end goes half a
    /// pixel further, where the tessellator's smoothed end reaches on average.
    fn snap_line(&self, [mut a, mut b]: [Pos2; 2], stroke: Stroke) -> [Pos2; 2] {
        let ppp = self.pixels_per_point;
        let quarter = 0.25 / ppp;
        let ends = |from: f32, to: f32| {
            let inward = if from < to { quarter } else { -quarter };
            (
                (from + inward).round_to_pixel_center(ppp),
                (to - inward).round_to_pixel_center(ppp),
            )
        };
        if a.x.to_bits() == b.x.to_bits() {
            let mut x = a.x;
            stroke.round_center_to_pixel(ppp, &mut x);
            (a.x, b.x) = (x, x);
            (a.y, b.y) = ends(a.y, b.y);
        }
        if a.y.to_bits() == b.y.to_bits() {
            let mut y = a.y;
            stroke.round_center_to_pixel(ppp, &mut y);
            (a.y, b.y) = (y, y);
            (a.x, b.x) = ends(a.x, b.x);
        }
        let half_pixel = (b - a).normalized() * (0.5 / ppp);
        [a - half_pixel, b + half_pixel]
    }

    pub(super) fn path(&mut self, path: &PathShape, clip: Option<&str>) {
        if path.points.len() < 2 {
            return;
        }
        if let ColorMode::UV(_) = path.stroke.color {
            self.uv_stroke(&path.points, path.closed, &path.stroke, clip);
            if path.closed {
                let filled = PathShape {
                    stroke: PathStroke::NONE,
                    ..path.clone()
                };
                self.path(&filled, clip);
            }
            return;
        }
        let points: Vec<String> = path
            .points
            .iter()
            .map(|p| format!("{},{}", num(p.x), num(p.y)))
            .collect();
        let element = if path.closed { "polygon" } else { "polyline" };
        let fill = if path.closed {
            fill_attr(path.fill)
        } else {
            " fill=\"none\"".to_owned()
        };
        let _ = writeln!(
            self.body,
            "<{element} points=\"{}\"{fill}{}{}/>",
            points.join(" "),
            path_stroke_attr(&path.stroke),
            clip_attr(clip)
        );
    }

    /// A stroke whose colour changes along the path: each segment in the
    /// colour at its middle, which is as close as SVG's flat strokes get.
    fn uv_stroke(
        &mut self,
        points: &[Pos2],
        closed: bool,
        stroke: &PathStroke,
        clip: Option<&str>,
    ) {
        let ColorMode::UV(color_at) = &stroke.color else {
            return;
        };
        let bounds = Rect::from_points(points);
        let closing = closed.then(|| [points[points.len() - 1], points[0]]);
        for pair in points
            .windows(2)
            .map(|pair| [pair[0], pair[1]])
            .chain(closing)
        {
            let color = color_at(bounds, pair[0].lerp(pair[1], 0.5));
            self.line(pair, Stroke::new(stroke.width, color), clip);
        }
    }

    pub(super) fn quadratic(&mut self, shape: &QuadraticBezierShape, clip: Option<&str>) {
        let [a, b, c] = shape.points;
        let d = format!(
            "M{} {}Q{} {} {} {}",
            num(a.x),
            num(a.y),
            num(b.x),
            num(b.y),
            num(c.x),
            num(c.y)
        );
        self.curve(&d, shape.closed, shape.fill, &shape.stroke, clip);
    }

    pub(super) fn cubic(&mut self, shape: &CubicBezierShape, clip: Option<&str>) {
        let [start, first, second, end] = shape.points;
        let d = format!(
            "M{} {}C{} {} {} {} {} {}",
            num(start.x),
            num(start.y),
            num(first.x),
            num(first.y),
            num(second.x),
            num(second.y),
            num(end.x),
            num(end.y)
        );
        self.curve(&d, shape.closed, shape.fill, &shape.stroke, clip);
    }

    fn curve(
        &mut self,
        d: &str,
        closed: bool,
        fill: Color32,
        stroke: &PathStroke,
        clip: Option<&str>,
    ) {
        let (close, fill) = if closed {
            ("Z", fill_attr(fill))
        } else {
            ("", " fill=\"none\"".to_owned())
        };
        let _ = writeln!(
            self.body,
            "<path d=\"{d}{close}\"{fill}{}{}/>",
            path_stroke_attr(stroke),
            clip_attr(clip)
        );
    }

    /// A band of varying height: its upper edge forward, its lower edge back.
    pub(super) fn band(&mut self, shape: &BandShape, clip: Option<&str>) {
        if shape.points.len() < 2 {
            return;
        }
        let rotate = egui::emath::Rot2::from_angle(shape.angle);
        let corner = |x: f32, y: f32| {
            let p = rotate * Vec2::new(x, y);
            format!("{},{}", num(p.x), num(p.y))
        };
        let upper = shape.points.iter().map(|p| corner(p.x, p.y.min));
        let lower = shape.points.iter().rev().map(|p| corner(p.x, p.y.max));
        let points: Vec<String> = upper.chain(lower).collect();
        let _ = writeln!(
            self.body,
            "<polygon points=\"{}\"{}{}{}/>",
            points.join(" "),
            fill_attr(shape.fill),
            stroke_attr(shape.stroke.width, shape.stroke.color),
            clip_attr(clip)
        );
    }
}

/// The stroke of a path; a colour that changes along it is drawn by `uv_stroke`.
fn path_stroke_attr(stroke: &PathStroke) -> String {
    let ColorMode::Solid(color) = stroke.color else {
        return String::new();
    };
    let attr = stroke_attr(stroke.width, color);
    if attr.is_empty() {
        attr
    } else {
        format!("{attr} stroke-linejoin=\"round\" stroke-linecap=\"round\"")
    }
}
