//! The filled shapes of a picture and how they cover and tint what is below.

use egui::{Color32, Pos2, Rect, pos2};

/// The colour at `point` after painting `shapes` in order over `base`.
pub(super) fn composite_at(shapes: &[Filled], base: Color32, point: Pos2) -> Color32 {
    shapes
        .iter()
        .filter(|shape| shape.covers(point))
        .fold(base, |below, shape| over(shape.color, below))
}

/// `top` (unmultiplied alpha) painted over opaque `below`, blended in sRGB
/// as SVG viewers and our rasterizer do.
pub(super) fn over(top: Color32, below: Color32) -> Color32 {
    let [r, g, b, a] = top.to_srgba_unmultiplied();
    let alpha = f32::from(a) / 255.0;
    let mix = |t: u8, u: u8| (f32::from(t) * alpha + f32::from(u) * (1.0 - alpha)).round();
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a mix of two bytes is a byte"
    )]
    let channel = |t: u8, u: u8| mix(t, u) as u8;
    rgba(
        channel(r, below.r()),
        channel(g, below.g()),
        channel(b, below.b()),
        255,
    )
}

/// A colour read from the picture.
#[expect(
    clippy::disallowed_methods,
    reason = "a colour read back from a picture is data, not a design choice"
)]
pub(super) fn rgba(r: u8, g: u8, b: u8, a: u8) -> Color32 {
    Color32::from_rgba_unmultiplied(r, g, b, a)
}

/// A filled area painted into the picture.
pub(super) struct Filled {
    pub(super) area: Area,
    pub(super) color: Color32,
    pub(super) clip: Option<Rect>,
}

impl Filled {
    fn covers(&self, point: Pos2) -> bool {
        self.clip.is_none_or(|clip| clip.contains(point)) && self.area.contains(point)
    }
}

/// The geometry of a filled shape.
pub(super) enum Area {
    /// A rect with round corners of this radius (0 for square).
    Rect(Rect, f32),
    /// A disc.
    Circle(Pos2, f32),
    /// Polygons (a path's subpaths); a point in any of them is covered.
    Polygons(Vec<Vec<Pos2>>),
}

impl Area {
    fn contains(&self, point: Pos2) -> bool {
        match self {
            Area::Rect(rect, radius) => {
                if !rect.contains(point) {
                    return false;
                }
                let radius = radius.min(rect.width() / 2.0).min(rect.height() / 2.0);
                let inner = rect.shrink(radius);
                let nearest = pos2(
                    point.x.clamp(inner.left(), inner.right()),
                    point.y.clamp(inner.top(), inner.bottom()),
                );
                point.distance(nearest) <= radius
            }
            Area::Circle(center, radius) => point.distance(*center) <= *radius,
            Area::Polygons(polygons) => polygons.iter().any(|p| in_polygon(p, point)),
        }
    }
}

/// Even-odd point-in-polygon test.
fn in_polygon(polygon: &[Pos2], point: Pos2) -> bool {
    let mut inside = false;
    let mut previous = match polygon.last() {
        Some(p) => *p,
        None => return false,
    };
    for &current in polygon {
        if (current.y > point.y) != (previous.y > point.y) {
            let x = previous.x
                + (point.y - previous.y) / (current.y - previous.y) * (current.x - previous.x);
            if point.x < x {
                inside = !inside;
            }
        }
        previous = current;
    }
    inside
}

/// `x,y x,y …` as points.
pub(super) fn point_list(text: &str) -> Vec<Pos2> {
    let numbers: Vec<f32> = text
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|t| !t.is_empty())
        .filter_map(|t| t.parse().ok())
        .collect();
    numbers.chunks_exact(2).map(|p| pos2(p[0], p[1])).collect()
}

/// A path's subpaths as polygons of their end points: exact for the
/// triangles of a mesh, and for a rounded rect (arcs become their end
/// points) close enough to tell what lies inside.
pub(super) fn path_polygons(d: &str) -> Vec<Vec<Pos2>> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    for c in d.chars() {
        if c.is_ascii_alphabetic() {
            if !current.is_empty() {
                tokens.push(std::mem::take(&mut current));
            }
            tokens.push(c.to_string());
        } else if c == ',' || c.is_whitespace() || (c == '-' && !current.is_empty()) {
            if !current.is_empty() {
                tokens.push(std::mem::take(&mut current));
            }
            if c == '-' {
                current.push(c);
            }
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        tokens.push(current);
    }
    let mut polygons = Vec::new();
    let mut polygon: Vec<Pos2> = Vec::new();
    let mut at = Pos2::ZERO;
    let mut command = 'M';
    let mut index = 0;
    let next = |index: &mut usize| -> f32 {
        let value = tokens
            .get(*index)
            .and_then(|t| t.parse().ok())
            .unwrap_or(0.0);
        *index += 1;
        value
    };
    while index < tokens.len() {
        if let Some(letter) = tokens[index]
            .chars()
            .next()
            .filter(char::is_ascii_alphabetic)
        {
            command = letter;
            index += 1;
            if command == 'Z' || command == 'z' {
                if polygon.len() >= 3 {
                    polygons.push(std::mem::take(&mut polygon));
                }
                polygon.clear();
            }
            continue;
        }
        match command {
            'M' => {
                if polygon.len() >= 3 {
                    polygons.push(std::mem::take(&mut polygon));
                }
                polygon.clear();
                at = pos2(next(&mut index), next(&mut index));
                command = 'L';
            }
            'L' => at = pos2(next(&mut index), next(&mut index)),
            'H' => at.x = next(&mut index),
            'V' => at.y = next(&mut index),
            'A' => {
                for _ in 0..5 {
                    next(&mut index);
                }
                at = pos2(next(&mut index), next(&mut index));
            }
            other => panic!("the reader knows no path command {other:?} in {d:?}"),
        }
        polygon.push(at);
    }
    if polygon.len() >= 3 {
        polygons.push(polygon);
    }
    polygons
}
