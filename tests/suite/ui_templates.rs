//! File → New from Template…, driven like a user: every template makes its
//! map through the dialog, in English and in German, the dialog lists exactly
//! the catalog that `journeymap templates` prints, and a map with unsaved
//! changes is guarded as by File → New.

use crate::common;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use journeymap::app::JourneymapApp;
use journeymap::edit::Edit;
use journeymap::i18n::Lang;
use journeymap::templates;

type AppHarness = Harness<'static, JourneymapApp>;

fn open_dialog(harness: &mut AppHarness) {
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("New from Template…").click();
    harness.run();
    harness.get_by_label("New from Template");
}

fn dialog_is_open(harness: &AppHarness) -> bool {
    harness.query_by_label("New from Template").is_some()
}

/// Clicks the tile with this title (scrolled into view first, as a user would).
fn pick(harness: &mut AppHarness, title: &str) {
    harness.get_by_label(title).scroll_to_me();
    harness.run();
    harness.get_by_label(title).click();
    harness.run();
}

fn create(harness: &mut AppHarness) {
    harness.get_by_label("Create").click();
    harness.run();
}

fn title(name: &str, lang: Lang) -> String {
    templates::find(name).unwrap().title(lang)
}

#[test]
fn the_dialog_lists_exactly_the_catalog_in_order() {
    let mut harness = common::small_harness();
    open_dialog(&mut harness);
    let tiles: Vec<String> = harness
        .query_all(By::new().role(Role::ListItem))
        .map(|node| node.accesskit_node().label().unwrap_or_default())
        .collect();
    let catalog: Vec<String> = templates::catalog()
        .iter()
        .map(|template| template.title(Lang::En))
        .collect();
    assert_eq!(tiles, catalog);
}

#[test]
fn every_template_makes_its_map_through_the_dialog() {
    for template in templates::catalog() {
        let mut harness = common::small_harness();
        open_dialog(&mut harness);
        pick(&mut harness, &template.title(Lang::En));
        create(&mut harness);
        assert!(!dialog_is_open(&harness), "{}", template.name);
        let document = harness.state().document();
        // The editor gives each session its own block of new ids (`content`
        // leaves the id counter out); everything in the map is the template.
        assert_eq!(
            common::content(&document.journey),
            common::content(&template.build(Lang::En)),
            "{}",
            template.name
        );
        assert_eq!(document.path, None, "a new map has no file yet");
        assert!(harness.state().history().undo_name().is_none());
    }
}

#[test]
fn a_german_map_from_the_english_interface() {
    let mut harness = common::small_harness();
    open_dialog(&mut harness);
    harness.get_by_label("Deutsch").click();
    harness.run();
    // Tiles stay in the interface's language; the phases shown follow the map's.
    pick(&mut harness, &title("kotler", Lang::En));
    // The tile describes the phases the new map will have.
    let description = harness
        .get_by_label(&title("kotler", Lang::En))
        .accesskit_node()
        .description()
        .unwrap_or_default();
    assert!(
        description.contains("Problemerkennung → Informationssuche"),
        "{description}"
    );
    create(&mut harness);
    let journey = common::journey(&harness);
    assert_eq!(journey.title, "Kaufentscheidungsprozess (Kotler)");
    let phases: Vec<&str> = journey.phases.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        phases,
        [
            "Problemerkennung",
            "Informationssuche",
            "Bewertung der Alternativen",
            "Kaufentscheidung",
            "Verhalten nach dem Kauf"
        ]
    );
    assert!(
        journey
            .lanes
            .iter()
            .any(|lane| lane.name == "Schmerzpunkte")
    );
    // The canvas shows the new map.
    harness.get_by_label("Bewertung der Alternativen");
}

#[test]
fn every_template_in_german_through_the_dialog() {
    for template in templates::catalog() {
        let mut harness = common::small_harness();
        open_dialog(&mut harness);
        harness.get_by_label("Deutsch").click();
        harness.run();
        pick(&mut harness, &template.title(Lang::En));
        create(&mut harness);
        assert_eq!(
            common::content(&common::journey(&harness)),
            common::content(&template.build(Lang::De)),
            "{}",
            template.name
        );
    }
}

#[test]
fn a_double_click_on_a_tile_creates() {
    let mut harness = common::small_harness();
    open_dialog(&mut harness);
    let tile = title("ecommerce", Lang::En);
    harness.get_by_label(&tile).scroll_to_me();
    harness.run();
    let center = common::center(&harness, &tile);
    common::double_click_at(&mut harness, center);
    assert!(!dialog_is_open(&harness));
    assert_eq!(common::journey(&harness).title, "E-commerce journey");
}

#[test]
fn cancel_and_escape_leave_the_map_alone() {
    let mut harness = common::small_harness();
    let before = common::journey(&harness);
    open_dialog(&mut harness);
    pick(&mut harness, &title("digital-journey", Lang::En));
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(!dialog_is_open(&harness));
    assert_eq!(common::journey(&harness), before);

    open_dialog(&mut harness);
    common::press(&mut harness, egui::Modifiers::NONE, egui::Key::Escape);
    assert!(!dialog_is_open(&harness));
    assert_eq!(common::journey(&harness), before);
}

#[test]
fn unsaved_changes_are_guarded_like_new() {
    let mut harness = common::small_harness();
    harness
        .state_mut()
        .queue_edit(Edit::SetTitle("My workshop map".to_owned()));
    harness.run();
    assert!(harness.state().document().is_dirty());

    open_dialog(&mut harness);
    pick(&mut harness, &title("buyers-journey", Lang::En));
    create(&mut harness);
    // The guard asks; cancelling it keeps the changed map.
    harness.get_by_label("Don't save");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(common::journey(&harness).title, "My workshop map");
    assert!(harness.state().document().is_dirty());

    open_dialog(&mut harness);
    pick(&mut harness, &title("buyers-journey", Lang::En));
    create(&mut harness);
    harness.get_by_label("Don't save").click();
    harness.run();
    let journey = common::journey(&harness);
    assert_eq!(
        common::content(&journey),
        common::content(&templates::find("buyers-journey").unwrap().build(Lang::En))
    );
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn thumbnails_arrive_without_blocking_the_dialog() {
    let mut harness = common::small_harness();
    open_dialog(&mut harness);
    // The first frame shows placeholders: drawing happens on a worker.
    assert!(harness.query_by_label("Create").is_some());
    let deadline = std::time::Instant::now() + std::time::Duration::from_mins(1);
    loop {
        harness.run();
        if !harness.state().template_previews_pending() {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "thumbnails took over a minute"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
fn the_keyboard_picks_and_creates() {
    let mut harness = common::small_harness();
    open_dialog(&mut harness);
    // The first tile has focus; the arrow moves to its neighbour, Enter creates.
    common::press(&mut harness, egui::Modifiers::NONE, egui::Key::ArrowRight);
    common::press(&mut harness, egui::Modifiers::NONE, egui::Key::Enter);
    assert!(!dialog_is_open(&harness));
    assert_eq!(
        common::content(&common::journey(&harness)),
        common::content(&templates::find("digital-journey").unwrap().build(Lang::En))
    );
}
