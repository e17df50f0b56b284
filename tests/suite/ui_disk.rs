//! Nothing is overwritten behind the user's back: another program changes
//! or deletes the open file, Save finds a version it never saw, a second
//! window opens a map that one window already edits. Driven through the real
//! widgets; the file watcher runs on its own thread, so the tests wait for it
//! (never longer than the 2 seconds the editor promises, plus slack).

use crate::common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::{Command, JourneymapApp, Mode, OpenDocument};
use journeymap::edit::Edit;
use journeymap::format;
use journeymap::model::Journey;
use journeymap::storage::StorageDirs;

/// A map saved at `path` and an app editing it, with storage in `root`.
fn app_on(path: &Path, root: &Path, title: &str) -> JourneymapApp {
    let mut journey = journeymap::templates::new_map(journeymap::i18n::Lang::En);
    title.clone_into(&mut journey.title);
    std::fs::write(path, format::to_ron_string(&journey)).unwrap();
    JourneymapApp::new(OpenDocument::new(journey, Some(path.to_path_buf())))
        .with_storage(StorageDirs::inside(root))
        .without_native_dialogs()
}

/// Another program writes the map with a new title (and one card fewer).
fn write_elsewhere(path: &Path, title: &str) -> Journey {
    let mut journey = format::load_file(path).unwrap();
    title.clone_into(&mut journey.title);
    journey.cards.pop();
    std::fs::write(path, format::to_ron_string(&journey)).unwrap();
    journey
}

/// A change made in this window, not saved.
fn edit_title(harness: &mut Harness<'static, JourneymapApp>, title: &str) {
    harness
        .state_mut()
        .queue_edit(Edit::SetTitle(title.to_owned()));
    harness.run();
    assert!(harness.state().document().is_dirty());
}

/// Runs frames until `done` holds; the watcher looks once a second.
fn run_until(
    harness: &mut Harness<'static, JourneymapApp>,
    what: &str,
    done: impl Fn(&Harness<'static, JourneymapApp>) -> bool,
) -> Duration {
    let started = Instant::now();
    while !done(harness) {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "timed out: {what}"
        );
        std::thread::sleep(Duration::from_millis(25));
        harness.step();
    }
    started.elapsed()
}

fn title(harness: &Harness<'static, JourneymapApp>) -> String {
    harness.state().document().journey.title.clone()
}

fn on_disk(path: &Path) -> String {
    format::load_file(path).unwrap().title
}

fn asks_about_change(harness: &Harness<'static, JourneymapApp>) -> bool {
    harness
        .query_by_label_contains("was changed by another program")
        .is_some()
}

fn setup(title: &str) -> (tempfile::TempDir, PathBuf, Harness<'static, JourneymapApp>) {
    let root = tempfile::tempdir().unwrap();
    let path = root.path().join("kundenreise.ron");
    let mut harness = common::harness(app_on(&path, root.path(), title));
    harness.run();
    (root, path, harness)
}

#[test]
fn a_clean_map_reloads_within_two_seconds_and_undo_goes_back() {
    let (_root, path, mut harness) = setup("Mine");
    let cards = harness.state().document().journey.cards.len();
    // Let the watcher settle on the file as opened.
    std::thread::sleep(Duration::from_millis(50));
    write_elsewhere(&path, "Theirs");
    let took = run_until(&mut harness, "the reload", |h| title(h) == "Theirs");
    assert!(took < Duration::from_secs(3), "noticed after {took:?}");
    let document = harness.state().document();
    assert_eq!(document.journey.cards.len(), cards - 1);
    assert!(!document.is_dirty(), "the map is what the file holds");
    harness.get_by_label_contains("Reloaded “kundenreise.ron”");
    // The reload is one undo step back to what was on screen.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(title(&harness), "Mine");
    assert_eq!(harness.state().document().journey.cards.len(), cards);
    assert!(harness.state().document().is_dirty());
}

#[test]
fn a_touched_but_unchanged_file_is_not_reloaded() {
    let (_root, path, mut harness) = setup("Mine");
    let bytes = std::fs::read(&path).unwrap();
    std::thread::sleep(Duration::from_millis(1100));
    std::fs::write(&path, &bytes).unwrap();
    let started = Instant::now();
    while started.elapsed() < Duration::from_millis(2500) {
        std::thread::sleep(Duration::from_millis(50));
        harness.step();
    }
    assert_eq!(harness.state().history().undo_len(), 0, "no reload step");
    assert!(harness.query_by_label_contains("Reloaded").is_none());
}

#[test]
fn unsaved_edits_ask_and_reload_loses_mine_but_undo_brings_them_back() {
    let (_root, path, mut harness) = setup("Original");
    edit_title(&mut harness, "Mine");
    write_elsewhere(&path, "Theirs");
    run_until(&mut harness, "the question", asks_about_change);
    assert_eq!(title(&harness), "Mine", "nothing changes before the answer");
    harness.get_by_label("Reload (lose my changes)").click();
    harness.run();
    assert_eq!(title(&harness), "Theirs");
    assert!(!harness.state().document().is_dirty());
    assert!(!asks_about_change(&harness));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(title(&harness), "Mine", "my version is one undo away");
}

