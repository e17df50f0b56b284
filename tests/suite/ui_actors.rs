//! Who acts on a card, set in the card inspector like a workshop does it:
//! a persona of the map picked from the list (where actors the map already
//! uses come first), a new name typed and Enter, one tag removed by its ×;
//! every change one undo step, the card on the map growing to show the tags.

use crate::common;

use common::{assert_undo_redo, content, journey, journey_harness, press, type_text, undo};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::{Command, JourneymapApp};
use journeymap::model::{
    Actor, Card, CardId, IdCounter, Journey, Lane, LaneId, LaneKind, Persona, PersonaId, Phase,
    PhaseId, Step, StepId,
};

const COUPON: &str = "Gutscheincode eingeben 😡";
const CHECKOUT: &str = "Bezahlt an der Selbstbedienungskasse";

/// A German map: "Kauf" with two steps, personas "Lena Müller" and
/// "Jörg Kaßner", the card [`CHECKOUT`] naming the cashier "Kassiererin Ayşe"
/// and the card [`COUPON`] naming nobody.
fn actors_map() -> Journey {
    let mut checkout = Card::new(CardId(6), LaneId(3), StepId(22), CHECKOUT);
    checkout.actors = vec![Actor::Name("Kassiererin Ayşe".into())];
    let mut journey = Journey {
        title: "Kundenreise Wocheneinkauf".to_owned(),
        language: Some(journeymap::i18n::Lang::De),
        phases: vec![Phase {
            id: PhaseId(1),
            name: "Kauf".to_owned(),
            description: String::new(),
            steps: vec![
                Step::new(StepId(21), "Gutschein suchen"),
                Step::new(StepId(22), "Bezahlen"),
            ],
        }],
        lanes: vec![Lane {
            id: LaneId(3),
            name: "Kundenhandlungen".to_owned(),
            kind: LaneKind::Actions,
            collapsed: false,
            min_height: None,
        }],
        personas: vec![
            Persona::new(PersonaId(8), "Lena Müller"),
            Persona::new(PersonaId(9), "Jörg Kaßner"),
        ],
        cards: vec![
            Card::new(CardId(5), LaneId(3), StepId(21), COUPON),
            checkout,
        ],
        ids: IdCounter::default(),
        ..Journey::default()
    };
    journey.refresh_id_counter();
    journey
}

fn actors_harness() -> Harness<'static, JourneymapApp> {
    let mut harness = journey_harness(actors_map());
    harness.state_mut().queue(Command::ZoomFit);
    harness.run();
    harness
}

fn coupon_actors(harness: &Harness<'_, JourneymapApp>) -> Vec<Actor> {
    common::card(&journey(harness), COUPON).actors.clone()
}

/// Types `name` into the "New actor" field and presses Enter.
fn type_new_actor(harness: &mut Harness<'_, JourneymapApp>, name: &str) {
    harness.get_by_label("New actor field").click();
    harness.run();
    type_text(harness, name);
    press(harness, Modifiers::NONE, Key::Enter);
}

#[test]
fn actors_are_picked_typed_and_removed_each_one_step_and_all_undo_and_redo() {
    let mut harness = actors_harness();
    let before = journey(&harness);
    let card_height = harness.get_by_label(COUPON).rect().height();
    harness.get_by_label(COUPON).click();
    harness.run();
    assert!(
        harness
            .query_by_label("Only the persona acts here")
            .is_some()
    );

    // The list offers the cashier another card names first, then the
    // personas no card names yet.
    harness.get_by_label("Add actor").click();
    harness.run();
    let offered: Vec<f32> = ["Kassiererin Ayşe", "Lena Müller", "Jörg Kaßner"]
        .iter()
        .map(|name| harness.get_by_label(name).rect().center().y)
        .collect();
    assert!(
        offered[0] < offered[1] && offered[1] < offered[2],
        "existing actors first: {offered:?}"
    );
    harness.get_by_label("Lena Müller").click();
    harness.run();
    assert_eq!(coupon_actors(&harness), [Actor::Persona(PersonaId(8))]);

    type_new_actor(&mut harness, "  Paketbotin 📦 ");
    assert_eq!(
        coupon_actors(&harness),
        [
            Actor::Persona(PersonaId(8)),
            Actor::Name("Paketbotin 📦".into())
        ]
    );
    // Neither an empty name nor one the card already has (whatever the
    // case) is added; the field stays ready for the next name.
    type_new_actor(&mut harness, "   ");
    type_new_actor(&mut harness, "lena müller");
    type_new_actor(&mut harness, "Kundenservicemitarbeiterin");
    let expected = [
        Actor::Persona(PersonaId(8)),
        Actor::Name("Paketbotin 📦".into()),
        Actor::Name("Kundenservicemitarbeiterin".into()),
    ];
    assert_eq!(coupon_actors(&harness), expected);
    // The card on the map grew to show its tags.
    assert!(harness.get_by_label(COUPON).rect().height() > card_height);

    harness.get_by_label("Remove actor Paketbotin 📦").click();
    harness.run();
    assert_eq!(
        coupon_actors(&harness),
        [expected[0].clone(), expected[2].clone()]
    );
    // The other card is untouched, and every change was one step.
    assert_eq!(
        common::card(&journey(&harness), CHECKOUT).actors,
        [Actor::Name("Kassiererin Ayşe".into())]
    );
    assert_eq!(harness.state().history().undo_len(), 4);
    assert_eq!(
        harness.state().history().undo_name(),
        Some(journeymap::i18n::text::edit::STEP_SET_ACTORS)
    );
    assert_undo_redo(&mut harness, &before, 4);
    for _ in 0..4 {
        undo(&mut harness);
    }
    assert_eq!(content(&journey(&harness)), content(&before));
    assert!((harness.get_by_label(COUPON).rect().height() - card_height).abs() < 0.5);
}

#[test]
fn a_typed_persona_name_or_known_name_becomes_that_actor() {
    let mut harness = actors_harness();
    harness.get_by_label(COUPON).click();
    harness.run();
    type_new_actor(&mut harness, "jörg kaßner");
    type_new_actor(&mut harness, "KASSIERERIN AYŞE");
    assert_eq!(
        coupon_actors(&harness),
        [
            Actor::Persona(PersonaId(9)),
            Actor::Name("Kassiererin Ayşe".into())
        ]
    );
    // Both are on the card now: the list has only Lena left to offer.
    harness.get_by_label("Add actor").click();
    harness.run();
    assert!(harness.query_by_label("Lena Müller").is_some());
    assert!(harness.query_by_label("Remove actor Jörg Kaßner").is_some());
    assert_eq!(
        harness.query_all_by_label("Jörg Kaßner").count(),
        1,
        "the tag only"
    );
}
