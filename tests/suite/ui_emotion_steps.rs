//! The emotion curve step by step, as a consultant edits it: a value per
//! step of a phase dragged on the canvas, a 0 … 5 scale typed into the
//! inspector, and the low point that decides the journey marked as a moment
//! of truth from the inspector and from the point's context menu.

use crate::common;

use common::{content, drag, journey, journey_harness, press, retype, undo};
use egui::accesskit::Toggled;
use egui::epaint::Shape;
use egui::{Key, Modifiers, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use journeymap::app::{Command, JourneymapApp};
use journeymap::model::{
    Card, CardId, CurveId, EmotionCurve, EmotionPoint, EmotionScale, IdCounter, Journey, Lane,
    LaneId, LaneKind, Phase, PhaseId, Rgb, Step, StepId,
};

/// A German map whose "Kauf" phase has three steps: "Recherche" (one step),
/// "Kauf" with "Warenkorb prüfen", "Gutscheincode suchen" and "Bezahlen",
/// lanes "Kundenhandlungen" and "Erlebniskurve", and the curve "Ist-Zustand"
/// with a value in every step.
fn steps_map() -> Journey {
    let lane = |id, name: &str, kind| Lane {
        id: LaneId(id),
        name: name.to_owned(),
        kind,
        collapsed: false,
        min_height: None,
    };
    let point = |step, value, label: &str| EmotionPoint {
        label: label.to_owned(),
        ..EmotionPoint::new(StepId(step), value)
    };
    let mut journey = Journey {
        title: "Online-Einkauf mit Gutscheinärger 😡".to_owned(),
        language: Some(journeymap::i18n::Lang::De),
        phases: vec![
            Phase::single(PhaseId(1), "Recherche", StepId(11)),
            Phase {
                id: PhaseId(2),
                name: "Kauf".to_owned(),
                description: String::new(),
                steps: vec![
                    Step::new(StepId(21), "Warenkorb prüfen"),
                    Step::new(StepId(22), "Gutscheincode suchen"),
                    Step::new(StepId(23), "Bezahlen"),
                ],
            },
        ],
        lanes: vec![
            lane(3, "Kundenhandlungen", LaneKind::Actions),
            lane(4, "Erlebniskurve", LaneKind::Emotion),
        ],
        cards: vec![Card::new(
            CardId(5),
            LaneId(3),
            StepId(22),
            "Sucht 20 Minuten nach einem Gutscheincode",
        )],
        curves: vec![EmotionCurve {
            id: CurveId(6),
            name: "Ist-Zustand".to_owned(),
            color: Rgb(0xE4, 0x57, 0x2E),
            persona: None,
            points: vec![
                point(11, 1.0, "Neugierig"),
                point(21, 1.0, ""),
                point(22, -1.0, "Code ungültig 😡"),
                point(23, 0.0, ""),
            ],
        }],
        ids: IdCounter::default(),
        ..Journey::default()
    };
    journey.refresh_id_counter();
    journey
}

fn steps_harness() -> Harness<'static, JourneymapApp> {
    let mut harness = journey_harness(steps_map());
    harness.state_mut().queue(Command::ZoomFit);
    harness.run();
    harness
}

/// The label of the curve's point in a step of "Kauf".
fn point_label(step: &str) -> String {
    format!("Ist-Zustand in Kauf › {step}")
}

fn values(harness: &Harness<'_, JourneymapApp>) -> Vec<(StepId, f32)> {
    journey(harness).curves[0]
        .points
        .iter()
        .map(|point| (point.step, point.value))
        .collect()
}

fn marked(harness: &Harness<'_, JourneymapApp>, step: u64) -> bool {
    journey(harness).curves[0]
        .point_in(StepId(step))
        .is_some_and(|point| point.moment_of_truth)
}

/// Every text painted inside `area`, with where it was painted.
fn painted_texts(harness: &Harness<'_, JourneymapApp>, area: Rect) -> Vec<(Rect, String)> {
    fn collect(shape: &Shape, out: &mut Vec<(Rect, String)>) {
        match shape {
            Shape::Vec(shapes) => {
                for shape in shapes {
                    collect(shape, out);
                }
            }
            Shape::Text(text) => {
                out.push((text.visual_bounding_rect(), text.galley.text().to_owned()));
            }
            _ => {}
        }
    }
    let mut painted = Vec::new();
    for clipped in &harness.output().shapes {
        collect(&clipped.shape, &mut painted);
    }
    painted.retain(|(rect, text)| area.contains(rect.center()) && !text.is_empty());
    painted
}

/// The numbers written on the emotion lane's axis, bottom to top.
fn axis_labels(harness: &Harness<'_, JourneymapApp>) -> Vec<String> {
    let header = harness.get_by_label("Erlebniskurve").rect();
    let mut labels: Vec<(Rect, String)> = painted_texts(harness, header)
        .into_iter()
        .filter(|(_, text)| text.chars().all(|c| "0123456789+−.,".contains(c)))
        .collect();
    labels.sort_by(|a, b| b.0.center().y.total_cmp(&a.0.center().y));
    labels.into_iter().map(|(_, text)| text).collect()
}

/// The emotion lane, its header and row, on screen.
fn lane_area(harness: &Harness<'_, JourneymapApp>) -> Rect {
    let header = harness.get_by_label("Erlebniskurve").rect();
    Rect::from_x_y_ranges(header.left()..=f32::INFINITY, header.y_range())
}

/// How often the emotion lane shows `text`.
fn lane_shows(harness: &Harness<'_, JourneymapApp>, text: &str) -> usize {
    painted_texts(harness, lane_area(harness))
        .iter()
        .filter(|(_, painted)| painted == text)
        .count()
}

