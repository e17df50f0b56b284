#![expect(
    clippy::float_cmp,
    reason = "layout is deterministic arithmetic: exact float equality is the point"
)]

use super::*;
use crate::i18n::Lang;
use crate::model::{
    Card, CardId, CurveId, EmotionCurve, EmotionPoint, Lane, LaneId, Phase, PhaseId, Rgb, StepId,
};
use emath::{Pos2, Vec2};

/// Every character 8 points wide, every line 10 points high: simple to reason about.
struct FixedWidthText;

impl TextMeasure for FixedWidthText {
    fn line_size(&self, runs: &[(&str, TextRole)]) -> Vec2 {
        let chars: usize = runs.iter().map(|(text, _)| text.chars().count()).sum();
        #[expect(
            clippy::cast_precision_loss,
            reason = "test texts are a few hundred characters"
        )]
        let width = chars as f32 * 8.0;
        vec2(width, 10.0)
    }
}

fn journey(phases: u64, lanes: &[LaneKind]) -> Journey {
    let mut journey = Journey {
        title: "Map".into(),
        ..Journey::default()
    };
    for p in 0..phases {
        journey.phases.push(Phase::single(
            PhaseId(100 + p),
            format!("P{p}"),
            StepId(300 + p),
        ));
    }
    for (l, kind) in (0u64..).zip(lanes) {
        journey.lanes.push(Lane {
            id: LaneId(200 + l),
            name: format!("L{l}"),
            kind: *kind,
            collapsed: false,
            min_height: None,
        });
    }
    journey
}

fn add_card(journey: &mut Journey, id: u64, lane: u64, phase: u64, title: &str) {
    journey.cards.push(Card::new(
        CardId(id),
        LaneId(200 + lane),
        StepId(300 + phase),
        title,
    ));
}

fn lay_out(journey: &Journey) -> MapLayout {
    layout(journey, &Metrics::default(), &FixedWidthText)
}

fn card_rect(layout: &MapLayout, id: u64) -> Rect {
    layout
        .cards
        .iter()
        .find(|card| card.id == CardId(id))
        .map(|card| card.rect)
        .expect("card laid out")
}

#[test]
fn cards_stack_in_document_order_inside_their_cell() {
    let mut journey = journey(2, &[LaneKind::Actions]);
    add_card(&mut journey, 1, 0, 0, "first");
    add_card(&mut journey, 2, 0, 1, "other cell");
    add_card(&mut journey, 3, 0, 0, "second");
    let layout = lay_out(&journey);
    let (first, second) = (card_rect(&layout, 1), card_rect(&layout, 3));
    assert!(second.top() >= first.bottom() + Metrics::default().card_gap - 0.01);
    assert_eq!(first.left(), second.left());
    let cell = layout.cell(0, 0).unwrap();
    assert!(cell.contains_rect(first) && cell.contains_rect(second));
    assert_eq!(card_rect(&layout, 2).top(), first.top());
}

#[test]
fn a_lane_grows_to_fit_its_tallest_stack_and_wraps_long_titles() {
    let mut journey = journey(1, &[LaneKind::Thoughts, LaneKind::Goals]);
    for id in 1..=6u64 {
        add_card(&mut journey, id, 0, 0, &"long words ".repeat(10));
    }
    let layout = lay_out(&journey);
    let bottom = card_rect(&layout, 6).bottom();
    assert!(layout.lanes[0].row.bottom() >= bottom + Metrics::default().cell_padding - 0.01);
    assert_eq!(layout.lanes[1].row.top(), layout.lanes[0].row.bottom());
    let one_card = &layout.cards[0];
    assert!(
        one_card.title.height() > 10.0,
        "title wraps to several lines"
    );
    assert!(one_card.rect.contains_rect(one_card.title));
}

#[test]
fn a_spanning_card_covers_its_phases_and_pushes_later_cards_below_it_in_each() {
    let mut journey = journey(3, &[LaneKind::Opportunities]);
    add_card(&mut journey, 1, 0, 0, "wide");
    journey.cards[0].span = 2;
    add_card(&mut journey, 2, 0, 1, "under the wide one");
    add_card(&mut journey, 3, 0, 2, "free phase");
    let layout = lay_out(&journey);
    let wide = card_rect(&layout, 1);
    assert!(wide.left() < layout.phases[0].column.center().x);
    assert!(wide.right() > layout.phases[1].column.center().x);
    assert!(card_rect(&layout, 2).top() > wide.bottom());
    assert_eq!(card_rect(&layout, 3).top(), wide.top());
}

