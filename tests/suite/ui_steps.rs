//! Steps inside phases, edited on the canvas as a user does: adding,
//! renaming, reordering, resizing and deleting steps, cards moved and
//! spanned between steps across phase borders, and undoing it all.

use crate::common;

use common::steps::{fit, header, right_end, step_harness, step_map, step_of, steps};
use common::{
    assert_undo_redo, card, cell_point, center, content, double_click_at, drag, drag_to, journey,
    press, type_text, undo,
};
use egui::{Key, Modifiers, pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use journeymap::app::{Command, JourneymapApp};
use journeymap::canvas::Selection;
use journeymap::model::StepId;

#[test]
fn step_headers_are_nodes_named_after_step_and_phase() {
    let harness = step_harness();
    for (step, phase) in [
        ("Warenkorbüberprüfung", "Kauf"),
        ("Gutscheincodesuche", "Kauf"),
        ("Zahlungsabwicklung", "Kauf"),
        ("Lieferverfolgung", "Bindung"),
        ("Weiterempfehlung", "Bindung"),
    ] {
        harness.get_by_label(&header(step, phase));
    }
    // A phase of one step is a plain column: no step header.
    assert!(
        harness
            .query_all_by_label_contains("in phase Bewusstsein")
            .next()
            .is_none()
    );
    // The borders between steps of a phase resize; the last one is the phase's.
    harness.get_by_label("Width of step Warenkorbüberprüfung");
    assert!(
        harness
            .query_by_label("Width of step Zahlungsabwicklung")
            .is_none()
    );
    harness.get_by_label("Width of Kauf");
}

#[test]
fn adding_a_step_to_a_phase_of_one_names_both_and_starts_naming_the_new_one() {
    let mut harness = step_harness();
    let before = journey(&harness);
    // With nothing selected, nothing says where a step would go.
    assert!(
        harness
            .get_by_label("Add step")
            .accesskit_node()
            .is_disabled()
    );
    harness.get_by_label("Bewusstsein").click_secondary();
    harness.run();
    harness.get_by_label("Add Step Ctrl+Shift+T").click();
    harness.run();
    // In the map's language, and the new step is being named in place.
    assert_eq!(steps(&harness)[0], ["Schritt 1", "Schritt 2"]);
    harness.get_by_label(&header("Schritt 1", "Bewusstsein"));
    type_text(&mut harness, "Bedarfserkennung");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(steps(&harness)[0], ["Schritt 1", "Bedarfserkennung"]);
    // Adding (with naming the first) is one step, naming the new one another.
    assert_undo_redo(&mut harness, &before, 2);
}

#[test]
fn the_shortcut_adds_a_step_after_the_selected_one_and_the_inspector_lists_it() {
    let mut harness = step_harness();
    let before = journey(&harness);
    harness
        .get_by_label(&header("Lieferverfolgung", "Bindung"))
        .click();
    harness.run();
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::T);
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(
        steps(&harness)[2],
        ["Lieferverfolgung", "Schritt 3", "Weiterempfehlung"]
    );
    // The phase's inspector lists its steps and selects one by its link.
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Bindung")
        .click();
    harness.run();
    harness.get_by_label("Schritt 3").click();
    harness.run();
    let added = journey(&harness).phases[2].steps[1].id;
    assert_eq!(
        *harness.state().canvas().selection(),
        Selection::Step(added)
    );
    assert_undo_redo(&mut harness, &before, 1);
}

#[test]
fn double_clicking_a_step_header_renames_it_and_f2_does_too() {
    let mut harness = step_harness();
    let before = journey(&harness);
    let gutschein = center(&harness, &header("Gutscheincodesuche", "Kauf"));
    double_click_at(&mut harness, gutschein);
    type_text(&mut harness, "Rabattcoderecherche");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(
        steps(&harness)[1],
        [
            "Warenkorbüberprüfung",
            "Rabattcoderecherche",
            "Zahlungsabwicklung"
        ]
    );
    harness
        .get_by_label(&header("Weiterempfehlung", "Bindung"))
        .click();
    harness.run();
    press(&mut harness, Modifiers::NONE, Key::F2);
    type_text(&mut harness, "Mundpropaganda");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(steps(&harness)[2], ["Lieferverfolgung", "Mundpropaganda"]);
    assert_undo_redo(&mut harness, &before, 2);
}

