//! The open document without a window: edits, undo and redo, and whether
//! the map differs from what was saved.

use std::path::PathBuf;

use super::{DiskDecision, OpenDocument, UndoOutcome};
use crate::edit::Edit;
use crate::model::Journey;
use crate::storage::disk::{DiskState, Fingerprint};

fn document() -> OpenDocument {
    OpenDocument::new(
        crate::templates::example_map(),
        Some(PathBuf::from("map.ron")),
    )
}

fn retitle(document: &mut OpenDocument, title: &str) {
    document.queue_edit(Edit::SetTitle(title.to_owned()));
    let report = document.apply_pending();
    assert_eq!(report.applied.len(), 1, "{report:?}");
}

#[test]
fn a_document_as_opened_is_clean() {
    let document = document();
    assert!(!document.is_dirty());
    assert_eq!(document.window_title(), "map.ron — Journeymap");
}

#[test]
fn an_edit_is_one_undo_step_and_moves_the_revision() {
    let mut document = document();
    let before = document.revision();
    retitle(&mut document, "Neuer Titel");
    assert_eq!(document.journey.title, "Neuer Titel");
    assert!(document.revision() > before);
    assert!(document.is_dirty());
    assert_eq!(document.history().undo_len(), 1);
    assert!(document.window_title().starts_with('*'));
}

#[test]
fn undoing_back_to_the_saved_state_is_clean_again() {
    let mut document = document();
    let original = document.journey.clone();
    retitle(&mut document, "Eins");
    retitle(&mut document, "Zwei");
    assert!(document.is_dirty());
    assert!(matches!(document.undo(), UndoOutcome::Done(_)));
    assert!(matches!(document.undo(), UndoOutcome::Done(_)));
    assert_eq!(document.journey, original);
    assert!(!document.is_dirty(), "back at the state on disk");
    assert!(matches!(document.redo(), UndoOutcome::Done(_)));
    assert!(document.is_dirty());
    assert_eq!(
        document.undo(),
        UndoOutcome::Done(crate::i18n::text::edit::STEP_EDIT_TITLE)
    );
    assert_eq!(document.undo(), UndoOutcome::Nothing);
}

#[test]
fn saving_then_undoing_makes_the_map_unsaved() {
    let mut document = document();
    retitle(&mut document, "Eins");
    document.mark_saved(&PathBuf::from("map.ron"), on_disk("saved"));
    assert!(!document.is_dirty());
    document.undo();
    assert!(document.is_dirty(), "the file holds \"Eins\"");
    document.redo();
    assert!(!document.is_dirty(), "redo reaches the saved state again");
}

#[test]
fn typing_on_after_a_save_is_a_change_even_in_the_same_step() {
    let mut document = document();
    document.queue_merging(Edit::SetTitle("A".into()), Some(7));
    document.apply_pending();
    document.mark_saved(&PathBuf::from("map.ron"), on_disk("saved"));
    document.queue_merging(Edit::SetTitle("AB".into()), Some(7));
    document.apply_pending();
    assert_eq!(document.history().undo_len(), 1, "keystrokes merge");
    assert!(document.is_dirty());
}

#[test]
fn a_refused_edit_changes_nothing_and_is_reported() {
    let mut document = document();
    let before = document.journey.clone();
    let revision = document.revision();
    document.queue_edit(Edit::RemoveCard(crate::model::CardId(987_654)));
    let report = document.apply_pending();
    assert!(report.applied.is_empty());
    assert_eq!(report.refused.len(), 1);
    assert_eq!(document.journey, before);
    assert_eq!(document.revision(), revision);
    assert!(!document.is_dirty());
}

#[test]
fn replacing_the_map_keeps_the_clipboard_and_drops_the_history() {
    let mut document = document();
    let card = document.journey.cards[0].id;
    document.clipboard = crate::edit::clipboard::CardClip::copy(&document.journey, &[card]);
    retitle(&mut document, "Eins");
    document.queue_edit(Edit::SetTitle("queued".into()));
    let revision = document.revision();
    document.replace(Journey::default(), None);
    assert_eq!(document.history().undo_len(), 0);
    assert!(!document.has_pending());
    assert!(!document.is_dirty());
    assert!(document.revision() > revision, "caches see a new map");
    assert!(!document.clipboard.text().is_empty());
    assert_eq!(document.undo(), UndoOutcome::Nothing);
}

#[test]
fn a_restored_or_orphaned_map_stays_unsaved_through_undo() {
    let mut document = document();
    document.mark_unsaved();
    assert!(document.is_dirty());
    retitle(&mut document, "Eins");
    document.undo();
    assert!(document.is_dirty(), "no state of this session is on disk");
    document.mark_saved(&PathBuf::from("elsewhere.ron"), on_disk("elsewhere"));
    assert!(!document.is_dirty());
    assert_eq!(document.display_name(), "elsewhere.ron");
}

