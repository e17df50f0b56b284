//! End to end, with a real window under Xvfb: open a map, edit it with the
//! keyboard (xdotool), kill the app with SIGKILL, start it again, restore the
//! recovered map, save it with Ctrl+S, and find the edit in the file.
//!
//! Skips with a notice where Xvfb or xdotool is missing (`.ci/run` installs
//! them). A screenshot of the recovery dialog is kept in the target folder.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use journeymap::format;

use crate::common::xvfb::{Desktop, tools_missing};

const EDITED_TITLE: &str = "Recovered after kill 9";

fn recovery_copies(root: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(root.join("data/recovery"))
        .map(|entries| {
            entries
                .map(|entry| entry.expect("entry").path())
                .filter(|path| path.extension().is_some_and(|ext| ext == "ron"))
                .collect()
        })
        .unwrap_or_default()
}

fn copy_has_edit(root: &Path) -> bool {
    recovery_copies(root).iter().any(|copy| {
        std::fs::read_to_string(copy).is_ok_and(|text| {
            format::recovery::from_recovery_str(&text, copy)
                .is_ok_and(|(_, journey)| journey.title == EDITED_TITLE)
        })
    })
}

#[test]
fn an_edit_survives_kill_9_and_is_restored() {
    if tools_missing() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let map = root.path().join("workshop.ron");
    let original = journeymap::templates::new_map(journeymap::i18n::current());
    std::fs::write(&map, format::to_ron_string(&original)).unwrap();
    let desktop = Desktop::start(root.path());
    let data = root.path().join("data");

    // First run: edit the title through Map Properties (Alt+Enter), then die.
    let mut app = desktop.start_app(&map, &data);
    desktop.focus(&app);
    desktop.key("alt+Return");
    desktop.key("ctrl+a");
    desktop.type_text(EDITED_TITLE);
    // Enter applies the edit; from then on the clock runs: it must reach the
    // recovery copy within 2 seconds.
    desktop.xdotool(&["key", "--clearmodifiers", "Return"]);
    let started = Instant::now();
    while !copy_has_edit(root.path()) && started.elapsed() < Duration::from_secs(2) {
        std::thread::sleep(Duration::from_millis(25));
    }
    let delay = started.elapsed();
    if !copy_has_edit(root.path()) {
        let shot = desktop.screenshot("e2e-edit-missing.png");
        panic!("the edit is not in a recovery copy after {delay:?}; screen: {shot:?}");
    }
    eprintln!("edit found in the recovery copy {delay:?} after pressing Enter");
    let process = &mut app.process.0;
    process.kill().expect("SIGKILL"); // kill -9: nothing gets to clean up
    process.wait().expect("reaped");
    assert_eq!(
        format::load_file(&map).unwrap().title,
        original.title,
        "nothing was saved to the map itself"
    );

    // Second run: the recovery dialog offers the map; Enter restores it.
    let mut app = desktop.start_app(&map, &data);
    desktop.focus(&app);
    if let Some(shot) = desktop.screenshot("recovery-dialog.png") {
        eprintln!("screenshot of the recovery dialog: {}", shot.display());
    }
    desktop.key("Return");
    desktop.key("ctrl+s");
    desktop.wait_for(
        "the restored edit saved to the map",
        Duration::from_secs(10),
        || format::load_file(&map).is_ok_and(|journey| journey.title == EDITED_TITLE),
    );
    let backup = format::load_file(&root.path().join("workshop.ron.bak")).unwrap();
    assert_eq!(
        backup.title, original.title,
        "the previous version is the backup"
    );
    desktop.wait_for(
        "the recovery copy removed after saving",
        Duration::from_secs(10),
        || recovery_copies(root.path()).is_empty(),
    );

    // A clean quit leaves no copy and no session lock behind.
    desktop.key("ctrl+q");
    desktop.wait_for("the app to quit", Duration::from_secs(10), || {
        app.process.exited()
    });
    let left: Vec<_> = std::fs::read_dir(data.join("recovery"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}
