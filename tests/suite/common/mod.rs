//! The one way tests build an editor harness (shipped fonts, light look, a
//! laptop-sized window), and the gestures tests perform on it like a user.

pub mod maps;
pub mod slides;
pub mod software_renderer;
pub mod steps;
pub mod svg_read;
pub mod xvfb;

use egui::{Event, Key, Modifiers, PointerButton, Pos2, pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::{Command, JourneymapApp, OpenDocument};
use journeymap::model::{
    Card, CardId, Channel, CurveId, EmotionCurve, EmotionPoint, IdCounter, Journey, Lane, LaneId,
    LaneKind, Phase, PhaseId, Rgb, StepId, Touchpoint,
};

/// The window size tests run at: a common laptop screen.
pub const WINDOW: [f32; 2] = [1600.0, 1000.0];

/// A harness showing `app` in English, whatever the machine's locale, so
/// tests find widgets by their English labels.
pub fn harness(app: JourneymapApp) -> Harness<'static, JourneymapApp> {
    localized_harness(app.with_language(journeymap::i18n::Lang::En))
}

/// A harness showing `app` in the language it chose itself (its settings,
/// [`JourneymapApp::with_language`], or the system's).
pub fn localized_harness(app: JourneymapApp) -> Harness<'static, JourneymapApp> {
    dense_harness(app, 1.0)
}

/// The bundled example in English on a screen with `pixels_per_point`
/// pixels per point (2.0 is a high-density laptop screen).
pub fn example_harness_at(pixels_per_point: f32) -> Harness<'static, JourneymapApp> {
    dense_harness(
        JourneymapApp::open_or_example(None).with_language(journeymap::i18n::Lang::En),
        pixels_per_point,
    )
}

fn dense_harness(app: JourneymapApp, pixels_per_point: f32) -> Harness<'static, JourneymapApp> {
    Harness::builder()
        .with_size(WINDOW)
        .with_pixels_per_point(pixels_per_point)
        .with_context_setup(|ctx| {
            journeymap::theme::install(ctx);
            // The harness advances a quarter second per frame and feeds each
            // button event in its own frame, so a double-click spans longer than
            // egui's default 0.3 s.
            ctx.options_mut(|o| o.input_options.max_double_click_delay = 2.0);
        })
        // Background workers (autosave, previews) ask for a repaint when
        // they finish, which on a busy machine can land in the middle of a
        // run; a few spare steps keep such runs from failing.
        .with_max_steps(12)
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

/// A small map whose every name is unique, so tests find things by label:
/// phases Discover, Compare, Buy; lanes Channels (touchpoints), Doing
/// (actions), Feeling (emotion); five cards and an "As-is" curve with values
/// in Discover (+1) and Compare (−1).
pub fn small_map() -> Journey {
    // Each phase has one step, numbered 100 above the phase.
    let phase = |id, name: &str| Phase::single(PhaseId(id), name, StepId(100 + id));
    let lane = |id, name: &str, kind| Lane {
        id: LaneId(id),
        name: name.to_owned(),
        kind,
        collapsed: false,
        min_height: None,
    };
    let card = |id, lane, phase: u64, title: &str| {
        Card::new(CardId(id), LaneId(lane), StepId(100 + phase), title)
    };
    let mut blog = card(7, 4, 1, "Blog post");
    blog.touchpoint = Some(Touchpoint {
        channel: Channel::Blog,
        media: None,
    });
    let point = |phase: u64, value| EmotionPoint::new(StepId(100 + phase), value);
    let mut journey = Journey {
        title: "Small test map".to_owned(),
        phases: vec![phase(1, "Discover"), phase(2, "Compare"), phase(3, "Buy")],
        lanes: vec![
            lane(4, "Channels", LaneKind::Touchpoints),
            lane(5, "Doing", LaneKind::Actions),
            lane(6, "Feeling", LaneKind::Emotion),
        ],
        cards: vec![
            blog,
            card(8, 4, 1, "Search ad"),
            card(9, 4, 2, "Review site"),
            card(10, 5, 1, "Reads reviews"),
            card(11, 5, 3, "Pays online"),
        ],
        curves: vec![EmotionCurve {
            id: CurveId(12),
            name: "As-is".to_owned(),
            color: Rgb(0xE4, 0x57, 0x2E),
            persona: None,
            points: vec![point(1, 1.0), point(2, -1.0)],
        }],
        ids: IdCounter::default(),
        ..Journey::default()
    };
    journey.refresh_id_counter();
    journey
}

/// A harness on [`small_map`], fitted to the window and settled.
pub fn small_harness() -> Harness<'static, JourneymapApp> {
    let mut harness = journey_harness(small_map());
    harness.state_mut().queue(Command::ZoomFit);
    harness.run();
    harness
}

/// The map as it is now.
pub fn journey(harness: &Harness<'_, JourneymapApp>) -> Journey {
    harness.state().document().journey.clone()
}

/// The map without its id counter, which only moves forward (ids are never reused).
pub fn content(journey: &Journey) -> Journey {
    Journey {
        ids: IdCounter::default(),
        ..journey.clone()
    }
}

