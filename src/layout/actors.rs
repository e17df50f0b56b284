//! The row of actor tags at the foot of a card: who acts there besides the
//! persona ("Front-desk clerk", a second persona). Tags are measured with the
//! real fonts and flow left to right, wrapping to further lines, so the card
//! grows to hold them all; a card without actors gets no row at all.

use emath::{Rect, Vec2, pos2, vec2};

use crate::model::{Actor, Card, Journey};

use super::{ActorTagLayout, Metrics, TextMeasure, TextRole};

/// The actors a card shows, with the names they show: a persona the map no
/// longer has names nothing and is left out (paint walks the same list).
pub fn shown_actors<'a>(
    journey: &'a Journey,
    card: &'a Card,
) -> impl Iterator<Item = (&'a Actor, &'a str)> {
    card.actors.iter().filter_map(|actor| {
        let name = journey.actor_name(actor)?;
        (!name.trim().is_empty()).then_some((actor, name))
    })
}

/// A card's tags measured, relative to the top-left of their row.
pub(super) struct MeasuredTags {
    /// The tags, in the order the card lists its actors.
    tags: Vec<ActorTagLayout>,
    /// The height of the whole row: the gap above it and every line of tags;
    /// 0 when the card names no actor.
    pub(super) height: f32,
}

/// Flows a card's tags into lines `width` map points wide.
pub(super) fn measure_tags(
    journey: &Journey,
    card: &Card,
    metrics: &Metrics,
    text: &dyn TextMeasure,
    width: f32,
) -> MeasuredTags {
    let mut tags = Vec::new();
    let (mut x, mut y) = (0.0f32, metrics.actor_row_gap);
    for (actor, name) in shown_actors(journey, card) {
        let dot = matches!(actor, Actor::Persona(_));
        let before_name = metrics.actor_tag_padding
            + if dot {
                metrics.actor_dot + metrics.actor_tag_gap
            } else {
                0.0
            };
        let name_size = text.line_size(&[(name, TextRole::Small)]);
        // A name longer than the card is shortened when painted; its tag
        // takes the whole line.
        let room = (width - before_name - metrics.actor_tag_padding).max(0.0);
        let name_width = name_size.x.min(room);
        let tag_width = before_name + name_width + metrics.actor_tag_padding;
        if x > 0.0 && x + tag_width > width {
            x = 0.0;
            y += metrics.actor_tag_height + metrics.actor_tag_gap;
        }
        let rect = Rect::from_min_size(pos2(x, y), vec2(tag_width, metrics.actor_tag_height));
        let name_rect = Rect::from_center_size(
            pos2(
                rect.left() + before_name + name_width / 2.0,
                rect.center().y,
            ),
            vec2(name_width, name_size.y),
        );
        let dot = dot.then(|| {
            Rect::from_center_size(
                pos2(
                    rect.left() + metrics.actor_tag_padding + metrics.actor_dot / 2.0,
                    rect.center().y,
                ),
                Vec2::splat(metrics.actor_dot),
            )
        });
        tags.push(ActorTagLayout {
            rect,
            name: name_rect,
            dot,
        });
        x += tag_width + metrics.actor_tag_gap;
    }
    let height = if tags.is_empty() {
        0.0
    } else {
        y + metrics.actor_tag_height
    };
    MeasuredTags { tags, height }
}

impl MeasuredTags {
    /// The tags placed in a row whose top-left corner is at `origin`.
    pub(super) fn placed(self, origin: emath::Pos2) -> Vec<ActorTagLayout> {
        let offset = origin.to_vec2();
        self.tags
            .into_iter()
            .map(|tag| ActorTagLayout {
                rect: tag.rect.translate(offset),
                name: tag.name.translate(offset),
                dot: tag.dot.map(|dot| dot.translate(offset)),
            })
            .collect()
    }
}