#[test]
fn emotion_values_map_high_to_the_top_and_low_to_the_bottom() {
    let mut journey = journey(3, &[LaneKind::Emotion]);
    let point = |phase: u64, value| EmotionPoint::new(StepId(300 + phase), value);
    journey.curves.push(EmotionCurve {
        id: CurveId(9),
        name: "as-is".into(),
        color: Rgb(1, 2, 3),
        persona: None,
        points: vec![point(0, 2.0), point(2, -2.0)],
    });
    let layout = lay_out(&journey);
    let curve = &layout.curves[0];
    let row = layout.lanes[0].row;
    assert_eq!(curve.points.len(), 2, "phases without a value are skipped");
    let (top, bottom) = (curve.points[0].1, curve.points[1].1);
    assert!(top.y < row.center().y && bottom.y > row.center().y);
    assert!(row.contains(top) && row.contains(bottom));
    assert_eq!(top.x, layout.phases[0].column.center().x);
}

#[test]
fn collapsed_lanes_are_thin_and_hide_their_cards() {
    let mut journey = journey(1, &[LaneKind::PainPoints]);
    add_card(&mut journey, 1, 0, 0, "slow site");
    journey.lanes[0].collapsed = true;
    let layout = lay_out(&journey);
    assert_eq!(
        layout.lanes[0].row.height(),
        Metrics::default().collapsed_lane_height
    );
    assert!(layout.cards[0].hidden);
}

#[test]
fn bounds_contain_the_title_and_the_whole_grid_with_margins() {
    let mut journey = journey(4, &LaneKind::ALL);
    add_card(&mut journey, 1, 0, 3, "x");
    let layout = lay_out(&journey);
    let margin = Metrics::default().margin;
    assert!(
        layout
            .bounds
            .contains_rect(layout.grid().expand(margin - 0.01))
    );
    assert!(layout.bounds.contains_rect(layout.title_block.rect));
    assert_eq!(layout.bounds.min, Pos2::ZERO);
}

#[test]
fn a_map_without_phases_or_lanes_still_lays_out() {
    let layout = lay_out(&Journey::default());
    assert!(layout.bounds.width() > 0.0);
    assert!(layout.cards.is_empty());
}

#[test]
fn phase_header_text_fits_its_header_and_keeps_clear_of_the_chevrons() {
    let mut journey = journey(3, &[LaneKind::Actions]);
    journey.phases[1].name = "a long phase name that has to wrap".into();
    journey.phases[1].description = "and a description under it".into();
    let layout = lay_out(&journey);
    let metrics = Metrics::default();
    for (index, phase) in layout.phases.iter().enumerate() {
        assert!(phase.header.contains_rect(phase.name), "{index}");
        let notch_clear = phase.header.left() + metrics.phase_chevron * 0.6;
        assert!(index == 0 || phase.name.left() > notch_clear, "{index}");
        assert!(phase.name.right() < phase.header.right() - 4.0, "{index}");
    }
    let middle = &layout.phases[1];
    let description = middle.description.expect("a description");
    assert!(description.top() > middle.name.bottom());
    assert!(description.bottom() <= middle.header.bottom() - metrics.header_padding + 0.01);
}

/// Remembers every text it was asked to measure.
#[derive(Default)]
struct RecordingText(std::cell::RefCell<Vec<String>>);

impl TextMeasure for RecordingText {
    fn line_size(&self, runs: &[(&str, TextRole)]) -> Vec2 {
        let text: String = runs.iter().map(|(text, _)| *text).collect();
        self.0.borrow_mut().push(text);
        FixedWidthText.line_size(runs)
    }
}

