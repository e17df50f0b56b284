//! The persona panel driven like a user: create a persona, give it a photo
//! from disk (through the typed-path prompt, as no file dialog shows in
//! tests), fill its fields, assign a curve to it, see the curve take its
//! colour, and undo.

use crate::common;

use std::path::Path;
use std::time::{Duration, Instant};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::{Command, JourneymapApp, OpenDocument};
use journeymap::canvas::Selection;
use journeymap::model::{Journey, PERSONA_COLORS, PhotoFormat, Rgb};

fn portrait() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/persona-portrait.jpg")
}

fn panel_harness(journey: Journey) -> Harness<'static, JourneymapApp> {
    let app = JourneymapApp::new(OpenDocument::new(journey, None)).without_native_dialogs();
    let mut harness = common::harness(app);
    harness.state_mut().queue(Command::Personas);
    harness.run();
    harness
}

/// Replaces the text of the field labelled `label` with `text`.
fn fill(harness: &mut Harness<'static, JourneymapApp>, label: &str, text: &str) {
    harness.get_by_label(label).click();
    harness.run();
    common::press(harness, Modifiers::COMMAND, Key::A);
    common::type_text(harness, text);
}

/// Chooses the test portrait in the path prompt and waits for the photo
/// reader (a thread) to deliver it.
fn choose_portrait(harness: &mut Harness<'static, JourneymapApp>) {
    harness.get_by_label("Choose photo…").click();
    harness.run();
    fill(
        harness,
        "Path of the PNG or JPEG file",
        &portrait().display().to_string(),
    );
    harness.get_by_label("Use photo").click();
    harness.step();
    let started = Instant::now();
    while common::journey(harness)
        .personas
        .first()
        .is_none_or(|persona| persona.photo.is_none())
    {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the photo never arrived"
        );
        std::thread::sleep(Duration::from_millis(20));
        // The spinner repaints for ever; step frame by frame meanwhile.
        harness.step();
    }
    harness.run();
}

/// Pixels of the canvas (left of the inspector) within 6/255 of `color`.
fn canvas_pixels_of(harness: &mut Harness<'static, JourneymapApp>, color: Rgb) -> usize {
    let image = harness.render().expect("the CPU renderer renders");
    let canvas_right = image.width() / 4 * 3;
    image
        .enumerate_pixels()
        .filter(|(x, _, pixel)| {
            *x < canvas_right
                && pixel.0[0].abs_diff(color.0) <= 6
                && pixel.0[1].abs_diff(color.1) <= 6
                && pixel.0[2].abs_diff(color.2) <= 6
        })
        .count()
}

#[test]
fn a_new_persona_with_a_photo_gives_a_curve_its_colour_and_name_until_undone() {
    let mut harness = panel_harness(common::small_map());
    harness.get_by_label("New persona").click();
    harness.run();
    assert_eq!(common::journey(&harness).personas.len(), 1);

    fill(&mut harness, "Name field", "Lena Berger");
    choose_portrait(&mut harness);
    fill(&mut harness, "Age field", "34");
    fill(&mut harness, "Occupation field", "Architektin");
    harness.get_by_label("Suggestions").click();
    harness.run();
    harness.get_by_label("Deliberate buyer").click();
    harness.run();
    fill(
        &mut harness,
        "Goals (one per line) field",
        "Find a quiet laptop\n\nKeep the budget",
    );

    let journey = common::journey(&harness);
    let persona = &journey.personas[0];
    assert_eq!(persona.name, "Lena Berger");
    assert_eq!(persona.age, Some(34));
    assert_eq!(persona.occupation, "Architektin");
    assert_eq!(persona.segment, "Deliberate buyer");
    // The blank line stays out of the document.
    assert_eq!(persona.goals, ["Find a quiet laptop", "Keep the budget"]);
    let photo = persona.photo.as_ref().expect("the photo is stored");
    assert_eq!(
        photo.format(),
        PhotoFormat::Jpeg,
        "an opaque photo is a JPEG"
    );
    let stored = image::load_from_memory(photo.bytes()).unwrap();
    assert_eq!((stored.width(), stored.height()), (256, 320), "downscaled");
    let color = journey.persona_color(persona.id).unwrap();
    assert_eq!(color, PERSONA_COLORS[0]);

    // Close the panel, so only the map shows the persona's colour.
    harness.get_by_label("Close window").click();
    harness.run();
    let before = canvas_pixels_of(&mut harness, color);

    let curve = journey.curves[0].id;
    harness
        .state_mut()
        .canvas_mut()
        .select(Selection::Curve(curve));
    harness.run();
    harness.get_by_label("Persona").click();
    harness.run();
    harness.get_by_label("Lena Berger").click();
    harness.run();

    let journey = common::journey(&harness);
    assert_eq!(journey.curves[0].persona, Some(persona.id));
    assert!(harness.query_by_label("Lena Berger curve").is_some());
    assert!(harness.query_by_label("As-is curve").is_none());
    let after = canvas_pixels_of(&mut harness, color);
    assert!(
        after > before + 200,
        "the curve and its legend swatch take the persona's colour ({before} → {after} pixels)"
    );

    common::undo(&mut harness);
    let journey = common::journey(&harness);
    assert_eq!(journey.curves[0].persona, None);
    assert!(harness.query_by_label("As-is curve").is_some());
    assert_eq!(canvas_pixels_of(&mut harness, color), before);
}

#[test]
fn a_file_that_is_not_a_picture_is_refused_in_the_panel() {
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("notes.png");
    std::fs::write(&notes, "not a picture").unwrap();
    let mut harness = panel_harness(common::small_map());
    harness.get_by_label("New persona").click();
    harness.run();
    harness.get_by_label("Choose photo…").click();
    harness.run();
    fill(
        &mut harness,
        "Path of the PNG or JPEG file",
        &notes.display().to_string(),
    );
    harness.get_by_label("Use photo").click();
    let started = Instant::now();
    while harness
        .query_by_label_contains("is not a PNG or JPEG image")
        .is_none()
    {
        assert!(started.elapsed() < Duration::from_secs(30), "no message");
        std::thread::sleep(Duration::from_millis(20));
        // The spinner repaints for ever; step frame by frame meanwhile.
        harness.step();
    }
    harness.run();
    assert!(
        harness
            .query_by_label_contains("notes.png is not a PNG or JPEG image")
            .is_some()
    );
    assert!(common::journey(&harness).personas[0].photo.is_none());
}

#[test]
fn deleting_a_persona_names_the_curves_that_lose_it_and_is_one_undo_step() {
    let mut journey = common::small_map();
    let mut persona = journeymap::model::Persona::new(journeymap::model::PersonaId(90), "Ben Ott");
    persona.color = Some(Rgb(10, 20, 30));
    journey.personas.push(persona);
    journey.primary_persona = Some(journeymap::model::PersonaId(90));
    journey.curves[0].persona = Some(journeymap::model::PersonaId(90));
    let before = journey.clone();
    let mut harness = panel_harness(journey);
    harness.get_by_label("Delete…").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("The emotion curve “As-is” loses its persona")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("It is the primary persona")
            .is_some()
    );
    harness.get_by_label("Delete persona").click();
    harness.run();
    let after = common::journey(&harness);
    assert!(after.personas.is_empty());
    assert_eq!(after.primary_persona, None);
    assert_eq!(after.curves[0].persona, None);
    common::undo(&mut harness);
    assert_eq!(
        common::content(&common::journey(&harness)),
        common::content(&before)
    );
}
