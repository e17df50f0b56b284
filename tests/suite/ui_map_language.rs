//! A map has its own language: chosen in Map Properties, it decides how
//! numbers are written on the canvas and how new phases and lanes are named,
//! whatever the interface speaks; undo takes the choice back.

use crate::common;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::{Command, JourneymapApp};
use journeymap::i18n::Lang;
use journeymap::templates::example_map as example;

/// The KPI card of the German example: 48,000 visits a month.
const VISITS: &str = "Besuche aus Suche & Anzeigen";

/// The KPI as the canvas tells a screen reader, written as it is drawn.
fn visits(harness: &Harness<'static, JourneymapApp>) -> String {
    harness
        .get_by_label(VISITS)
        .value()
        .expect("a KPI card reads its number")
}

/// Picks `choice` as the map's language in Map Properties (Alt+Enter) and
/// applies it with OK.
fn choose_map_language(harness: &mut Harness<'static, JourneymapApp>, choice: &str) {
    harness.key_press_modifiers(Modifiers::ALT, Key::Enter);
    harness.run();
    harness.get_by_label("Map properties");
    harness.get_by_label("Map language").click();
    harness.run();
    harness
        .get_all_by_label(choice)
        .last()
        .unwrap_or_else(|| panic!("no {choice} in the list"))
        .click();
    harness.run();
    harness.get_by_label("OK").click();
    harness.run();
}

#[test]
fn the_map_language_decides_how_the_canvas_writes_numbers_and_undo_restores_it() {
    let mut harness = common::journey_harness(example());
    harness.run();
    // An English interface on a German map: the map stays German.
    assert_eq!(harness.state().language(), Lang::En);
    assert_eq!(visits(&harness), "48.000 Besuche/Monat");

    choose_map_language(&mut harness, "English");
    assert_eq!(common::journey(&harness).language, Some(Lang::En));
    assert_eq!(visits(&harness), "48,000 Besuche/Monat");

    common::undo(&mut harness);
    assert_eq!(common::journey(&harness).language, Some(Lang::De));
    assert_eq!(visits(&harness), "48.000 Besuche/Monat");
    common::redo(&mut harness);
    assert_eq!(visits(&harness), "48,000 Besuche/Monat");
}

#[test]
fn a_map_that_follows_the_interface_changes_with_it() {
    let mut harness = common::journey_harness(example());
    harness.run();
    choose_map_language(&mut harness, "Interface language (English)");
    assert_eq!(common::journey(&harness).language, None);
    assert_eq!(visits(&harness), "48,000 Besuche/Monat");

    harness.state_mut().set_language(Lang::De);
    harness.run();
    assert_eq!(visits(&harness), "48.000 Besuche/Monat");
}

#[test]
fn title_and_language_changed_together_are_one_undo_step() {
    let original = example();
    let mut harness = common::journey_harness(original.clone());
    harness.run();
    harness.key_press_modifiers(Modifiers::ALT, Key::Enter);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    // The inspector has a Title field too; the dialog's comes last in the tree.
    harness
        .get_all_by_label("Title")
        .last()
        .expect("the dialog's title field")
        .type_text("Laptop journey");
    harness.get_by_label("Map language").click();
    harness.run();
    harness.get_all_by_label("English").last().unwrap().click();
    harness.run();
    harness.get_by_label("OK").click();
    harness.run();

    let changed = common::journey(&harness);
    assert_eq!(changed.title, "Laptop journey");
    assert_eq!(changed.language, Some(Lang::En));
    common::assert_undo_redo(&mut harness, &original, 1);
}

#[test]
fn new_phases_and_lanes_are_named_in_the_map_language() {
    // A German map edited from an English interface gets German names.
    let mut harness = common::journey_harness(example());
    harness.run();
    harness.state_mut().queue(Command::AddPhase);
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    harness.state_mut().queue(Command::AddLane);
    harness.run();
    let journey = common::journey(&harness);
    assert!(
        journey
            .phases
            .iter()
            .any(|phase| phase.name == "Neue Phase"),
        "{:?}",
        journey.phases.iter().map(|p| &p.name).collect::<Vec<_>>()
    );
    assert!(
        journey.lanes.iter().any(|lane| lane.name == "Neue Zeile"),
        "{:?}",
        journey.lanes.iter().map(|l| &l.name).collect::<Vec<_>>()
    );
}