#[test]
fn kpi_values_are_measured_as_the_metrics_language_writes_them() {
    let mut journey = journey(1, &[LaneKind::Kpis]);
    add_card(&mut journey, 1, 0, 0, "Visits");
    journey.cards[0].kpi = Some(crate::model::Kpi {
        value: 12_345.5,
        unit: "€".into(),
    });
    for (lang, expected) in [(Lang::En, "12,345.5 €"), (Lang::De, "12.345,5 €")] {
        let measure = RecordingText::default();
        let metrics = Metrics {
            lang,
            ..Metrics::default()
        };
        layout(&journey, &metrics, &measure);
        assert!(
            measure.0.borrow().iter().any(|text| text == expected),
            "{lang:?}: {:?}",
            measure.0.borrow()
        );
    }
}

#[test]
fn quotes_get_the_language_marks_unless_typed() {
    assert_eq!(quoted("Zu teuer", Lang::En), "“Zu teuer”");
    assert_eq!(quoted("Zu teuer", Lang::De), "„Zu teuer“");
    assert_eq!(quoted("„Schon da“", Lang::En), "„Schon da“");
}

#[test]
fn only_a_card_with_a_channel_gets_the_badge_row() {
    let mut journey = journey(1, &[LaneKind::Touchpoints]);
    add_card(&mut journey, 1, 0, 0, "Flyer");
    add_card(&mut journey, 2, 0, 0, "Shop");
    journey.cards[1].touchpoint = Some(crate::model::Touchpoint {
        channel: crate::model::Channel::Website,
        media: None,
    });
    let layout = lay_out(&journey);
    assert_eq!(layout.cards[0].badges, None);
    let badges = layout.cards[1].badges.expect("a badge row");
    assert!(badges.bottom() <= layout.cards[1].title.top());
    assert!(layout.cards[1].rect.height() > layout.cards[0].rect.height());
}

fn scale(min: f32, max: f32, step: f32) -> crate::model::EmotionScale {
    crate::model::EmotionScale { min, max, step }
}

/// Checks the axis labels of `scale` in `row`: values of the scale, bottom to
/// top, both ends among them, no two closer than `min_distance`.
fn check_axis(scale: crate::model::EmotionScale, row: Rect, min_distance: f32) -> Vec<f32> {
    let values = scale.values();
    let labels: Vec<f32> = MapLayout::scale_labels(&scale, row, min_distance)
        .into_iter()
        .map(|index| values[index])
        .collect();
    assert_eq!(labels.first(), values.first(), "{scale:?}: {labels:?}");
    assert_eq!(labels.last(), values.last(), "{scale:?}: {labels:?}");
    for pair in labels.windows(2) {
        let y = |value| MapLayout::emotion_y(row, scale.fraction(value));
        assert!(pair[0] < pair[1], "{scale:?}: {labels:?}");
        assert!(
            y(pair[0]) - y(pair[1]) >= min_distance - 1e-3,
            "{scale:?}: {pair:?} overlap in {labels:?}"
        );
    }
    for label in &labels {
        assert!(values.contains(label), "{label} is no value of {scale:?}");
    }
    labels
}

#[test]
fn every_value_of_a_sparse_scale_is_labelled() {
    let row = Rect::from_min_size(Pos2::ZERO, vec2(800.0, 210.0));
    assert_eq!(
        check_axis(scale(-2.0, 2.0, 1.0), row, 14.0),
        [-2.0, -1.0, 0.0, 1.0, 2.0]
    );
    assert_eq!(check_axis(scale(-5.0, 5.0, 1.0), row, 14.0).len(), 11);
    assert_eq!(check_axis(scale(0.0, 5.0, 1.0), row, 14.0).len(), 6);
}

#[test]
fn a_dense_scale_labels_round_values_and_its_ends_without_overlap() {
    let small = Rect::from_min_size(Pos2::ZERO, vec2(800.0, 100.0));
    let halves = check_axis(scale(1.0, 10.0, 0.5), small, 14.0);
    assert!(
        halves.iter().all(|value| value.fract() == 0.0),
        "{halves:?}"
    );
    let lane = Rect::from_min_size(Pos2::ZERO, vec2(800.0, 210.0));
    assert_eq!(
        check_axis(scale(1.0, 10.0, 0.5), lane, 14.0),
        [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0]
    );
    assert_eq!(
        check_axis(scale(-2.0, 2.0, 0.5), small, 14.0),
        [-2.0, -1.0, 0.0, 1.0, 2.0]
    );
    let hundred = check_axis(scale(0.0, 100.0, 1.0), lane, 14.0);
    assert!(
        hundred.iter().all(|value| value % 10.0 == 0.0),
        "{hundred:?}"
    );
    check_axis(scale(-50.0, 50.0, 1.0), small, 14.0);
    check_axis(
        scale(1.0, 10.0, 1.0),
        Rect::from_min_size(Pos2::ZERO, vec2(80.0, 60.0)),
        14.0,
    );
}