/// The card with this title.
pub fn card<'a>(journey: &'a Journey, title: &str) -> &'a Card {
    journey
        .cards
        .iter()
        .find(|card| card.title == title)
        .unwrap_or_else(|| panic!("no card \"{title}\""))
}

/// Titles of the cards in a cell, in stacking order.
pub fn cell_titles(journey: &Journey, lane: &str, phase: &str) -> Vec<String> {
    let lane = journey
        .lanes
        .iter()
        .find(|l| l.name == lane)
        .expect("lane")
        .id;
    let phase = journey
        .phases
        .iter()
        .find(|p| p.name == phase)
        .expect("phase");
    let steps: Vec<StepId> = phase.steps.iter().map(|step| step.id).collect();
    journey
        .cards
        .iter()
        .filter(|card| card.lane == lane && steps.contains(&card.step))
        .map(|card| card.title.clone())
        .collect()
}

/// Screen centre of the node labelled `label`.
pub fn center(harness: &Harness<'_, JourneymapApp>, label: &str) -> Pos2 {
    harness.get_by_label(label).rect().center()
}

/// A point in a cell, found from its phase and lane headers: `depth` 0.0 is the
/// top of the row, 1.0 its bottom.
pub fn cell_point(
    harness: &Harness<'_, JourneymapApp>,
    phase: &str,
    lane: &str,
    depth: f32,
) -> Pos2 {
    let x = harness.get_by_label(phase).rect().center().x;
    let row = harness.get_by_label(lane).rect();
    pos2(x, row.top() + depth * row.height())
}

/// Replaces the text of the inspector field named `label` with `text`.
pub fn retype(harness: &mut Harness<'_, JourneymapApp>, label: &str, text: &str) {
    harness.get_by_label(label).click();
    harness.run();
    press(harness, Modifiers::COMMAND, Key::A);
    type_text(harness, text);
}

/// Presses and releases the primary button twice at `pos`: a double-click.
pub fn double_click_at(harness: &mut Harness<'_, JourneymapApp>, pos: Pos2) {
    harness.hover_at(pos);
    harness.run();
    for pressed in [true, false, true, false] {
        harness.event(Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    harness.run();
}

/// Clicks at `pos` with `button` and `modifiers`.
pub fn click_at(harness: &mut Harness<'_, JourneymapApp>, pos: Pos2, modifiers: Modifiers) {
    harness.hover_at(pos);
    harness.run();
    harness.event(Event::ModifiersChanged(modifiers));
    for pressed in [true, false] {
        harness.event(Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed,
            modifiers,
        });
    }
    harness.event(Event::ModifiersChanged(Modifiers::NONE));
    harness.run();
}

/// Presses at `from`, moves to `to` in a few steps and stops there, still pressed.
pub fn drag_to(harness: &mut Harness<'_, JourneymapApp>, from: Pos2, to: Pos2) {
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    for step in 1..=4 {
        #[expect(clippy::cast_precision_loss, reason = "`step` counts to 4")]
        let t = step as f32 / 4.0;
        harness.hover_at(from + (to - from) * t);
        harness.run();
    }
}

/// Drags from `from` to `to` and releases: a whole drag-and-drop gesture.
pub fn drag(harness: &mut Harness<'_, JourneymapApp>, from: Pos2, to: Pos2) {
    drag_to(harness, from, to);
    harness.drop_at(to);
    harness.run();
}

/// Types `text` into whatever has keyboard focus.
pub fn type_text(harness: &mut Harness<'_, JourneymapApp>, text: &str) {
    harness.event(Event::Text(text.to_owned()));
    harness.run();
}

/// Presses a key with modifiers and lets the app react.
pub fn press(harness: &mut Harness<'_, JourneymapApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

/// Ctrl+Z.
pub fn undo(harness: &mut Harness<'_, JourneymapApp>) {
    press(harness, Modifiers::COMMAND, Key::Z);
}

/// Ctrl+Shift+Z.
pub fn redo(harness: &mut Harness<'_, JourneymapApp>) {
    press(harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
}

/// Checks that undo brings back `before` and redo brings back `after`, as
/// many steps as `steps`.
pub fn assert_undo_redo(harness: &mut Harness<'_, JourneymapApp>, before: &Journey, steps: usize) {
    let after = content(&journey(harness));
    for _ in 0..steps {
        undo(harness);
    }
    assert_eq!(
        content(&journey(harness)),
        content(before),
        "undo restores the map"
    );
    for _ in 0..steps {
        redo(harness);
    }
    assert_eq!(content(&journey(harness)), after, "redo repeats the change");
}

/// Appends `count` copies of the first phase: a map too wide to export at 4×.
pub fn add_phases(journey: &mut Journey, count: usize) {
    let template = journey.phases[0].clone();
    for i in 0..count {
        let mut phase = template.clone();
        phase.id = journeymap::model::PhaseId(journey.ids.next_raw());
        phase.name = format!("Phase {i}");
        for step in &mut phase.steps {
            step.id = StepId(journey.ids.next_raw());
        }
        journey.phases.push(phase);
    }
}
