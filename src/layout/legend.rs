//! The legend under the grid: built from exactly what the map uses —
//! evidence levels, media types, channel icons shown without their names,
//! the emotion scale's faces, and the curves with their personas — so every
//! symbol in the picture is explained and nothing else is listed.

use emath::{Pos2, Rect, pos2, vec2};

use crate::i18n::{Lang, text::domain as t, tr_in};
use crate::model::{Card, Channel, CurveId, Evidence, Journey, LaneKind, MediaType};

use super::badges::PILL_PADDING;
use super::{CardLayout, Metrics, TextMeasure, TextRole};

/// The legend, placed.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendLayout {
    /// The whole legend.
    pub rect: Rect,
    /// Each group's heading ("Evidence:"), its left edge at the row's middle.
    pub headings: Vec<LegendText>,
    /// Every symbol with its words.
    pub items: Vec<LegendItem>,
}

/// A line of legend words: the left end of its middle, and the words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegendText {
    /// Left end, vertically centred.
    pub left_center: Pos2,
    /// The words.
    pub text: String,
}

/// One explained symbol.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendItem {
    /// What is drawn.
    pub symbol: LegendSymbol,
    /// Where it is drawn.
    pub symbol_rect: Rect,
    /// What it means.
    pub label: LegendText,
}

/// A symbol of the map that the legend explains.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LegendSymbol {
    /// A card's evidence dot.
    Evidence(Evidence),
    /// A media type's pill (the word on the pill is the badge's).
    Media(MediaType),
    /// A channel's icon.
    Channel(Channel),
    /// The face the emotion lane draws at this value.
    Face(f32),
    /// A curve's line in its colour.
    Curve(CurveId),
    /// The ring around a moment of truth.
    MomentOfTruth,
}

/// Space between a heading and its first symbol, and between a symbol and its words.
const INNER_GAP: f32 = 6.0;
/// Space between two items of a group.
const ITEM_GAP: f32 = 16.0;
/// Space between two groups.
const GROUP_GAP: f32 = 32.0;
/// Width and height of the room a symbol is drawn in (a media pill is wider).
const SYMBOL_SIZE: f32 = 18.0;
/// Space between two rows of the legend.
const ROW_GAP: f32 = 6.0;

/// What the legend explains, group by group, before it is placed.
struct Group {
    heading: String,
    items: Vec<(LegendSymbol, String)>,
}

/// Lays the legend out under the grid, from `top`, `width` wide; `None`
/// when the map uses nothing that needs explaining.
pub(super) fn legend(
    journey: &Journey,
    cards: &[CardLayout],
    metrics: &Metrics,
    text: &dyn TextMeasure,
    origin: Pos2,
    width: f32,
) -> Option<LegendLayout> {
    let groups = groups(journey, cards, metrics.lang);
    if groups.is_empty() {
        return None;
    }
    let line = text.line_size(&[("Ag", TextRole::Small)]).y;
    let row_height = line.max(SYMBOL_SIZE) + ROW_GAP;
    let symbol_width = |symbol: &LegendSymbol| match symbol {
        LegendSymbol::Media(media) => {
            text.width(&tr_in(metrics.lang, media.badge(), &[]), TextRole::Small)
                + 2.0 * PILL_PADDING
        }
        _ => SYMBOL_SIZE,
    };
    let mut placed = LegendLayout {
        rect: Rect::from_min_size(origin, vec2(width, 0.0)),
        headings: Vec::new(),
        items: Vec::new(),
    };
    let (mut x, mut row) = (origin.x, 0.0f32);
    let right = origin.x + width;
    let middle = |row: f32| origin.y + row * row_height + (row_height - ROW_GAP) / 2.0;
    for group in groups {
        let heading_width = text.width(&group.heading, TextRole::Small);
        let item_width = |(symbol, words): &(LegendSymbol, String)| {
            symbol_width(symbol) + INNER_GAP + text.width(words, TextRole::Small)
        };
        // A heading stays on the row of its first item.
        let first = group.items.first().map_or(0.0, item_width);
        let gap = if x > origin.x { GROUP_GAP } else { 0.0 };
        if x > origin.x && x + gap + heading_width + INNER_GAP + first > right {
            x = origin.x;
            row += 1.0;
        } else {
            x += gap;
        }
        placed.headings.push(LegendText {
            left_center: pos2(x, middle(row)),
            text: group.heading,
        });
        x += heading_width + INNER_GAP;
        for (index, item) in group.items.into_iter().enumerate() {
            let width = item_width(&item);
            if index > 0 {
                if x + ITEM_GAP + width > right {
                    x = origin.x + SYMBOL_SIZE;
                    row += 1.0;
                } else {
                    x += ITEM_GAP;
                }
            }
            let (symbol, words) = item;
            let symbol_size = vec2(symbol_width(&symbol), SYMBOL_SIZE);
            let symbol_rect =
                Rect::from_center_size(pos2(x + symbol_size.x / 2.0, middle(row)), symbol_size);
            placed.items.push(LegendItem {
                symbol,
                symbol_rect,
                label: LegendText {
                    left_center: pos2(symbol_rect.right() + INNER_GAP, middle(row)),
                    text: words,
                },
            });
            x += width;
        }
    }
    placed.rect.set_height((row + 1.0) * row_height - ROW_GAP);
    Some(placed)
}

