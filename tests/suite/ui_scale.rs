//! The emotion scale chosen in the journey inspector like a user does it:
//! "Custom…", minimum, maximum and step typed, Apply; the axis the canvas
//! paints afterwards, the values moved onto the new scale, and one undo.

use crate::common;

use common::{content, journey, press, retype, small_harness};
use egui::epaint::Shape;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::JourneymapApp;
use journeymap::model::EmotionScale;

/// The texts painted in the "Feeling" lane's header that are numbers: the
/// axis labels of the emotion scale, bottom to top.
fn axis_labels(harness: &Harness<'_, JourneymapApp>) -> Vec<String> {
    fn texts(shape: &Shape, out: &mut Vec<(egui::Rect, String)>) {
        match shape {
            Shape::Vec(shapes) => {
                for shape in shapes {
                    texts(shape, out);
                }
            }
            Shape::Text(text) => {
                out.push((text.visual_bounding_rect(), text.galley.text().to_owned()));
            }
            _ => {}
        }
    }
    let header = harness.get_by_label("Feeling").rect();
    let mut painted = Vec::new();
    for clipped in &harness.output().shapes {
        texts(&clipped.shape, &mut painted);
    }
    let mut labels: Vec<(egui::Rect, String)> = painted
        .into_iter()
        .filter(|(rect, text)| {
            header.contains(rect.center())
                && !text.is_empty()
                && text.chars().all(|c| "0123456789+−.,".contains(c))
        })
        .collect();
    labels.sort_by(|a, b| b.0.center().y.total_cmp(&a.0.center().y));
    labels.into_iter().map(|(_, text)| text).collect()
}

#[test]
fn a_custom_zero_to_five_scale_maps_the_values_labels_the_axis_plainly_and_undoes_in_one_step() {
    let mut harness = small_harness();
    let before = journey(&harness);
    assert_eq!(axis_labels(&harness), ["−2", "−1", "0", "+1", "+2"]);

    harness.get_by_label("Emotion scale").click();
    harness.run();
    harness.get_by_label("Custom…").click();
    harness.run();
    retype(&mut harness, "Minimum field", "0");
    // Half-typed: 0 … 0 is no scale, and the map has not changed.
    retype(&mut harness, "Maximum field", "0");
    assert!(
        harness
            .query_by_label("Unusable scale: the minimum must be below the maximum")
            .is_some()
    );
    harness.get_by_label("Apply scale").click();
    harness.run();
    assert_eq!(journey(&harness), before, "nothing applies while unusable");
    retype(&mut harness, "Maximum field", "5");
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
    // +1 and −1 on −2…+2 sit at three and one quarters of the height:
    // 3.75 and 1.25 on 0…5, the nearest values 4 and 1.
    let values: Vec<f32> = after.curves[0].points.iter().map(|p| p.value).collect();
    assert_eq!(values, [4.0, 1.0]);
    assert_eq!(axis_labels(&harness), ["0", "1", "2", "3", "4", "5"]);

    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        content(&journey(&harness)),
        content(&before),
        "one undo restores all"
    );
    assert_eq!(axis_labels(&harness), ["−2", "−1", "0", "+1", "+2"]);
}

#[test]
fn a_half_step_is_typed_and_labelled_and_a_bad_step_is_explained() {
    let mut harness = small_harness();
    let before = journey(&harness);
    harness.get_by_label("Emotion scale").click();
    harness.run();
    harness.get_by_label("Custom…").click();
    harness.run();
    retype(&mut harness, "Step field", "0.25");
    assert!(
        harness
            .query_by_label(
                "Unusable scale: the step must be a whole number or a half (such as 1 or 0.5)"
            )
            .is_some()
    );
    harness.get_by_label("Apply scale").click();
    harness.run();
    assert_eq!(journey(&harness), before);

    retype(&mut harness, "Step field", "0.5");
    harness.get_by_label("Apply scale").click();
    harness.run();
    assert_eq!(
        journey(&harness).emotion_scale,
        EmotionScale {
            min: -2.0,
            max: 2.0,
            step: 0.5,
        }
    );
    assert_eq!(
        axis_labels(&harness),
        ["−2", "−1.5", "−1", "−0.5", "0", "+0.5", "+1", "+1.5", "+2"]
    );
}

#[test]
fn a_preset_is_one_click_and_one_undo_step() {
    let mut harness = small_harness();
    let before = journey(&harness);
    harness.get_by_label("Emotion scale").click();
    harness.run();
    harness.get_by_label("1 … 5").click();
    harness.run();
    assert_eq!(
        journey(&harness).emotion_scale,
        EmotionScale {
            min: 1.0,
            max: 5.0,
            step: 1.0,
        }
    );
    assert_eq!(axis_labels(&harness), ["1", "2", "3", "4", "5"]);
    common::assert_undo_redo(&mut harness, &before, 1);
}

#[test]
fn a_german_map_writes_its_half_steps_with_a_decimal_comma() {
    let mut map = common::small_map();
    map.language = Some(journeymap::i18n::Lang::De);
    map.emotion_scale = EmotionScale {
        min: 0.0,
        max: 2.0,
        step: 0.5,
    };
    map.curves[0].points[1].value = 0.5;
    let mut harness = common::journey_harness(map);
    harness.state_mut().queue(journeymap::app::Command::ZoomFit);
    harness.run();
    assert_eq!(axis_labels(&harness), ["0", "0,5", "1", "1,5", "2"]);
}