fn on_disk(content: &str) -> DiskState {
    DiskState::Present(Fingerprint::of_bytes(content.as_bytes()))
}

/// A document loaded from a file holding "v1".
fn loaded() -> OpenDocument {
    let mut document = document();
    document.set_disk(Some(on_disk("v1")));
    document
}

#[test]
fn the_file_as_loaded_is_no_change() {
    let document = loaded();
    assert_eq!(document.disk_decision(on_disk("v1")), DiskDecision::Same);
    assert!(!document.save_would_overwrite(on_disk("v1")));
}

#[test]
fn another_version_reloads_a_clean_map_and_asks_for_a_changed_one() {
    let mut document = loaded();
    assert_eq!(document.disk_decision(on_disk("v2")), DiskDecision::Reload);
    retitle(&mut document, "Meins");
    assert_eq!(document.disk_decision(on_disk("v2")), DiskDecision::Ask);
    assert!(
        document.save_would_overwrite(on_disk("v2")),
        "Save asks first"
    );
    // Undoing my edit makes the map clean again: then it simply reloads.
    document.undo();
    assert_eq!(document.disk_decision(on_disk("v2")), DiskDecision::Reload);
}

#[test]
fn a_deleted_file_keeps_the_map_unsaved_and_saving_overwrites_nothing() {
    let mut document = loaded();
    assert_eq!(
        document.disk_decision(DiskState::Missing),
        DiskDecision::Deleted
    );
    document.file_deleted();
    assert!(document.is_dirty());
    assert_eq!(
        document.disk_decision(DiskState::Missing),
        DiskDecision::Same
    );
    assert!(!document.save_would_overwrite(DiskState::Missing));
}

#[test]
fn a_reload_is_one_undo_step_back_to_what_was_on_screen() {
    let mut document = loaded();
    let on_screen = document.journey.clone();
    let mut from_disk = on_screen.clone();
    from_disk.title = "Von der Kollegin geändert".into();
    from_disk.cards.truncate(3);
    document.reload(from_disk.clone(), on_disk("v2")).unwrap();
    assert_eq!(document.journey.title, from_disk.title);
    assert_eq!(document.journey.cards.len(), 3);
    assert!(!document.is_dirty(), "the map is what the file holds");
    assert_eq!(document.disk(), Some(on_disk("v2")));
    assert_eq!(document.disk_decision(on_disk("v2")), DiskDecision::Same);
    assert_eq!(
        document.undo(),
        UndoOutcome::Done(crate::i18n::text::edit::STEP_RELOAD)
    );
    assert_eq!(document.journey.cards, on_screen.cards);
    assert_eq!(document.journey.title, on_screen.title);
    assert!(
        document.is_dirty(),
        "what is on screen is no longer the file"
    );
    document.redo();
    assert!(!document.is_dirty());
}

#[test]
fn keeping_mine_means_save_asks_before_overwriting() {
    let mut document = loaded();
    retitle(&mut document, "Meins");
    // "Keep mine": the document still knows only the version it loaded.
    assert!(document.save_would_overwrite(on_disk("v2")));
    document.mark_saved(&PathBuf::from("map.ron"), on_disk("mine"));
    assert!(!document.save_would_overwrite(on_disk("mine")));
}

#[test]
fn two_copies_of_one_map_edited_apart_give_new_cards_different_ids() {
    let map = crate::templates::example_map();
    let mut here = OpenDocument::new(map.clone(), None);
    let mut there = OpenDocument::new(map.clone(), None);
    let lane = map.lanes[0].id;
    let step = map.phases[0].steps[0].id;
    for document in [&mut here, &mut there] {
        document.queue_edit(Edit::AddCard {
            lane,
            step,
            before: None,
            title: "Neu".into(),
            notes: String::new(),
        });
        document.apply_pending();
    }
    let new_card = |document: &OpenDocument| {
        document
            .journey
            .cards
            .iter()
            .find(|card| card.title == "Neu")
            .map(|card| card.id)
    };
    assert_ne!(new_card(&here), new_card(&there));
    // The map's own ids are untouched, so a saved file diffs small.
    let kept: Vec<_> = here
        .journey
        .cards
        .iter()
        .filter(|card| card.title != "Neu")
        .collect();
    assert!(kept.iter().zip(&map.cards).all(|(a, b)| *a == b));
    assert_eq!(kept.len(), map.cards.len());
}
