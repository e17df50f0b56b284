//! The find bar, the inspector panel, and defects seen in a real window
//! (keystrokes reordered, undo to the saved state, dialogs and the keyboard),
//! driven like a user through accessibility labels.

use crate::common::{self, card, center, double_click_at, journey, press, small_map};

use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::{JourneymapApp, OpenDocument};
use journeymap::canvas::Selection;
use journeymap::edit::Edit;
use journeymap::model::{Card, CardId, LaneId, StepId};

/// The small map plus German cards written the way people write them.
fn german_cards_harness() -> Harness<'static, JourneymapApp> {
    let mut map = small_map();
    map.cards.extend([
        Card::new(CardId(50), LaneId(5), StepId(101), "Kundenportal öffnen"),
        Card::new(CardId(51), LaneId(4), StepId(102), "KUNDEN-Hotline 📞"),
        Card::new(CardId(52), LaneId(5), StepId(103), "Größe wählen"),
    ]);
    map.refresh_id_counter();
    let mut harness = common::journey_harness(map);
    harness.run();
    harness
}

fn selected_title(harness: &Harness<'static, JourneymapApp>) -> Option<String> {
    let cards = harness.state().canvas().selection().cards();
    let [id] = cards.as_slice() else {
        return None;
    };
    let journey = journey(harness);
    journey.card(*id).map(|card| card.title.clone())
}

fn find(harness: &mut Harness<'static, JourneymapApp>, query: &str) {
    press(harness, Modifiers::COMMAND, Key::F);
    assert!(harness.state().find_bar_open());
    // Ctrl+F selects what the field held, so typing replaces it.
    harness.get_by_label("Find").type_text(query);
    harness.run();
}

#[test]
fn find_steps_through_matches_ignoring_case_and_accents() {
    let mut harness = german_cards_harness();
    find(&mut harness, "kunden");
    // Reading order: the Channels lane comes before the Doing lane.
    harness.get_by_label("1 of 2");
    assert_eq!(
        selected_title(&harness).as_deref(),
        Some("KUNDEN-Hotline 📞")
    );
    press(&mut harness, Modifiers::NONE, Key::Enter);
    harness.get_by_label("2 of 2");
    assert_eq!(
        selected_title(&harness).as_deref(),
        Some("Kundenportal öffnen")
    );
    // F3 and Shift+F3 step on from anywhere, wrapping around.
    press(&mut harness, Modifiers::NONE, Key::F3);
    harness.get_by_label("1 of 2");
    press(&mut harness, Modifiers::SHIFT, Key::F3);
    harness.get_by_label("2 of 2");
    // "gross" finds "Größe"; "OFFNEN" finds "öffnen".
    harness.get_by_label("Find").type_text("");
    press(&mut harness, Modifiers::COMMAND, Key::A);
    harness.get_by_label("Find").type_text("grosse");
    harness.run();
    harness.get_by_label("1 of 1");
    assert_eq!(selected_title(&harness).as_deref(), Some("Größe wählen"));
    press(&mut harness, Modifiers::COMMAND, Key::A);
    harness.get_by_label("Find").type_text("OFFNEN");
    harness.run();
    assert_eq!(
        selected_title(&harness).as_deref(),
        Some("Kundenportal öffnen")
    );
    press(&mut harness, Modifiers::COMMAND, Key::A);
    harness.get_by_label("Find").type_text("zzz");
    harness.run();
    harness.get_by_label("No matches");
    // Escape closes the bar; nothing in the map changed.
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(!harness.state().find_bar_open());
    assert!(harness.query_by_label("Find").is_none());
    assert_eq!(harness.state().history().undo_len(), 0);
}

#[test]
fn find_is_in_the_edit_menu_and_finds_phases_and_lanes() {
    let mut harness = german_cards_harness();
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label_contains("Find…").click();
    harness.run();
    assert!(harness.state().find_bar_open());
    harness.get_by_label("Find").type_text("feel");
    harness.run();
    harness.get_by_label("1 of 1");
    assert!(matches!(
        harness.state().canvas().selection(),
        Selection::Lane(LaneId(6))
    ));
    // The bar's own Close button.
    harness.get_by_label("Close").click();
    harness.run();
    assert!(!harness.state().find_bar_open());
}

/// The width of the map's canvas: the window less the inspector.
fn canvas_width(harness: &Harness<'static, JourneymapApp>) -> f32 {
    harness.get_by_label("Journey map canvas").rect().width()
}

#[test]
fn the_inspector_hides_shows_and_keeps_its_width_between_selections() {
    let mut harness = common::small_harness();
    assert!(harness.state().inspector_visible());
    let width = canvas_width(&harness);
    let inspector = common::WINDOW[0] - width;
    assert!(
        inspector >= 260.0,
        "room for whole labels and buttons: {inspector}"
    );
    for label in ["Search ad", "Discover", "Doing", "Pays online"] {
        harness.get_by_label(label).click();
        harness.run();
        let now = canvas_width(&harness);
        assert!(
            (now - width).abs() < 0.5,
            "after selecting {label}: {now} ≠ {width}"
        );
    }
    press(&mut harness, Modifiers::COMMAND, Key::I);
    assert!(!harness.state().inspector_visible());
    assert!(
        canvas_width(&harness) > width + 200.0,
        "the map takes the room"
    );
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label_contains("Inspector").click();
    harness.run();
    assert!(harness.state().inspector_visible());
    assert!((canvas_width(&harness) - width).abs() < 0.5);
}