#[test]
fn dragging_a_step_header_reorders_within_its_phase_and_moves_it_to_another() {
    let mut harness = step_harness();
    let before = journey(&harness);
    // Within Kauf: the first step goes last, its cards with it.
    let from = center(&harness, &header("Warenkorbüberprüfung", "Kauf"));
    let to = right_end(&harness, &header("Zahlungsabwicklung", "Kauf"));
    drag(&mut harness, from, to);
    assert_eq!(
        steps(&harness)[1],
        [
            "Gutscheincodesuche",
            "Zahlungsabwicklung",
            "Warenkorbüberprüfung"
        ]
    );
    let after = journey(&harness);
    assert_eq!(
        after.step_index(step_of(&after, "Prüft Lieferzeit")),
        Some(3),
        "the card moved with its step to the fourth column"
    );
    // Into Bindung, between its two steps, with its cards and curve point.
    let from = center(&harness, &header("Gutscheincodesuche", "Kauf"));
    let weiter = harness
        .get_by_label(&header("Weiterempfehlung", "Bindung"))
        .rect();
    drag(
        &mut harness,
        from,
        pos2(weiter.left() + 10.0, weiter.center().y),
    );
    assert_eq!(
        steps(&harness),
        [
            vec![String::new()],
            vec![
                "Zahlungsabwicklung".to_owned(),
                "Warenkorbüberprüfung".to_owned()
            ],
            vec![
                "Lieferverfolgung".to_owned(),
                "Gutscheincodesuche".to_owned(),
                "Weiterempfehlung".to_owned()
            ],
        ]
    );
    let after = journey(&harness);
    assert_eq!(
        after
            .phase_of_step(step_of(&after, "Code abgelaufen"))
            .map(|p| p.name.as_str()),
        Some("Bindung")
    );
    assert!(after.curves[0].point_in(StepId(22)).is_some());
    harness.get_by_label(&header("Gutscheincodesuche", "Bindung"));
    // Into the phase of one unnamed step: that step is named by its place
    // in the same undo step, so no header of the new row shows empty.
    let from = center(&harness, &header("Zahlungsabwicklung", "Kauf"));
    let to = right_end(&harness, "Bewusstsein");
    drag(&mut harness, from, to);
    assert_eq!(steps(&harness)[0], ["Schritt 1", "Zahlungsabwicklung"]);
    assert_undo_redo(&mut harness, &before, 3);
}

/// How many pixels of the picture have the drop preview's colour.
fn preview_pixels(harness: &mut Harness<'_, JourneymapApp>) -> usize {
    let image = harness.render().expect("a picture");
    let preview = journeymap::theme::DROP_PREVIEW;
    image
        .pixels()
        .filter(|pixel| {
            let [r, g, b, _] = pixel.0;
            r.abs_diff(preview.r()) < 8
                && g.abs_diff(preview.g()) < 8
                && b.abs_diff(preview.b()) < 8
        })
        .count()
}

#[test]
fn dragging_a_step_shows_where_it_goes_and_escape_leaves_it() {
    let mut harness = step_harness();
    let before = journey(&harness);
    assert_eq!(preview_pixels(&mut harness), 0);
    let from = center(&harness, &header("Lieferverfolgung", "Bindung"));
    let to = center(&harness, "Bewusstsein");
    drag_to(&mut harness, from, to);
    // A guide through the lanes and an outline round the target phase: a
    // few hundred pixels at least, on a map fitted into the window.
    assert!(preview_pixels(&mut harness) > 500, "the drop preview shows");
    press(&mut harness, Modifiers::NONE, Key::Escape);
    harness.drop_at(to);
    harness.run();
    assert_eq!(content(&journey(&harness)), content(&before));
    assert_eq!(harness.state().history().undo_len(), 0);
}

#[test]
fn dragging_a_step_border_sets_the_steps_width_and_a_double_click_resets_it() {
    let mut harness = step_harness();
    let before = journey(&harness);
    let border = center(&harness, "Width of step Warenkorbüberprüfung");
    drag(&mut harness, border, border + egui::vec2(100.0, 0.0));
    let width = journey(&harness).phases[1].steps[0]
        .width
        .expect("a width is set");
    assert!(width > 300.0, "wider than the default 250: {width}");
    assert_eq!(
        journey(&harness).phases[1].steps[1].width,
        None,
        "only that step"
    );
    // The phase's border sizes its last step.
    let border = center(&harness, "Width of Kauf");
    drag(&mut harness, border, border + egui::vec2(60.0, 0.0));
    assert!(journey(&harness).phases[1].steps[2].width.is_some());
    let border = center(&harness, "Width of step Warenkorbüberprüfung");
    double_click_at(&mut harness, border);
    assert_eq!(journey(&harness).phases[1].steps[0].width, None);
    assert_undo_redo(&mut harness, &before, 3);
}

