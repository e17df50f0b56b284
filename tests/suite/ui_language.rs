//! The interface speaks the thread's language: menus, menu entries, the
//! status bar, undo step names and questions all switch, and steps recorded
//! in one language read in the other after a switch.

use crate::common;

use egui_kittest::kittest::Queryable;
use journeymap::app::{Command, JourneymapApp};
use journeymap::edit::Edit;
use journeymap::i18n::Lang;

/// The example map in an editor that speaks German.
fn german_harness() -> egui_kittest::Harness<'static, JourneymapApp> {
    common::localized_harness(JourneymapApp::open_or_example(None).with_language(Lang::De))
}

#[test]
fn the_menus_and_the_status_bar_speak_german() {
    let mut harness = german_harness();
    harness.run();
    harness.get_by_label("Datei");
    harness.get_by_label("Bearbeiten");
    harness.get_by_label("Einfügen");
    harness.get_by_label("Ansicht");
    harness.get_by_label("Hilfe");
    assert!(harness.query_by_label("File").is_none(), "no English menu");

    harness.get_by_label("Datei").click();
    harness.run();
    harness.get_by_label_contains("Speichern unter…");
    harness.get_by_label_contains("Als Bild exportieren…");
    harness.get_by_label("Zuletzt geöffnet");

    let journey = harness.state().document().journey.clone();
    assert!(journey.cards.len() > 1 && journey.lanes.len() > 1 && journey.phases.len() > 1);
    harness.get_by_label(&format!(
        "{} Phasen · {} Zeilen · {} Karten",
        journey.phases.len(),
        journey.lanes.len(),
        journey.cards.len()
    ));
    harness.get_by_label("Noch nicht gespeichert");

    // Close the File menu: no tooltip shows while a menu is open.
    harness.key_press(egui::Key::Escape);
    harness.run();
    let counts = journey.counts();
    harness
        .get_by_label(&format!(
            "{} Phasen · {} Zeilen · {} Karten",
            counts.phases, counts.lanes, counts.cards
        ))
        .hover();
    harness.run();
    harness.get_by_label_contains(&format!(
        "{} Schritte\n{} Zeilen\n{} Karten\n{} Emotionskurven\n{} Emotionswerte\n1 Persona\n{} Akteure",
        counts.steps, counts.lanes, counts.cards, counts.curves, counts.points, counts.actors
    ));
}

#[test]
fn undo_steps_are_named_in_the_language_shown_not_the_one_recorded() {
    let mut harness = german_harness();
    harness
        .state_mut()
        .queue_edit(Edit::SetTitle("Workshop".to_owned()));
    harness.run();
    harness.get_by_label("Bearbeiten").click();
    harness.run();
    harness.get_by_label_contains("Rückgängig: Titel bearbeiten");

    harness.state_mut().set_language(Lang::En);
    harness.key_press(egui::Key::Escape);
    harness.run();
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label_contains("Undo edit title");
    assert!(
        harness
            .query_by_label_contains("Rückgängig: Titel bearbeiten")
            .is_none(),
        "the step was relabelled"
    );
}

#[test]
fn the_unsaved_changes_question_is_german() {
    let mut harness = german_harness();
    harness
        .state_mut()
        .queue_edit(Edit::SetTitle("Workshop".to_owned()));
    harness.run();
    harness.state_mut().queue(Command::New);
    harness.run();
    harness.get_by_label("Änderungen an „Unbenannt“ speichern, bevor eine neue Map angelegt wird?");
    harness.get_by_label("Nicht speichern").click();
    harness.run();
    let blank = &harness.state().document().journey;
    assert_eq!(
        blank.title, "Unbenannte Journey",
        "a new map is named in German"
    );
    assert_eq!(blank.phases[0].name, "Bewusstsein");
}
