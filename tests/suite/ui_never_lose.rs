//! The editor never loses a map: the unsaved-changes guard, failed saves,
//! recovery after a crash, recent files and settings — driven through the
//! real widgets as a user would.

use crate::common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui::{Key, Modifiers, ViewportEvent, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use journeymap::app::{Command, JourneymapApp, OpenDocument};
use journeymap::format::{self, recovery::RecoveryInfo};
use journeymap::model::generate::generated;
use journeymap::storage::{StorageDirs, recovery};

/// An app on a blank map saved at `path` (or never saved), with storage in `root`.
fn app_at(path: Option<&Path>, root: &Path) -> JourneymapApp {
    let journey = journeymap::templates::new_map(journeymap::i18n::current());
    if let Some(path) = path {
        std::fs::write(path, format::to_ron_string(&journey)).unwrap();
    }
    JourneymapApp::new(OpenDocument::new(journey, path.map(Path::to_path_buf)))
        .with_storage(StorageDirs::inside(root))
        .without_native_dialogs()
}

/// Changes the title through Edit → Map Properties…, as a user does.
fn retitle(harness: &mut Harness<'static, JourneymapApp>, title: &str) {
    harness.key_press_modifiers(Modifiers::ALT, Key::Enter);
    harness.run();
    harness.get_by_label("Map properties");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    // The inspector has a Title field too; the dialog's comes last in the tree.
    harness
        .get_all_by_label("Title")
        .last()
        .expect("the dialog's title field")
        .type_text(title);
    harness.key_press(Key::Enter);
    harness.run();
}

/// Clicks the last widget with `label`: modals come after the toolbar in the
/// tree, so this is the modal's button when both have one ("Save").
fn click_last(harness: &mut Harness<'static, JourneymapApp>, label: &str) {
    harness
        .get_all_by_label(label)
        .last()
        .unwrap_or_else(|| panic!("no {label}"))
        .click();
    harness.run();
}

fn request_close(harness: &mut Harness<'static, JourneymapApp>) {
    harness
        .input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .events
        .push(ViewportEvent::Close);
    harness.step();
}

fn close_was_cancelled(harness: &Harness<'static, JourneymapApp>) -> bool {
    harness.output().viewport_output[&ViewportId::ROOT]
        .commands
        .contains(&egui::ViewportCommand::CancelClose)
}

fn copies(root: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(StorageDirs::inside(root).recovery()) else {
        return Vec::new();
    };
    entries
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ron"))
        .collect()
}

/// Runs frames until `done` holds (the background writer needs real time).
fn run_until(harness: &mut Harness<'static, JourneymapApp>, what: &str, done: impl Fn() -> bool) {
    let started = Instant::now();
    while !done() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "timed out: {what}"
        );
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
}

/// Waits until the recovery folder holds `count` copies (written or removed
/// in the background).
fn wait_for_copies(harness: &mut Harness<'static, JourneymapApp>, root: &Path, count: usize) {
    run_until(harness, &format!("{count} recovery copies"), || {
        copies(root).len() == count
    });
}

#[test]
fn map_properties_change_the_title_as_one_edit() {
    let root = tempfile::tempdir().unwrap();
    let mut harness = common::harness(app_at(None, root.path()));
    harness.run();
    retitle(&mut harness, "Onboarding journey");
    let document = harness.state().document();
    assert_eq!(document.journey.title, "Onboarding journey");
    assert!(document.is_dirty());
    assert_eq!(document.revision(), 1);
    assert!(harness.query_by_label("Map properties").is_none(), "closed");
}