#[test]
fn deleting_a_step_with_cards_asks_first_and_says_how_many_go() {
    let mut harness = step_harness();
    let before = journey(&harness);
    harness
        .get_by_label(&header("Gutscheincodesuche", "Kauf"))
        .click();
    harness.run();
    press(&mut harness, Modifiers::NONE, Key::Delete);
    harness.get_by_label("Delete step “Gutscheincodesuche” of phase “Kauf”?");
    harness.get_by_label("Its 3 cards will be deleted with it.");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(
        content(&journey(&harness)),
        content(&before),
        "Cancel keeps it"
    );
    harness
        .get_by_label(&header("Gutscheincodesuche", "Kauf"))
        .click_secondary();
    harness.run();
    harness.get_by_label("Delete Step… Delete").click();
    harness.run();
    harness.get_by_label("Delete step").click();
    harness.run();
    let after = journey(&harness);
    assert_eq!(
        steps(&harness)[1],
        ["Warenkorbüberprüfung", "Zahlungsabwicklung"]
    );
    assert_eq!(after.cards.len(), before.cards.len() - 3);
    assert!(after.curves[0].point_in(StepId(22)).is_none());
    assert_undo_redo(&mut harness, &before, 1);
}

#[test]
fn a_step_without_cards_goes_at_once_and_the_last_one_cannot_go() {
    let mut map = step_map();
    map.cards.retain(|card| card.step != StepId(32));
    let mut harness = common::journey_harness(map.clone());
    harness.state_mut().queue(Command::ZoomFit);
    harness.run();
    harness
        .get_by_label(&header("Weiterempfehlung", "Bindung"))
        .click();
    harness.run();
    press(&mut harness, Modifiers::NONE, Key::Delete);
    assert_eq!(steps(&harness)[2], ["Lieferverfolgung"], "no question");
    // Bindung is one column again. Its only step, selected, cannot be
    // deleted: the inspector says why, and the key is refused with the rule.
    let only = journey(&harness).phases[2].steps[0].id;
    harness
        .state_mut()
        .canvas_mut()
        .select(Selection::Step(only));
    harness.run();
    assert!(
        harness
            .get_by_label("Delete step…")
            .accesskit_node()
            .is_disabled(),
        "the only step of a phase stays"
    );
    harness.get_by_label("Edit").click();
    harness.run();
    assert!(
        harness
            .get_by_label("Delete Delete")
            .accesskit_node()
            .is_disabled(),
        "greyed out in the menu too"
    );
    harness.get_by_label("Edit").click();
    harness.run();
    press(&mut harness, Modifiers::NONE, Key::Delete);
    assert_eq!(steps(&harness)[2], ["Lieferverfolgung"]);
    harness.get_by_label_contains("keeps at least one step");
    undo(&mut harness);
    assert_eq!(content(&journey(&harness)), content(&map));
}

#[test]
fn cards_move_between_steps_and_across_a_phase_border() {
    let mut harness = step_harness();
    let before = journey(&harness);
    let from = center(&harness, "Prüft Lieferzeit");
    let to = cell_point(
        &harness,
        &header("Gutscheincodesuche", "Kauf"),
        "Handlungen",
        0.9,
    );
    drag(&mut harness, from, to);
    assert_eq!(step_of(&journey(&harness), "Prüft Lieferzeit"), StepId(22));
    let from = center(&harness, "Verfolgt Paket");
    let to = cell_point(
        &harness,
        &header("Zahlungsabwicklung", "Kauf"),
        "Handlungen",
        0.9,
    );
    drag(&mut harness, from, to);
    assert_eq!(step_of(&journey(&harness), "Verfolgt Paket"), StepId(23));
    let from = center(&harness, "Sucht Laptop");
    let to = cell_point(
        &harness,
        &header("Warenkorbüberprüfung", "Kauf"),
        "Schmerzpunkte",
        0.5,
    );
    drag(&mut harness, from, to);
    let after = journey(&harness);
    assert_eq!(step_of(&after, "Sucht Laptop"), StepId(21));
    assert_eq!(
        after
            .lane(card(&after, "Sucht Laptop").lane)
            .map(|l| l.name.as_str()),
        Some("Schmerzpunkte")
    );
    assert_undo_redo(&mut harness, &before, 3);
}

