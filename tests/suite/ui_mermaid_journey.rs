//! A Mermaid journey rebuilt by hand in the editor, the way a developer
//! moves one from a README into a map: sections become phases, tasks become
//! steps, each task's 0–5 score becomes the curve's value in its step, and
//! the people named after a task become actors on its card.
//!
//! The journey, in our own words (a team shipping a mobile app):
//!
//! ```text
//! journey
//!   title Eine App veröffentlichen
//!   section Vorbereitung
//!     Changelog schreiben: 3: Entwicklerin
//!     Build erstellen: 4: Entwicklerin, App-Store
//!   section Prüfung
//!     Store-Review abwarten: 1: Entwicklerin
//!     Rückfragen beantworten: 2: Entwicklerin, App-Store
//!     Freigabe erhalten: 5: App-Store
//!   section Veröffentlichung
//!     Veröffentlichen: 4: Entwicklerin
//!     Bewertungen lesen: 3: Entwicklerin
//! ```
//!
//! Three phases, seven steps, two actors, a score per step on a 0 … 5 scale.
//! Everything goes through the interface by its labels; at the end the
//! document is checked, undone to the blank map and redone.

use crate::common;

use common::steps::{fit, header};
use common::{content, double_click_at, journey, journey_harness, press, redo, type_text, undo};
use egui::{Key, Modifiers, Pos2, Rect, pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::JourneymapApp;
use journeymap::i18n::Lang;
use journeymap::model::{Actor, EmotionScale, Journey};

/// Section, then its tasks as (name, score, actors).
type Section = (
    &'static str,
    &'static [(&'static str, f32, &'static [&'static str])],
);

const JOURNEY: [Section; 3] = [
    (
        "Vorbereitung",
        &[
            ("Changelog schreiben", 3.0, &["Entwicklerin"]),
            ("Build erstellen", 4.0, &["Entwicklerin", "App-Store"]),
        ],
    ),
    (
        "Prüfung",
        &[
            ("Store-Review abwarten", 1.0, &["Entwicklerin"]),
            (
                "Rückfragen beantworten",
                2.0,
                &["Entwicklerin", "App-Store"],
            ),
            ("Freigabe erhalten", 5.0, &["App-Store"]),
        ],
    ),
    (
        "Veröffentlichung",
        &[
            ("Veröffentlichen", 4.0, &["Entwicklerin"]),
            ("Bewertungen lesen", 3.0, &["Entwicklerin"]),
        ],
    ),
];

/// A new map as File → New makes it, in German.
fn new_map_harness() -> Harness<'static, JourneymapApp> {
    let mut harness = journey_harness(journeymap::templates::new_map(Lang::De));
    fit(&mut harness);
    harness
}

/// Double-clicks `label`, types `text` over it and presses Enter.
fn rename(harness: &mut Harness<'_, JourneymapApp>, label: &str, text: &str) {
    let at = harness.get_by_label(label).rect().center();
    double_click_at(harness, at);
    type_text(harness, text);
    press(harness, Modifiers::NONE, Key::Enter);
    fit(harness);
}

/// Adds a step after the one selected (or to the selected phase), typing
/// its name into the header that opens for it.
fn add_step(harness: &mut Harness<'_, JourneymapApp>, select: &str, name: &str) {
    harness.get_by_label(select).click();
    harness.run();
    press(harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::T);
    type_text(harness, name);
    press(harness, Modifiers::NONE, Key::Enter);
    fit(harness);
}

/// Where a click in the emotion lane's cell `cell` (screen space) sets
/// `fraction` of the scale: the layout's rule for a value's height, with
/// its inset in map points turned into screen points by the zoom.
fn value_y(cell: Rect, zoom: f32, fraction: f32) -> f32 {
    let inset = (cell.height() / zoom * 0.14).clamp(6.0, 28.0) * zoom;
    cell.bottom() - inset - fraction * (cell.height() - 2.0 * inset)
}

/// Clicks the empty emotion cell of the curve in a step at `score`.
fn score(harness: &mut Harness<'_, JourneymapApp>, column: &str, score: f32) {
    let cell = harness
        .get_by_label(&format!("Set Ist-Zustand in {column}"))
        .rect();
    let zoom = harness.state().canvas().zoom();
    let at = pos2(cell.center().x, value_y(cell, zoom, score / 5.0));
    common::click_at(harness, at, Modifiers::NONE);
}

/// A point in the "Handlungen" lane under a step's header.
fn actions_cell(harness: &Harness<'_, JourneymapApp>, step: &str, phase: &str) -> Pos2 {
    let x = harness.get_by_label(&header(step, phase)).rect().center().x;
    let row = harness.get_by_label("Handlungen").rect();
    pos2(x, row.top() + 0.3 * row.height())
}