#[test]
fn keeping_mine_asks_again_before_save_overwrites_theirs() {
    let (_root, path, mut harness) = setup("Original");
    edit_title(&mut harness, "Mine");
    write_elsewhere(&path, "Theirs");
    run_until(&mut harness, "the question", asks_about_change);
    harness.get_by_label("Keep mine").click();
    harness.run();
    assert_eq!(title(&harness), "Mine");
    harness.get_by_label_contains("Kept your version");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_label("Save over a version you have not seen?");
    assert_eq!(on_disk(&path), "Theirs", "not saved before the answer");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(on_disk(&path), "Theirs");
    assert!(harness.state().document().is_dirty());
    // Asked again; this time the user chooses to overwrite.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_label("Overwrite").click();
    harness.run();
    assert_eq!(on_disk(&path), "Mine");
    assert!(!harness.state().document().is_dirty());
    // Their version is the backup.
    let backup = format::load_file(&journeymap::storage::atomic::backup_path(&path)).unwrap();
    assert_eq!(backup.title, "Theirs");
}

#[test]
fn saving_mine_as_a_copy_leaves_theirs_in_place() {
    let (root, path, mut harness) = setup("Original");
    edit_title(&mut harness, "Mine");
    write_elsewhere(&path, "Theirs");
    run_until(&mut harness, "the question", asks_about_change);
    harness.get_by_label("Save mine as a copy…").click();
    harness.run();
    // No native chooser in tests: the path prompt suggests a copy beside it.
    let copy = root.path().join("kundenreise copy.ron");
    harness.get_by_label("Path of the .ron file");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(on_disk(&path), "Theirs");
    assert_eq!(on_disk(&copy), "Mine");
    let document = harness.state().document();
    assert_eq!(document.path.as_deref(), Some(copy.as_path()));
    assert!(!document.is_dirty());
}

#[test]
fn save_never_overwrites_a_version_the_watcher_has_not_reported_yet() {
    let (_root, path, mut harness) = setup("Original");
    edit_title(&mut harness, "Mine");
    // Another window saved a moment ago; Save runs before the watcher looks.
    write_elsewhere(&path, "Other window");
    harness.state_mut().queue(Command::Save);
    harness.run();
    assert_eq!(on_disk(&path), "Other window");
    harness.get_by_label("Save over a version you have not seen?");
    harness.get_by_label("Save mine as a copy…");
}

#[test]
fn a_deleted_file_keeps_the_map_open_and_unsaved() {
    let (_root, path, mut harness) = setup("Mine");
    std::fs::remove_file(&path).unwrap();
    run_until(&mut harness, "the deletion", |h| {
        h.state().document().is_dirty()
    });
    assert_eq!(title(&harness), "Mine");
    harness.get_by_label_contains("was deleted or moved by another program");
    // Saving puts it back without asking: there is nothing to overwrite.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(on_disk(&path), "Mine");
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn a_map_open_in_another_window_opens_view_only_or_not_at_all() {
    let root = tempfile::tempdir().unwrap();
    let path = root.path().join("geteilt.ron");
    let mut first = common::harness(app_on(&path, root.path(), "Shared"));
    first.run();
    // A second window with the same data folder opens the same map.
    let other = root.path().join("other.ron");
    let mut second = common::harness(app_on(&other, root.path(), "Other"));
    second.run();
    second.state_mut().open_path(&path);
    second.run();
    second.get_by_label("“geteilt.ron” is already open in another Journeymap window");
    second.get_by_label("Cancel").click();
    second.run();
    assert_eq!(title(&second), "Other", "Cancel keeps what was open");

    second.state_mut().open_path(&path);
    second.run();
    second.get_by_label("Open view-only").click();
    second.run();
    assert_eq!(title(&second), "Shared");
    assert_eq!(*second.state().mode(), Mode::ViewOnly);
    second.get_by_label_contains("is open view-only");
    // Nothing changes the map here, whatever asks.
    second
        .state_mut()
        .queue_edit(Edit::SetTitle("Changed here".into()));
    second.key_press_modifiers(Modifiers::COMMAND, Key::S);
    second.run();
    assert_eq!(title(&second), "Shared");
    assert_eq!(on_disk(&path), "Shared");
    // Once the first window closes, its lock goes and the map opens for editing.
    drop(first);
    second.state_mut().open_path(&path);
    second.run();
    assert_eq!(*second.state().mode(), Mode::Edit);
}

#[test]
fn the_same_map_from_the_command_line_asks_to_bring_the_first_window_forward() {
    let root = tempfile::tempdir().unwrap();
    let path = root.path().join("workshop.ron");
    let mut first = common::harness(app_on(&path, root.path(), "Workshop"));
    first.run();
    let mut second = common::harness(
        JourneymapApp::open_or_example(Some(&path))
            .with_storage(StorageDirs::inside(root.path()))
            .without_native_dialogs(),
    );
    second.run();
    assert_eq!(
        *second.state().mode(),
        Mode::ViewOnly,
        "view-only until answered"
    );
    second.get_by_label("Bring that window forward").click();
    second.run();
    assert!(
        second.state().is_closing(),
        "this window was only for that map"
    );
    // The first window is asked to come forward (it checks once a second).
    run_until(&mut first, "the raise request", |h| {
        h.output().viewport_output[&egui::ViewportId::ROOT]
            .commands
            .contains(&egui::ViewportCommand::Focus)
    });
}