#[test]
fn a_point_of_one_step_is_dragged_and_only_that_step_changes() {
    let mut harness = steps_harness();
    let before = journey(&harness);
    // Each step of "Kauf" has its own point, side by side.
    let points: Vec<f32> = ["Warenkorb prüfen", "Gutscheincode suchen", "Bezahlen"]
        .iter()
        .map(|step| common::center(&harness, &point_label(step)).x)
        .collect();
    assert!(points[0] < points[1] && points[1] < points[2], "{points:?}");

    let from = common::center(&harness, &point_label("Gutscheincode suchen"));
    let bottom = harness.get_by_label("Erlebniskurve").rect().bottom();
    drag(&mut harness, from, egui::pos2(from.x, bottom - 3.0));

    assert_eq!(
        values(&harness),
        [
            (StepId(11), 1.0),
            (StepId(21), 1.0),
            (StepId(22), -2.0),
            (StepId(23), 0.0),
        ]
    );
    // The point keeps its label; one undo step puts it back.
    assert_eq!(
        journey(&harness).curves[0].points[2].label,
        "Code ungültig 😡"
    );
    common::assert_undo_redo(&mut harness, &before, 1);
}

#[test]
fn a_zero_to_five_scale_is_typed_in_the_inspector_and_the_axis_reads_without_plus_signs() {
    let mut harness = steps_harness();
    let before = journey(&harness);
    assert_eq!(axis_labels(&harness), ["−2", "−1", "0", "+1", "+2"]);

    harness.get_by_label("Emotion scale").click();
    harness.run();
    harness.get_by_label("Custom…").click();
    harness.run();
    retype(&mut harness, "Minimum field", "0");
    retype(&mut harness, "Maximum field", "5");
    retype(&mut harness, "Step field", "1");
    harness.get_by_label("Apply scale").click();
    harness.run();

    let after = journey(&harness);
    assert_eq!(
        after.emotion_scale,
        EmotionScale {
            min: 0.0,
            max: 5.0,
            step: 1.0,
        }
    );
    let labels = axis_labels(&harness);
    assert_eq!(labels, ["0", "1", "2", "3", "4", "5"]);
    assert!(labels.iter().all(|label| !label.contains('+')));
    // Every step's value moved to the same height: +1 → 3.75 → 4, −1 → 1, 0 → 2.5 → 3.
    let moved: Vec<f32> = values(&harness).iter().map(|(_, value)| *value).collect();
    assert_eq!(moved, [4.0, 4.0, 1.0, 3.0]);
    // The drop-down names the scale plainly too.
    harness.get_by_label("Emotion scale").click();
    harness.run();
    assert!(harness.query_by_label("0 … 5").is_some());
    assert!(harness.query_by_label("+0 … +5").is_none());
    press(&mut harness, Modifiers::NONE, Key::Escape);

    undo(&mut harness);
    assert_eq!(content(&journey(&harness)), content(&before));
}

#[test]
fn the_inspector_marks_a_moment_of_truth_the_map_names_it_and_undo_clears_it() {
    let mut harness = steps_harness();
    let before = journey(&harness);
    assert_eq!(lane_shows(&harness, "Moment der Wahrheit"), 0);
    harness
        .get_by_label(&point_label("Gutscheincode suchen"))
        .click();
    harness.run();
    harness.get_by_label("Moment of truth").click();
    harness.run();

    assert!(marked(&harness, 22));
    assert!(!marked(&harness, 21) && !marked(&harness, 23));
    assert_eq!(
        harness.state().history().undo_name(),
        Some(journeymap::i18n::text::edit::STEP_MARK_MOMENT)
    );
    // Screen readers hear it; the map (in its own language, German) writes
    // it at the point and explains it in the legend.
    let marked_label = format!("{}, moment of truth", point_label("Gutscheincode suchen"));
    assert!(harness.query_by_label(&marked_label).is_some());
    assert_eq!(
        lane_shows(&harness, "Moment der Wahrheit"),
        1,
        "the tag at the point (the legend under the grid explains the ring)"
    );

    undo(&mut harness);
    assert_eq!(content(&journey(&harness)), content(&before));
    assert!(harness.query_by_label(&marked_label).is_none());
    assert_eq!(lane_shows(&harness, "Moment der Wahrheit"), 0);
}

#[test]
fn the_context_menu_marks_and_clears_a_moment_of_truth_one_step_each() {
    let mut harness = steps_harness();
    let before = journey(&harness);
    let label = point_label("Gutscheincode suchen");
    let marked_label = format!("{label}, moment of truth");

    harness.get_by_label(&label).click_secondary();
    harness.run();
    harness.get_by_label("Mark as Moment of Truth").click();
    harness.run();
    assert!(marked(&harness, 22));
    // The inspector shows the point marked.
    assert_eq!(
        harness
            .get_by_label("Moment of truth")
            .accesskit_node()
            .toggled(),
        Some(Toggled::True)
    );

    harness.get_by_label(&marked_label).click_secondary();
    harness.run();
    assert!(harness.query_by_label("Mark as Moment of Truth").is_none());
    harness.get_by_label("Clear Moment of Truth").click();
    harness.run();
    assert!(!marked(&harness, 22));
    assert_eq!(harness.state().history().undo_len(), 2);

    undo(&mut harness);
    assert!(marked(&harness, 22));
    undo(&mut harness);
    assert_eq!(content(&journey(&harness)), content(&before));
    common::redo(&mut harness);
    assert!(marked(&harness, 22));
}