/// Adds the task's card in its step and names its actors in the inspector.
fn task_card(harness: &mut Harness<'_, JourneymapApp>, phase: &str, task: &str, actors: &[&str]) {
    let at = actions_cell(harness, task, phase);
    double_click_at(harness, at);
    type_text(harness, task);
    press(harness, Modifiers::COMMAND, Key::Enter);
    fit(harness);
    // The card's own label: the step header has the task's name too.
    harness.get_by_label(task).click();
    harness.run();
    for actor in actors {
        harness.get_by_label("New actor field").click();
        harness.run();
        type_text(harness, actor);
        press(harness, Modifiers::NONE, Key::Enter);
    }
    press(harness, Modifiers::NONE, Key::Escape);
}

fn names(journey: &Journey) -> Vec<(String, Vec<String>)> {
    journey
        .phases
        .iter()
        .map(|phase| {
            let steps = phase.steps.iter().map(|step| step.name.clone()).collect();
            (phase.name.clone(), steps)
        })
        .collect()
}

#[test]
fn a_mermaid_journey_is_built_by_hand_with_steps_scores_and_actors_then_undone() {
    let mut harness = new_map_harness();
    let blank = journey(&harness);
    assert!(blank.cards.is_empty() && blank.curves[0].points.is_empty());

    // Sections become phases, tasks become steps.
    // The new map's phases: the first three are renamed, the rest deleted
    // (the editor asks first, even for an empty phase).
    let old_names: Vec<String> = blank.phases.iter().map(|p| p.name.clone()).collect();
    for extra in old_names.iter().skip(JOURNEY.len()) {
        harness.get_by_label(extra).click();
        harness.run();
        press(&mut harness, Modifiers::NONE, Key::Delete);
        harness.get_by_label("Delete phase").click();
        fit(&mut harness);
    }
    assert_eq!(journey(&harness).phases.len(), JOURNEY.len());
    for ((section, tasks), old) in JOURNEY.iter().zip(&old_names) {
        rename(&mut harness, old, section);
        assert_eq!(
            journey(&harness)
                .phases
                .iter()
                .filter(|p| p.name == *section)
                .count(),
            1,
            "{old} renamed to {section}"
        );
        // The first new step names the phase's only step "Schritt 1" and
        // opens the second for typing.
        add_step(&mut harness, section, tasks[1].0);
        rename(&mut harness, &header("Schritt 1", section), tasks[0].0);
        for pair in tasks.windows(2).skip(1) {
            add_step(&mut harness, &header(pair[0].0, section), pair[1].0);
        }
    }
    let expected: Vec<(String, Vec<String>)> = JOURNEY
        .iter()
        .map(|(section, tasks)| {
            let steps = tasks.iter().map(|(task, ..)| (*task).to_owned()).collect();
            ((*section).to_owned(), steps)
        })
        .collect();
    assert_eq!(names(&journey(&harness)), expected);

    // Mermaid scores 0 … 5: the scale from the inspector's list.
    press(&mut harness, Modifiers::NONE, Key::Escape);
    harness.get_by_label("Emotion scale").click();
    harness.run();
    harness.get_by_label("0 … 5").click();
    harness.run();
    assert_eq!(
        journey(&harness).emotion_scale,
        EmotionScale {
            min: 0.0,
            max: 5.0,
            step: 1.0
        }
    );

    // A score per step, clicked into the emotion lane; a card per task with
    // the people the task names.
    for (section, tasks) in JOURNEY {
        for (task, value, actors) in tasks {
            score(&mut harness, &format!("{section} › {task}"), *value);
            task_card(&mut harness, section, task, actors);
        }
    }

    let built = journey(&harness);
    assert_eq!(names(&built), expected);
    assert_eq!(built.step_count(), 7);
    let curve = &built.curves[0];
    for (section, tasks) in JOURNEY {
        let phase = built
            .phases
            .iter()
            .find(|p| p.name == section)
            .expect(section);
        for ((task, value, actors), step) in tasks.iter().zip(&phase.steps) {
            assert_eq!(
                curve.point_in(step.id).map(|point| point.value),
                Some(*value),
                "score of {task}"
            );
            let card = common::card(&built, task);
            assert_eq!(card.step, step.id, "{task} sits in its step");
            let named: Vec<Actor> = actors.iter().map(|a| Actor::Name((*a).into())).collect();
            assert_eq!(card.actors, named, "actors of {task}");
        }
    }
    assert_eq!(
        built.actors(),
        [
            Actor::Name("Entwicklerin".into()),
            Actor::Name("App-Store".into())
        ]
    );
    assert_eq!(built.counts().actors, 2);

    // Every gesture was one step: undo all of it, then redo all of it.
    let steps = harness.state().history().undo_len();
    for _ in 0..steps {
        undo(&mut harness);
    }
    assert_eq!(content(&journey(&harness)), content(&blank));
    for _ in 0..steps {
        redo(&mut harness);
    }
    assert_eq!(content(&journey(&harness)), content(&built));
}
