//! Editing phases, lanes and emotion curves on the canvas as a user does, and
//! undoing it all.

use crate::common;

use common::{
    assert_undo_redo, card, cell_point, center, content, double_click_at, drag, journey, press,
    redo, small_harness, type_text, undo,
};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

fn names<T>(items: &[T], name: impl Fn(&T) -> &str) -> Vec<String> {
    items.iter().map(|item| name(item).to_owned()).collect()
}

fn phase_names(harness: &egui_kittest::Harness<'_, journeymap::app::JourneymapApp>) -> Vec<String> {
    names(&journey(harness).phases, |p| &p.name)
}

fn lane_names(harness: &egui_kittest::Harness<'_, journeymap::app::JourneymapApp>) -> Vec<String> {
    names(&journey(harness).lanes, |l| &l.name)
}

#[test]
fn double_clicking_a_phase_header_renames_it() {
    let mut harness = small_harness();
    let before = journey(&harness);
    let header = center(&harness, "Compare");
    double_click_at(&mut harness, header);
    type_text(&mut harness, "Evaluate");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(phase_names(&harness), ["Discover", "Evaluate", "Buy"]);
    assert_undo_redo(&mut harness, &before, 1);
}

#[test]
fn dragging_a_phase_header_past_the_last_reorders_the_phases() {
    let mut harness = small_harness();
    let before = journey(&harness);
    let from = center(&harness, "Discover");
    let buy = harness.get_by_label("Buy").rect();
    drag(
        &mut harness,
        from,
        egui::pos2(buy.right() - 10.0, buy.center().y),
    );
    assert_eq!(phase_names(&harness), ["Compare", "Buy", "Discover"]);
    assert_eq!(card(&journey(&harness), "Blog post").span, 1);
    assert_undo_redo(&mut harness, &before, 1);
}

#[test]
fn deleting_a_phase_asks_first_and_says_how_many_cards_go() {
    let mut harness = small_harness();
    let before = journey(&harness);
    harness.get_by_label("Discover").click();
    harness.run();
    press(&mut harness, Modifiers::NONE, Key::Delete);
    harness.get_by_label("Its 3 cards will be deleted with it.");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(
        content(&journey(&harness)),
        content(&before),
        "Cancel keeps it"
    );
    press(&mut harness, Modifiers::NONE, Key::Delete);
    harness.get_by_label("Delete phase").click();
    harness.run();
    let after = journey(&harness);
    assert_eq!(phase_names(&harness), ["Compare", "Buy"]);
    assert_eq!(after.cards.len(), before.cards.len() - 3);
    assert!(
        after.curves[0]
            .points
            .iter()
            .all(|p| p.step != before.phases[0].steps[0].id)
    );
    assert_undo_redo(&mut harness, &before, 1);
}

#[test]
fn adding_a_phase_from_the_toolbar_starts_naming_it() {
    let mut harness = small_harness();
    let before = journey(&harness);
    harness.get_by_label("Compare").click();
    harness.run();
    harness.get_by_label("Add phase").click();
    harness.run();
    type_text(&mut harness, "Decide");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(
        phase_names(&harness),
        ["Discover", "Compare", "Decide", "Buy"]
    );
    assert_undo_redo(&mut harness, &before, 2);
}

#[test]
fn dragging_a_phase_border_sets_its_width() {
    let mut harness = small_harness();
    let before = journey(&harness);
    let border = center(&harness, "Width of Discover");
    drag(&mut harness, border, border + egui::vec2(120.0, 0.0));
    let width = journey(&harness).phases[0].steps[0]
        .width
        .expect("a width is set");
    assert!(width > 260.0, "wider than the default 250: {width}");
    assert_undo_redo(&mut harness, &before, 1);
}

#[test]
fn double_clicking_a_lane_header_renames_it() {
    let mut harness = small_harness();
    let before = journey(&harness);
    let header = center(&harness, "Doing");
    double_click_at(&mut harness, header);
    type_text(&mut harness, "Actions");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(lane_names(&harness), ["Channels", "Actions", "Feeling"]);
    assert_undo_redo(&mut harness, &before, 1);
}

#[test]
fn dragging_a_lane_header_below_another_reorders_the_lanes() {
    let mut harness = small_harness();
    let before = journey(&harness);
    let from = center(&harness, "Channels");
    let doing = harness.get_by_label("Doing").rect();
    drag(
        &mut harness,
        from,
        egui::pos2(doing.center().x, doing.bottom() - 5.0),
    );
    assert_eq!(lane_names(&harness), ["Doing", "Channels", "Feeling"]);
    assert_undo_redo(&mut harness, &before, 1);
}

#[test]
fn deleting_a_lane_asks_first_and_takes_its_cards() {
    let mut harness = small_harness();
    let before = journey(&harness);
    harness.get_by_label("Doing").click_secondary();
    harness.run();
    harness.get_by_label("Delete Lane… Delete").click();
    harness.run();
    harness.get_by_label("Its 2 cards will be deleted with it.");
    harness.get_by_label("Delete lane").click();
    harness.run();
    assert_eq!(lane_names(&harness), ["Channels", "Feeling"]);
    assert_eq!(journey(&harness).cards.len(), before.cards.len() - 2);
    assert_undo_redo(&mut harness, &before, 1);
}

#[test]
fn dragging_a_lane_border_sets_its_height() {
    let mut harness = small_harness();
    let before = journey(&harness);
    let border = center(&harness, "Height of Doing");
    drag(&mut harness, border, border + egui::vec2(0.0, 150.0));
    let height = journey(&harness).lanes[1]
        .min_height
        .expect("a height is set");
    assert!(height > 100.0, "{height}");
    assert_undo_redo(&mut harness, &before, 1);
}

