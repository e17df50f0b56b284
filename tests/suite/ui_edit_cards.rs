//! Editing cards on the canvas as a user does: add, type, drag, select, delete,
//! copy and paste, span, recolour, and undo it all.

use crate::common;

use common::{
    assert_undo_redo, card, cell_point, cell_titles, center, click_at, content, double_click_at,
    drag, drag_to, journey, press, small_harness, type_text,
};
use egui::{Event, Key, Modifiers};
use egui_kittest::kittest::Queryable;
use journeymap::canvas::Selection;
use journeymap::model::CardColor;

#[test]
fn double_clicking_an_empty_spot_adds_a_card_ready_for_typing() {
    let mut harness = small_harness();
    let before = journey(&harness);
    let p0 = cell_point(&harness, "Buy", "Channels", 0.8);
    double_click_at(&mut harness, p0);
    type_text(&mut harness, "Newsletter");
    press(&mut harness, Modifiers::COMMAND, Key::Enter);
    let after = journey(&harness);
    assert_eq!(cell_titles(&after, "Channels", "Buy"), ["Newsletter"]);
    assert_eq!(after.cards.len(), before.cards.len() + 1);
    assert_undo_redo(&mut harness, &before, 1);
}

#[test]
fn the_hover_plus_adds_a_card_and_a_click_elsewhere_keeps_it() {
    let mut harness = small_harness();
    harness.hover_at(cell_point(&harness, "Compare", "Doing", 0.5));
    harness.run();
    harness.get_by_label("Add card to Doing in Compare").click();
    harness.run();
    type_text(&mut harness, "Asks a friend");
    let p1 = center(&harness, "Discover");
    click_at(&mut harness, p1, Modifiers::NONE);
    assert_eq!(
        cell_titles(&journey(&harness), "Doing", "Compare"),
        ["Asks a friend"]
    );
}

#[test]
fn escape_cancels_a_new_card() {
    let mut harness = small_harness();
    let before = journey(&harness);
    let p2 = cell_point(&harness, "Buy", "Channels", 0.8);
    double_click_at(&mut harness, p2);
    type_text(&mut harness, "Never mind");
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert_eq!(content(&journey(&harness)), content(&before));
    assert_eq!(harness.state().history().undo_len(), 0);
}

#[test]
fn double_clicking_a_card_edits_its_title_and_notes_in_one_step() {
    let mut harness = small_harness();
    let before = journey(&harness);
    let p3 = center(&harness, "Search ad");
    double_click_at(&mut harness, p3);
    // The old title is selected, so typing replaces it; Enter goes on to the notes.
    type_text(&mut harness, "Shopping ad");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    type_text(&mut harness, "Shown for laptop searches");
    press(&mut harness, Modifiers::COMMAND, Key::Enter);
    let after = journey(&harness);
    let edited = card(&after, "Shopping ad");
    assert_eq!(edited.notes, "Shown for laptop searches");
    assert_undo_redo(&mut harness, &before, 1);
}

#[test]
fn enter_edits_the_selected_card() {
    let mut harness = small_harness();
    harness.get_by_label("Pays online").click();
    harness.run();
    press(&mut harness, Modifiers::NONE, Key::Enter);
    type_text(&mut harness, "Pays by invoice");
    press(&mut harness, Modifiers::COMMAND, Key::Enter);
    card(&journey(&harness), "Pays by invoice");
}

#[test]
fn dragging_a_card_into_another_cell_changes_its_lane_and_phase() {
    let mut harness = small_harness();
    let before = journey(&harness);
    let target = cell_point(&harness, "Buy", "Channels", 0.7);
    let p4 = center(&harness, "Reads reviews");
    drag(&mut harness, p4, target);
    let after = journey(&harness);
    assert_eq!(cell_titles(&after, "Channels", "Buy"), ["Reads reviews"]);
    assert!(cell_titles(&after, "Doing", "Discover").is_empty());
    assert_eq!(
        after.cards.len(),
        before.cards.len(),
        "no card lost or added"
    );
    assert_eq!(
        harness.state().history().undo_name(),
        Some(journeymap::i18n::text::edit::STEP_MOVE_CARD)
    );
    assert_undo_redo(&mut harness, &before, 1);
}

