//! End to end, in real windows under Xvfb, driven with the keyboard
//! (xdotool): no saved version of a map is lost to a race, unless the user
//! chooses to replace it.
//!
//! - Two editors on one file (two machines on a synced folder, so no lock
//!   between them) both edit and both save: the second is asked, and its
//!   version goes to a copy beside the first's. A third window on the same
//!   data folder as the first opens the map view-only and cannot save it.
//! - Another program rewrites the open file: a clean map takes the new
//!   version (Save then writes it, not the stale one); a map with unsaved
//!   edits asks, and Save asks again before overwriting; a deleted file is
//!   noticed and put back by Save.
//!
//! Skips with a notice where Xvfb or xdotool is missing (`.ci/run` installs
//! them). Screenshots of the questions are kept in the target folder where
//! `import` (`ImageMagick`) exists.

use std::path::Path;
use std::time::{Duration, Instant};

use journeymap::format;
use journeymap::model::Journey;
use journeymap::storage::atomic::backup_path;

use crate::common::xvfb::{App, Desktop, tools_missing};

/// How long a window gets to notice a change on disk: the watcher looks
/// once a second, and the editor promises to react within two.
const NOTICE: Duration = Duration::from_secs(3);
/// How long a save may take to reach the disk once asked for.
const SAVE: Duration = Duration::from_secs(10);

fn on_disk(path: &Path) -> Journey {
    format::load_file(path).expect("the map loads")
}

fn title_on_disk(path: &Path) -> Option<String> {
    format::load_file(path).ok().map(|journey| journey.title)
}

/// Another program writes the map with a new title and description.
fn write_elsewhere(path: &Path, title: &str) -> Journey {
    let mut journey = on_disk(path);
    title.clone_into(&mut journey.title);
    journey.description = format!("{title}, by a script");
    std::fs::write(path, format::to_ron_string(&journey)).expect("written");
    journey
}

fn unsaved(desktop: &Desktop, app: &App) -> bool {
    desktop.title(app).starts_with('*')
}

/// Sets the title in Map Properties and waits until the window shows it
/// unsaved.
fn retitle(desktop: &Desktop, app: &App, title: &str) {
    desktop.retitle(title);
    desktop.wait_for("the edit to mark the map unsaved", SAVE, || {
        unsaved(desktop, app)
    });
}

fn keep_screenshot(desktop: &Desktop, name: &str) {
    if let Some(shot) = desktop.screenshot(name) {
        eprintln!("screenshot: {}", shot.display());
    }
}

#[test]
fn two_windows_saving_one_file_keep_both_versions() {
    const FROM_A: &str = "Saved first, in window A";
    const FROM_B: &str = "Saved second, in window B";
    if tools_missing() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let map = root.path().join("workshop.ron");
    let original = journeymap::templates::new_map(journeymap::i18n::Lang::En);
    std::fs::write(&map, format::to_ron_string(&original)).unwrap();
    let desktop = Desktop::start(root.path());
    let data_a = root.path().join("data-a");
    let a = desktop.start_app(&map, &data_a);
    let b = desktop.start_app(&map, &root.path().join("data-b"));

    // Both edit before either saves; then A saves.
    desktop.focus(&a);
    retitle(&desktop, &a, FROM_A);
    desktop.focus(&b);
    retitle(&desktop, &b, FROM_B);
    desktop.focus(&a);
    desktop.key("ctrl+s");
    desktop.wait_for("A's save", SAVE, || {
        title_on_disk(&map).as_deref() == Some(FROM_A) && !unsaved(&desktop, &a)
    });

    // B saves after its watcher has had time to see A's version (it looks
    // once a second), so the keys below answer a known question: "changed by
    // another program". Had B saved first, Save would ask "Save over a
    // version you have not seen?" instead, whose buttons differ; that case
    // is part (b) of the next test. Either way B must not replace A's
    // version without asking.
    std::thread::sleep(NOTICE);
    desktop.focus(&b);
    desktop.key("ctrl+s");
    std::thread::sleep(NOTICE);
    assert_eq!(
        title_on_disk(&map).as_deref(),
        Some(FROM_A),
        "B's save replaced A's without asking"
    );
    assert!(
        unsaved(&desktop, &b),
        "B's edit is still on screen, unsaved"
    );
    keep_screenshot(&desktop, "disk-changed-question.png");
    // On top is "“workshop.ron” was changed by another program": Reload,
    // Keep mine, Save mine as a copy…, with Keep mine (which loses nothing)
    // focused; Tab goes on to Save mine as a copy….
    desktop.key("Tab");
    desktop.key("Return");
    // The path prompt suggests "workshop copy.ron" beside the map.
    desktop.key("Return");
    let copy = root.path().join("workshop copy.ron");
    desktop.wait_for("B's version saved as a copy", SAVE, || {
        title_on_disk(&copy).as_deref() == Some(FROM_B)
    });
    desktop.wait_for("B to edit its copy, saved", SAVE, || {
        desktop.title(&b) == "workshop copy.ron — Journeymap"
    });
    assert_eq!(
        title_on_disk(&map).as_deref(),
        Some(FROM_A),
        "A's save is still the map"
    );

    // A window on A's data folder finds the map locked, and opens it
    // view-only: the question's first button brings A forward (and would
    // close this window), the second opens view-only.
    let mut c = desktop.start_app(&map, &data_a);
    desktop.focus(&c);
    keep_screenshot(&desktop, "already-open-question.png");
    desktop.key("Tab");
    desktop.key("Return");
    let before = std::fs::read(&map).unwrap();
    // Try to change the map: retitle it, save.
    desktop.retitle("Changed in a view-only window");
    desktop.key("ctrl+s");
    std::thread::sleep(NOTICE);
    assert!(!c.process.exited(), "view-only, not closed");
    assert_eq!(desktop.title(&c), "workshop.ron — Journeymap", "no edit");
    assert_eq!(std::fs::read(&map).unwrap(), before, "nothing saved");
    // The question is answered (with it open, no shortcut would act): Save
    // As puts the map beside it, to edit there.
    let viewed = root.path().join("viewed.ron");
    desktop.key("ctrl+shift+s");
    desktop.key("ctrl+a");
    desktop.type_text(&viewed.display().to_string());
    desktop.key("Return");
    desktop.wait_for("the view-only map saved as", SAVE, || {
        desktop.title(&c) == "viewed.ron — Journeymap"
    });
    assert_eq!(on_disk(&viewed), on_disk(&map), "what A saved, unchanged");
    assert_eq!(std::fs::read(&map).unwrap(), before, "the map untouched");
}

