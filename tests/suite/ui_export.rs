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

/// Runs frames until the dialog's slide thumbnails are all drawn, and one
/// more so that they are shown.
fn wait_for_thumbnails(
    harness: &mut egui_kittest::Harness<'static, journeymap::app::JourneymapApp>,
) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_mins(2);
    loop {
        // Step, not run: the spinners repaint until the slides arrive.
        harness.step();
        if !harness.state().slide_previews_pending() {
            harness.run();
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the slide thumbnails took over two minutes"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// Opens the dialog and finds the size of the picture the default export
/// writes, as the dialog predicts it.
fn assert_the_dialog_predicts_the_picture(
    mut harness: egui_kittest::Harness<'static, journeymap::app::JourneymapApp>,
) {
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
fn the_dialog_shows_the_exact_size_of_the_picture() {
    assert_the_dialog_predicts_the_picture(common::example_harness());
}

#[test]
fn the_size_is_exact_on_a_high_density_screen_too() {
    // The canvas measures text at one pixel per point whatever the screen,
    // as the export does, so a 2× laptop breaks the lines where the picture
    // does and predicts its size to the pixel.
    assert_the_dialog_predicts_the_picture(common::example_harness_at(2.0));
}

#[test]
fn fit_to_slide_gives_a_16_by_9_picture_and_choices_are_remembered() {
    let mut harness = common::example_harness();
    harness.run();
    open_dialog(&mut harness);
    harness.get_by_label("Fit to slide").click();
    wait_for_thumbnails(&mut harness);
    harness.get_by_label("Result: 1920 × 1080 pixels");
    harness.get_by_label("3840 × 2160").click();
    wait_for_thumbnails(&mut harness);
    harness.get_by_label("Result: 3840 × 2160 pixels");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(
        harness.query_by_label("Export image").is_none(),
        "the dialog closed"
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    wait_for_thumbnails(&mut harness);
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
    wait_for_thumbnails(&mut harness);
    assert_eq!(
        harness.get_by_label(OUTLINES).accesskit_node().toggled(),
        Some(Toggled::True)
    );
}

/// How many slides an export with the dialog's slide choices writes.
fn slides_written(journey: &journeymap::model::Journey, choices: &export::ExportChoices) -> usize {
    let options = choices.options(
        journey.phases.len(),
        journey.content_lang(journeymap::i18n::Lang::En),
    );
    export::Renderer::default().pages(journey, &options).len()
}

#[test]
fn fit_to_slide_previews_every_slide_the_export_will_write() {
    let mut harness = common::example_harness();
    harness.run();
    open_dialog(&mut harness);
    harness.get_by_label("Fit to slide").click();
    wait_for_thumbnails(&mut harness);
    let journey = harness.state().document().journey.clone();
    let mut choices = export::ExportChoices {
        size_mode: export::SizeMode::Slide,
        ..export::ExportChoices::default()
    };
    let count = slides_written(&journey, &choices);
    assert!(count > 1, "the example is a series at 1920 × 1080: {count}");
    harness.get_by_label(&format!("{count} slides"));
    for number in 1..=count {
        let label = format!("Slide {number} of {count}");
        let thumbnail = harness.get_by_label(&label);
        assert_eq!(
            thumbnail.accesskit_node().role(),
            egui::accesskit::Role::Image
        );
    }
    assert!(
        harness
            .query_by_label(&format!("Slide {} of {count}", count + 1))
            .is_none()
    );

    // An overview slide comes first: one more thumbnail.
    harness.get_by_label("Whole map on a first slide").click();
    wait_for_thumbnails(&mut harness);
    choices.overview = true;
    let with_overview = slides_written(&journey, &choices);
    assert_eq!(with_overview, count + 1);
    harness.get_by_label(&format!("Slide {with_overview} of {with_overview}"));
}

#[test]
fn the_smallest_text_decides_how_many_slides() {
    let mut harness = common::example_harness();
    harness.run();
    open_dialog(&mut harness);
    harness.get_by_label("Fit to slide").click();
    wait_for_thumbnails(&mut harness);
    // The default follows the slide: 10 pt is 20 px on a 1080-pixel slide.
    let spin = || egui::accesskit::Role::SpinButton;
    let field = harness.get_by_role_and_label(spin(), "Smallest card text");
    assert_eq!(field.accesskit_node().numeric_value(), Some(20.0));
    field.click();
    wait_for_thumbnails(&mut harness);
    // A click selects the value for typing over it.
    harness.event(egui::Event::Text("6".to_owned()));
    wait_for_thumbnails(&mut harness);
    harness.key_press(egui::Key::Enter);
    wait_for_thumbnails(&mut harness);
    // At 6 px the whole map fits one slide.
    harness.get_by_label("One slide");
    harness.get_by_label("Slide 1 of 1");
    harness.get_by_label("Cancel").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    wait_for_thumbnails(&mut harness);
    assert_eq!(
        harness
            .get_by_role_and_label(spin(), "Smallest card text")
            .accesskit_node()
            .numeric_value(),
        Some(6.0),
        "the choice is remembered"
    );
}
