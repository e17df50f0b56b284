//! End to end, with a real window under Xvfb: open a map, edit it with the
//! keyboard (xdotool), kill the app with SIGKILL, start it again, restore the
//! recovered map, save it with Ctrl+S, and find the edit in the file.
//!
//! Skips with a notice where Xvfb or xdotool is missing (`.ci/run` installs
//! them). A screenshot of the recovery dialog is kept in the target folder.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use journeymap::format;

const EDITED_TITLE: &str = "Recovered after kill 9";

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(program).is_file()))
}

/// Kills a child process when dropped, so a failing test leaves nothing running.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts Xvfb on a free display; returns it and the display name.
fn start_xvfb() -> (Running, String) {
    let mut child = Command::new("Xvfb")
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1440x900x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb starts");
    let stdout = child.stdout.take().expect("stdout");
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("Xvfb names its display");
    (Running(child), format!(":{}", line.trim()))
}

struct Session<'a> {
    display: &'a str,
    root: &'a Path,
}

impl Session<'_> {
    fn xdotool(&self, args: &[&str]) -> String {
        let output = Command::new("xdotool")
            .args(args)
            .env("DISPLAY", self.display)
            .output()
            .expect("xdotool runs");
        assert!(
            output.status.success(),
            "xdotool {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).trim().to_owned()
    }

    fn start_app(&self, map: &Path) -> Running {
        // A freshly started Xvfb has been seen to refuse the very first client
        // on a loaded machine; an app that could not connect is started again.
        for _ in 0..3 {
            let log = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(self.root.join("app.log"))
                .expect("log file");
            let mut child = Command::new(self.root.join("journeymap"))
                .arg(map)
                .env("DISPLAY", self.display)
                .env_remove("WAYLAND_DISPLAY")
                .env("JOURNEYMAP_DATA_DIR", self.root.join("data"))
                .env("JOURNEYMAP_CONFIG_DIR", self.root.join("config"))
                .stdout(Stdio::null())
                .stderr(log)
                .spawn()
                .expect("journeymap starts");
            std::thread::sleep(Duration::from_millis(1500));
            if child.try_wait().expect("status").is_none() {
                return Running(child);
            }
        }
        panic!(
            "the app exited three times at start; it said: {}",
            std::fs::read_to_string(self.root.join("app.log")).unwrap_or_default()
        );
    }

    /// Waits for the app's window, focuses it, and gives it time to draw.
    fn focus_window(&self) {
        let started = Instant::now();
        let window = loop {
            let output = Command::new("xdotool")
                .args(["search", "--onlyvisible", "--name", "Journeymap"])
                .env("DISPLAY", self.display)
                .output()
                .expect("xdotool runs");
            let found = String::from_utf8_lossy(&output.stdout);
            if let Some(id) = found.lines().next() {
                break id.trim().to_owned();
            }
            assert!(
                started.elapsed() < Duration::from_mins(1),
                "no window appeared; the app said: {}",
                std::fs::read_to_string(self.root.join("app.log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(100));
        };
        // Without a window manager, focus must be given explicitly.
        self.xdotool(&["windowfocus", "--sync", &window]);
        std::thread::sleep(Duration::from_millis(1500));
    }

    fn key(&self, keys: &str) {
        self.xdotool(&["key", "--clearmodifiers", keys]);
        std::thread::sleep(Duration::from_millis(400));
    }

    /// Captures the screen into the target folder (where `import` exists).
    fn screenshot(&self, name: &str) -> Option<PathBuf> {
        let shot = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
        let captured = Command::new("import")
            .args(["-window", "root"])
            .arg(&shot)
            .env("DISPLAY", self.display)
            .status();
        captured
            .is_ok_and(|status| status.success())
            .then_some(shot)
    }

    fn recovery_copies(&self) -> Vec<PathBuf> {
        std::fs::read_dir(self.root.join("data/recovery"))
            .map(|entries| {
                entries
                    .map(|entry| entry.expect("entry").path())
                    .filter(|path| path.extension().is_some_and(|ext| ext == "ron"))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn copy_has_edit(&self) -> bool {
        self.recovery_copies().iter().any(|copy| {
            std::fs::read_to_string(copy).is_ok_and(|text| {
                format::recovery::from_recovery_str(&text, copy)
                    .is_ok_and(|(_, journey)| journey.title == EDITED_TITLE)
            })
        })
    }
}

fn wait_for(what: &str, limit: Duration, mut done: impl FnMut() -> bool) -> Duration {
    let started = Instant::now();
    while !done() {
        assert!(
            started.elapsed() < limit,
            "timed out after {limit:?}: {what}"
        );
        std::thread::sleep(Duration::from_millis(25));
    }
    started.elapsed()
}

#[test]
fn an_edit_survives_kill_9_and_is_restored() {
    if !on_path("Xvfb") || !on_path("xdotool") {
        eprintln!("NOTICE: skipped, Xvfb or xdotool is not installed (.ci/run installs them)");
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let map = root.path().join("workshop.ron");
    let original = journeymap::templates::new_map(journeymap::i18n::current());
    std::fs::write(&map, format::to_ron_string(&original)).unwrap();
    // A private copy of the binary: the build folder may be shared, and a
    // build running meanwhile must not swap the program between two starts.
    std::fs::copy(
        env!("CARGO_BIN_EXE_journeymap"),
        root.path().join("journeymap"),
    )
    .unwrap();
    let (_xvfb, display) = start_xvfb();
    let session = Session {
        display: &display,
        root: root.path(),
    };

    // First run: edit the title through Map Properties (Alt+Enter), then die.
    let mut app = session.start_app(&map);
    session.focus_window();
    session.key("alt+Return");
    session.key("ctrl+a");
    session.xdotool(&["type", "--delay", "30", EDITED_TITLE]);
    // Enter applies the edit; from then on the clock runs: it must reach the
    // recovery copy within 2 seconds.
    session.xdotool(&["key", "--clearmodifiers", "Return"]);
    let started = Instant::now();
    while !session.copy_has_edit() && started.elapsed() < Duration::from_secs(2) {
        std::thread::sleep(Duration::from_millis(25));
    }
    let delay = started.elapsed();
    if !session.copy_has_edit() {
        let shot = session.screenshot("e2e-edit-missing.png");
        panic!("the edit is not in a recovery copy after {delay:?}; screen: {shot:?}");
    }
    eprintln!("edit found in the recovery copy {delay:?} after pressing Enter");
    app.0.kill().expect("SIGKILL"); // kill -9: nothing gets to clean up
    app.0.wait().expect("reaped");
    assert_eq!(
        format::load_file(&map).unwrap().title,
        original.title,
        "nothing was saved to the map itself"
    );

    // Second run: the recovery dialog offers the map; Enter restores it.
    let mut app = session.start_app(&map);
    session.focus_window();
    if let Some(shot) = session.screenshot("recovery-dialog.png") {
        eprintln!("screenshot of the recovery dialog: {}", shot.display());
    }
    session.key("Return");
    session.key("ctrl+s");
    wait_for(
        "the restored edit saved to the map",
        Duration::from_secs(10),
        || format::load_file(&map).is_ok_and(|journey| journey.title == EDITED_TITLE),
    );
    let backup = format::load_file(&root.path().join("workshop.ron.bak")).unwrap();
    assert_eq!(
        backup.title, original.title,
        "the previous version is the backup"
    );
    wait_for(
        "the recovery copy removed after saving",
        Duration::from_secs(10),
        || session.recovery_copies().is_empty(),
    );

    // A clean quit leaves no copy and no session lock behind.
    session.key("ctrl+q");
    wait_for("the app to quit", Duration::from_secs(10), || {
        app.0.try_wait().is_ok_and(|status| status.is_some())
    });
    let left: Vec<_> = std::fs::read_dir(root.path().join("data/recovery"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}
