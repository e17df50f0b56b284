//! The export dialog, driven like a user: it predicts the picture's size
//! exactly, offers slides and phase ranges, and remembers the last choices.

use crate::common;

use egui_kittest::kittest::{NodeT, Queryable};
use journeymap::export::{self, ExportOptions};

fn open_dialog(harness: &mut egui_kittest::Harness<'static, journeymap::app::JourneymapApp>) {
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Export Image… Ctrl+E").click();
    harness.run();
    harness.get_by_label("Export image");
}

#[test]
fn the_dialog_shows_the_exact_size_of_the_picture() {
    let mut harness = common::example_harness();
    harness.run();
    open_dialog(&mut harness);
    let journey = harness.state().document().journey.clone();
    let (_, image) = export::png_bytes(&journey, &ExportOptions::default()).unwrap();
    harness.get_by_label(&format!(
        "Result: {} × {} pixels",
        image.width(),
        image.height()
    ));
}

#[test]
fn fit_to_slide_gives_a_16_by_9_picture_and_choices_are_remembered() {
    let mut harness = common::example_harness();
    harness.run();
    open_dialog(&mut harness);
    harness.get_by_label("Fit to slide").click();
    harness.run();
    harness.get_by_label("Result: 1920 × 1080 pixels");
    harness.get_by_label("3840 × 2160").click();
    harness.run();
    harness.get_by_label("Result: 3840 × 2160 pixels");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(
        harness.query_by_label("Export image").is_none(),
        "the dialog closed"
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    harness.run();
    harness.get_by_label("Result: 3840 × 2160 pixels");
}

#[test]
fn a_phase_range_narrows_the_picture() {
    let mut harness = common::example_harness();
    harness.run();
    open_dialog(&mut harness);
    harness.get_by_label("Whole map").click();
    harness.run();
    let journey = harness.state().document().journey.clone();
    let options = ExportOptions {
        phases: Some((0, journey.phases.len() - 1)),
        ..ExportOptions::default()
    };
    let (_, full) = export::png_bytes(&journey, &options).unwrap();
    // Unticking "Whole map" starts with every phase selected: the same size.
    harness.get_by_label(&format!(
        "Result: {} × {} pixels",
        full.width(),
        full.height()
    ));
}

#[test]
fn a_dark_background_is_offered_and_remembered() {
    let mut harness = common::example_harness();
    harness.run();
    open_dialog(&mut harness);
    let combo = || egui::accesskit::Role::ComboBox;
    harness.get_by_role_and_label(combo(), "Background").click();
    harness.run();
    harness.get_by_label("Transparent (dark slide)");
    harness.get_by_label("Dark paper").click();
    harness.run();
    harness.get_by_label("Cancel").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    harness.run();
    let chosen = harness.get_by_role_and_label(combo(), "Background");
    assert_eq!(chosen.value().as_deref(), Some("Dark paper"));
}

#[test]
fn svg_offers_text_as_outlines_and_remembers_it() {
    use egui::accesskit::Toggled;
    const OUTLINES: &str = "As outlines: the same in every program, but not selectable";
    let mut harness = common::example_harness();
    harness.run();
    open_dialog(&mut harness);
    assert!(
        harness.query_by_label(OUTLINES).is_none(),
        "a PNG has no text to outline"
    );
    harness.get_by_label("SVG").click();
    harness.run();
    harness.get_by_label(OUTLINES).click();
    harness.run();
    harness.get_by_label("Cancel").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    harness.run();
    assert_eq!(
        harness.get_by_label(OUTLINES).accesskit_node().toggled(),
        Some(Toggled::True)
    );
}