#[test]
fn a_file_changed_by_another_program_is_never_overwritten_silently() {
    const MINE: &str = "Edited here";
    if tools_missing() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let map = root.path().join("outside.ron");
    let original = journeymap::templates::new_map(journeymap::i18n::Lang::En);
    std::fs::write(&map, format::to_ron_string(&original)).unwrap();
    let desktop = Desktop::start(root.path());
    let app = desktop.start_app(&map, &root.path().join("data"));
    desktop.focus(&app);

    // (a) No unsaved edits: the editor takes the other program's version.
    // Until it has, Ctrl+S asks (Escape cancels); once it has, Ctrl+S
    // saves at once, and what it saves is their version.
    let theirs = write_elsewhere(&map, "Changed by another program");
    let written = Instant::now();
    let backup = backup_path(&map);
    let mut asked = 0;
    loop {
        desktop.xdotool(&["key", "--clearmodifiers", "ctrl+s"]);
        let saved = Instant::now();
        while !backup.exists() && saved.elapsed() < Duration::from_millis(500) {
            std::thread::sleep(Duration::from_millis(25));
        }
        if backup.exists() {
            break;
        }
        assert!(written.elapsed() < SAVE, "Ctrl+S never saved");
        asked += 1;
        desktop.key("Escape");
    }
    let took = written.elapsed();
    eprintln!(
        "clean map: Ctrl+S saved the other program's version {took:?} after it was written \
         ({asked} earlier Ctrl+S asked first)"
    );
    desktop.wait_for("the save to finish", SAVE, || on_disk(&map) == theirs);
    assert_eq!(on_disk(&backup), theirs, "no stale version was written");
    assert!(!unsaved(&desktop, &app));

    // (b) Unsaved edits: the editor asks, and nothing is saved over their
    // version until the user chooses to.
    retitle(&desktop, &app, MINE);
    let theirs = write_elsewhere(&map, "Changed again by another program");
    std::thread::sleep(NOTICE);
    desktop.key("ctrl+s");
    assert_eq!(on_disk(&map), theirs, "saved over theirs without asking");
    keep_screenshot(&desktop, "changed-with-unsaved-edits.png");
    // "was changed by another program": Keep mine is focused.
    desktop.key("Return");
    assert!(unsaved(&desktop, &app), "my edit is kept, unsaved");
    desktop.key("ctrl+s");
    std::thread::sleep(Duration::from_millis(600));
    assert_eq!(on_disk(&map), theirs, "Save asks before overwriting theirs");
    keep_screenshot(&desktop, "save-over-question.png");
    // "Save over a version you have not seen?": Save mine as a copy… is
    // focused, Tab to Overwrite.
    desktop.key("Tab");
    desktop.key("Return");
    desktop.wait_for("my version saved over theirs", SAVE, || {
        title_on_disk(&map).as_deref() == Some(MINE) && !unsaved(&desktop, &app)
    });
    assert_eq!(on_disk(&backup), theirs, "their version is the backup");
    assert!(!root.path().join("outside copy.ron").exists());

    // (c) Deleted: the map stays open, unsaved, and Save puts it back.
    std::fs::remove_file(&map).unwrap();
    let deleted = Instant::now();
    desktop.wait_for("the window to notice the deletion", NOTICE, || {
        unsaved(&desktop, &app)
    });
    eprintln!(
        "deleted file: the window marked the map unsaved {:?} after the deletion",
        deleted.elapsed()
    );
    desktop.key("ctrl+s");
    desktop.wait_for("the map saved again", SAVE, || {
        title_on_disk(&map).as_deref() == Some(MINE)
    });
}