#[test]
fn a_lane_collapses_to_a_strip_and_expands_again() {
    let mut harness = small_harness();
    let before = journey(&harness);
    harness.get_by_label("Collapse Channels").click();
    harness.run();
    assert!(journey(&harness).lanes[0].collapsed);
    assert!(
        harness.query_by_label("Blog post").is_none(),
        "its cards are hidden"
    );
    harness.get_by_label("Expand Channels").click();
    harness.run();
    assert!(!journey(&harness).lanes[0].collapsed);
    harness.get_by_label("Blog post");
    undo(&mut harness);
    undo(&mut harness);
    assert_eq!(content(&journey(&harness)), content(&before));
    redo(&mut harness);
    assert!(journey(&harness).lanes[0].collapsed);
}

fn point_value(
    harness: &egui_kittest::Harness<'_, journeymap::app::JourneymapApp>,
    phase: usize,
) -> Option<f32> {
    let journey = journey(harness);
    let step = journey.phases[phase].steps[0].id;
    journey.curves[0].point_in(step).map(|p| p.value)
}

#[test]
fn dragging_an_emotion_point_up_snaps_it_to_the_top_of_the_scale() {
    let mut harness = small_harness();
    let before = journey(&harness);
    let point = center(&harness, "As-is in Compare");
    let top = harness.get_by_label("Feeling").rect().top();
    drag(&mut harness, point, egui::pos2(point.x, top + 4.0));
    assert_eq!(point_value(&harness, 1), Some(2.0));
    assert_eq!(
        harness.state().history().undo_name(),
        Some(journeymap::i18n::text::edit::STEP_SET_EMOTION)
    );
    assert_undo_redo(&mut harness, &before, 1);
}

#[test]
fn clicking_an_empty_phase_of_the_emotion_lane_sets_a_point() {
    let mut harness = small_harness();
    let before = journey(&harness);
    let row = harness.get_by_label("Feeling").rect();
    let column = harness.get_by_label("Buy").rect();
    common::click_at(
        &mut harness,
        egui::pos2(column.center().x, row.bottom() - 3.0),
        Modifiers::NONE,
    );
    assert_eq!(point_value(&harness, 2), Some(-2.0));
    harness.get_by_label("As-is in Buy");
    assert_undo_redo(&mut harness, &before, 1);
}

#[test]
fn a_point_is_removed_from_its_context_menu_and_labelled_by_double_click() {
    let mut harness = small_harness();
    let before = journey(&harness);
    let point = center(&harness, "As-is in Discover");
    double_click_at(&mut harness, point);
    type_text(&mut harness, "Found the blog");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    let labelled = journey(&harness);
    assert_eq!(labelled.curves[0].points[0].label, "Found the blog");
    harness.get_by_label("As-is in Discover").click_secondary();
    harness.run();
    harness.get_by_label("Remove Point Delete").click();
    harness.run();
    assert_eq!(point_value(&harness, 0), None);
    assert_undo_redo(&mut harness, &before, 2);
}

#[test]
fn changing_the_scale_maps_the_values() {
    let mut harness = small_harness();
    let before = journey(&harness);
    harness.get_by_label("Emotion scale").click();
    harness.run();
    harness.get_by_label("1 … 5").click();
    harness.run();
    let after = journey(&harness);
    assert!((after.emotion_scale.max - 5.0).abs() < 1e-6);
    assert_eq!(point_value(&harness, 0), Some(4.0));
    assert_eq!(point_value(&harness, 1), Some(2.0));
    assert_undo_redo(&mut harness, &before, 1);
}

#[test]
fn curves_are_added_renamed_and_removed() {
    let mut harness = small_harness();
    let before = journey(&harness);
    harness.get_by_label("Insert").click();
    harness.run();
    harness.get_by_label("Add Emotion Curve").click();
    harness.run();
    assert_eq!(journey(&harness).curves.len(), 2);
    // The new curve is selected: the inspector renames it, typing being one step.
    harness.get_by_label("Name field").click();
    harness.run();
    press(&mut harness, Modifiers::COMMAND, Key::A);
    type_text(&mut harness, "To-be");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(journey(&harness).curves[1].name, "To-be");
    harness.get_by_label("To-be curve").click();
    harness.run();
    harness.get_by_label("Remove curve").click();
    harness.run();
    assert_eq!(journey(&harness).curves.len(), 1);
    assert_undo_redo(&mut harness, &before, 3);
}

#[test]
fn a_sequence_of_gestures_undoes_back_to_the_original_and_redoes_again() {
    let mut harness = small_harness();
    let before = journey(&harness);
    let from = center(&harness, "Reads reviews");
    let to = cell_point(&harness, "Compare", "Doing", 0.5);
    drag(&mut harness, from, to);
    let header = center(&harness, "Buy");
    double_click_at(&mut harness, header);
    type_text(&mut harness, "Purchase");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    let point = center(&harness, "As-is in Discover");
    let top = harness.get_by_label("Feeling").rect().top();
    drag(&mut harness, point, egui::pos2(point.x, top + 4.0));
    harness.get_by_label("Search ad").click();
    harness.run();
    press(&mut harness, Modifiers::NONE, Key::Delete);
    assert_eq!(harness.state().history().undo_len(), 4);
    assert_undo_redo(&mut harness, &before, 4);
    // Ctrl+Y redoes too.
    undo(&mut harness);
    press(&mut harness, Modifiers::COMMAND, Key::Y);
    assert!(
        journey(&harness)
            .cards
            .iter()
            .all(|c| c.title != "Search ad")
    );
}