#[test]
fn typing_a_title_and_enter_in_one_frame_keeps_every_letter_in_place() {
    let mut harness = common::small_harness();
    let p = center(&harness, "Search ad");
    double_click_at(&mut harness, p);
    // A fast typist: the last letters, Enter and the notes arrive together.
    for event in [
        Event::Text("Umsat".into()),
        Event::Text("z".into()),
        Event::Key {
            key: Key::Enter,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: Modifiers::NONE,
        },
        Event::Text("Notiz".into()),
    ] {
        harness.event(event);
    }
    harness.run();
    press(&mut harness, Modifiers::COMMAND, Key::Enter);
    let after = journey(&harness);
    let edited = card(&after, "Umsatz");
    assert_eq!(edited.notes, "Notiz");
}

#[test]
fn undoing_back_to_the_saved_map_is_saved_again_and_leaves_no_recovery_copy() {
    let root = tempfile::tempdir().unwrap();
    let path = root.path().join("umsatz.ron");
    let map = small_map();
    std::fs::write(&path, journeymap::format::to_ron_string(&map)).unwrap();
    let app = JourneymapApp::new(OpenDocument::new(map, Some(path.clone())))
        .with_storage(journeymap::storage::StorageDirs::inside(root.path()))
        .without_native_dialogs();
    let mut harness = common::harness(app);
    harness.run();
    harness
        .state_mut()
        .queue_edit(Edit::SetTitle("Geändert".into()));
    harness.run();
    assert!(harness.state().document().is_dirty());
    assert!(harness.state().document().window_title().starts_with('*'));
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert!(!harness.state().document().is_dirty());
    assert_eq!(
        harness.state().document().window_title(),
        "umsatz.ron — Journeymap"
    );
    // The recovery folder ends up empty: nothing differs from the file.
    let recovery = journeymap::storage::StorageDirs::inside(root.path()).recovery();
    let started = std::time::Instant::now();
    loop {
        let copies = std::fs::read_dir(&recovery).map_or(0, |entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().extension().is_some_and(|x| x == "ron"))
                .count()
        });
        if copies == 0 {
            break;
        }
        assert!(started.elapsed().as_secs() < 10, "a copy stays: {copies}");
        std::thread::sleep(std::time::Duration::from_millis(25));
        harness.step();
    }
}

#[test]
fn enter_closes_the_could_not_open_message() {
    let root = tempfile::tempdir().unwrap();
    let broken = root.path().join("kaputt.ron");
    std::fs::write(&broken, "(version: 1, title: ").unwrap();
    let mut harness = common::harness(JourneymapApp::open_or_example(Some(&broken)));
    harness.run();
    harness.get_by_label("Could not open the map");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert!(harness.query_by_label("Could not open the map").is_none());
    // Enter went to the message, not to the map behind it.
    assert_eq!(harness.state().history().undo_len(), 0);
}

#[test]
fn shortcuts_rest_behind_an_open_dialog() {
    let mut harness = common::small_harness();
    press(&mut harness, Modifiers::ALT, Key::Enter);
    harness.get_by_label("Map properties");
    // Behind the dialog: hide the inspector, find, export — none may act.
    press(&mut harness, Modifiers::COMMAND, Key::I);
    press(&mut harness, Modifiers::COMMAND, Key::F);
    press(&mut harness, Modifiers::COMMAND, Key::E);
    assert!(harness.state().inspector_visible());
    assert!(!harness.state().find_bar_open());
    assert!(harness.query_by_label("Export image").is_none());
    harness.get_by_label("Map properties");
}

#[test]
fn a_new_phase_is_scrolled_into_view_with_its_name_field() {
    let mut map = small_map();
    common::add_phases(&mut map, 11);
    let mut harness = common::journey_harness(map);
    harness.run();
    // 100 %: the last phases are far off to the right.
    press(&mut harness, Modifiers::COMMAND, Key::Num1);
    harness.get_by_label("Insert").click();
    harness.run();
    harness.get_by_label("Add Phase").click();
    harness.run();
    let canvas = harness.get_by_label("Journey map canvas").rect();
    let name_field = harness.get_by_label("Phase name").rect();
    assert!(
        canvas.contains_rect(name_field),
        "the rename field {name_field:?} is inside the canvas {canvas:?}"
    );
}

#[test]
fn the_first_persona_of_a_map_becomes_the_primary_one() {
    let mut harness = common::small_harness();
    assert!(journey(&harness).personas.is_empty());
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label("Personas…").click();
    harness.run();
    harness.get_by_label("New persona").click();
    harness.run();
    let after = journey(&harness);
    assert_eq!(after.personas.len(), 1);
    assert_eq!(after.primary_persona, Some(after.personas[0].id));
}

#[test]
fn arrow_keys_reach_a_card_that_spans_two_phases() {
    let mut map = small_map();
    // "Reads reviews" (Doing) spans Discover and Compare.
    map.cards
        .iter_mut()
        .find(|card| card.title == "Reads reviews")
        .expect("card")
        .span = 2;
    let mut harness = common::journey_harness(map);
    harness.run();
    // From "Review site" (Channels, Compare) straight down is the spanning card.
    harness.get_by_label("Review site").click();
    harness.run();
    press(&mut harness, Modifiers::NONE, Key::ArrowDown);
    assert_eq!(selected_title(&harness).as_deref(), Some("Reads reviews"));
    // And back up, to the card above the phase it was reached from.
    press(&mut harness, Modifiers::NONE, Key::ArrowUp);
    assert!(
        matches!(
            selected_title(&harness).as_deref(),
            Some("Review site" | "Search ad")
        ),
        "up from a spanning card lands on a card above it"
    );
    // Right of the spanning card is "Pays online" (Buy), past its right edge.
    harness.get_by_label("Reads reviews").click();
    harness.run();
    press(&mut harness, Modifiers::NONE, Key::ArrowRight);
    assert_eq!(selected_title(&harness).as_deref(), Some("Pays online"));
}