#[test]
fn new_with_unsaved_changes_asks_and_cancel_keeps_everything() {
    let root = tempfile::tempdir().unwrap();
    let mut harness = common::harness(app_at(None, root.path()));
    harness.run();
    retitle(&mut harness, "Keep me");
    harness.state_mut().queue(Command::New);
    harness.run();
    harness.get_by_label_contains("before starting a new map?");
    click_last(&mut harness, "Cancel");
    assert_eq!(harness.state().document().journey.title, "Keep me");
    assert!(harness.query_by_label_contains("before starting").is_none());

    harness.state_mut().queue(Command::New);
    harness.run();
    click_last(&mut harness, "Don't save");
    let document = harness.state().document();
    assert_eq!(document.journey.title, "Untitled journey");
    assert!(!document.is_dirty());
}

#[test]
fn closing_the_window_with_changes_is_held_back_until_answered() {
    let root = tempfile::tempdir().unwrap();
    let path = root.path().join("map.ron");
    let mut harness = common::harness(app_at(Some(&path), root.path()));
    harness.run();
    retitle(&mut harness, "Saved on the way out");
    request_close(&mut harness);
    assert!(close_was_cancelled(&harness));
    assert!(!harness.state().is_closing());
    harness.run();
    harness.get_by_label_contains("before closing?");
    // The guard's Save button has the focus: Enter saves, then the app closes.
    harness.key_press(Key::Enter);
    harness.run();
    assert!(harness.state().is_closing());
    let saved = format::load_file(&path).unwrap();
    assert_eq!(saved.title, "Saved on the way out");
}

#[test]
fn closing_a_clean_map_is_not_held_back() {
    let root = tempfile::tempdir().unwrap();
    let mut harness = common::harness(app_at(None, root.path()));
    harness.run();
    request_close(&mut harness);
    assert!(!close_was_cancelled(&harness));
    assert!(harness.state().is_closing());
}

#[test]
fn quit_then_dont_save_closes_and_removes_the_recovery_copy() {
    let root = tempfile::tempdir().unwrap();
    let mut harness = common::harness(app_at(None, root.path()));
    harness.run();
    retitle(&mut harness, "Throwaway");
    wait_for_copies(&mut harness, root.path(), 1);
    harness.state_mut().queue(Command::Quit);
    harness.run();
    click_last(&mut harness, "Don't save");
    assert!(harness.state().is_closing());
    wait_for_copies(&mut harness, root.path(), 0);
}

#[test]
fn a_new_map_saved_from_the_guard_asks_for_a_path_then_goes_on() {
    let root = tempfile::tempdir().unwrap();
    let mut harness = common::harness(app_at(None, root.path()));
    harness.run();
    retitle(&mut harness, "First map");
    harness.state_mut().queue(Command::New);
    harness.run();
    click_last(&mut harness, "Save");
    // No file chooser here: the path field stands in for it.
    harness.get_by_label_contains("No file chooser is available");
    let target = root.path().join("first");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("Path of the .ron file")
        .type_text(&target.display().to_string());
    harness.key_press(Key::Enter);
    harness.run();
    let saved = format::load_file(&root.path().join("first.ron")).unwrap();
    assert_eq!(saved.title, "First map");
    assert_eq!(
        harness.state().document().journey.title,
        "Untitled journey",
        "New went on after saving"
    );
}

#[test]
fn a_failed_save_explains_and_keeps_the_changes() {
    let root = tempfile::tempdir().unwrap();
    let path = root.path().join("map.ron");
    let mut harness = common::harness(app_at(Some(&path), root.path()));
    harness.run();
    retitle(&mut harness, "Unsaveable");
    // The folder disappears (a USB stick pulled out) and a file takes its name.
    std::fs::remove_dir_all(root.path()).unwrap();
    std::fs::write(root.path(), b"not a folder").unwrap();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_label("Could not save the map");
    harness.get_by_label_contains("the map is still open with all your changes");
    assert!(harness.state().document().is_dirty());
    assert_eq!(harness.state().document().journey.title, "Unsaveable");
    std::fs::remove_file(root.path()).unwrap();
}

