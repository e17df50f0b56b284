//! The actor tags at a card's foot: a persona in its colour (a dot, a faint
//! tint and a border), anyone else in a plain paper tag.

use egui::{Align2, CornerRadius, Stroke, StrokeKind};

use super::MapPainter;
use super::cards::scaled_radius;
use crate::layout::{CardLayout, TextRole, shown_actors};
use crate::model::{Actor, Card, Journey};
use crate::theme;

/// Draws the tags the layout placed for `card`'s actors.
pub(super) fn actor_tags(
    map: &MapPainter<'_>,
    journey: &Journey,
    card: &Card,
    layout: &CardLayout,
) {
    let radius = CornerRadius::same(scaled_radius(theme::ACTOR_TAG_RADIUS, map.zoom()));
    let legible = map.legible(TextRole::Small);
    for ((actor, name), tag) in shown_actors(journey, card).zip(&layout.actors) {
        let persona = match actor {
            Actor::Persona(id) => journey.persona_color(*id).map(theme::rgb),
            Actor::Name(_) => None,
        };
        let (fill, border) = theme::actor_tag_colors(persona);
        map.painter.rect(
            map.rect(tag.rect),
            radius,
            fill,
            Stroke::new(map.zoom(), border),
            StrokeKind::Inside,
        );
        if let (Some(dot), Some(color)) = (tag.dot, persona) {
            map.painter
                .circle_filled(map.pos(dot.center()), dot.width() / 2.0 * map.zoom(), color);
        }
        if !legible {
            continue;
        }
        // The layout made the room narrower than the name only when the card
        // is; measuring again is then worth it.
        let fits = map.text_width(name, TextRole::Small) <= tag.name.width() + 0.5;
        let shown = if fits {
            name.to_owned()
        } else {
            crate::layout::shortened(
                &super::FontMeasure::new(map.painter.ctx()),
                name,
                TextRole::Small,
                tag.name.width(),
            )
        };
        map.label(
            tag.name.left_center(),
            Align2::LEFT_CENTER,
            &shown,
            TextRole::Small,
            theme::ACTOR_TAG_TEXT,
        );
    }
}
