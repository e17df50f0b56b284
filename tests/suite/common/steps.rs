//! A map with steps inside its phases, built by hand, and the ways tests
//! name and read its steps.

use egui::{Pos2, pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::{Command, JourneymapApp};
use journeymap::i18n::Lang;
use journeymap::model::{
    Card, CardId, CurveId, EmotionCurve, EmotionPoint, IdCounter, Journey, Lane, LaneId, LaneKind,
    Phase, PhaseId, Rgb, Step, StepId,
};

use super::{card, journey, journey_harness};

/// A German map with phases of one, three and two steps whose names are
/// long compound words:
///
/// ```text
///              Bewusstsein | Kauf                                               | Bindung
///                          | Warenkorbüberprüfung Gutscheincodesuche Zahlungsabwicklung | Lieferverfolgung Weiterempfehlung
/// Handlungen   Sucht Laptop | Prüft Lieferzeit  Sucht Gutschein  Zahlt per Rechnung | Verfolgt Paket  Empfiehlt weiter
/// Schmerzpunkte             |                   Code abgelaufen, Keine Codes         |
/// Gefühl       (curve "Ist": Bewusstsein, Gutscheincodesuche, Lieferverfolgung)
/// ```
pub fn step_map() -> Journey {
    let phase = |id: u64, name: &str, steps: &[(u64, &str)]| Phase {
        id: PhaseId(id),
        name: name.to_owned(),
        description: String::new(),
        steps: steps
            .iter()
            .map(|&(step, name)| Step::new(StepId(step), name))
            .collect(),
    };
    let lane = |id, name: &str, kind| Lane {
        id: LaneId(id),
        name: name.to_owned(),
        kind,
        collapsed: false,
        min_height: None,
    };
    let card =
        |id, lane, step, title: &str| Card::new(CardId(id), LaneId(lane), StepId(step), title);
    let mut journey = Journey {
        title: "Laptopkauf in Schritten".to_owned(),
        language: Some(Lang::De),
        phases: vec![
            phase(1, "Bewusstsein", &[(11, "")]),
            phase(
                2,
                "Kauf",
                &[
                    (21, "Warenkorbüberprüfung"),
                    (22, "Gutscheincodesuche"),
                    (23, "Zahlungsabwicklung"),
                ],
            ),
            phase(
                3,
                "Bindung",
                &[(31, "Lieferverfolgung"), (32, "Weiterempfehlung")],
            ),
        ],
        lanes: vec![
            lane(4, "Handlungen", LaneKind::Actions),
            lane(5, "Schmerzpunkte", LaneKind::PainPoints),
            lane(6, "Gefühl", LaneKind::Emotion),
        ],
        cards: vec![
            card(40, 4, 11, "Sucht Laptop"),
            card(41, 4, 21, "Prüft Lieferzeit"),
            card(42, 4, 22, "Sucht Gutschein"),
            card(43, 5, 22, "Code abgelaufen"),
            card(44, 5, 22, "Keine Codes"),
            card(45, 4, 23, "Zahlt per Rechnung"),
            card(46, 4, 31, "Verfolgt Paket"),
            card(47, 4, 32, "Empfiehlt weiter"),
        ],
        curves: vec![EmotionCurve {
            id: CurveId(50),
            name: "Ist".to_owned(),
            color: Rgb(0xE4, 0x57, 0x2E),
            persona: None,
            points: vec![
                EmotionPoint::new(StepId(11), 1.0),
                EmotionPoint::new(StepId(22), -2.0),
                EmotionPoint::new(StepId(31), 1.0),
            ],
        }],
        ids: IdCounter::default(),
        ..Journey::default()
    };
    journey.refresh_id_counter();
    journey
}

/// A harness on [`step_map`], fitted to the window and settled.
pub fn step_harness() -> Harness<'static, JourneymapApp> {
    let mut harness = journey_harness(step_map());
    harness.state_mut().queue(Command::ZoomFit);
    harness.run();
    harness
}

/// Fits the map to the window again, as a user presses "Fit" when the map
/// grew past the window's edge.
pub fn fit(harness: &mut Harness<'_, JourneymapApp>) {
    harness.state_mut().queue(Command::ZoomFit);
    harness.run();
}

/// The accessible name of a step header.
pub fn header(step: &str, phase: &str) -> String {
    format!("Step {step} in phase {phase}")
}

/// The names of each phase's steps.
pub fn steps(harness: &Harness<'_, JourneymapApp>) -> Vec<Vec<String>> {
    journey(harness)
        .phases
        .iter()
        .map(|phase| phase.steps.iter().map(|step| step.name.clone()).collect())
        .collect()
}

/// A point just inside the right end of a node (a header's last slot).
pub fn right_end(harness: &Harness<'_, JourneymapApp>, label: &str) -> Pos2 {
    let rect = harness.get_by_label(label).rect();
    pos2(rect.right() - 8.0, rect.center().y)
}

pub fn step_of(journey: &Journey, title: &str) -> StepId {
    card(journey, title).step
}
