//! The mark of a moment of truth: a crimson ring around the point's face,
//! a tag with a star that names it, and the legend entry that explains the
//! ring. Words are in the map's language, so an export reads like the map.

use egui::epaint::Mesh;
use egui::{Align2, CornerRadius, Pos2, Rect, Shape, pos2, vec2};

use super::MapPainter;
use crate::i18n::{text::domain as t, tr_in};
use crate::layout::TextRole;
use crate::theme;

/// How far the ring reaches from the point's centre, in map points.
pub(super) const RING_OUTER: f32 =
    theme::FACE_RADIUS + theme::MOMENT_RING_GAP + theme::MOMENT_RING_WIDTH;
/// Space between the ring and the tag (or a label), in map points.
const GAP: f32 = 3.0;
/// Room the tag takes next to the point, ring included: a point's label on
/// the same side goes this much further out.
pub(super) const TAG_REACH: f32 = RING_OUTER + GAP + theme::MOMENT_TAG_HEIGHT;
/// Space inside the tag before the star and after the words.
const TAG_PADDING: f32 = 6.0;
/// Outer radius of the tag's star.
const STAR_RADIUS: f32 = 4.5;

/// The ring around a marked point at `center` (map space), with a ring of
/// paper inside it so it never touches the face's colour.
pub(super) fn ring(map: &MapPainter<'_>, center: Pos2) {
    let middle = theme::FACE_RADIUS + theme::MOMENT_RING_GAP / 2.0;
    map.painter.circle_stroke(
        map.pos(center),
        middle * map.zoom(),
        map.stroke(theme::MOMENT_RING_GAP, map.palette().paper),
    );
    map.painter.circle_stroke(
        map.pos(center),
        (RING_OUTER - theme::MOMENT_RING_WIDTH / 2.0) * map.zoom(),
        map.stroke(theme::MOMENT_RING_WIDTH, map.palette().moment_of_truth),
    );
}

/// The tag "★ Moment of truth" above (`above`) or below the ring of the
/// point at `center` (map space).
pub(super) fn tag(map: &MapPainter<'_>, center: Pos2, above: bool) {
    if !map.legible(TextRole::Small) {
        return;
    }
    let words = tr_in(map.options.lang, t::MOMENT_OF_TRUTH, &[]);
    let width =
        TAG_PADDING * 2.0 + STAR_RADIUS * 2.0 + GAP + map.text_width(&words, TextRole::Small);
    let near = RING_OUTER + GAP;
    let (top, bottom) = if above {
        (center.y - near - theme::MOMENT_TAG_HEIGHT, center.y - near)
    } else {
        (center.y + near, center.y + near + theme::MOMENT_TAG_HEIGHT)
    };
    let rect = Rect::from_x_y_ranges(
        center.x - width / 2.0..=center.x + width / 2.0,
        top..=bottom,
    );
    map.painter.rect_filled(
        map.rect(rect),
        CornerRadius::same(super::cards::scaled_radius(theme::PILL_RADIUS, map.zoom())),
        map.palette().moment_of_truth,
    );
    let star_center = pos2(rect.left() + TAG_PADDING + STAR_RADIUS, rect.center().y);
    star(
        map,
        star_center,
        STAR_RADIUS,
        map.palette().moment_of_truth_text,
    );
    map.label(
        pos2(star_center.x + STAR_RADIUS + GAP, rect.center().y),
        Align2::LEFT_CENTER,
        &words,
        TextRole::Small,
        map.palette().moment_of_truth_text,
    );
}

/// The legend's symbol for the mark: a small ring centred at `center` (map space).
pub(super) fn legend_ring(map: &MapPainter<'_>, center: Pos2) {
    map.painter.circle_stroke(
        map.pos(center),
        5.0 * map.zoom(),
        map.stroke(2.0, map.palette().moment_of_truth),
    );
}

/// A filled five-pointed star: a fan of triangles from its centre, as one
/// mesh, so it is the same in the picture and the SVG and needs no glyph.
fn star(map: &MapPainter<'_>, center: Pos2, radius: f32, color: egui::Color32) {
    let center = map.pos(center);
    let (outer, inner) = (radius * map.zoom(), radius * 0.42 * map.zoom());
    let mut mesh = Mesh::default();
    mesh.colored_vertex(center, color);
    for i in 0..10u32 {
        #[expect(clippy::cast_precision_loss, reason = "`i` counts to 10")]
        let angle = std::f32::consts::PI * (i as f32 / 5.0 - 0.5);
        let distance = if i % 2 == 0 { outer } else { inner };
        mesh.colored_vertex(center + distance * vec2(angle.cos(), angle.sin()), color);
    }
    for i in 0..10u32 {
        mesh.add_triangle(0, 1 + i, 1 + (i + 1) % 10);
    }
    map.painter.add(Shape::mesh(mesh));
}

/// Whether the tag goes above a point at `fraction` of the scale: toward the
/// lane's middle, where there is room (a low point's tag above it).
pub(super) fn tag_above(fraction: f32) -> bool {
    fraction < 0.5
}