#[test]
fn saving_keeps_a_backup_and_removes_the_recovery_copy() {
    let root = tempfile::tempdir().unwrap();
    let path = root.path().join("map.ron");
    let mut harness = common::harness(app_at(Some(&path), root.path()));
    harness.run();
    retitle(&mut harness, "Second version");
    wait_for_copies(&mut harness, root.path(), 1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(!harness.state().document().is_dirty());
    assert_eq!(format::load_file(&path).unwrap().title, "Second version");
    let backup = format::load_file(&root.path().join("map.ron.bak")).unwrap();
    assert_eq!(backup.title, "Untitled journey");
    wait_for_copies(&mut harness, root.path(), 0);
}

#[test]
fn the_recovery_copy_holds_the_latest_edit() {
    let root = tempfile::tempdir().unwrap();
    let mut harness = common::harness(app_at(None, root.path()));
    harness.run();
    retitle(&mut harness, "Draft one");
    retitle(&mut harness, "Draft two");
    let has_latest = || {
        copies(root.path()).first().is_some_and(|copy| {
            let text = std::fs::read_to_string(copy).unwrap_or_default();
            format::recovery::from_recovery_str(&text, copy)
                .is_ok_and(|(_, journey)| journey.title == "Draft two")
        })
    };
    run_until(&mut harness, "the latest edit in the copy", has_latest);
}

/// Leaves a recovery copy as a killed app would, holding `journey`.
fn leave_copy(root: &Path, original: Option<&Path>, title: &str) -> PathBuf {
    let store = recovery::RecoveryStore::open(&StorageDirs::inside(root).recovery()).unwrap();
    let copy = store.new_copy_path();
    let mut journey = generated(12);
    title.clone_into(&mut journey.title);
    let info = RecoveryInfo {
        original: original.map(Path::to_path_buf),
        saved_at_unix: 1_763_833_080,
    };
    recovery::write_copy(&copy, &info, &journey).unwrap();
    drop(store); // releases the session lock, as the OS does for a killed process
    copy
}

#[test]
fn a_crashed_map_is_offered_and_restored_with_its_original_path() {
    let root = tempfile::tempdir().unwrap();
    let original = root.path().join("workshop.ron");
    leave_copy(root.path(), Some(&original), "Workshop, unsaved");
    let mut harness = common::harness(app_at(None, root.path()));
    harness.run();
    harness.get_by_label("Recover unsaved maps");
    harness.get_by_label("Workshop, unsaved");
    harness.get_by_label(&original.display().to_string());
    harness.get_by_label_contains("2025-11-22 17:38 UTC");
    // Restore has the focus.
    harness.key_press(Key::Enter);
    harness.run();
    assert!(harness.query_by_label("Recover unsaved maps").is_none());
    let document = harness.state().document();
    assert_eq!(document.journey.title, "Workshop, unsaved");
    assert_eq!(document.journey.cards.len(), 12);
    assert_eq!(document.path.as_deref(), Some(original.as_path()));
    assert!(document.is_dirty(), "restored changes are not on disk yet");
    assert_eq!(copies(root.path()).len(), 1, "the copy stays until saved");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(
        format::load_file(&original).unwrap().title,
        "Workshop, unsaved"
    );
    wait_for_copies(&mut harness, root.path(), 0);
}

#[test]
fn recovered_maps_can_be_kept_for_later_or_discarded() {
    let root = tempfile::tempdir().unwrap();
    let kept = leave_copy(root.path(), None, "Keep this one");
    let mut harness = common::harness(app_at(None, root.path()));
    harness.run();
    harness.get_by_label("Never saved (untitled)");
    click_last(&mut harness, "Keep for later");
    assert!(harness.query_by_label("Recover unsaved maps").is_none());
    assert!(kept.exists());
    drop(harness); // the next start offers it again

    let mut harness = common::harness(app_at(None, root.path()));
    harness.run();
    harness.get_by_label("Keep this one");
    click_last(&mut harness, "Discard");
    assert!(copies(root.path()).is_empty());
    assert_eq!(harness.state().document().journey.title, "Untitled journey");
}

#[test]
fn opened_maps_become_recent_files_and_missing_ones_can_be_removed() {
    let root = tempfile::tempdir().unwrap();
    let path = root.path().join("visited.ron");
    let mut harness = common::harness(app_at(None, root.path()));
    harness.run();
    std::fs::write(&path, format::to_ron_string(&generated(3))).unwrap();
    harness.state_mut().open_path(&path);
    harness.run();
    assert_eq!(harness.state().recent_files(), std::slice::from_ref(&path));
    let settings = std::fs::read_to_string(StorageDirs::inside(root.path()).settings_file());
    assert!(settings.unwrap().contains("visited.ron"));

    std::fs::remove_file(&path).unwrap();
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Open Recent").click();
    harness.run();
    // The entry names the folder too, so two maps of one name differ.
    let label = format!("visited.ron in {}", root.path().display());
    let entry = harness.get_by_label(&label);
    assert!(
        entry.accesskit_node().is_disabled(),
        "a missing file is greyed out"
    );
    harness
        .get_by_label("Remove visited.ron from the list")
        .click();
    harness.run();
    assert!(harness.state().recent_files().is_empty());
}

#[test]
fn a_broken_settings_file_resets_with_a_warning() {
    let root = tempfile::tempdir().unwrap();
    let dirs = StorageDirs::inside(root.path());
    std::fs::create_dir_all(&dirs.config).unwrap();
    std::fs::write(dirs.settings_file(), b"(recent_files: [\"/a.ron\"").unwrap();
    let mut harness = common::harness(app_at(None, root.path()));
    harness.run();
    harness.get_by_label("Journeymap started with a problem");
    harness.get_by_label_contains("Your settings could not be read");
    assert!(harness.state().recent_files().is_empty());
    harness.get_by_label("OK").click();
    harness.run();
    assert!(
        harness
            .query_by_label("Journeymap started with a problem")
            .is_none()
    );
}

/// A file dropped from the desktop.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|error| error.to_string())
    }
}

