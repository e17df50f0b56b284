//! The editor shows a map: phases, lanes and cards are on the canvas and can be
//! found by their text, as a user (or a screen reader) finds them.

use crate::common;

use egui_kittest::kittest::Queryable;
use journeymap::app::Command;

#[test]
fn the_example_opens_with_its_phases_lanes_and_cards_findable_by_name() {
    let mut harness = common::example_harness();
    harness.run();
    let journey = harness.state().document().journey.clone();
    assert!(journey.title.contains("Laptop"), "the German example opens");
    // Fit the whole map, so every element is on screen and exposed.
    harness.state_mut().queue(Command::ZoomFit);
    harness.run();
    for phase in &journey.phases {
        harness.get_by_label(&phase.name);
    }
    for lane in &journey.lanes {
        harness.get_by_label(&lane.name);
    }
    for card in &journey.cards {
        harness.get_by_label(&card.title);
    }
}

#[test]
fn cards_outside_the_view_are_not_exposed_and_zooming_in_reveals_fewer() {
    let mut harness = common::example_harness();
    harness.state_mut().queue(Command::ZoomFit);
    harness.run();
    let last_card = harness
        .state()
        .document()
        .journey
        .cards
        .last()
        .unwrap()
        .title
        .clone();
    harness.get_by_label(&last_card);
    for _ in 0..8 {
        harness.state_mut().queue(Command::ZoomIn);
    }
    harness.run();
    assert!(harness.query_by_label(&last_card).is_none());
}

#[test]
fn the_menus_list_their_commands_with_shortcuts() {
    let mut harness = common::example_harness();
    harness.run();
    harness.get_by_label("File").click();
    harness.run();
    for label in [
        "New Ctrl+N",
        "Open… Ctrl+O",
        "Save Ctrl+S",
        "Save As… Ctrl+Shift+S",
        "Quit Ctrl+Q",
    ] {
        harness.get_by_label(label);
    }
}

#[test]
fn the_zoom_buttons_change_the_zoom_shown_in_the_toolbar() {
    let mut harness = common::example_harness();
    harness.run();
    harness.get_by_label("100%").click();
    harness.run();
    assert!((harness.state_mut().canvas_mut().zoom() - 1.0).abs() < 1e-4);
    harness.get_by_label("+").click();
    harness.run();
    assert!((harness.state_mut().canvas_mut().zoom() - 1.25).abs() < 1e-4);
    harness.get_by_label("125%");
    harness.get_by_label("−").click();
    harness.get_by_label("−").click();
    harness.run();
    assert!(harness.state_mut().canvas_mut().zoom() < 1.0);
}

#[test]
fn f1_shows_every_shortcut() {
    let mut harness = common::example_harness();
    harness.run();
    harness.key_press(egui::Key::F1);
    harness.run();
    harness.get_by_label("Keyboard shortcuts");
    harness.get_by_label("Fit to Window");
}

#[test]
fn new_replaces_the_map_with_a_blank_one() {
    let mut harness = common::example_harness();
    harness.run();
    harness.get_by_label("New").click();
    harness.run();
    let journey = &harness.state().document().journey;
    assert!(journey.cards.is_empty());
    assert_eq!(journey.phases.len(), 5);
    harness.get_by_label("Awareness");
}

#[test]
fn the_status_bar_counts_the_map_and_its_tooltip_lists_every_count() {
    let mut harness = common::example_harness();
    harness.run();
    // The German example, counted by hand.
    let line = harness.get_by_label("6 phases · 9 lanes · 55 cards");
    line.hover();
    harness.run();
    harness.get_by_label(
        "6 phases\n14 steps\n9 lanes\n55 cards\n2 emotion curves\n28 emotion values\n\
         1 persona\n4 actors\n0 links\n0 votes",
    );

    // The line follows the map.
    harness.state_mut().queue(Command::AddPhase);
    harness.run();
    harness.get_by_label("7 phases · 9 lanes · 55 cards");
}
