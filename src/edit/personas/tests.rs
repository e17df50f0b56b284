use super::*;
use crate::edit::apply;
use crate::edit::tests::round_trip;
use crate::model::{Photo, Rgb};
use crate::templates::example_map as example;

/// The example with a second persona (no colour of its own, as in old files).
fn two_personas() -> Journey {
    let mut journey = example();
    let id = PersonaId(journey.ids.next_raw());
    journey.personas.push(Persona::new(id, "Ben Ott"));
    journey
}

fn first_persona(journey: &Journey) -> PersonaId {
    journey.personas[0].id
}

#[test]
fn a_new_persona_comes_last_with_its_colour() {
    let journey = example();
    let after = round_trip(
        &journey,
        Edit::AddPersona {
            name: "Lena".into(),
            color: Rgb(1, 2, 3),
        },
    );
    let added = after.personas.last().unwrap();
    assert_eq!(
        (added.name.as_str(), added.color),
        ("Lena", Some(Rgb(1, 2, 3)))
    );
    assert_eq!(after.persona_color(added.id), Some(Rgb(1, 2, 3)));
}

#[test]
fn an_assigned_curve_shows_its_personas_colour_and_name() {
    let mut journey = two_personas();
    let curve = journey.curves[0].id;
    journey.curves[0].persona = None;
    let ben = journey.personas[1].id;
    let after = round_trip(
        &journey,
        Edit::AssignCurve {
            curve,
            persona: Some(ben),
        },
    );
    let curve = &after.curves[0];
    assert_eq!(after.curve_name(curve), "Ben Ott");
    // Ben has no colour of his own: the palette's second, by position.
    assert_eq!(after.curve_color(curve), PERSONA_COLORS[1]);
    let unassigned = round_trip(
        &after,
        Edit::AssignCurve {
            curve: curve.id,
            persona: None,
        },
    );
    let curve = &unassigned.curves[0];
    assert_eq!(unassigned.curve_color(curve), curve.color);
    assert_eq!(unassigned.curve_name(curve), curve.name);
}

#[test]
fn assigning_a_missing_persona_is_refused_and_changes_nothing() {
    let journey = example();
    let mut edited = journey.clone();
    let error = apply(
        &mut edited,
        Edit::AssignCurve {
            curve: journey.curves[0].id,
            persona: Some(PersonaId(9999)),
        },
    );
    assert!(matches!(error, Err(EditError::Missing(_))), "{error:?}");
    assert_eq!(edited, journey);
    // The primitive refuses it too: no edit can leave a dangling reference.
    let mut curve = journey.curves[0].clone();
    curve.persona = Some(PersonaId(9999));
    assert!(apply(&mut edited, Edit::UpdateCurve(curve)).is_err());
    assert!(apply(&mut edited, Edit::SetPrimaryPersona(Some(PersonaId(9999)))).is_err());
    assert_eq!(edited, journey);
}

#[test]
fn deleting_a_persona_unassigns_its_curves_and_clears_the_primary_in_one_step() {
    let journey = two_personas();
    let persona = first_persona(&journey);
    assert_eq!(journey.primary_persona, Some(persona));
    let assigned = curves_of_persona(&journey, persona).len();
    assert!(assigned > 0, "the example's curve belongs to its persona");
    let ben_color = journey.persona_color(journey.personas[1].id);
    let after = round_trip(&journey, Edit::DeletePersona(persona));
    assert_eq!(after.personas.len(), 1);
    assert_eq!(after.primary_persona, None);
    assert!(after.curves.iter().all(|curve| curve.persona.is_none()));
    // Ben moved up a place but keeps his colour.
    assert_eq!(after.persona_color(after.personas[0].id), ben_color);
}

#[test]
fn removing_a_persona_still_in_use_is_refused() {
    let mut journey = example();
    let persona = first_persona(&journey);
    let before = journey.clone();
    assert!(apply(&mut journey, Edit::RemovePersona(persona)).is_err());
    assert_eq!(journey, before);
}

#[test]
fn a_duplicate_follows_its_original_with_a_colour_of_its_own() {
    let mut journey = two_personas();
    journey.personas[0].photo = Photo::from_bytes(b"\x89PNG\r\n\x1a\nrest".to_vec());
    journey.personas[0].goals = vec!["Find a laptop".into()];
    let original = first_persona(&journey);
    let ben_color = journey.persona_color(journey.personas[1].id);
    let after = round_trip(
        &journey,
        Edit::DuplicatePersona {
            persona: original,
            name: "Copy".into(),
        },
    );
    let copy = &after.personas[1];
    assert_eq!(copy.name, "Copy");
    assert_ne!(copy.id, original);
    assert_eq!(copy.goals, journey.personas[0].goals);
    assert_eq!(copy.photo, journey.personas[0].photo);
    let colors: Vec<_> = after
        .personas
        .iter()
        .map(|p| after.persona_color(p.id))
        .collect();
    assert_ne!(colors[1], colors[0], "the copy's curves stand apart");
    assert_eq!(colors[2], ben_color, "Ben keeps his colour");
}

#[test]
fn the_primary_persona_can_be_set_and_cleared() {
    let journey = two_personas();
    let ben = journey.personas[1].id;
    let after = round_trip(&journey, Edit::SetPrimaryPersona(Some(ben)));
    assert_eq!(after.primary_persona(), after.persona(ben));
    let after = round_trip(&after, Edit::SetPrimaryPersona(None));
    assert_eq!(after.primary_persona(), None);
}

#[test]
fn updating_a_persona_replaces_it() {
    let journey = example();
    let mut persona = journey.personas[0].clone();
    persona.quote = "Endlich!".into();
    persona.age = Some(41);
    let after = round_trip(&journey, Edit::UpdatePersona(persona.clone()));
    assert_eq!(after.personas[0], persona);
}

#[test]
fn the_first_persona_of_a_map_becomes_its_primary_one_in_the_same_step() {
    let mut journey = example();
    for curve in &mut journey.curves {
        curve.persona = None;
    }
    journey.personas.clear();
    journey.primary_persona = None;
    for card in &mut journey.cards {
        card.actors.clear();
    }
    // round_trip also checks that one undo gives back the map without
    // persona and without primary.
    let after = round_trip(
        &journey,
        Edit::AddPersona {
            name: "Lena".into(),
            color: Rgb(1, 2, 3),
        },
    );
    assert_eq!(after.personas.len(), 1);
    assert_eq!(after.primary_persona, Some(after.personas[0].id));
}

#[test]
fn a_persona_added_beside_a_primary_one_leaves_the_primary_as_it_is() {
    let journey = example();
    let primary = journey.primary_persona;
    assert!(primary.is_some(), "the example has a primary persona");
    let after = round_trip(
        &journey,
        Edit::AddPersona {
            name: "Ben".into(),
            color: Rgb(4, 5, 6),
        },
    );
    assert_eq!(after.primary_persona, primary);
}