#[test]
fn dragging_a_card_above_another_reorders_the_cell() {
    let mut harness = small_harness();
    let before = journey(&harness);
    let top = harness.get_by_label("Blog post").rect();
    let p0 = center(&harness, "Search ad");
    drag(
        &mut harness,
        p0,
        egui::pos2(top.center().x, top.top() + 3.0),
    );
    let after = journey(&harness);
    assert_eq!(
        cell_titles(&after, "Channels", "Discover"),
        ["Search ad", "Blog post"]
    );
    assert_undo_redo(&mut harness, &before, 1);
}

#[test]
fn escape_cancels_a_drag_and_a_drop_outside_the_grid_puts_the_card_back() {
    let mut harness = small_harness();
    let before = content(&journey(&harness));
    let target = cell_point(&harness, "Buy", "Channels", 0.7);
    let p5 = center(&harness, "Blog post");
    drag_to(&mut harness, p5, target);
    press(&mut harness, Modifiers::NONE, Key::Escape);
    harness.drop_at(target);
    harness.run();
    assert_eq!(content(&journey(&harness)), before, "Escape cancels");
    let outside = center(&harness, "Journey map canvas") + egui::vec2(0.0, 440.0);
    let p6 = center(&harness, "Blog post");
    drag(&mut harness, p6, outside);
    assert_eq!(
        content(&journey(&harness)),
        before,
        "a drop outside puts it back"
    );
}

#[test]
fn box_select_then_delete_removes_the_cards_and_undo_brings_them_back() {
    let mut harness = small_harness();
    let before = journey(&harness);
    // From the empty left part of the Compare column, across both Discover cards.
    let blog = harness.get_by_label("Blog post").rect();
    let ad = harness.get_by_label("Search ad").rect();
    let start = egui::pos2(ad.right() + 6.0, ad.bottom() + 4.0);
    let end = egui::pos2(blog.center().x, blog.top() - 4.0);
    drag(&mut harness, start, end);
    let Selection::Cards(selected) = harness.state().canvas().selection().clone() else {
        panic!("cards are selected");
    };
    assert_eq!(selected.len(), 2);
    press(&mut harness, Modifiers::NONE, Key::Delete);
    let after = journey(&harness);
    assert!(cell_titles(&after, "Channels", "Discover").is_empty());
    assert_eq!(after.cards.len(), before.cards.len() - 2);
    assert_undo_redo(&mut harness, &before, 1);
}

#[test]
fn ctrl_click_adds_to_the_selection_and_ctrl_a_selects_every_card() {
    let mut harness = small_harness();
    let p7 = center(&harness, "Blog post");
    click_at(&mut harness, p7, Modifiers::NONE);
    let p8 = center(&harness, "Pays online");
    click_at(&mut harness, p8, Modifiers::COMMAND);
    assert_eq!(harness.state().canvas().selection().cards().len(), 2);
    let p9 = center(&harness, "Pays online");
    click_at(&mut harness, p9, Modifiers::COMMAND);
    assert_eq!(harness.state().canvas().selection().cards().len(), 1);
    press(&mut harness, Modifiers::COMMAND, Key::A);
    assert_eq!(harness.state().canvas().selection().cards().len(), 5);
    press(&mut harness, Modifiers::NONE, Key::Backspace);
    assert!(journey(&harness).cards.is_empty(), "Backspace deletes too");
}

#[test]
fn copy_and_paste_puts_a_copy_in_the_clicked_cell_and_plain_text_on_the_clipboard() {
    let mut harness = small_harness();
    let before = journey(&harness);
    harness.get_by_label("Review site").click();
    harness.run();
    // Ctrl+C, one event per frame, looking at the frame of the key press.
    harness.event(Event::ModifiersChanged(Modifiers::COMMAND));
    harness.step();
    harness.event(Event::Key {
        key: Key::C,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: Modifiers::COMMAND,
    });
    harness.step();
    let copied = harness.output().platform_output.commands.iter().any(
        |command| matches!(command, egui::OutputCommand::CopyText(text) if text == "Review site"),
    );
    harness.event(Event::ModifiersChanged(Modifiers::NONE));
    harness.run();
    assert!(copied, "copy puts the card's text on the system clipboard");
    let p10 = center(&harness, "Pays online");
    click_at(&mut harness, p10, Modifiers::NONE);
    press(&mut harness, Modifiers::COMMAND, Key::V);
    let after = journey(&harness);
    assert_eq!(
        cell_titles(&after, "Doing", "Buy"),
        ["Pays online", "Review site"]
    );
    assert_eq!(cell_titles(&after, "Channels", "Compare"), ["Review site"]);
    assert_undo_redo(&mut harness, &before, 1);
}