#[test]
fn the_emotion_lane_keeps_the_labels_its_text_leaves_room_for() {
    let mut journey = journey(2, &[LaneKind::Actions, LaneKind::Emotion]);
    journey.emotion_scale = scale(1.0, 10.0, 0.5);
    let layout = lay_out(&journey);
    assert_eq!(layout.lanes[0].scale_labels, Vec::<usize>::new());
    let lane = &layout.lanes[1];
    // The fake text is 10 points high, and the gap follows.
    let min_distance = 10.0 + Metrics::default().scale_label_gap;
    assert_eq!(
        lane.scale_labels,
        MapLayout::scale_labels(&journey.emotion_scale, lane.row, min_distance)
    );
    // Whole numbers only: every second value of the halves.
    assert_eq!(lane.scale_labels, (0..=18).step_by(2).collect::<Vec<_>>());
    journey.lanes[1].collapsed = true;
    assert_eq!(lay_out(&journey).lanes[1].scale_labels, Vec::<usize>::new());
}

fn card_layout(layout: &MapLayout, id: u64) -> &CardLayout {
    layout
        .cards
        .iter()
        .find(|card| card.id == CardId(id))
        .expect("card laid out")
}

#[test]
fn a_card_without_actors_gets_no_tag_row_and_one_with_actors_grows_by_it() {
    let mut journey = journey(1, &[LaneKind::Actions]);
    add_card(&mut journey, 1, 0, 0, "Bezahlt");
    let plain = lay_out(&journey);
    assert!(card_layout(&plain, 1).actors.is_empty());
    journey.cards[0].actors = vec![crate::model::Actor::Name("Kassierer".into())];
    let tagged = lay_out(&journey);
    let card = card_layout(&tagged, 1);
    let metrics = Metrics::default();
    assert_eq!(
        card.rect.height(),
        card_rect(&plain, 1).height() + metrics.actor_row_gap + metrics.actor_tag_height
    );
    let [tag] = card.actors.as_slice() else {
        panic!("one tag: {:?}", card.actors);
    };
    // Under the title, inside the card's text area, as wide as the name and padding.
    assert_eq!(tag.rect.top(), card.title.bottom() + metrics.actor_row_gap);
    assert_eq!(tag.rect.left(), card.title.left());
    assert_eq!(
        tag.rect.width(),
        9.0 * 8.0 + 2.0 * metrics.actor_tag_padding
    );
    assert!(card.rect.contains_rect(tag.rect));
    assert_eq!(tag.dot, None, "a free name has no colour dot");
}