/// The groups of the legend, each only with what the map uses, in a fixed order.
fn groups(journey: &Journey, cards: &[CardLayout], lang: Lang) -> Vec<Group> {
    let shown: Vec<(&Card, &CardLayout)> = journey
        .cards
        .iter()
        .zip(cards)
        .filter(|(_, layout)| !layout.hidden)
        .collect();
    let words = |msg| tr_in(lang, msg, &[]);
    let mut groups = Vec::new();
    let mut push = |msg, items: Vec<(LegendSymbol, String)>| {
        if !items.is_empty() {
            groups.push(Group {
                heading: format!("{}:", words(msg)),
                items,
            });
        }
    };
    push(t::LEGEND_EVIDENCE, evidence_items(&shown, lang));
    push(t::LEGEND_MEDIA, media_items(&shown, lang));
    push(t::LEGEND_CHANNELS, channel_items(&shown, lang));
    let (faces, curves) = emotion_items(journey, lang);
    push(t::LEGEND_EMOTION, faces);
    push(t::LEGEND_CURVES, curves);
    groups
}

fn evidence_items(shown: &[(&Card, &CardLayout)], lang: Lang) -> Vec<(LegendSymbol, String)> {
    Evidence::ALL
        .into_iter()
        .filter(|level| shown.iter().any(|(card, _)| card.evidence == *level))
        .map(|level| (LegendSymbol::Evidence(level), tr_in(lang, level.msg(), &[])))
        .collect()
}

fn media_items(shown: &[(&Card, &CardLayout)], lang: Lang) -> Vec<(LegendSymbol, String)> {
    MediaType::ALL
        .into_iter()
        .filter(|media| {
            shown.iter().any(|(card, _)| {
                card.touchpoint
                    .as_ref()
                    .is_some_and(|touchpoint| touchpoint.media == Some(*media))
            })
        })
        .map(|media| (LegendSymbol::Media(media), tr_in(lang, media.msg(), &[])))
        .collect()
}

/// Only the channels whose icon stands somewhere without its whole name.
fn channel_items(shown: &[(&Card, &CardLayout)], lang: Lang) -> Vec<(LegendSymbol, String)> {
    let mut channels: Vec<Channel> = shown
        .iter()
        .filter_map(|(card, layout)| {
            let channel = card.touchpoint.as_ref()?.channel;
            (layout.channel_name != tr_in(lang, channel.msg(), &[])).then_some(channel)
        })
        .collect();
    channels.sort();
    channels.dedup();
    channels
        .into_iter()
        .map(|channel| {
            (
                LegendSymbol::Channel(channel),
                tr_in(lang, channel.msg(), &[]),
            )
        })
        .collect()
}

/// The scale's faces (bottom, middle, top) and the curves, when an emotion
/// lane shows any values.
type Items = Vec<(LegendSymbol, String)>;
fn emotion_items(journey: &Journey, lang: Lang) -> (Items, Items) {
    let emotion_shown = journey
        .lanes
        .iter()
        .any(|lane| lane.kind == LaneKind::Emotion && !lane.collapsed);
    let curves: Vec<_> = journey
        .curves
        .iter()
        .filter(|curve| !curve.points.is_empty())
        .collect();
    if !emotion_shown || curves.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let scale = journey.emotion_scale;
    let middle = scale.snap(f32::midpoint(scale.min, scale.max));
    let mut values = vec![scale.min];
    if middle > scale.min && middle < scale.max {
        values.push(middle);
    }
    values.push(scale.max);
    let faces = values
        .into_iter()
        .map(|value| {
            (
                LegendSymbol::Face(value),
                super::scale_value_text(value, &scale, lang),
            )
        })
        .collect();
    let mut lines: Items = curves
        .iter()
        .map(|curve| {
            (
                LegendSymbol::Curve(curve.id),
                journey.curve_name(curve).to_owned(),
            )
        })
        .collect();
    if curves
        .iter()
        .any(|curve| curve.points.iter().any(|point| point.moment_of_truth))
    {
        lines.push((
            LegendSymbol::MomentOfTruth,
            tr_in(lang, t::MOMENT_OF_TRUTH, &[]),
        ));
    }
    (faces, lines)
}
