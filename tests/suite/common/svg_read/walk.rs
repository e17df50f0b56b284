//! The walk through an SVG document in painter's order: what is filled, and
//! where the texts and evidence dots are, with the attributes read.

use egui::{Color32, Pos2, Rect, pos2};
use journeymap::theme;

use super::shapes::{Area, Filled, path_polygons, point_list, rgba};
use super::{BOLD_WEIGHT, INTER_ASCENT, INTER_DESCENT, LAST_GLYPH_WIDTH, Text, TextKind};

/// A text as read, before what is behind it is known.
pub(super) struct RawText {
    pub(super) content: String,
    pub(super) size: f32,
    pub(super) bold: bool,
    pub(super) color: Color32,
    pub(super) bounds: Rect,
    pub(super) clip: Option<Rect>,
}

impl RawText {
    pub(super) fn into_text(self) -> Text {
        Text {
            content: self.content,
            kind: TextKind::Words,
            size_px: self.size,
            bold: self.bold,
            color: self.color,
            bounds: self.bounds,
            clip: self.clip,
            behind: Color32::TRANSPARENT,
            ratio: None,
        }
    }
}

/// An evidence dot's ring as read.
pub(super) struct RawDot {
    pub(super) center: Pos2,
    pub(super) radius: f32,
    pub(super) color: Color32,
}

/// The walk through the document in painter's order.
pub(super) struct Walk {
    pub(super) clips: std::collections::HashMap<String, Rect>,
    pub(super) shapes: Vec<Filled>,
    /// Texts with how many shapes were painted before them.
    pub(super) pending_texts: Vec<(RawText, usize)>,
    pub(super) pending_dots: Vec<(RawDot, usize)>,
}

impl Walk {
    pub(super) fn element(&mut self, node: roxmltree::Node<'_, '_>, inherited_clip: Option<Rect>) {
        let name = node.tag_name().name();
        if matches!(
            name,
            "defs" | "clipPath" | "mask" | "style" | "title" | "symbol" | "pattern"
        ) {
            return;
        }
        let clip = match node.attribute("clip-path").and_then(|v| self.clip_of(v)) {
            Some(own) => Some(inherited_clip.map_or(own, |outer| outer.intersect(own))),
            None => inherited_clip,
        };
        match name {
            "rect" => self.rect(node, clip),
            "circle" => self.circle(node, clip),
            "polygon" => {
                let points = point_list(node.attribute("points").unwrap_or_default());
                self.fill(node, Area::Polygons(vec![points]), clip);
            }
            "path" => {
                let polygons = path_polygons(node.attribute("d").unwrap_or_default());
                self.fill(node, Area::Polygons(polygons), clip);
            }
            "text" => self.text(node, clip),
            _ => {}
        }
        for child in node.children().filter(roxmltree::Node::is_element) {
            self.element(child, clip);
        }
    }

    /// The rect a `url(#id)` clip names; `None` for clips that are no rect
    /// (a photo's disc), which cover nothing text sits on.
    fn clip_of(&self, value: &str) -> Option<Rect> {
        let id = value.strip_prefix("url(#")?.strip_suffix(')')?;
        self.clips.get(id).copied()
    }

    fn fill(&mut self, node: roxmltree::Node<'_, '_>, area: Area, clip: Option<Rect>) {
        if let Some(color) = paint(node, "fill")
            && color.a() > 0
        {
            self.shapes.push(Filled { area, color, clip });
        }
    }

    fn rect(&mut self, node: roxmltree::Node<'_, '_>, clip: Option<Rect>) {
        let rect = Rect::from_min_size(
            pos2(number(node, "x"), number(node, "y")),
            egui::vec2(number(node, "width"), number(node, "height")),
        );
        self.fill(node, Area::Rect(rect, number(node, "rx")), clip);
    }

    fn circle(&mut self, node: roxmltree::Node<'_, '_>, clip: Option<Rect>) {
        let center = pos2(number(node, "cx"), number(node, "cy"));
        let radius = number(node, "r");
        self.fill(node, Area::Circle(center, radius), clip);
        // An evidence dot is the one ring drawn with this ratio of stroke
        // width to radius; it carries the meaning, its fill only repeats it.
        // egui strokes a circle outside its radius, and the SVG writes the
        // ring where egui draws it: centred half a width further out.
        let width = number(node, "stroke-width");
        let ring = theme::EVIDENCE_RING_WIDTH / theme::EVIDENCE_DOT_RADIUS;
        let radius = radius - width / 2.0;
        if radius > 0.0
            && ((width / radius) - ring).abs() < 0.01
            && let Some(color) = paint(node, "stroke")
        {
            self.pending_dots.push((
                RawDot {
                    center,
                    radius,
                    color,
                },
                self.shapes.len(),
            ));
        }
    }