#[test]
fn many_actors_wrap_into_lines_inside_the_card_and_a_long_name_is_cut_to_the_card() {
    use crate::model::{Actor, Persona, PersonaId};
    let mut journey = journey(1, &[LaneKind::Actions]);
    journey
        .personas
        .push(Persona::new(PersonaId(50), "Lena Berger"));
    add_card(&mut journey, 1, 0, 0, "Bezahlt an der Kasse");
    journey.cards[0].actors = vec![
        Actor::Persona(PersonaId(50)),
        Actor::Name("Kassierer".into()),
        Actor::Name("Paketbotin 📦".into()),
        Actor::Name("Kreditkartenprüfungsautomatisierung".into()),
        // A persona the map does not have names nothing: no tag.
        Actor::Persona(PersonaId(99)),
    ];
    let layout = lay_out(&journey);
    let card = card_layout(&layout, 1);
    let metrics = Metrics::default();
    assert_eq!(card.actors.len(), 4);
    let text_right = card.title.left() + card.text_width;
    for (index, tag) in card.actors.iter().enumerate() {
        assert!(card.rect.contains_rect(tag.rect), "tag {index} in the card");
        assert!(
            tag.rect.right() <= text_right + 1e-3,
            "tag {index} within the text"
        );
        assert!(tag.rect.contains_rect(tag.name), "name {index} in its tag");
        for other in &card.actors[index + 1..] {
            assert!(!tag.rect.intersects(other.rect), "tags never overlap");
        }
    }
    let lines: Vec<f32> = card.actors.iter().map(|tag| tag.rect.top()).collect();
    // "Lena Berger" (dot) and "Kassierer" share a line; "Paketbotin 📦" does
    // not fit after them; the long word takes a line of its own.
    assert_eq!(lines[0], lines[1]);
    assert!(lines[2] > lines[1]);
    assert!(lines[3] > lines[2]);
    assert_eq!(
        lines[2] - lines[1],
        metrics.actor_tag_height + metrics.actor_tag_gap
    );
    assert!(card.actors[0].dot.is_some(), "a persona shows its colour");
    assert_eq!(card.actors[3].rect.width(), card.text_width);
    assert!(card.actors[3].name.width() < 35.0 * 8.0);
    assert_eq!(
        card.rect.bottom(),
        card.actors[3].rect.bottom() + metrics.card_padding
    );
}

#[test]
fn the_legend_lists_exactly_the_evidence_levels_the_map_uses_under_the_grid() {
    let mut journey = journey(2, &[LaneKind::Goals]);
    add_card(&mut journey, 1, 0, 0, "Guess");
    add_card(&mut journey, 2, 0, 1, "Backed");
    journey.cards[1].evidence = crate::model::Evidence::ResearchBacked;
    let metrics = Metrics::default();
    let layout = layout(&journey, &metrics, &FixedWidthText);
    let legend = layout.legend.as_ref().expect("a legend");
    let levels: Vec<LegendSymbol> = legend.items.iter().map(|item| item.symbol).collect();
    assert_eq!(
        levels,
        [
            LegendSymbol::Evidence(crate::model::Evidence::Assumption),
            LegendSymbol::Evidence(crate::model::Evidence::ResearchBacked),
        ]
    );
    let grid_bottom = layout.lanes.last().unwrap().row.bottom();
    assert!(legend.rect.top() > grid_bottom);
    assert!(layout.bounds.contains_rect(legend.rect));
    // Turned off, it takes no room.
    let without = super::layout(
        &journey,
        &Metrics {
            show_legend: false,
            ..Metrics::default()
        },
        &FixedWidthText,
    );
    assert!(without.legend.is_none());
    assert!(without.bounds.height() < layout.bounds.height());
}

#[test]
fn faces_of_curves_meeting_in_one_step_are_set_apart_and_labels_end_in_an_ellipsis() {
    let mut journey = journey(2, &[LaneKind::Emotion]);
    let steps = journey.step_ids();
    for (id, second) in [(60, -1.0), (61, 1.0)] {
        journey.curves.push(EmotionCurve {
            id: CurveId(id),
            name: format!("curve {id}"),
            color: Rgb(1, 2, 3),
            persona: None,
            points: vec![
                EmotionPoint::new(steps[0], 1.0),
                EmotionPoint::new(steps[1], second),
            ],
        });
    }
    journey.curves[0].points[0].label =
        "a label far too long to fit in two lines of one narrow step column at all".into();
    let layout = layout(&journey, &Metrics::default(), &FixedWidthText);
    let (a, b) = (&layout.curves[0], &layout.curves[1]);
    // Same value in the first step: the faces stand side by side.
    assert_eq!(a.points[0].1, b.points[0].1);
    assert!((a.faces[0].x - b.faces[0].x).abs() >= 2.0 * Metrics::default().face_radius);
    // Two values apart in the second: the faces stay on their points.
    assert_eq!(a.faces[1], a.points[1].1);
    let label = &a.labels[0];
    assert_eq!(label.lines.len(), 2);
    assert!(
        label.line_texts()[1].ends_with('…'),
        "{:?}",
        label.line_texts()
    );
    assert!(label.size.x <= layout.steps[0].column.width());
}