#[test]
fn a_dropped_file_goes_through_the_guard() {
    let root = tempfile::tempdir().unwrap();
    let dropped = root.path().join("dropped.ron");
    std::fs::write(&dropped, format::to_ron_string(&generated(2))).unwrap();
    let mut harness = common::harness(app_at(None, root.path()));
    harness.run();
    retitle(&mut harness, "Unsaved work");
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(dropped.clone())));
    harness.run();
    harness.get_by_label_contains("before opening another map?");
    click_last(&mut harness, "Don't save");
    assert_eq!(
        harness.state().document().path.as_deref(),
        Some(dropped.as_path())
    );
}

#[test]
fn save_as_through_a_typed_path_asks_before_replacing_a_file() {
    let root = tempfile::tempdir().unwrap();
    let other = root.path().join("other.ron");
    std::fs::write(&other, "a colleague's map").unwrap();
    let mut harness = common::harness(app_at(None, root.path()));
    harness.run();
    retitle(&mut harness, "Mine");
    let save_as = |harness: &mut egui_kittest::Harness<'_, journeymap::app::JourneymapApp>| {
        harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
        harness.run();
        harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
        harness
            .get_by_label("Path of the .ron file")
            .type_text(&other.display().to_string());
        harness.key_press(Key::Enter);
        harness.run();
    };
    save_as(&mut harness);
    harness.get_by_label("“other.ron” already exists. Replace it?");
    // Cancel has the focus: Enter loses nothing.
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        std::fs::read_to_string(&other).unwrap(),
        "a colleague's map"
    );
    assert!(harness.state().document().is_dirty());

    save_as(&mut harness);
    harness.get_by_label("Replace").click();
    harness.run();
    assert_eq!(format::load_file(&other).unwrap().title, "Mine");
    assert!(!harness.state().document().is_dirty());
}