#[test]
fn text_pasted_from_another_program_becomes_one_card_per_line() {
    let mut harness = small_harness();
    let p11 = cell_point(&harness, "Buy", "Channels", 0.5);
    click_at(&mut harness, p11, Modifiers::NONE);
    harness.event(Event::Paste("Hotline\n\nStore visit\nChatbot\n".to_owned()));
    harness.run();
    assert_eq!(
        cell_titles(&journey(&harness), "Channels", "Buy"),
        ["Hotline", "Store visit", "Chatbot"]
    );
}

#[test]
fn cut_cards_paste_into_another_map() {
    let mut harness = small_harness();
    harness.get_by_label("Blog post").click();
    harness.run();
    press(&mut harness, Modifiers::COMMAND, Key::X);
    assert!(
        journey(&harness)
            .cards
            .iter()
            .all(|c| c.title != "Blog post")
    );
    harness.get_by_label("New").click();
    harness.run();
    // The cut left unsaved changes: New asks first.
    harness.get_by_label("Don't save").click();
    harness.run();
    assert!(journey(&harness).cards.is_empty(), "a new, blank map");
    press(&mut harness, Modifiers::COMMAND, Key::V);
    let after = journey(&harness);
    let pasted = card(&after, "Blog post");
    assert!(pasted.touchpoint.is_some(), "fields come along");
}

#[test]
fn ctrl_d_duplicates_right_after_the_original() {
    let mut harness = small_harness();
    let before = journey(&harness);
    harness.get_by_label("Blog post").click();
    harness.run();
    press(&mut harness, Modifiers::COMMAND, Key::D);
    assert_eq!(
        cell_titles(&journey(&harness), "Channels", "Discover"),
        ["Blog post", "Blog post", "Search ad"]
    );
    assert_undo_redo(&mut harness, &before, 1);
}

#[test]
fn dragging_a_cards_right_edge_spans_it_across_phases() {
    let mut harness = small_harness();
    let before = journey(&harness);
    let edge = center(&harness, "Span of Reads reviews");
    let target = cell_point(&harness, "Buy", "Doing", 0.2);
    drag(&mut harness, edge, target);
    assert_eq!(card(&journey(&harness), "Reads reviews").span, 3);
    assert_eq!(
        harness.state().history().undo_name(),
        Some(journeymap::i18n::text::edit::STEP_SPAN_CARD)
    );
    assert_undo_redo(&mut harness, &before, 1);
}

#[test]
fn the_inspector_recolours_the_selected_card() {
    let mut harness = small_harness();
    let before = journey(&harness);
    harness.get_by_label("Pays online").click();
    harness.run();
    harness.get_by_label("Red colour").click();
    harness.run();
    assert_eq!(
        card(&journey(&harness), "Pays online").color,
        Some(CardColor::Red)
    );
    assert_undo_redo(&mut harness, &before, 1);
}

#[test]
fn tab_and_arrow_keys_move_the_selection_between_cards() {
    let mut harness = small_harness();
    let journey = journey(&harness);
    harness.get_by_label("Blog post").click();
    harness.run();
    press(&mut harness, Modifiers::NONE, Key::Tab);
    let selected = harness.state().canvas().selection().cards();
    assert_eq!(selected, [card(&journey, "Search ad").id]);
    press(&mut harness, Modifiers::NONE, Key::ArrowRight);
    let selected = harness.state().canvas().selection().cards();
    assert_eq!(selected, [card(&journey, "Review site").id]);
    press(&mut harness, Modifiers::SHIFT, Key::Tab);
    let selected = harness.state().canvas().selection().cards();
    assert_eq!(selected, [card(&journey, "Search ad").id]);
    press(&mut harness, Modifiers::NONE, Key::ArrowDown);
    let selected = harness.state().canvas().selection().cards();
    assert_eq!(selected, [card(&journey, "Reads reviews").id]);
}

#[test]
fn the_edit_menu_names_the_step_to_undo() {
    let mut harness = small_harness();
    let p1 = center(&harness, "Pays online");
    let p2 = cell_point(&harness, "Compare", "Doing", 0.5);
    drag(&mut harness, p1, p2);
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label("Undo move card Ctrl+Z").click();
    harness.run();
    assert_eq!(
        cell_titles(&journey(&harness), "Doing", "Buy"),
        ["Pays online"]
    );
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label("Redo move card Ctrl+Shift+Z");
}