    fn text(&mut self, node: roxmltree::Node<'_, '_>, clip: Option<Rect>) {
        let content: String = node
            .descendants()
            .filter(roxmltree::Node::is_text)
            .filter_map(|n| n.text())
            .collect();
        if content.trim().is_empty() {
            return;
        }
        let xs: Vec<f32> = node
            .attribute("x")
            .unwrap_or_default()
            .split_whitespace()
            .filter_map(|x| x.parse().ok())
            .collect();
        let (Some(first), Some(last)) = (xs.first(), xs.last()) else {
            return;
        };
        let baseline = number(node, "y");
        let size = number(node, "font-size");
        let weight = node
            .attribute("font-weight")
            .and_then(|w| w.parse::<u32>().ok())
            .unwrap_or(400);
        let bounds = Rect::from_min_max(
            pos2(*first, baseline - INTER_ASCENT * size),
            pos2(
                last + LAST_GLYPH_WIDTH * size,
                baseline + INTER_DESCENT * size,
            ),
        );
        let color = paint(node, "fill").unwrap_or(Color32::BLACK);
        self.pending_texts.push((
            RawText {
                content,
                size,
                bold: weight >= BOLD_WEIGHT,
                color,
                bounds,
                clip,
            },
            self.shapes.len(),
        ));
    }
}

/// Output pixels per SVG unit.
pub(super) fn px_per_unit(root: roxmltree::Node<'_, '_>) -> f32 {
    let width: f32 = root
        .attribute("width")
        .and_then(|w| w.trim_end_matches("px").parse().ok())
        .unwrap_or(1.0);
    let view_width = root
        .attribute("viewBox")
        .and_then(|v| v.split_whitespace().nth(2))
        .and_then(|w| w.parse::<f32>().ok())
        .unwrap_or(width);
    width / view_width
}

/// Every `<clipPath id>` that holds one rect, by id.
pub(super) fn clip_rects(
    document: &roxmltree::Document<'_>,
) -> std::collections::HashMap<String, Rect> {
    document
        .descendants()
        .filter(|n| n.has_tag_name("clipPath"))
        .filter_map(|clip| {
            let id = clip.attribute("id")?;
            let rect = clip.children().find(|n| n.has_tag_name("rect"))?;
            Some((
                id.to_owned(),
                Rect::from_min_size(
                    pos2(number(rect, "x"), number(rect, "y")),
                    egui::vec2(number(rect, "width"), number(rect, "height")),
                ),
            ))
        })
        .collect()
}

/// A numeric attribute, 0 when absent.
fn number(node: roxmltree::Node<'_, '_>, name: &str) -> f32 {
    node.attribute(name)
        .and_then(|v| v.trim_end_matches("px").parse().ok())
        .unwrap_or(0.0)
}

/// The colour of `fill` or `stroke` with its opacity (`*-opacity` times
/// `opacity`); `None` for `none` or absent.
fn paint(node: roxmltree::Node<'_, '_>, which: &str) -> Option<Color32> {
    let value = node.attribute(which)?;
    let [r, g, b] = parse_color(value)?;
    let opacity = node
        .attribute(format!("{which}-opacity").as_str())
        .and_then(|v| v.parse::<f32>().ok())
        .unwrap_or(1.0)
        * node
            .attribute("opacity")
            .and_then(|v| v.parse::<f32>().ok())
            .unwrap_or(1.0);
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "an opacity from 0 to 1 scaled to a byte"
    )]
    let alpha = (opacity.clamp(0.0, 1.0) * 255.0).round() as u8;
    Some(rgba(r, g, b, alpha))
}

/// `#rrggbb`, `#rgb`, `white`, `black`; `None` for `none`.
fn parse_color(value: &str) -> Option<[u8; 3]> {
    let value = value.trim();
    match value {
        "none" | "transparent" => return None,
        "white" => return Some([255, 255, 255]),
        "black" => return Some([0, 0, 0]),
        _ => {}
    }
    let digits = value
        .strip_prefix('#')
        .unwrap_or_else(|| panic!("the reader knows no colour {value:?}"));
    let channel = |text: &str| {
        u8::from_str_radix(text, 16).unwrap_or_else(|_| panic!("bad colour {value:?}"))
    };
    match digits.len() {
        6 => Some([
            channel(&digits[0..2]),
            channel(&digits[2..4]),
            channel(&digits[4..6]),
        ]),
        3 => Some([0, 1, 2].map(|i| channel(&digits[i..=i]) * 17)),
        _ => panic!("bad colour {value:?}"),
    }
}
