//! The one way tests build an editor harness: shipped fonts, light look, a
//! laptop-sized window.

#![allow(dead_code)] // each test binary uses a different part

pub mod software_renderer;

use egui_kittest::Harness;
use journeymap::app::{JourneymapApp, OpenDocument};
use journeymap::model::Journey;

/// The window size tests run at: a common laptop screen.
pub const WINDOW: [f32; 2] = [1600.0, 1000.0];

/// A harness showing `app`.
pub fn harness(app: JourneymapApp) -> Harness<'static, JourneymapApp> {
    Harness::builder()
        .with_size(WINDOW)
        .with_context_setup(journeymap::theme::install)
        .with_theme(egui::Theme::Light)
        .renderer(software_renderer::SoftwareRenderer::with_background(
            egui::Color32::WHITE,
        ))
        .build_ui_state(|ui, app: &mut JourneymapApp| app.ui(ui), app)
}

/// A harness on the bundled example map.
pub fn example_harness() -> Harness<'static, JourneymapApp> {
    harness(JourneymapApp::open_or_example(None))
}

/// A harness on `journey`, as if opened from an unsaved document.
pub fn journey_harness(journey: Journey) -> Harness<'static, JourneymapApp> {
    harness(JourneymapApp::new(OpenDocument::new(journey, None)))
}