#[test]
fn a_card_spans_steps_across_a_phase_border() {
    let mut harness = step_harness();
    let before = journey(&harness);
    let edge = center(&harness, "Span of Zahlt per Rechnung");
    let target = cell_point(
        &harness,
        &header("Lieferverfolgung", "Bindung"),
        "Handlungen",
        0.2,
    );
    drag(&mut harness, edge, target);
    assert_eq!(card(&journey(&harness), "Zahlt per Rechnung").span, 2);
    let edge = center(&harness, "Span of Zahlt per Rechnung");
    let target = cell_point(
        &harness,
        &header("Weiterempfehlung", "Bindung"),
        "Handlungen",
        0.2,
    );
    drag(&mut harness, edge, target);
    assert_eq!(card(&journey(&harness), "Zahlt per Rechnung").span, 3);
    assert_undo_redo(&mut harness, &before, 2);
}

#[test]
fn every_step_gesture_undoes_back_to_the_original_and_redoes_again() {
    let mut harness = step_harness();
    let before = journey(&harness);
    // Add a step to the phase of one step and name it.
    harness.get_by_label("Bewusstsein").click();
    harness.run();
    harness.get_by_label("Add step").click();
    harness.run();
    type_text(&mut harness, "Bedarfserkennung");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    fit(&mut harness);
    // Rename one by double-click.
    let p = center(&harness, &header("Zahlungsabwicklung", "Kauf"));
    double_click_at(&mut harness, p);
    type_text(&mut harness, "Bezahlvorgang");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    // Reorder within Kauf, then move one into Bindung.
    let from = center(&harness, &header("Bezahlvorgang", "Kauf"));
    let to = center(&harness, &header("Warenkorbüberprüfung", "Kauf"));
    drag(&mut harness, from, to - egui::vec2(40.0, 0.0));
    let from = center(&harness, &header("Warenkorbüberprüfung", "Kauf"));
    let to = right_end(&harness, &header("Weiterempfehlung", "Bindung"));
    drag(&mut harness, from, to);
    // Resize one by its border.
    let border = center(&harness, "Width of step Bezahlvorgang");
    drag(&mut harness, border, border + egui::vec2(80.0, 0.0));
    fit(&mut harness);
    // Move a card across a phase border and span another over one.
    let from = center(&harness, "Sucht Laptop");
    let to = cell_point(
        &harness,
        &header("Gutscheincodesuche", "Kauf"),
        "Handlungen",
        0.9,
    );
    drag(&mut harness, from, to);
    let edge = center(&harness, "Span of Sucht Gutschein");
    let to = cell_point(
        &harness,
        &header("Lieferverfolgung", "Bindung"),
        "Handlungen",
        0.2,
    );
    drag(&mut harness, edge, to);
    // Delete a step with cards, confirming.
    harness
        .get_by_label(&header("Lieferverfolgung", "Bindung"))
        .click();
    harness.run();
    press(&mut harness, Modifiers::NONE, Key::Delete);
    harness.get_by_label("Its 1 card will be deleted with it.");
    harness.get_by_label("Delete step").click();
    harness.run();

    let after = journey(&harness);
    assert_eq!(
        steps(&harness),
        [
            vec!["Schritt 1".to_owned(), "Bedarfserkennung".to_owned()],
            vec!["Bezahlvorgang".to_owned(), "Gutscheincodesuche".to_owned()],
            vec![
                "Weiterempfehlung".to_owned(),
                "Warenkorbüberprüfung".to_owned()
            ],
        ]
    );
    assert_eq!(step_of(&after, "Sucht Laptop"), StepId(22));
    assert!(
        after
            .cards
            .iter()
            .all(|card| card.title != "Verfolgt Paket")
    );
    assert!(after.step(StepId(23)).is_some_and(|s| s.width.is_some()));
    assert_eq!(harness.state().history().undo_len(), 9);
    assert_undo_redo(&mut harness, &before, 9);
}
